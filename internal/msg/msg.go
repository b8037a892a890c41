// Package msg renders the API's messages for people in their language
// (gettext style): a message's key is its English format string, as the
// domain packages write it (apierr.Refuse, apierr.New, apierr.Errorf,
// bound's errors, msg.T), and the catalogue (zh.go) holds each key's
// Chinese template, with the same verbs taking the same arguments (explicit
// indexes such as %[2]d where Chinese wants another order). A message is kept
// as its key and arguments (Text) until the edge — the error presenter and
// the userErrors in server/ and graph/ — renders it in the request's
// language (Negotiate reads Accept-Language; zh-CN unless English is
// preferred). In Chinese, arguments that are enum values are shown by their
// labels (internal/label); numbers as they are.
//
// 消息的中英文：键为英文格式串，目录（zh.go）给出中文模板，在接口边缘按请求语言渲染。
package msg

import (
	"context"
	"fmt"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"

	"yuanbahui/internal/label"
)

// Lang is a language messages are rendered in.
type Lang string

// The languages of the API's messages.
const (
	// Zh is simplified Chinese, the default. 简体中文（默认）。
	Zh Lang = "zh-CN"
	// En is English, the language of the keys. 英文。
	En Lang = "en"
)

// langKey is the context key of the request's language.
type langKey struct{}

// WithLang returns ctx carrying the request's language.
func WithLang(ctx context.Context, l Lang) context.Context {
	return context.WithValue(ctx, langKey{}, l)
}

// LangOf returns the language ctx carries (WithLang); Zh when none.
func LangOf(ctx context.Context) Lang {
	if l, ok := ctx.Value(langKey{}).(Lang); ok {
		return l
	}
	return Zh
}

// Negotiate picks the language of an Accept-Language header: En when its
// most preferred language that the API speaks is English, else Zh (also when
// the header is absent, empty or names neither).
func Negotiate(acceptLanguage string) Lang {
	best, bestQ := Zh, 0.0
	for _, part := range strings.Split(acceptLanguage, ",") {
		tag, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		tag = strings.ToLower(strings.TrimSpace(tag))
		q := 1.0
		if v, ok := strings.CutPrefix(strings.TrimSpace(params), "q="); ok {
			if f, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil {
				q = f
			}
		}
		var l Lang
		switch {
		case tag == "en" || strings.HasPrefix(tag, "en-"):
			l = En
		case tag == "zh" || strings.HasPrefix(tag, "zh-"):
			l = Zh
		default:
			continue
		}
		if q > bestQ {
			best, bestQ = l, q
		}
	}
	return best
}

// Text is a message kept as its key (the English format string) and its
// arguments, rendered in a language by In. An argument that is itself a Text
// is rendered in the same language.
type Text struct {
	// Key is the English format string, e.g. "the household holds %d points; these goods cost %d".
	Key string
	// Args are the format's arguments.
	Args []any
}

// T makes a Text of a key and its arguments.
func T(key string, args ...any) Text { return Text{Key: key, Args: args} }

// Error implements error: the English message.
func (t Text) Error() string { return t.In(En) }

// String is the English message.
func (t Text) String() string { return t.In(En) }

// In renders the message in l: the key's template for l (the key itself in
// English, or when the catalogue has no Chinese template) filled with the
// arguments.
func (t Text) In(l Lang) string {
	format := t.Key
	if l == Zh {
		if zhFormat, ok := zh[t.Key]; ok {
			format = zhFormat
		}
	}
	if len(t.Args) == 0 {
		return strings.ReplaceAll(format, "%%", "%")
	}
	args := make([]any, len(t.Args))
	for i, a := range t.Args {
		args[i] = arg(l, a)
	}
	return fmt.Sprintf(format, args...)
}

// Render renders key with args in l (T(key, args...).In(l)).
func Render(l Lang, key string, args ...any) string { return T(key, args...).In(l) }

// arg prepares an argument for l: a Text (or an error with a Reason Text)
// rendered in l; in Chinese, a
// message key or a word of the catalogue (words) by its Chinese, an enum
// value (a string of a named type, or an UPPER_SNAKE string) by its label
// when the labels agree on one, and so each element of a list of them.
func arg(l Lang, a any) any {
	switch v := a.(type) {
	case Text:
		return v.In(l)
	case *Text:
		return v.In(l)
	case interface{ Reason() Text }: // internal/bound's errors
		return v.Reason().In(l)
	}
	if l != Zh || a == nil {
		return a
	}
	rv := reflect.ValueOf(a)
	switch rv.Kind() {
	case reflect.String:
		if s, ok := word(rv.String(), rv.Type().Name() != "string"); ok {
			return s
		}
	case reflect.Slice:
		if rv.Type().Elem().Kind() != reflect.String {
			return a
		}
		named := rv.Type().Elem().Name() != "string"
		out := make([]string, rv.Len())
		for i := range out {
			out[i] = rv.Index(i).String()
			if s, ok := word(out[i], named); ok {
				out[i] = s
			}
		}
		return strings.Join(out, "、")
	}
	return a
}

// word is the Chinese of a string argument: an enum value's label, a
// message key's template (one without verbs) or a word of words.
func word(v string, named bool) (string, bool) {
	if s, ok := enumLabel(v, named); ok {
		return s, true
	}
	if s, ok := zh[v]; ok && !strings.Contains(s, "%") {
		return s, true
	}
	s, ok := words[v]
	return s, ok
}

// upperSnake is the spelling of a GraphQL enum value.
var upperSnake = regexp.MustCompile(`^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$`)

var (
	labelsOnce sync.Once
	// labels maps an enum value to its Chinese label, "" when enums label it
	// differently.
	labels map[string]string
)

// enumLabel is the Chinese label of an enum value: of a value of a named
// string type (an ent enum, a viewer.Role) or of a plain string spelled
// UPPER_SNAKE, when every enum with that value labels it alike.
func enumLabel(v string, named bool) (string, bool) {
	if !named && !upperSnake.MatchString(v) {
		return "", false
	}
	labelsOnce.Do(func() {
		labels = map[string]string{}
		for _, typ := range label.Types() {
			for _, lv := range label.Values(typ) {
				if prev, seen := labels[lv.Value]; seen && prev != lv.Zh {
					labels[lv.Value] = ""
					continue
				}
				labels[lv.Value] = lv.Zh
			}
		}
	})
	zh := labels[v]
	if zh == "" {
		zh = labels[strings.ToUpper(v)]
	}
	return zh, zh != ""
}

// Keys lists the keys that have a Chinese template, sorted.
func Keys() []string {
	keys := make([]string, 0, len(zh))
	for k := range zh {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// ZhTemplate returns the Chinese template of key.
func ZhTemplate(key string) (string, bool) {
	t, ok := zh[key]
	return t, ok
}
