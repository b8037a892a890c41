// Package boundary keeps the real boundaries of places loaded from GeoJSON
// (`yuanbahui places import-boundaries`) in the AreaBoundary table, and reads
// them back, by place id, for the map (internal/geo).
package boundary

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"yuanbahui/ent"
	"yuanbahui/ent/areaboundary"
	"yuanbahui/ent/district"
	"yuanbahui/ent/town"
	"yuanbahui/ent/village"
	"yuanbahui/internal/geo"
	"yuanbahui/internal/viewer"
)

// ErrFile is returned for a file that cannot be imported: not a GeoJSON
// FeatureCollection, a feature without a code, an unknown code, a code given
// twice or an invalid geometry (geo.ErrGeometry). Nothing is changed then.
var ErrFile = errors.New("boundaries not imported")

// Counts are how many boundaries an import matched per level, and how many
// places of each level are left without one.
type Counts struct {
	// Districts, Towns and Villages matched.
	Districts, Towns, Villages int
	// TownsWithout and VillagesWithout are the places still without a
	// boundary (they keep their drawn cells).
	TownsWithout, VillagesWithout int
}

// feature is what Import reads of a GeoJSON feature.
type feature struct {
	Geometry   json.RawMessage `json:"geometry"`
	Properties map[string]any  `json:"properties"`
}

// codeOf is a feature's area code: its property code, else adcode (a
// string or a whole number).
func codeOf(p map[string]any) string {
	for _, k := range []string{"code", "adcode"} {
		switch v := p[k].(type) {
		case string:
			return strings.TrimSpace(v)
		case float64:
			return fmt.Sprintf("%.0f", v)
		}
	}
	return ""
}

// Import reads a GeoJSON FeatureCollection whose features carry the area
// code of a district, town or village in properties.code (or adcode) and a
// Polygon or MultiPolygon in WGS-84, and in one transaction replaces every
// earlier boundary with them. Any feature it cannot match or read refuses
// the whole file (ErrFile, saying which feature and why). Runs as the
// system.
func Import(ctx context.Context, client *ent.Client, r io.Reader) (Counts, error) {
	ctx = viewer.SystemContext(ctx)
	var c Counts
	var fc struct {
		Type     string    `json:"type"`
		Features []feature `json:"features"`
	}
	if err := json.NewDecoder(r).Decode(&fc); err != nil {
		return c, fmt.Errorf("%w: not GeoJSON: %v", ErrFile, err)
	}
	if fc.Type != "FeatureCollection" {
		return c, fmt.Errorf("%w: a %q, want a FeatureCollection", ErrFile, fc.Type)
	}
	type row struct {
		level areaboundary.Level
		code  string
		geom  string
	}
	var rows []row
	seen := map[string]int{}
	for i, f := range fc.Features {
		code := codeOf(f.Properties)
		if code == "" {
			return c, fmt.Errorf("%w: feature %d has no code or adcode property", ErrFile, i+1)
		}
		if j, ok := seen[code]; ok {
			return c, fmt.Errorf("%w: feature %d has code %s, as feature %d has", ErrFile, i+1, code, j)
		}
		seen[code] = i + 1
		var level areaboundary.Level
		var n int
		var err error
		switch len(code) {
		case 6:
			level = areaboundary.LevelDISTRICT
			n, err = client.District.Query().Where(district.Code(code)).Count(ctx)
		case 9:
			level = areaboundary.LevelTOWN
			n, err = client.Town.Query().Where(town.Code(code)).Count(ctx)
		case 12:
			level = areaboundary.LevelVILLAGE
			n, err = client.Village.Query().Where(village.Code(code)).Count(ctx)
		}
		if err != nil {
			return c, err
		}
		if n == 0 {
			return c, fmt.Errorf("%w: feature %d: code %s is no district, town or village of the database", ErrFile, i+1, code)
		}
		g, err := geo.ParseGeometry(f.Geometry)
		if err != nil {
			return c, fmt.Errorf("%w: feature %d (code %s): %w", ErrFile, i+1, code, err)
		}
		rows = append(rows, row{level, code, string(g.GeoJSON())})
		switch level {
		case areaboundary.LevelDISTRICT:
			c.Districts++
		case areaboundary.LevelTOWN:
			c.Towns++
		default:
			c.Villages++
		}
	}
	tx, err := client.Tx(ctx)
	if err != nil {
		return c, err
	}
	if _, err := tx.AreaBoundary.Delete().Exec(ctx); err != nil {
		return c, errors.Join(err, tx.Rollback())
	}
	for _, r := range rows {
		if err := tx.AreaBoundary.Create().SetLevel(r.level).SetCode(r.code).SetGeometry(r.geom).Exec(ctx); err != nil {
			return c, errors.Join(err, tx.Rollback())
		}
	}
	if err := tx.Commit(); err != nil {
		return c, err
	}
	towns, err := client.Town.Query().Count(ctx)
	if err != nil {
		return c, err
	}
	villages, err := client.Village.Query().Count(ctx)
	if err != nil {
		return c, err
	}
	c.TownsWithout, c.VillagesWithout = towns-c.Towns, villages-c.Villages
	return c, nil
}

// Load reads the loaded boundaries of the district, its towns and villages
// by their ids (geo.Loaded); boundaries of other districts' places are left
// out. Runs as the system.
func Load(ctx context.Context, client *ent.Client, districtID int) (geo.Loaded, error) {
	ctx = viewer.SystemContext(ctx)
	l := geo.Loaded{Towns: map[int]geo.MultiPolygon{}, Villages: map[int]geo.MultiPolygon{}}
	bs, err := client.AreaBoundary.Query().All(ctx)
	if err != nil || len(bs) == 0 {
		return l, err
	}
	d, err := client.District.Get(ctx, districtID)
	if err != nil {
		return l, err
	}
	towns, err := client.Town.Query().Where(town.DistrictID(districtID)).All(ctx)
	if err != nil {
		return l, err
	}
	villages, err := client.Village.Query().Where(village.HasTownWith(town.DistrictID(districtID))).All(ctx)
	if err != nil {
		return l, err
	}
	ids := map[string]int{}
	for _, t := range towns {
		ids[t.Code] = t.ID
	}
	for _, v := range villages {
		ids[v.Code] = v.ID
	}
	for _, b := range bs {
		g, err := geo.ParseGeometry(json.RawMessage(b.Geometry))
		if err != nil {
			return l, fmt.Errorf("boundary %s %s: %w", b.Level, b.Code, err)
		}
		switch {
		case b.Level == areaboundary.LevelDISTRICT && b.Code == d.Code:
			l.District = g
		case b.Level == areaboundary.LevelTOWN && ids[b.Code] != 0:
			l.Towns[ids[b.Code]] = g
		case b.Level == areaboundary.LevelVILLAGE && ids[b.Code] != 0:
			l.Villages[ids[b.Code]] = g
		}
	}
	return l, nil
}
