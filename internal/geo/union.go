package geo

import (
	"math"
	"sort"
)

// Grid is the rounding (in degrees, about 0.1 mm) under which Union takes two
// vertices for one: cells computed from the same bisectors differ by far less.
const Grid = 1e-9

// key is a vertex rounded to the Grid.
type key struct{ x, y int64 }

func keyOf(p Point) key { return key{int64(math.Round(p.X / Grid)), int64(math.Round(p.Y / Grid))} }

// Union is the union of areas that meet along shared edges (cells of one
// partition): every ring's edges, its vertices rounded to the Grid and
// outer rings taken counter-clockwise, holes clockwise; an edge met in both
// directions is inside the union and cancels; the rest are chained into
// rings, counter-clockwise ones outer, clockwise ones holes of the outer
// ring that contains them. Parts that do not touch stay apart (a
// MultiPolygon of several polygons). Areas that overlap are not merged.
func Union(parts []MultiPolygon) MultiPolygon {
	type edge struct{ a, b key }
	count := map[edge]int{}
	var edges []edge         // in first-seen order, for a deterministic result
	first := map[key]Point{} // a vertex as first met, unrounded
	add := func(p, q Point) {
		a, b := keyOf(p), keyOf(q)
		if _, ok := first[a]; !ok {
			first[a] = p
		}
		if a == b {
			return
		}
		if count[edge{b, a}] > 0 {
			count[edge{b, a}]--
			return
		}
		if count[edge{a, b}] == 0 {
			edges = append(edges, edge{a, b})
		}
		count[edge{a, b}]++
	}
	for _, mp := range parts {
		for _, poly := range mp {
			for h, r := range poly {
				ccw := r.Area() > 0
				if (h == 0) != ccw {
					r = reversed(r)
				}
				for i := range r {
					add(r[i], r[(i+1)%len(r)])
				}
			}
		}
	}
	next := map[key][]key{}
	for _, e := range edges {
		for c := count[e]; c > 0; c-- {
			next[e.a] = append(next[e.a], e.b)
		}
	}
	var rings []Ring
	for _, e := range edges {
		for len(next[e.a]) > 0 {
			var r Ring
			start, at := e.a, e.a
			for {
				to := next[at]
				if len(to) == 0 {
					break // an open chain (rounding split a vertex): dropped
				}
				b := to[len(to)-1]
				next[at] = to[:len(to)-1]
				r = append(r, first[at])
				at = b
				if at == start {
					rings = append(rings, r)
					break
				}
			}
		}
	}
	var outer, holes []Ring
	for _, r := range rings {
		if len(r) < 3 {
			continue
		}
		if a := r.Area(); a > 0 {
			outer = append(outer, r)
		} else if a < 0 {
			holes = append(holes, r)
		}
	}
	sort.SliceStable(outer, func(i, j int) bool { return outer[i].Area() > outer[j].Area() })
	out := make(MultiPolygon, len(outer))
	for i, r := range outer {
		out[i] = Polygon{r}
	}
	for _, h := range holes {
		// The smallest outer ring holding the hole's vertices' mean.
		c, _ := Centre(h)
		best := -1
		for i, r := range outer {
			if r.Contains(c) && (best < 0 || r.Area() < outer[best].Area()) {
				best = i
			}
		}
		if best >= 0 {
			out[best] = append(out[best], h)
		}
	}
	return out
}

func reversed(r Ring) Ring {
	out := make(Ring, len(r))
	for i, p := range r {
		out[len(r)-1-i] = p
	}
	return out
}
