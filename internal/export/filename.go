package export

import (
	"fmt"
	"strings"
	"unicode"
)

// ContentDisposition is the Content-Disposition of an export's file, named
// after what it holds: the list (title, e.g. 代办事项), the area and the
// period, e.g. 代办事项_开州区_2024Q2.csv, as filename* (RFC 6266, UTF-8 as
// RFC 5987 encodes it), with an ASCII filename for clients that read only
// that, made of the export's name (e.g. tickets) and the ASCII parts of the
// period: tickets_2024Q2.csv.
func ContentDisposition(name, title, area, period, ext string) string {
	parts := []string{}
	for _, p := range []string{title, area, period} {
		if p = fileSafe(p); p != "" {
			parts = append(parts, p)
		}
	}
	full := strings.Join(parts, "_") + "." + ext
	ascii := asciiSafe(name)
	if p := asciiSafe(period); p != "" {
		ascii += "_" + p
	}
	if ascii == "" {
		ascii = "export"
	}
	return `attachment; filename="` + ascii + "." + ext + `"; filename*=UTF-8''` + extValue(full)
}

// fileSafe drops what a file name cannot hold (path separators, quotes,
// control characters) and spaces.
func fileSafe(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || unicode.IsSpace(r) || strings.ContainsRune(`/\:*?"<>|`, r) {
			return -1
		}
		return r
	}, strings.TrimSpace(s))
}

// asciiSafe keeps the letters, digits, - and _ of s.
func asciiSafe(s string) string {
	return strings.Map(func(r rune) rune {
		if r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_') {
			return r
		}
		return -1
	}, s)
}

// extValue percent-encodes s as RFC 5987's value-chars: every byte but
// letters, digits and !#$&+-.^_`|~ is written %XX.
func extValue(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x80 && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("!#$&+-.^_`|~", c) >= 0) {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}
