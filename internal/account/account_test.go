package account_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"yuanbahui/internal/account"
	"yuanbahui/internal/testdb"
	"yuanbahui/internal/viewer"
)

func TestMain(m *testing.M) { testdb.Main(m) }

const password = "courtyard-test-pw"

// newService returns a service over a fresh database with the district
// 500154 and a clock moved by *skew.
func newService(t *testing.T, skew *atomic.Int64) *account.Service {
	t.Helper()
	db := testdb.Open(t)
	ctx := viewer.SystemContext(context.Background())
	db.Client.District.Create().SetCode("500154").SetName("开州区").SaveX(ctx)
	return account.New(db.Client, account.Options{
		Now: func() time.Time { return time.Now().Add(time.Duration(skew.Load())) },
	})
}

// TestConcurrentFirstLogins: a fresh service serves concurrent logins (from
// several addresses: concurrent tries from one address wait as if they came
// one after the other); with -race this fails if a login writes the
// service's settings.
func TestConcurrentFirstLogins(t *testing.T) {
	var skew atomic.Int64
	s := newService(t, &skew)
	if _, err := s.AddUser(context.Background(), "admin", viewer.DistrictAdmin, "500154", password, nil, false); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for i := range 8 {
		wg.Go(func() {
			if _, _, err := s.Login(context.Background(), "admin", password, fmt.Sprintf("192.0.2.%d", i)); err != nil {
				errs <- err
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// TestLoginSlowdownAndTokens: wrong passwords slow down the tries of a
// username from one address (FreeFailures free, then 1 s, 2 s, …) without
// checking the password, alike for an unknown username; another address is
// not held; a session authenticates as the account until it expires (12 h)
// or is revoked.
func TestLoginSlowdownAndTokens(t *testing.T) {
	var skew atomic.Int64
	s := newService(t, &skew)
	ctx := context.Background()
	if _, err := s.AddUser(ctx, "li", viewer.Analyst, "500154", password, nil, false); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddUser(ctx, "wrong", viewer.TownOfficial, "500154", password, nil, false); !errors.Is(err, account.ErrBadArea) {
		t.Fatalf("a town official with a district code: %v, want ErrBadArea", err)
	}
	for _, name := range []string{"li", "nobody"} {
		for i := 1; i <= account.FreeFailures; i++ {
			if _, _, err := s.Login(ctx, name, "wrong-password", "192.0.2.66"); !errors.Is(err, account.ErrBadCredentials) {
				t.Fatalf("%s: failed login %d: %v, want ErrBadCredentials", name, i, err)
			}
		}
		_, _, err := s.Login(ctx, name, password, "192.0.2.66")
		var throttled *account.ThrottledError
		if !errors.As(err, &throttled) || !errors.Is(err, account.ErrThrottled) || throttled.Seconds() != 1 {
			t.Fatalf("%s: a try after %d failures: %v, want a wait of 1 s", name, account.FreeFailures, err)
		}
	}
	token, session, err := s.Login(ctx, "li", password, "192.0.2.7")
	if err != nil {
		t.Fatalf("the right password from another address: %v", err)
	}
	skew.Store(int64(16 * time.Minute))
	if got := session.ExpiresAt.Sub(time.Now().Add(16 * time.Minute)); got < 11*time.Hour || got > 12*time.Hour {
		t.Errorf("session lasts %v, want 12 h", got)
	}
	v, err := s.Authenticate(ctx, token)
	if err != nil || v.Username != "li" || v.Role != viewer.Analyst || v.TokenID != session.ID || !v.DistrictWide() {
		t.Fatalf("Authenticate: %+v, %v", v, err)
	}
	personal, _, err := s.CreateToken(ctx, v, "export", 24*time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Revoke(ctx, v, session.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Authenticate(ctx, token); !errors.Is(err, account.ErrInvalidToken) {
		t.Fatalf("revoked session: %v", err)
	}
	if _, err := s.Authenticate(ctx, personal); err != nil {
		t.Fatalf("personal token: %v", err)
	}
	skew.Store(int64(16*time.Minute + 25*time.Hour))
	if _, err := s.Authenticate(ctx, personal); !errors.Is(err, account.ErrInvalidToken) {
		t.Fatalf("expired personal token: %v", err)
	}
	if _, err := s.Authenticate(ctx, "not-a-token"); !errors.Is(err, account.ErrInvalidToken) {
		t.Fatalf("garbage token: %v", err)
	}
}

// TestOldLoginAttemptsSwept: a login sweeps (at most hourly) the tries
// nothing reads any more: unknown usernames' after FailureWindow, an
// account's after KnownAddressFor.
func TestOldLoginAttemptsSwept(t *testing.T) {
	var skew atomic.Int64
	s := newService(t, &skew)
	ctx := context.Background()
	if _, err := s.AddUser(ctx, "li", viewer.Analyst, "500154", password, nil, false); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"li", "ghost"} {
		if _, _, err := s.Login(ctx, name, "wrong-password", "192.0.2.1"); !errors.Is(err, account.ErrBadCredentials) {
			t.Fatal(err)
		}
	}
	count := func() int { return s.Client.LoginAttempt.Query().CountX(viewer.SystemContext(ctx)) }
	if n := count(); n != 2 {
		t.Fatalf("%d attempts recorded, want 2", n)
	}
	skew.Store(int64(account.FailureWindow + time.Hour))
	if _, _, err := s.Login(ctx, "li", password, "192.0.2.1"); err != nil {
		t.Fatal(err)
	}
	if n := count(); n != 2 { // li's failure and success
		t.Fatalf("after an hour: %d attempts, want li's 2 (the unknown name's swept)", n)
	}
	skew.Store(int64(account.KnownAddressFor + 3*time.Hour))
	if _, _, err := s.Login(ctx, "li", password, "192.0.2.1"); err != nil {
		t.Fatal(err)
	}
	if n := count(); n != 1 {
		t.Fatalf("after %v: %d attempts, want only the new one", account.KnownAddressFor, n)
	}
}

// TestSecurityConcurrentGuessesWaitTheirTurn: 20 wrong passwords sent at once from
// one address check no more passwords than sent one after the other would
// (FreeFailures); the others are told to wait.
func TestSecurityConcurrentGuessesWaitTheirTurn(t *testing.T) {
	var skew atomic.Int64
	s := newService(t, &skew)
	ctx := context.Background()
	if _, err := s.AddUser(ctx, "li", viewer.Analyst, "500154", password, nil, false); err != nil {
		t.Fatal(err)
	}
	var checked, waited atomic.Int32
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Go(func() {
			_, _, err := s.Login(ctx, "li", fmt.Sprintf("guess-%d", i), "198.51.100.9")
			switch {
			case errors.Is(err, account.ErrBadCredentials):
				checked.Add(1)
			case errors.Is(err, account.ErrThrottled):
				waited.Add(1)
			default:
				t.Errorf("guess %d: %v", i, err)
			}
		})
	}
	wg.Wait()
	if checked.Load() > account.FreeFailures || checked.Load()+waited.Load() != 20 {
		t.Fatalf("20 concurrent guesses: %d checked, %d told to wait; want at most %d checked", checked.Load(), waited.Load(), account.FreeFailures)
	}
}
