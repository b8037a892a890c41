package boundary

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"

	"yuanbahui/internal/fixture"
	"yuanbahui/internal/geo"
	"yuanbahui/internal/testdb"
	"yuanbahui/internal/viewer"
)

func TestImportAndLoad(t *testing.T) {
	ctx := viewer.SystemContext(context.Background())
	db := testdb.Open(t)
	p, err := fixture.Build(ctx, db.Client, fixture.Shape{Villages: 3, CourtyardsPerVillage: 1})
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open("testdata/kaizhou-sample.geojson")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	c, err := Import(ctx, db.Client, f)
	if err != nil {
		t.Fatal(err)
	}
	if c != (Counts{Districts: 1, Towns: 1, Villages: 1, TownsWithout: 0, VillagesWithout: 2}) {
		t.Fatalf("counts %+v", c)
	}
	l, err := Load(ctx, db.Client, p.District.ID)
	if err != nil {
		t.Fatal(err)
	}
	if a := l.District.Area(); a < 0.629 || a > 0.631 {
		t.Errorf("district area %v, want 0.63", a)
	}
	if len(l.Towns[p.Town.ID]) != 2 || l.Villages[p.Villages[0].ID] == nil || l.Villages[p.Villages[1].ID] != nil {
		t.Errorf("loaded %+v", l)
	}

	// A bad file changes nothing: the three boundaries stay.
	for name, bad := range map[string]string{
		"unknown code": `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"500154999"},"geometry":{"type":"Polygon","coordinates":[[[108,31],[109,31],[109,32],[108,31]]]}}]}`,
		"bad geometry": `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"500154"},"geometry":{"type":"Polygon","coordinates":[[[108,31],[109,31],[109,32]]]}}]}`,
		"no code":      `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":null}]}`,
		"twice":        `{"type":"FeatureCollection","features":[{"properties":{"code":"500154"},"geometry":{"type":"Polygon","coordinates":[[[108,31],[109,31],[109,32],[108,31]]]}},{"properties":{"adcode":"500154"},"geometry":{"type":"Polygon","coordinates":[[[108,31],[109,31],[109,32],[108,31]]]}}]}`,
		"not geojson":  `{"type":"Feature"}`,
	} {
		_, err := Import(ctx, db.Client, strings.NewReader(bad))
		if !errors.Is(err, ErrFile) {
			t.Errorf("%s: %v, want ErrFile", name, err)
		}
		if name == "bad geometry" && !errors.Is(err, geo.ErrGeometry) {
			t.Errorf("bad geometry: %v does not say the geometry is invalid", err)
		}
	}
	if n := db.Client.AreaBoundary.Query().CountX(ctx); n != 3 {
		t.Fatalf("after refused files %d boundaries, want the 3 imported", n)
	}

	// A new file replaces the earlier boundaries.
	one := `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"500154104002"},"geometry":{"type":"Polygon","coordinates":[[[108,31],[109,31],[109,32],[108,31]]]}}]}`
	if _, err := Import(ctx, db.Client, strings.NewReader(one)); err != nil {
		t.Fatal(err)
	}
	l, err = Load(ctx, db.Client, p.District.ID)
	if err != nil {
		t.Fatal(err)
	}
	if l.District != nil || len(l.Towns) != 0 || len(l.Villages) != 1 || l.Villages[p.Villages[1].ID] == nil {
		t.Fatalf("after the second import: %+v", l)
	}
}
