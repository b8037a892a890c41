package geo

import "sort"

// Margin is how far, in degrees (about 1 km), the drawn district outline
// reaches beyond its outermost courtyards.
const Margin = 0.01

// Village is what Build needs of a village: its town and its courtyards'
// positions.
type Village struct {
	// ID and Town are the village's and its town's ids.
	ID, Town int
	// Courtyards are its courtyards' positions (none: not drawn).
	Courtyards []Point
}

// Loaded are boundaries loaded from a file (places import-boundaries), by
// place id; any may be missing.
type Loaded struct {
	// District is the district's boundary (nil: none).
	District MultiPolygon
	// Towns and Villages are the loaded boundaries by id.
	Towns, Villages map[int]MultiPolygon
}

// Map is the drawn areas of a district.
type Map struct {
	// Outline is the district's outline.
	Outline MultiPolygon
	// Centres are the villages' centres by id.
	Centres map[int]Point
	// Villages and Towns are the areas by id.
	Villages, Towns map[int]MultiPolygon
	// Missing lists the villages without courtyard coordinates (and so
	// without a cell), in id order.
	Missing []int
}

// Build draws the areas: the district's loaded boundary or else the outline
// of its courtyards (Outline, Margin); each village's loaded boundary or
// else its Voronoi cell among the villages' centres clipped to the outline
// (a cell is not clipped by a neighbour's loaded boundary); each town's
// loaded boundary or else the union of its villages' areas (Union: exact
// for cells; a loaded village boundary that does not share the cells'
// edges stays a part of its own). A village with neither coordinates nor a
// loaded boundary is left out and listed in Missing.
func Build(villages []Village, loaded Loaded, margin float64) *Map {
	vs := append([]Village(nil), villages...)
	sort.Slice(vs, func(i, j int) bool { return vs[i].ID < vs[j].ID })
	m := &Map{Centres: map[int]Point{}, Villages: map[int]MultiPolygon{}, Towns: map[int]MultiPolygon{}}
	var all, sites []Point
	var ids []int
	for _, v := range vs {
		all = append(all, v.Courtyards...)
		if c, ok := Centre(v.Courtyards); ok {
			m.Centres[v.ID] = c
			sites = append(sites, c)
			ids = append(ids, v.ID)
		} else if loaded.Villages[v.ID] == nil {
			m.Missing = append(m.Missing, v.ID)
		}
	}
	m.Outline = loaded.District
	if m.Outline == nil {
		if r := Outline(all, margin); r != nil {
			m.Outline = MultiPolygon{{r}}
		}
	}
	for k, cell := range Cells(sites, m.Outline) {
		m.Villages[ids[k]] = cell
	}
	for id, b := range loaded.Villages {
		m.Villages[id] = b
	}
	parts := map[int][]MultiPolygon{}
	for _, v := range vs {
		if a := m.Villages[v.ID]; a != nil {
			parts[v.Town] = append(parts[v.Town], a)
		}
	}
	for t, p := range parts {
		m.Towns[t] = Union(p)
	}
	for id, b := range loaded.Towns {
		m.Towns[id] = b
	}
	return m
}
