package graph

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"sync"

	entsql "entgo.io/ent/dialect/sql"

	"yuanbahui/ent"
	"yuanbahui/ent/areaboundary"
	"yuanbahui/ent/courtyard"
	"yuanbahui/ent/town"
	"yuanbahui/ent/village"
	"yuanbahui/graph/model"
	"yuanbahui/internal/analytics"
	"yuanbahui/internal/boundary"
	"yuanbahui/internal/geo"
	"yuanbahui/internal/metrics"
	"yuanbahui/internal/viewer"
)

// areaMap is the areaMap field: the drawn areas below an area (geometry
// cached per district and places version, mapGeometry) with the metric's
// values from analytics Stats grouped by TOWN, VILLAGE or COURTYARD. The
// areas listed are read in the account's context, so they are scoped by
// the places' privacy rules like every read; Stats scopes the values.
func (r *Resolver) areaMap(ctx context.Context, area *int, metric model.Metric, period string) (*model.AreaMap, error) {
	if r.analytics == nil {
		return nil, errors.New("analytics are not configured")
	}
	m, ok := metrics.ByName(string(metric))
	if !ok {
		return nil, fmt.Errorf("unknown metric %s", metric)
	}
	v := viewer.FromContext(ctx)
	if v == nil {
		return nil, analytics.ErrUnauthenticated
	}
	id := v.DistrictID
	if area != nil {
		id = *area
	}
	// The area as the account sees it (not found outside its scope).
	var districtID int
	kind := ent.TypeOfID(id)
	switch kind {
	case "District":
		d, err := r.client.District.Get(ctx, id)
		if err != nil {
			return nil, err
		}
		districtID = d.ID
	case "Town":
		t, err := r.client.Town.Get(ctx, id)
		if err != nil {
			return nil, err
		}
		districtID = t.DistrictID
	case "Village":
		vl, err := r.client.Village.Query().Where(village.ID(id)).WithTown().Only(ctx)
		if err != nil {
			return nil, err
		}
		districtID = vl.Edges.Town.DistrictID
	default:
		return nil, analyticsError(fmt.Errorf("%w: area must be a district, town or village", analytics.ErrInvalid))
	}
	g, err := r.mapGeometry(ctx, districtID)
	if err != nil {
		return nil, err
	}
	out := &model.AreaMap{Area: id, Metric: metricDefinition(m), Period: period, Missing: []int{}}
	layer := func(key metrics.Key, ids []int, feature func(i int, value *float64) *geo.Feature) error {
		res, err := r.analytics.Stats(ctx, analytics.Request{Metrics: []*metrics.Metric{m}, Keys: []metrics.Key{key},
			Where: analytics.Filter{Area: id, Period: period}, First: analytics.MaxRows})
		if err != nil {
			return analyticsError(err)
		}
		values := map[int]*float64{}
		for _, row := range res.Rows {
			values[row.Keys[0].ID] = row.Values[0]
		}
		l := &model.AreaMapLayer{Level: model.StatsKey(key), Breaks: []float64{}}
		var fs []*geo.Feature
		var vs []float64
		for i, pid := range ids {
			val := values[pid]
			if f := feature(i, val); f != nil {
				fs = append(fs, f)
				if val != nil {
					vs = append(vs, *val)
				}
			}
		}
		l.Features = geo.Collection(fs)
		if len(vs) > 0 {
			lo, hi := slices.Min(vs), slices.Max(vs)
			l.Min, l.Max = &lo, &hi
			l.Breaks = breaks(vs, 5)
		}
		out.Layers = append(out.Layers, l)
		return nil
	}
	props := func(id int, code, name string, value *float64) map[string]any {
		return map[string]any{"id": ent.EncodeGlobalID(id), "code": code, "name": name, "value": value}
	}
	villageLayer := func(vs []*ent.Village) error {
		ids := make([]int, len(vs))
		for i, x := range vs {
			ids[i] = x.ID
			if g.Villages[x.ID] == nil {
				out.Missing = append(out.Missing, x.ID)
			}
		}
		return layer(metrics.Village, ids, func(i int, val *float64) *geo.Feature {
			a := g.Villages[vs[i].ID]
			if a == nil {
				return nil
			}
			return geo.NewFeature(a.GeoJSON(), props(vs[i].ID, vs[i].Code, vs[i].Name, val))
		})
	}
	switch kind {
	case "District":
		out.Outline = string(g.Outline.GeoJSON())
		ts, err := r.client.Town.Query().Where(town.DistrictID(id)).Order(ent.Asc(town.FieldCode)).All(ctx)
		if err != nil {
			return nil, err
		}
		ids := make([]int, len(ts))
		for i, t := range ts {
			ids[i] = t.ID
		}
		if err := layer(metrics.Town, ids, func(i int, val *float64) *geo.Feature {
			a := g.Towns[ts[i].ID]
			if a == nil {
				return nil
			}
			return geo.NewFeature(a.GeoJSON(), props(ts[i].ID, ts[i].Code, ts[i].Name, val))
		}); err != nil {
			return nil, err
		}
		vs, err := r.client.Village.Query().Where(village.HasTownWith(town.DistrictID(id))).Order(ent.Asc(village.FieldCode)).All(ctx)
		if err != nil {
			return nil, err
		}
		if err := villageLayer(vs); err != nil {
			return nil, err
		}
	case "Town":
		out.Outline = string(g.Towns[id].GeoJSON())
		vs, err := r.client.Village.Query().Where(village.TownID(id)).Order(ent.Asc(village.FieldCode)).All(ctx)
		if err != nil {
			return nil, err
		}
		if err := villageLayer(vs); err != nil {
			return nil, err
		}
	case "Village":
		out.Outline = string(g.Villages[id].GeoJSON())
		if g.Villages[id] == nil {
			out.Missing = append(out.Missing, id)
		}
		cs, err := r.client.Courtyard.Query().Where(courtyard.VillageID(id)).Order(ent.Asc(courtyard.FieldCode)).All(ctx)
		if err != nil {
			return nil, err
		}
		ids := make([]int, len(cs))
		for i, c := range cs {
			ids[i] = c.ID
		}
		if err := layer(metrics.Courtyard, ids, func(i int, val *float64) *geo.Feature {
			c := cs[i]
			if c.Latitude == nil || c.Longitude == nil {
				return nil
			}
			pt := fmt.Sprintf(`{"type":"Point","coordinates":[%g,%g]}`, *c.Longitude, *c.Latitude)
			return geo.NewFeature([]byte(pt), props(c.ID, c.Code, c.Name, val))
		}); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// breaks are the quantiles of vs splitting them into n classes, ascending,
// without repeats (none for fewer than two distinct values).
func breaks(vs []float64, n int) []float64 {
	s := slices.Clone(vs)
	slices.Sort(s)
	out := []float64{}
	if s[0] == s[len(s)-1] {
		return out
	}
	for k := 1; k < n; k++ {
		q := s[int(math.Floor(float64(k)*float64(len(s)-1)/float64(n)+0.5))]
		if q > s[0] && q < s[len(s)-1] && (len(out) == 0 || q > out[len(out)-1]) {
			out = append(out, q)
		}
	}
	return out
}

// mapEntry is a district's drawn areas at one places version.
type mapEntry struct {
	version string
	m       *geo.Map
}

// mapCache holds the drawn areas per database client and district: the
// geometry only, never values. An entry is drawn anew when the places
// version changes.
var mapCache sync.Map // mapKey → *mapEntry

// mapKey keys mapCache.
type mapKey struct {
	client   *ent.Client
	district int
}

// mapMu serialises the drawing, so that concurrent first requests draw once.
var mapMu sync.Mutex

// placesVersion fingerprints what the geometry is drawn from, in one
// statement: the count and the latest update of the villages (their towns)
// and courtyards (their villages and coordinates) and of the loaded
// boundaries.
func (r *Resolver) placesVersion(ctx context.Context) (string, error) {
	var rows []struct {
		Villages     int               `json:"villages"`
		VillagesAt   entsql.NullString `json:"villages_at"`
		Courtyards   int               `json:"courtyards"`
		CourtyardsAt entsql.NullString `json:"courtyards_at"`
		Boundaries   int               `json:"boundaries"`
		BoundariesAt entsql.NullString `json:"boundaries_at"`
	}
	err := r.client.Village.Query().Modify(func(s *entsql.Selector) {
		s.Select().
			AppendSelectExprAs(entsql.Raw(entsql.Count("*")), "villages").
			AppendSelectExprAs(entsql.Raw(entsql.Max(s.C(village.FieldUpdatedAt))), "villages_at")
		for _, t := range []struct{ table, column, as string }{
			{courtyard.Table, courtyard.FieldUpdatedAt, "courtyards"},
			{areaboundary.Table, areaboundary.FieldImportedAt, "boundaries"},
		} {
			s.AppendSelectExprAs(entsql.Raw("(SELECT COUNT(*) FROM "+t.table+")"), t.as).
				AppendSelectExprAs(entsql.Raw("(SELECT MAX("+t.column+") FROM "+t.table+")"), t.as+"_at")
		}
	}).Scan(ctx, &rows)
	if err != nil {
		return "", err
	}
	if len(rows) != 1 {
		return "", fmt.Errorf("places version: %d rows, want 1", len(rows))
	}
	v := rows[0]
	return fmt.Sprint(v.Villages, v.VillagesAt.String, v.Courtyards, v.CourtyardsAt.String, v.Boundaries, v.BoundariesAt.String), nil
}

// mapGeometry is the district's drawn areas (geo.Build over every village's
// courtyards and the loaded boundaries), from the cache while the places
// version holds. Read as the system: the geometry is the same for every
// account; what each may see is chosen by the caller.
func (r *Resolver) mapGeometry(ctx context.Context, districtID int) (*geo.Map, error) {
	ctx = viewer.SystemContext(ctx)
	version, err := r.placesVersion(ctx)
	if err != nil {
		return nil, err
	}
	key := mapKey{r.client, districtID}
	if e, ok := mapCache.Load(key); ok && e.(*mapEntry).version == version {
		return e.(*mapEntry).m, nil
	}
	mapMu.Lock()
	defer mapMu.Unlock()
	if e, ok := mapCache.Load(key); ok && e.(*mapEntry).version == version {
		return e.(*mapEntry).m, nil
	}
	vs, err := r.client.Village.Query().Where(village.HasTownWith(town.DistrictID(districtID))).All(ctx)
	if err != nil {
		return nil, err
	}
	var cs []struct {
		VillageID int     `json:"village_id"`
		Latitude  float64 `json:"latitude"`
		Longitude float64 `json:"longitude"`
	}
	if err := r.client.Courtyard.Query().
		Where(courtyard.HasVillageWith(village.HasTownWith(town.DistrictID(districtID))), courtyard.LatitudeNotNil(), courtyard.LongitudeNotNil()).
		Select(courtyard.FieldVillageID, courtyard.FieldLatitude, courtyard.FieldLongitude).Scan(ctx, &cs); err != nil {
		return nil, err
	}
	pts := map[int][]geo.Point{}
	for _, c := range cs {
		pts[c.VillageID] = append(pts[c.VillageID], geo.Point{X: c.Longitude, Y: c.Latitude})
	}
	in := make([]geo.Village, len(vs))
	for i, x := range vs {
		in[i] = geo.Village{ID: x.ID, Town: x.TownID, Courtyards: pts[x.ID]}
	}
	loaded, err := boundary.Load(ctx, r.client, districtID)
	if err != nil {
		return nil, err
	}
	m := geo.Build(in, loaded, geo.Margin)
	mapCache.Store(key, &mapEntry{version: version, m: m})
	return m, nil
}
