package geo

import (
	"encoding/json"
	"errors"
	"math"
	"math/rand/v2"
	"testing"
)

// random are n sites spread over a Kaizhou-sized square, seeded.
func random(n int, seed uint64) []Point {
	r := rand.New(rand.NewPCG(seed, 1))
	out := make([]Point, n)
	for i := range out {
		out[i] = Point{108.0 + r.Float64()*0.8, 31.0 + r.Float64()*0.6}
	}
	return out
}

// checkPartition fails unless the cells' areas sum to the outline's within
// 1e-9 relative and each site lies in its own cell.
func checkPartition(t *testing.T, sites []Point, outline MultiPolygon, cells []MultiPolygon) {
	t.Helper()
	var sum float64
	for _, c := range cells {
		sum += c.Area()
	}
	if rel := math.Abs(sum-outline.Area()) / outline.Area(); rel > 1e-9 {
		t.Fatalf("cells sum to %v, the outline is %v (relative %g)", sum, outline.Area(), rel)
	}
	s := separate(sites)
	for i, c := range cells {
		if !c.Contains(s[i]) {
			t.Errorf("site %d %v is not in its cell %v", i, s[i], c)
		}
	}
}

func TestCellsPartitionTheOutline(t *testing.T) {
	for _, n := range []int{1, 2, 3, 10, 500} {
		sites := random(n, uint64(n))
		outline := MultiPolygon{{Outline(sites, Margin)}}
		checkPartition(t, sites, outline, Cells(sites, outline))
	}
}

func TestCellsDegenerate(t *testing.T) {
	cases := map[string][]Point{
		"one":        {{108.5, 31.2}},
		"two":        {{108.5, 31.2}, {108.6, 31.3}},
		"collinear":  {{108.1, 31.1}, {108.2, 31.2}, {108.3, 31.3}, {108.4, 31.4}},
		"duplicate":  {{108.1, 31.1}, {108.5, 31.5}, {108.1, 31.1}, {108.3, 31.2}, {108.1, 31.1}},
		"cocircular": {{108, 31}, {108.1, 31}, {108.1, 31.1}, {108, 31.1}},
	}
	for name, sites := range cases {
		t.Run(name, func(t *testing.T) {
			outline := MultiPolygon{{Outline(sites, Margin)}}
			cells := Cells(sites, outline)
			checkPartition(t, sites, outline, cells)
			if name == "duplicate" {
				// The three equal centres split the cell one of them has alone, in slices.
				alone := Cells([]Point{sites[0], sites[1], sites[3]}, outline)[0].Area()
				var sum float64
				for _, i := range []int{0, 2, 4} {
					sum += cells[i].Area()
					if a := cells[i].Area(); a < alone/100 {
						t.Errorf("duplicate site %d got a sliver %g of the cell %g", i, a, alone)
					}
				}
				if math.Abs(sum-alone)/alone > 1e-6 {
					t.Errorf("the equal centres' cells sum to %g, the cell is %g", sum, alone)
				}
			}
		})
	}
}

func TestCellsOfAConcaveOutline(t *testing.T) {
	// An L-shaped district: a cell may come in parts, the sum still holds.
	outline := MultiPolygon{{Ring{{108, 31}, {109, 31}, {109, 31.2}, {108.2, 31.2}, {108.2, 32}, {108, 32}}}}
	sites := []Point{{108.1, 31.1}, {108.8, 31.1}, {108.1, 31.9}, {108.15, 31.5}}
	checkPartition(t, sites, outline, Cells(sites, outline))
}

func TestUnionOfCells(t *testing.T) {
	sites := random(200, 7)
	outline := MultiPolygon{{Outline(sites, Margin)}}
	cells := Cells(sites, outline)
	// Towns of 10 villages each, by site index: some not contiguous.
	for town := 0; town < 20; town++ {
		var parts []MultiPolygon
		var want float64
		for i := town; i < len(cells); i += 20 {
			parts = append(parts, cells[i])
			want += cells[i].Area()
		}
		u := Union(parts)
		if rel := math.Abs(u.Area()-want) / want; rel > 1e-9 {
			t.Fatalf("town %d: union area %v, villages %v (relative %g)", town, u.Area(), want, rel)
		}
	}
	// All the cells: the outline again, one polygon without holes.
	u := Union(cells)
	if len(u) != 1 || len(u[0]) != 1 {
		t.Fatalf("the union of every cell is %d polygons (first of %d rings), want the outline", len(u), len(u[0]))
	}
	if rel := math.Abs(u.Area()-outline.Area()) / outline.Area(); rel > 1e-9 {
		t.Fatalf("union %v, outline %v", u.Area(), outline.Area())
	}
}

func TestUnionKeepsHolesAndParts(t *testing.T) {
	// A 3×3 grid of unit squares without its centre: one polygon with a hole;
	// two far squares: two polygons.
	sq := func(x, y float64) MultiPolygon {
		return MultiPolygon{{Ring{{x, y}, {x + 1, y}, {x + 1, y + 1}, {x, y + 1}}}}
	}
	var ring []MultiPolygon
	for x := 0; x < 3; x++ {
		for y := 0; y < 3; y++ {
			if x != 1 || y != 1 {
				ring = append(ring, sq(float64(x), float64(y)))
			}
		}
	}
	u := Union(ring)
	if len(u) != 1 || len(u[0]) != 2 || u.Area() != 8 {
		t.Fatalf("ring of squares: %d polygons, %d rings, area %v; want 1, 2, 8", len(u), len(u[0]), u.Area())
	}
	u = Union([]MultiPolygon{sq(0, 0), sq(5, 5)})
	if len(u) != 2 || u.Area() != 2 {
		t.Fatalf("two apart: %d polygons, area %v", len(u), u.Area())
	}
	if g := string(u.GeoJSON()); g[:24] != `{"coordinates":[[[[0,0],` {
		t.Errorf("GeoJSON %s", g)
	}
}

func TestBuild(t *testing.T) {
	pts := random(30, 3)
	vs := []Village{{ID: 1, Town: 10}, {ID: 2, Town: 10}, {ID: 3, Town: 20}, {ID: 4, Town: 20}}
	for i, p := range pts {
		vs[i%3].Courtyards = append(vs[i%3].Courtyards, p)
	}
	m := Build(vs, Loaded{}, Margin)
	if len(m.Missing) != 1 || m.Missing[0] != 4 {
		t.Fatalf("missing %v, want [4]", m.Missing)
	}
	if got, want := m.Towns[10].Area()+m.Towns[20].Area(), m.Outline.Area(); math.Abs(got-want)/want > 1e-9 {
		t.Fatalf("towns %v, outline %v", got, want)
	}
	for id, c := range m.Centres {
		if !m.Villages[id].Contains(c) {
			t.Errorf("village %d's centre is outside its area", id)
		}
	}
	loaded := MultiPolygon{{Ring{{108, 31}, {109, 31}, {109, 32}, {108, 32}}}}
	m = Build(vs, Loaded{District: loaded, Villages: map[int]MultiPolygon{4: {{Ring{{108, 31}, {108.1, 31}, {108.1, 31.1}}}}}}, Margin)
	if m.Outline.Area() != 1 || len(m.Missing) != 0 || m.Villages[4] == nil {
		t.Fatalf("loaded boundaries not used: outline %v, missing %v", m.Outline.Area(), m.Missing)
	}
}

func TestParseGeometry(t *testing.T) {
	ok := `{"type":"Polygon","coordinates":[[[108,31],[109,31],[109,32],[108,31]]]}`
	m, err := ParseGeometry(json.RawMessage(ok))
	if err != nil || len(m) != 1 || len(m[0][0]) != 3 || m.Area() != 0.5 {
		t.Fatalf("%v %v", m, err)
	}
	again, err := ParseGeometry(m.GeoJSON())
	if err != nil || again.Area() != 0.5 {
		t.Fatalf("round trip: %v %v", again, err)
	}
	for _, bad := range []string{
		`{"type":"Point","coordinates":[108,31]}`,
		`{"type":"Polygon","coordinates":[[[108,31],[109,31],[108,31]]]}`,
		`{"type":"Polygon","coordinates":[[[108,31],[109,31],[109,32],[108,32]]]}`,
		`{"type":"Polygon","coordinates":[[[108,31],[190,31],[109,32],[108,31]]]}`,
		`{"type":"MultiPolygon","coordinates":[]}`,
		`{"type":"Polygon","coordinates":[[[108,31],[109,31],[110,31],[108,31]]]}`,
		`[1,2]`,
	} {
		if _, err := ParseGeometry(json.RawMessage(bad)); !errors.Is(err, ErrGeometry) {
			t.Errorf("%s: %v, want ErrGeometry", bad, err)
		}
	}
}

// BenchmarkCells500 times the cells of 500 village centres (Kaizhou's
// villages) and the union of 40 towns.
func BenchmarkCells500(b *testing.B) {
	sites := random(500, 500)
	outline := MultiPolygon{{Outline(sites, Margin)}}
	b.Run("cells", func(b *testing.B) {
		for b.Loop() {
			Cells(sites, outline)
		}
	})
	cells := Cells(sites, outline)
	b.Run("union40", func(b *testing.B) {
		for b.Loop() {
			for town := 0; town < 40; town++ {
				var parts []MultiPolygon
				for i := town; i < len(cells); i += 40 {
					parts = append(parts, cells[i])
				}
				Union(parts)
			}
		}
	})
}
