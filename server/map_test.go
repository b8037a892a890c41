package server_test

import (
	"encoding/json"
	"testing"

	"yuanbahui/ent/courtyard"
)

// areaMapAnswer is the answer of the map's query.
type areaMapAnswer struct {
	AreaMap struct {
		Outline string
		Metric  struct{ Label, Better string }
		Missing []string
		Layers  []struct {
			Level    string
			Features string
			Min, Max *float64
			Breaks   []float64
		}
	}
}

// mapFeatures reads a layer's FeatureCollection: value by global id, and the
// geometry types.
func mapFeatures(t *testing.T, fc string) (map[string]*float64, map[string]int) {
	t.Helper()
	var c struct {
		Type     string
		Features []struct {
			Geometry   struct{ Type string }
			Properties struct {
				ID, Code, Name string
				Value          *float64
			}
		}
	}
	if err := json.Unmarshal([]byte(fc), &c); err != nil || c.Type != "FeatureCollection" {
		t.Fatalf("not a FeatureCollection: %v %.200s", err, fc)
	}
	values, kinds := map[string]*float64{}, map[string]int{}
	for _, f := range c.Features {
		values[f.Properties.ID] = f.Properties.Value
		kinds[f.Geometry.Type]++
	}
	return values, kinds
}

const areaMapQuery = `query($area: ID, $m: Metric!, $p: String!) { areaMap(area: $area, metric: $m, period: $p) {
  outline metric { label better } missing layers { level features min max breaks } } }`

// TestAreaMap: the map's areas carry the values `stats` gives grouped by
// town, village and courtyard; a district admin gets towns and villages
// drawn from the courtyards' coordinates (cells of the village centres:
// Polygons), a village its courtyards as points; the second town's official
// gets only their town's areas and values.
func TestAreaMap(t *testing.T) {
	w := newWorld(t)
	c := w.a.db.Client
	// Coordinates for every courtyard, spread on a grid.
	for i, cy := range c.Courtyard.Query().Order(courtyard.ByID()).AllX(ctx()) {
		c.Courtyard.UpdateOne(cy).SetLongitude(108.2 + float64(i%7)*0.03).SetLatitude(31.1 + float64(i/7)*0.02).ExecX(ctx())
	}
	const metric, period = "TICKETS_SUBMITTED", "2026"
	stats := func(role, key string, area any) map[string]*float64 {
		var s struct {
			Stats struct {
				Rows []struct {
					Keys   []struct{ ID string }
					Values []*float64
				}
			}
		}
		w.as(role).query(`query($m: Metric!, $k: StatsKey!, $a: ID, $p: String) { stats(metrics: [$m], groupBy: [$k], where: {area: $a, period: $p}, first: 10000) { rows { keys { id } values } } }`,
			map[string]any{"m": metric, "k": key, "a": area, "p": period}, &s)
		out := map[string]*float64{}
		for _, r := range s.Stats.Rows {
			out[r.Keys[0].ID] = r.Values[0]
		}
		return out
	}
	same := func(what string, got, want map[string]*float64) {
		t.Helper()
		for id, v := range want {
			g, ok := got[id]
			if !ok {
				t.Errorf("%s: %s has a value in stats but no area", what, id)
				continue
			}
			if (g == nil) != (v == nil) || g != nil && *g != *v {
				t.Errorf("%s %s: map %v, stats %v", what, id, g, v)
			}
		}
		for id, g := range got {
			if _, ok := want[id]; !ok && g != nil {
				t.Errorf("%s %s: map value %v, stats none", what, id, *g)
			}
		}
	}
	var m areaMapAnswer
	w.as("admin").query(areaMapQuery, map[string]any{"m": metric, "p": period}, &m)
	if len(m.AreaMap.Layers) != 2 || m.AreaMap.Layers[0].Level != "TOWN" || m.AreaMap.Layers[1].Level != "VILLAGE" {
		t.Fatalf("district layers %+v", m.AreaMap.Layers)
	}
	if m.AreaMap.Metric.Better != "NEITHER" || m.AreaMap.Outline == "null" || len(m.AreaMap.Missing) != 0 {
		t.Fatalf("metric %+v, outline %.60s, missing %v", m.AreaMap.Metric, m.AreaMap.Outline, m.AreaMap.Missing)
	}
	towns, kinds := mapFeatures(t, m.AreaMap.Layers[0].Features)
	if len(towns) != 2 || kinds["Point"] != 0 {
		t.Fatalf("towns %v, geometry %v", towns, kinds)
	}
	same("admin towns", towns, stats("admin", "TOWN", nil))
	villages, _ := mapFeatures(t, m.AreaMap.Layers[1].Features)
	same("admin villages", villages, stats("admin", "VILLAGE", nil))

	// A village: its courtyards as points with their values.
	var vm areaMapAnswer
	w.as("admin").query(areaMapQuery, map[string]any{"area": gid(w.village.ID), "m": metric, "p": period}, &vm)
	if len(vm.AreaMap.Layers) != 1 || vm.AreaMap.Layers[0].Level != "COURTYARD" {
		t.Fatalf("village layers %+v", vm.AreaMap.Layers)
	}
	points, kinds := mapFeatures(t, vm.AreaMap.Layers[0].Features)
	if n := c.Courtyard.Query().Where(courtyard.VillageID(w.village.ID)).CountX(ctx()); len(points) != n || kinds["Point"] != n {
		t.Fatalf("village points %d (%v), courtyards %d", len(points), kinds, n)
	}
	same("village courtyards", points, stats("admin", "COURTYARD", gid(w.village.ID)))

	// The second town's official: their town only, by default and asked.
	var tm areaMapAnswer
	w.as("town2").query(areaMapQuery, map[string]any{"m": metric, "p": period}, &tm)
	towns2, _ := mapFeatures(t, tm.AreaMap.Layers[0].Features)
	if len(towns2) != 1 || towns2[gid(w.town2.ID)] == nil && len(towns2) != 1 {
		t.Fatalf("town2 sees towns %v", towns2)
	}
	if _, ok := towns2[gid(w.town2.ID)]; !ok {
		t.Fatalf("town2 does not see its town: %v", towns2)
	}
	same("town2 towns", towns2, stats("town2", "TOWN", nil))
	if code, _ := w.as("town2").errorCode(areaMapQuery, map[string]any{"area": gid(w.town1.ID), "m": metric, "p": period}); code == "" {
		t.Fatal("town2's official drew the other town")
	}

	// A village added with a courtyard: the cached geometry is drawn anew
	// (the places' version changed) and the new village has its area.
	added := c.Village.Create().SetCode("500154199001").SetName("新村").SetTownID(w.town1.ID).SaveX(ctx())
	c.Courtyard.Create().SetCode("500154199001001").SetName("新院坝").SetVillageID(added.ID).SetTownID(w.town1.ID).
		SetLongitude(108.5).SetLatitude(31.3).SaveX(ctx())
	var again areaMapAnswer
	w.as("admin").query(areaMapQuery, map[string]any{"m": metric, "p": period}, &again)
	redrawn, _ := mapFeatures(t, again.AreaMap.Layers[1].Features)
	if _, ok := redrawn[gid(added.ID)]; !ok || len(redrawn) != len(villages)+1 {
		t.Fatalf("after a village was added the map has %d villages (the new one: %v), want %d", len(redrawn), ok, len(villages)+1)
	}
}
