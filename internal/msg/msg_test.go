package msg

import (
	"context"
	"testing"
)

func TestNegotiate(t *testing.T) {
	for header, want := range map[string]Lang{
		"":                          Zh,
		"fr-FR":                     Zh,
		"zh-CN":                     Zh,
		"zh-CN,zh;q=0.9,en;q=0.8":   Zh,
		"en":                        En,
		"en-US,en;q=0.9":            En,
		"en-GB;q=0.8, zh;q=0.5":     En,
		"zh-TW;q=0.4, en-US;q=0.7":  En,
		"de, en;q=0.3, zh-CN;q=0.9": Zh,
		"*":                         Zh,
	} {
		if got := Negotiate(header); got != want {
			t.Errorf("Negotiate(%q) = %s, want %s", header, got, want)
		}
	}
	if LangOf(context.Background()) != Zh || LangOf(WithLang(context.Background(), En)) != En {
		t.Error("LangOf does not read WithLang, or its default is not zh-CN")
	}
}

// ticketStatus stands for an ent enum type: a named string type.
type ticketStatus string

func TestRender(t *testing.T) {
	votes := T("votes for (%d), against (%d) and abstaining (%d) add up to %d, not the %d residents present", 12, 12, 0, 24, 30)
	if got, want := votes.In(En), "votes for (12), against (12) and abstaining (0) add up to 24, not the 30 residents present"; got != want {
		t.Errorf("En: %q, want %q", got, want)
	}
	if got, want := votes.In(Zh), "赞成（12）、反对（12）、弃权（0）票合计 24 票，与到场居民 30 人不符"; got != want {
		t.Errorf("Zh: %q, want %q", got, want)
	}
	// Arguments in another order, an enum value by its label, a nested Text.
	if got, want := Render(Zh, "no quorum: %d of %d households represented, the rule needs %d/%d", 3, 20, 1, 2), "未达法定人数：20 户中到场 3 户，规则要求 1/2"; got != want {
		t.Errorf("explicit indexes: %q, want %q", got, want)
	}
	if got, want := Render(Zh, "a %s ticket cannot become %s", ticketStatus("COMPLETED"), "SUBMITTED"), "已办结的代办事项不能变为待受理"; got != want {
		t.Errorf("enum labels: %q, want %q", got, want)
	}
	if got, want := Render(Zh, "invalid %s: %s", "title", T("must not be empty")), "title 有误：不能为空"; got != want {
		t.Errorf("nested text: %q, want %q", got, want)
	}
	if got, want := Render(Zh, "a %s account may not %s", "anonymous", "dismiss"), "匿名账号无权不予受理"; got != want {
		t.Errorf("words: %q, want %q", got, want)
	}
	// A key without a template falls back to English.
	if got := Render(Zh, "no template for %d", 7); got != "no template for 7" {
		t.Errorf("fallback: %q", got)
	}
}
