// Hand-written (not generated).

package ent

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"testing"

	"yuanbahui/ent/internal"
)

func TestGlobalTypesComplete(t *testing.T) {
	var starts map[string]int
	if err := json.Unmarshal([]byte(internal.IncrementStarts), &starts); err != nil {
		t.Fatal(err)
	}
	named := map[string]bool{}
	for _, g := range globalTypes {
		named[g.table] = true
	}
	for table := range starts {
		if !named[table] {
			t.Errorf("table %s has a global ID range but no GraphQL type name in globalTypes", table)
		}
	}
}

func TestGlobalIDRoundTrip(t *testing.T) {
	for _, g := range globalTypes {
		if g.name == "" {
			continue
		}
		start := rangeByName[g.name].start
		for _, n := range []int{0, 1, 7, 1<<32 - 1} {
			id := start + n
			enc := EncodeGlobalID(id)
			got, err := DecodeGlobalID(enc)
			if err != nil || got != id {
				t.Fatalf("%s %d: encoded %q decoded to %d, %v", g.name, id, enc, got, err)
			}
			if TypeOfID(id) != g.name {
				t.Fatalf("TypeOfID(%d) = %q, want %q", id, TypeOfID(id), g.name)
			}
		}
	}
	if EncodeGlobalID(rangeByName["Village"].start+5) == EncodeGlobalID(rangeByName["Town"].start+5) {
		t.Fatal("row 5 of two types share an ID")
	}
}

func TestGlobalIDRejectsMalformed(t *testing.T) {
	for _, s := range []string{"", "%%%", "VmlsbGFnZQ", "UGxhbmV0OjE", "VmlsbGFnZTotMQ", "VmlsbGFnZTo0Mjk0OTY3Mjk2", "VmlsbGFnZTp4"} {
		if _, err := DecodeGlobalID(s); !errors.Is(err, ErrInvalidID) {
			t.Errorf("DecodeGlobalID(%q) err = %v, want ErrInvalidID", s, err)
		}
	}
	if _, err := UnmarshalGlobalID(42); !errors.Is(err, ErrInvalidID) {
		t.Errorf("an integer ID was accepted: %v", err)
	}
}

// TestInternalTablesHaveNoIDs: rows of internal bookkeeping tables get no
// global ID, and an ID spelled with an empty type name does not decode.
func TestInternalTablesHaveNoIDs(t *testing.T) {
	if Exposed("idempotency_keys") || !Exposed("courtyards") {
		t.Fatal("Exposed: idempotency keys must be internal, courtyards exposed")
	}
	if _, err := DecodeGlobalID(base64.RawURLEncoding.EncodeToString([]byte(":1"))); !errors.Is(err, ErrInvalidID) {
		t.Fatalf("an ID with no type decoded: %v", err)
	}
}
