package auth

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"
)

// verifies tells whether password matches hash, failing t on an error.
func verifies(t *testing.T, hash, password string) bool {
	t.Helper()
	ok, err := VerifyPassword(context.Background(), hash, password)
	if err != nil {
		t.Fatal(err)
	}
	return ok
}

func TestPasswordHashing(t *testing.T) {
	h, err := HashPassword("courtyard-2024")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(h, "$argon2id$") || strings.Contains(h, "courtyard-2024") {
		t.Fatalf("hash %q", h)
	}
	if !verifies(t, h, "courtyard-2024") {
		t.Fatal("the right password does not verify")
	}
	if verifies(t, h, "courtyard-2025") {
		t.Fatal("a wrong password verifies")
	}
	h2, _ := HashPassword("courtyard-2024")
	if h2 == h {
		t.Fatal("two hashes of one password are equal: no salt")
	}
	for _, bad := range []string{"", "plain", "$argon2id$v=19$m=1,t=1,p=1$$", h[:len(h)-4]} {
		if verifies(t, bad, "courtyard-2024") {
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

// TestSecurityArgonConcurrencyBound: however many logins arrive at once, at
// most maxHashes argon2id computations run together (the others
// wait), and a login whose request ends while it waits gives up without
// computing. Fails when idKey stops taking a slot.
func TestSecurityArgonConcurrencyBound(t *testing.T) {
	h, err := HashPassword("courtyard-2024")
	if err != nil {
		t.Fatal(err)
	}
	var peak int32
	stop := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		for {
			select {
			case <-stop:
				return
			default:
			}
			peak = max(peak, running.Load())
			time.Sleep(50 * time.Microsecond)
		}
	}()
	var wg sync.WaitGroup
	n := 4*maxHashes + 4
	for range n {
		wg.Go(func() {
			if !verifies(t, h, "courtyard-2024") {
				t.Error("the right password does not verify")
			}
		})
	}
	wg.Wait()
	close(stop)
	<-sampled
	if peak < 1 || int(peak) > maxHashes {
		t.Fatalf("%d concurrent verifications ran up to %d argon2id computations at once; the bound is %d", n, peak, maxHashes)
	}
	t.Logf("%d concurrent verifications: at most %d computations at once (bound %d)", n, peak, maxHashes)

	// Every slot taken: a verification whose context ends gives up.
	for range maxHashes {
		hashing <- struct{}{}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	_, err = VerifyPassword(ctx, h, "courtyard-2024")
	for range maxHashes {
		<-hashing
	}
	if err == nil {
		t.Fatal("a verification waiting for a slot ignored its context's end")
	}
}
