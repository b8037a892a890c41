package auth

import (
	"strings"
	"testing"
)

func TestPasswordHashing(t *testing.T) {
	h, err := HashPassword("courtyard-2024")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(h, "$argon2id$") || strings.Contains(h, "courtyard-2024") {
		t.Fatalf("hash %q", h)
	}
	if !VerifyPassword(h, "courtyard-2024") {
		t.Fatal("the right password does not verify")
	}
	if VerifyPassword(h, "courtyard-2025") {
		t.Fatal("a wrong password verifies")
	}
	h2, _ := HashPassword("courtyard-2024")
	if h2 == h {
		t.Fatal("two hashes of one password are equal: no salt")
	}
	for _, bad := range []string{"", "plain", "$argon2id$v=19$m=1,t=1,p=1$$", h[:len(h)-4]} {
		if VerifyPassword(bad, "courtyard-2024") {
			t.Fatalf("malformed hash %q verifies", bad)
		}
	}
	if _, err := HashPassword("short"); err != ErrWeakPassword {
		t.Fatalf("short password: %v", err)
	}
	if p := GeneratePassword(); len(p) < MinPasswordLength {
		t.Fatalf("generated password %q too short", p)
	}
}

func TestTokens(t *testing.T) {
	a, da := NewToken()
	b, db := NewToken()
	if a == b || da == db || !LooksLikeToken(a) || TokenDigest(a) != da || strings.Contains(da, a) {
		t.Fatalf("tokens %q %q digests %q %q", a, b, da, db)
	}
	if LooksLikeToken("ybh_short") || LooksLikeToken("Bearer x") {
		t.Fatal("malformed token accepted")
	}
}
