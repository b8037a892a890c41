package viewer

import (
	"strconv"
	"strings"
)

// masks are the masks of the kinds of personal data (the GraphQL enum
// PersonalKind, the kind argument of @personal).
var masks = map[string]func(string) string{
	"NAME":    MaskName,
	"PHONE":   MaskPhone,
	"ID_CARD": MaskIDCard,
	"ADDRESS": MaskAddress,
}

// Mask masks s as personal data of the given kind; an unknown kind masks it
// whole.
func Mask(kind, s string) string {
	if m, ok := masks[kind]; ok {
		return m(s)
	}
	return strings.Repeat("*", len([]rune(s)))
}

// MaskName keeps a Chinese name's surname: 张三丰 → 张**.
func MaskName(s string) string {
	r := []rune(s)
	if len(r) <= 1 {
		return s
	}
	return string(r[0]) + strings.Repeat("*", len(r)-1)
}

// MaskPhone keeps the first three and last four digits: 138****1234.
func MaskPhone(s string) string { return keepEnds(s, 3, 4) }

// MaskIDCard keeps the region code and the last character: 500154***********X.
func MaskIDCard(s string) string { return keepEnds(s, 6, 1) }

// MaskAddress keeps the first six characters (the place, not the house).
func MaskAddress(s string) string {
	r := []rune(s)
	if len(r) <= 6 {
		return strings.Repeat("*", len(r))
	}
	return string(r[:6]) + "***"
}

func keepEnds(s string, head, tail int) string {
	r := []rune(s)
	if len(r) <= head+tail {
		return strings.Repeat("*", len(r))
	}
	return string(r[:head]) + strings.Repeat("*", len(r)-head-tail) + string(r[len(r)-tail:])
}

// sqlMasks are the masks of masks, in PostgreSQL: each gives an SQL
// expression masking the text expression x exactly as the Go mask does (for
// the analysts' SQL views, internal/analyticsdb; TestSQLMasksMatch compares
// them, in internal/analyticsdb). char_length counts characters, as the Go masks count runes.
var sqlMasks = map[string]string{
	"NAME":    `CASE WHEN char_length({x}) <= 1 THEN {x} ELSE left({x}, 1) || repeat('*', char_length({x}) - 1) END`,
	"PHONE":   sqlKeepEnds(3, 4),
	"ID_CARD": sqlKeepEnds(6, 1),
	"ADDRESS": `CASE WHEN char_length({x}) <= 6 THEN repeat('*', char_length({x})) ELSE left({x}, 6) || '***' END`,
}

// SQLMask returns a PostgreSQL expression masking the text expression expr
// as Mask(kind, …) does; an unknown kind masks it whole.
func SQLMask(kind, expr string) string {
	m, ok := sqlMasks[kind]
	if !ok {
		m = `repeat('*', char_length({x}))`
	}
	return strings.ReplaceAll(m, "{x}", "("+expr+")")
}

func sqlKeepEnds(head, tail int) string {
	h, t, n := strconv.Itoa(head), strconv.Itoa(tail), strconv.Itoa(head+tail)
	return `CASE WHEN char_length({x}) <= ` + n + ` THEN repeat('*', char_length({x})) ELSE left({x}, ` + h + `) || repeat('*', char_length({x}) - ` + n + `) || right({x}, ` + t + `) END`
}
