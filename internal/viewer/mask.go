package viewer

import "strings"

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
