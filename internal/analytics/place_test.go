package analytics

import (
	"context"
	"errors"
	"testing"

	"yuanbahui/internal/dberr"
	"yuanbahui/internal/testdb"
	"yuanbahui/internal/viewer"
)

// TestSecurityPlaceNotFoundOnly: naming an area says "no such area" (bad
// input) only when there is none; a database failure stays a database
// failure, so the API answers it UNAVAILABLE, not BAD_USER_INPUT.
func TestSecurityPlaceNotFoundOnly(t *testing.T) {
	db := testdb.Open(t)
	ctx := viewer.SystemContext(context.Background())
	d := db.Client.District.Create().SetCode("500154").SetName("开州区").SaveX(ctx)
	s := New(db.Client, db.SQL, db.Dialect)
	if kv, err := s.place(ctx, d.ID); err != nil || kv.Name != "开州区" {
		t.Fatalf("place(district) = %+v, %v", kv, err)
	}
	if _, err := s.place(ctx, d.ID+1); !errors.Is(err, ErrInvalid) {
		t.Fatalf("place(missing district) = %v, want ErrInvalid", err)
	}
	db.SQL.Close()
	_, err := s.place(ctx, d.ID)
	if errors.Is(err, ErrInvalid) || !dberr.Unavailable(err) {
		t.Fatalf("place with the database closed = %v, want an unavailable database, not bad input", err)
	}
}
