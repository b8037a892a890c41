package geo

import (
	"math"
	"sort"
)

// Nudge is how far, in degrees (about a centimetre), equal centres are
// moved apart from where they are, evenly around it, so that the cell they
// would share is split between them in slices around it.
const Nudge = 1e-7

// Cells are the Voronoi cells of the sites clipped to the outline: cell i
// holds the outline's points nearer to site i than to any other (ties: the
// bisector, on both cells). The cells partition the outline. Each cell is
// the outline's outer rings clipped by the bisectors' half-planes
// (Sutherland–Hodgman; the outline's holes are ignored), so a cell of a
// non-convex outline may come in several parts. Sites are taken in x order
// and a bisector is only clipped by while it can still cut the cell (its
// distance from the site, half the sites' distance, is under the cell's
// farthest vertex): O(n·k) for k neighbours within reach, O(n²) at worst.
// Equal sites are moved apart by Nudge.
func Cells(sites []Point, outline MultiPolygon) []MultiPolygon {
	n := len(sites)
	s := separate(sites)
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool {
		return s[order[a]].X < s[order[b]].X || s[order[a]].X == s[order[b]].X && order[a] < order[b]
	})
	pos := make([]int, n)
	for k, i := range order {
		pos[i] = k
	}
	out := make([]MultiPolygon, n)
	for i := range s {
		for _, poly := range outline {
			if len(poly) == 0 {
				continue
			}
			r := clipAll(append(Ring(nil), poly[0]...), s, i, order, pos[i])
			if len(r) >= 3 && math.Abs(r.Area()) > 0 {
				out[i] = append(out[i], Polygon{r})
			}
		}
	}
	return out
}

// separate copies the sites, moving the m sites equal to one point Nudge
// away from it in m directions evenly around it (the first east).
func separate(sites []Point) []Point {
	s := append([]Point(nil), sites...)
	total := map[Point]int{}
	for _, p := range sites {
		total[p]++
	}
	seen := map[Point]int{}
	for i, p := range sites {
		if m := total[p]; m > 1 {
			a := 2 * math.Pi * float64(seen[p]) / float64(m)
			s[i].X += Nudge * math.Cos(a)
			s[i].Y += Nudge * math.Sin(a)
		}
		seen[p]++
	}
	return s
}

// clipAll clips r by the half-planes of site i against its neighbours,
// walking outwards from i's place k in x order on both sides, nearer in x
// first, until no further site can cut the cell.
func clipAll(r Ring, s []Point, i int, order []int, k int) Ring {
	reach := func() float64 { // twice the cell's farthest vertex from the site
		var m float64
		for _, p := range r {
			m = max(m, math.Hypot(p.X-s[i].X, p.Y-s[i].Y))
		}
		return 2 * m
	}
	R := reach()
	lo, hi := k-1, k+1
	for len(r) > 0 && (lo >= 0 || hi < len(order)) {
		var j int
		dl, dh := math.Inf(1), math.Inf(1)
		if lo >= 0 {
			dl = s[i].X - s[order[lo]].X
		}
		if hi < len(order) {
			dh = s[order[hi]].X - s[i].X
		}
		if min(dl, dh) > R {
			break
		}
		if dl <= dh {
			j, lo = order[lo], lo-1
		} else {
			j, hi = order[hi], hi+1
		}
		if math.Hypot(s[j].X-s[i].X, s[j].Y-s[i].Y) > R {
			continue
		}
		r = clip(r, s, i, j)
		R = reach()
	}
	return r
}

// clip keeps the part of r on site i's side of the bisector of sites i and
// j. The bisector is computed from the pair in index order, the same for
// both cells, so their shared edge lies on one line.
func clip(r Ring, s []Point, i, j int) Ring {
	a, b, sign := i, j, 1.0
	if a > b {
		a, b, sign = b, a, -1
	}
	nx, ny := s[b].X-s[a].X, s[b].Y-s[a].Y
	mx, my := (s[a].X+s[b].X)/2, (s[a].Y+s[b].Y)/2
	side := func(p Point) float64 { return sign * (nx*(p.X-mx) + ny*(p.Y-my)) } // ≤ 0: keep
	out := make(Ring, 0, len(r)+1)
	for k := range r {
		p, q := r[k], r[(k+1)%len(r)]
		sp, sq := side(p), side(q)
		if sp <= 0 {
			out = append(out, p)
		}
		if (sp < 0 && sq > 0) || (sp > 0 && sq < 0) {
			t := sp / (sp - sq)
			out = append(out, Point{p.X + t*(q.X-p.X), p.Y + t*(q.Y-p.Y)})
		}
	}
	if len(out) < 3 {
		return nil
	}
	return out
}
