// Package auth holds the credentials of Yuanbahui accounts: argon2id password
// hashes, opaque bearer tokens (stored only as SHA-256 digests), and generated
// passwords.
package auth

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync/atomic"

	"golang.org/x/crypto/argon2"
)

// Argon2id parameters (OWASP's minimum recommendation: 19 MiB, 2 passes).
const (
	argonTime    = 2
	argonMemory  = 19 * 1024
	argonThreads = 1
	argonKeyLen  = 32
	saltLen      = 16
)

// MinPasswordLength is the shortest password accepted.
const MinPasswordLength = 10

// ErrWeakPassword is returned for passwords that are too short.
var ErrWeakPassword = fmt.Errorf("password must be at least %d characters", MinPasswordLength)

// maxHashes is how many argon2id computations (hashing or
// checking a password, each ~20 ms of one core and 19 MiB) run at once: half
// the cores, at least one. Others wait their turn, so that a flood of logins
// leaves the other half to every other request and cannot exhaust memory.
var maxHashes = max(1, runtime.GOMAXPROCS(0)/2)

// hashing holds a slot per argon2id computation running; running counts them
// (what the bound's test watches).
var (
	hashing = make(chan struct{}, maxHashes)
	running atomic.Int32
)

// idKey computes argon2id once a slot is free, or gives up with ctx's error
// if ctx ends first.
func idKey(ctx context.Context, password, salt []byte, time, memory uint32, threads uint8, keyLen uint32) ([]byte, error) {
	select {
	case hashing <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	defer func() { <-hashing }()
	running.Add(1)
	defer running.Add(-1)
	return argon2.IDKey(password, salt, time, memory, threads, keyLen), nil
}

// HashPassword returns a PHC-formatted argon2id hash of the password.
func HashPassword(password string) (string, error) {
	if len([]rune(password)) < MinPasswordLength {
		return "", ErrWeakPassword
	}
	salt := make([]byte, saltLen)
	if _, err := rand.Read(salt); err != nil {
		return "", err
	}
	key, err := idKey(context.Background(), []byte(password), salt, argonTime, argonMemory, argonThreads, argonKeyLen)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s", argon2.Version, argonMemory, argonTime, argonThreads,
		base64.RawStdEncoding.EncodeToString(salt), base64.RawStdEncoding.EncodeToString(key)), nil
}

// VerifyPassword tells whether password matches a hash made by HashPassword.
// A malformed hash never matches. It waits for a free slot
// (maxHashes); if ctx ends first, it returns ctx's error.
func VerifyPassword(ctx context.Context, hash, password string) (bool, error) {
	ok, err := verify(ctx, hash, password)
	if err == errMalformed {
		return false, nil
	}
	return ok, err
}

// errMalformed: a hash not made by HashPassword.
var errMalformed = errors.New("malformed password hash")

func verify(ctx context.Context, hash, password string) (bool, error) {
	parts := strings.Split(hash, "$")
	if len(parts) != 6 || parts[1] != "argon2id" {
		return false, errMalformed
	}
	var version int
	var memory uint32
	var time uint32
	var threads uint8
	if _, err := fmt.Sscanf(parts[2], "v=%d", &version); err != nil || version != argon2.Version {
		return false, errMalformed
	}
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &memory, &time, &threads); err != nil {
		return false, errMalformed
	}
	salt, err1 := base64.RawStdEncoding.DecodeString(parts[4])
	want, err2 := base64.RawStdEncoding.DecodeString(parts[5])
	if err1 != nil || err2 != nil || len(want) == 0 {
		return false, errMalformed
	}
	got, err := idKey(ctx, []byte(password), salt, time, memory, threads, uint32(len(want)))
	if err != nil {
		return false, err
	}
	return subtle.ConstantTimeCompare(got, want) == 1, nil
}

// DummyVerify spends the time of one verification (in a slot, as
// VerifyPassword), so that a login for an unknown user takes as long as one
// with a wrong password.
func DummyVerify(ctx context.Context, password string) error {
	_, err := idKey(ctx, []byte(password), make([]byte, saltLen), argonTime, argonMemory, argonThreads, argonKeyLen)
	return err
}

// GeneratePassword returns a random 20-character password.
func GeneratePassword() string {
	b := make([]byte, 15)
	if _, err := rand.Read(b); err != nil {
		panic(errors.Join(errors.New("auth: no randomness"), err))
	}
	return base64.RawURLEncoding.EncodeToString(b)
}
