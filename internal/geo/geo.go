// Package geo draws the areas of the map from what the places know: a
// village's centre is the mean of its courtyards' coordinates, the district's
// outline a loaded boundary or the hull of its courtyards with a margin, a
// village's area its Voronoi cell clipped to the outline, a town's area the
// union of its villages' cells. Pure functions on longitude/latitude pairs
// (WGS-84 degrees, planar arithmetic): no database, no I/O.
package geo

import (
	"math"
	"sort"
)

// Point is a position: X the longitude, Y the latitude, in degrees.
type Point struct{ X, Y float64 }

// Ring is a closed chain of points, the last joined to the first (not
// repeated); counter-clockwise for an outer ring, clockwise for a hole.
type Ring []Point

// Polygon is an outer ring followed by its holes.
type Polygon []Ring

// MultiPolygon is a set of polygons: an area in several parts.
type MultiPolygon []Polygon

// Area is the ring's signed area (positive when counter-clockwise).
func (r Ring) Area() float64 {
	var s float64
	for i := range r {
		a, b := r[i], r[(i+1)%len(r)]
		s += a.X*b.Y - b.X*a.Y
	}
	return s / 2
}

// Area is the polygon's area: its outer ring's less its holes'.
func (p Polygon) Area() float64 {
	var s float64
	for i, r := range p {
		if i == 0 {
			s += math.Abs(r.Area())
		} else {
			s -= math.Abs(r.Area())
		}
	}
	return s
}

// Area is the sum of its polygons' areas.
func (m MultiPolygon) Area() float64 {
	var s float64
	for _, p := range m {
		s += p.Area()
	}
	return s
}

// Contains tells whether p lies inside the ring (even-odd rule; a point on
// the edge may go either way).
func (r Ring) Contains(p Point) bool {
	in := false
	for i, j := 0, len(r)-1; i < len(r); j, i = i, i+1 {
		a, b := r[i], r[j]
		if (a.Y > p.Y) != (b.Y > p.Y) && p.X < (b.X-a.X)*(p.Y-a.Y)/(b.Y-a.Y)+a.X {
			in = !in
		}
	}
	return in
}

// Contains tells whether p lies in the polygon: in its outer ring, in none
// of its holes.
func (p Polygon) Contains(q Point) bool {
	if len(p) == 0 || !p[0].Contains(q) {
		return false
	}
	for _, h := range p[1:] {
		if h.Contains(q) {
			return false
		}
	}
	return true
}

// Contains tells whether q lies in one of the polygons.
func (m MultiPolygon) Contains(q Point) bool {
	for _, p := range m {
		if p.Contains(q) {
			return true
		}
	}
	return false
}

// Centre is the mean of the points; false when there are none.
func Centre(pts []Point) (Point, bool) {
	if len(pts) == 0 {
		return Point{}, false
	}
	var c Point
	for _, p := range pts {
		c.X += p.X
		c.Y += p.Y
	}
	return Point{c.X / float64(len(pts)), c.Y / float64(len(pts))}, true
}

// Hull is the convex hull of the points (Andrew's monotone chain),
// counter-clockwise, without collinear points: fewer than 3 points when they
// are fewer or all on a line.
func Hull(points []Point) Ring {
	p := append([]Point(nil), points...)
	sort.Slice(p, func(i, j int) bool { return p[i].X < p[j].X || p[i].X == p[j].X && p[i].Y < p[j].Y })
	if len(p) < 3 {
		return p
	}
	cross := func(o, a, b Point) float64 { return (a.X-o.X)*(b.Y-o.Y) - (a.Y-o.Y)*(b.X-o.X) }
	var h Ring
	for pass := 0; pass < 2; pass++ {
		start := len(h)
		for _, q := range p {
			for len(h) >= start+2 && cross(h[len(h)-2], h[len(h)-1], q) <= 0 {
				h = h[:len(h)-1]
			}
			h = append(h, q)
		}
		h = h[:len(h)-1]
		for i, j := 0, len(p)-1; i < j; i, j = i+1, j-1 {
			p[i], p[j] = p[j], p[i]
		}
	}
	return h
}

// Outline is the convex hull of the points widened by margin degrees on
// every side (the hull of a margin-wide square around each point): a
// counter-clockwise ring of positive area even for one point or points on a
// line; nil for none.
func Outline(points []Point, margin float64) Ring {
	if len(points) == 0 {
		return nil
	}
	h := Hull(points)
	if len(h) < 3 {
		h = append(Ring(nil), points...)
	}
	sq := make([]Point, 0, 4*len(h))
	for _, p := range h {
		sq = append(sq, Point{p.X - margin, p.Y - margin}, Point{p.X + margin, p.Y - margin},
			Point{p.X + margin, p.Y + margin}, Point{p.X - margin, p.Y + margin})
	}
	return Hull(sq)
}
