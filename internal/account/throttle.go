package account

import (
	"context"
	"errors"
	"math"
	"slices"
	"sync"
	"time"

	"yuanbahui/ent"
	"yuanbahui/ent/loginattempt"
	"yuanbahui/ent/predicate"
	"yuanbahui/internal/apierr"
	"yuanbahui/internal/jobs"
	"yuanbahui/internal/msg"
)

// Failed logins slow down, per username and client address, instead of
// locking the account: nobody can keep its owner out by failing to log in as
// them. Every try is a LoginAttempt row (so the slowdown holds across
// restarts and replicas), keyed by the username tried whether or not an
// account has it, so the answers never tell which usernames exist.
//
//   - One address: after FreeFailures failed logins of a username from an
//     address within FailureWindow (since its last success from there), each
//     further try from that address waits 1 s after the last failure, then 2,
//     4, 8 … up to MaxAddressDelay.
//   - All addresses (softer, against many addresses guessing together): after
//     AccountFreeFailures failed logins of a username within FailureWindow,
//     tries from addresses that have not logged in to it within
//     KnownAddressFor wait 1 s after the last failure, doubling every
//     AccountDoubling failures, up to MaxAccountDelay. An address the owner
//     logged in from recently is never held by failures from elsewhere.
//
// A try refused while it must wait is answered RATE_LIMITED with
// Retry-After, without checking the password, and does not count as a
// failure.
const (
	FreeFailures        = 3
	MaxAddressDelay     = 15 * time.Minute
	AccountFreeFailures = 20
	AccountDoubling     = 4
	MaxAccountDelay     = time.Minute
	FailureWindow       = time.Hour
	KnownAddressFor     = 30 * 24 * time.Hour
)

// ErrThrottled: too many failed logins of this username (from this address);
// the login was not tried. Errors wrapping it are *ThrottledError.
var ErrThrottled = apierr.New(apierr.ErrRateLimited, "too many failed logins")

// ThrottledError refuses a login during a slowdown; RetryAfter says when the
// next try is taken.
type ThrottledError struct {
	// RetryAfter is how long to wait before trying again.
	RetryAfter time.Duration
}

// Error implements error; the message is the same for every username.
func (e *ThrottledError) Error() string { return e.Text().In(msg.En) }

// Text is the message as its key and arguments (internal/msg), which the API
// tells in the request's language.
func (e *ThrottledError) Text() msg.Text {
	return msg.T("too many failed logins for this username; try again in %d s", e.Seconds())
}

// Seconds is RetryAfter in whole seconds, at least 1 (for Retry-After).
func (e *ThrottledError) Seconds() int64 {
	return max(1, int64(math.Ceil(e.RetryAfter.Seconds())))
}

// Unwrap returns ErrThrottled, so errors.Is(err, ErrThrottled) is true.
func (e *ThrottledError) Unwrap() error { return ErrThrottled }

// delay is base doubled n times, at most limit.
func delay(n int, limit time.Duration) time.Duration {
	if n < 0 {
		return 0
	}
	if n > 30 {
		return limit
	}
	return min(time.Second<<n, limit)
}

// clip cuts s to the 64 characters an attempt keeps.
func clip(s string) string {
	if r := []rune(s); len(r) > 64 {
		return string(r[:64])
	}
	return s
}

// beginAttempt records a try to log in as name from address (PENDING while
// the password is checked), unless the try must wait: then it records
// nothing and returns a *ThrottledError. It counts the tries recorded before
// this one, so that concurrent tries from one address are slowed down as if
// they had come one after the other.
func (s *Service) beginAttempt(ctx context.Context, name, address string, userID *int, now time.Time) (*ent.LoginAttempt, error) {
	a, err := s.Client.LoginAttempt.Create().SetUsername(name).SetAddress(address).SetAt(now).
		SetNillableUserID(userID).Save(ctx)
	if err != nil {
		return nil, err
	}
	wait, err := s.wait(ctx, a, now)
	if err == nil && wait > 0 {
		err = &ThrottledError{RetryAfter: wait}
	}
	if err != nil {
		if derr := s.Client.LoginAttempt.DeleteOne(a).Exec(ctx); derr != nil {
			return nil, errors.Join(err, derr)
		}
		return nil, err
	}
	return a, nil
}

// wait is how long the try a must wait, by the failed tries recorded before it.
func (s *Service) wait(ctx context.Context, a *ent.LoginAttempt, now time.Time) (time.Duration, error) {
	since := now.Add(-FailureWindow)
	sameName := []predicate.LoginAttempt{loginattempt.Username(a.Username), loginattempt.IDLT(a.ID)}
	fromHere := append(slices.Clip(sameName), loginattempt.Address(a.Address))

	lastOK, err := s.Client.LoginAttempt.Query().
		Where(append(slices.Clip(fromHere), loginattempt.OutcomeEQ(loginattempt.OutcomeSUCCEEDED), loginattempt.AtGT(now.Add(-KnownAddressFor)))...).
		Order(ent.Desc(loginattempt.FieldAt)).First(ctx)
	if err != nil && !ent.IsNotFound(err) {
		return 0, err
	}
	// One address: its failures since its last success.
	pairSince := since
	if lastOK != nil && lastOK.At.After(pairSince) {
		pairSince = lastOK.At
	}
	ats, err := s.failures(ctx, fromHere, pairSince, FreeFailures+12)
	if err != nil {
		return 0, err
	}
	var wait time.Duration
	if len(ats) >= FreeFailures {
		wait = ats[0].Add(delay(len(ats)-FreeFailures, MaxAddressDelay)).Sub(now)
	}
	if lastOK != nil {
		return max(0, wait), nil // a known address: failures from elsewhere do not hold it
	}
	// All addresses, for an address that has not logged in to this name.
	ats, err = s.failures(ctx, sameName, since, AccountFreeFailures+AccountDoubling*8)
	if err != nil {
		return 0, err
	}
	if len(ats) >= AccountFreeFailures {
		wait = max(wait, ats[0].Add(delay((len(ats)-AccountFreeFailures)/AccountDoubling, MaxAccountDelay)).Sub(now))
	}
	return max(0, wait), nil
}

// failures returns when the newest failed (or still pending) tries matching
// where happened after since, newest first, at most limit of them.
func (s *Service) failures(ctx context.Context, where []predicate.LoginAttempt, since time.Time, limit int) ([]time.Time, error) {
	rows, err := s.Client.LoginAttempt.Query().
		Where(append(slices.Clip(where), loginattempt.OutcomeNEQ(loginattempt.OutcomeSUCCEEDED), loginattempt.AtGT(since))...).
		Order(ent.Desc(loginattempt.FieldAt), ent.Desc(loginattempt.FieldID)).Limit(limit).
		Select(loginattempt.FieldAt).All(ctx)
	if err != nil {
		return nil, err
	}
	ats := make([]time.Time, len(rows))
	for i, r := range rows {
		ats[i] = r.At
	}
	return ats, nil
}

// endAttempt records how a try ended; a try that ended without an answer
// (its request gone while it waited to check the password) is dropped.
func (s *Service) endAttempt(ctx context.Context, a *ent.LoginAttempt, outcome loginattempt.Outcome, checked bool) error {
	ctx = context.WithoutCancel(ctx)
	if !checked {
		return s.Client.LoginAttempt.DeleteOne(a).Exec(ctx)
	}
	return s.Client.LoginAttempt.UpdateOne(a).SetOutcome(outcome).Exec(ctx)
}

// FailedLogins returns the failed logins to the account userID within
// KnownAddressFor, newest first, at most limit; ctx's viewer must be allowed
// to read them (the account itself: internal/rule's AccountRecordsPolicy).
func (s *Service) FailedLogins(ctx context.Context, userID, limit int) ([]*ent.LoginAttempt, error) {
	return s.Client.LoginAttempt.Query().
		Where(loginattempt.UserID(userID), loginattempt.OutcomeEQ(loginattempt.OutcomeFAILED),
			loginattempt.AtGT(s.now().Add(-KnownAddressFor))).
		Order(ent.Desc(loginattempt.FieldAt), ent.Desc(loginattempt.FieldID)).Limit(limit).All(ctx)
}

// sweeper deletes, at most once an hour per process, the tries nothing reads
// any more: older than KnownAddressFor, or than FailureWindow for usernames
// no account has.
type sweeper struct {
	mu   sync.Mutex
	last time.Time
}

// sweep deletes the tries nothing reads any more, if an hour has passed
// since the last sweep in this process (and no other replica is sweeping).
func (s *Service) sweep(ctx context.Context, now time.Time) error {
	s.swept.mu.Lock()
	due := now.Sub(s.swept.last) >= time.Hour
	if due {
		s.swept.last = now
	}
	s.swept.mu.Unlock()
	if !due {
		return nil
	}
	_, err := s.opts.Jobs(ctx, jobs.SweepLoginAttempts, func(ctx context.Context) error {
		_, err := s.Client.LoginAttempt.Delete().Where(loginattempt.Or(
			loginattempt.AtLT(now.Add(-KnownAddressFor)),
			loginattempt.And(loginattempt.UserIDIsNil(), loginattempt.AtLT(now.Add(-FailureWindow))),
		)).Exec(ctx)
		return err
	})
	return err
}
