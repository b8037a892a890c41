package geo

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
)

// ErrGeometry is returned for a geometry that is not a valid WGS-84 Polygon
// or MultiPolygon.
var ErrGeometry = errors.New("invalid geometry")

// geometry is a GeoJSON geometry object.
type geometry struct {
	Type        string          `json:"type"`
	Coordinates json.RawMessage `json:"coordinates"`
}

// ParseGeometry reads a GeoJSON Polygon or MultiPolygon in WGS-84 degrees:
// every ring closed, of at least four positions, every position a finite
// longitude in [-180, 180] and latitude in [-90, 90], every outer ring of
// positive area. The closing position is dropped.
func ParseGeometry(raw json.RawMessage) (MultiPolygon, error) {
	var g geometry
	if err := json.Unmarshal(raw, &g); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrGeometry, err)
	}
	var polys [][][][]float64
	switch g.Type {
	case "Polygon":
		var p [][][]float64
		if err := json.Unmarshal(g.Coordinates, &p); err != nil {
			return nil, fmt.Errorf("%w: Polygon coordinates: %v", ErrGeometry, err)
		}
		polys = [][][][]float64{p}
	case "MultiPolygon":
		if err := json.Unmarshal(g.Coordinates, &polys); err != nil {
			return nil, fmt.Errorf("%w: MultiPolygon coordinates: %v", ErrGeometry, err)
		}
	default:
		return nil, fmt.Errorf("%w: type %q, want Polygon or MultiPolygon", ErrGeometry, g.Type)
	}
	if len(polys) == 0 {
		return nil, fmt.Errorf("%w: no polygon", ErrGeometry)
	}
	out := make(MultiPolygon, 0, len(polys))
	for _, p := range polys {
		if len(p) == 0 {
			return nil, fmt.Errorf("%w: a polygon without rings", ErrGeometry)
		}
		var poly Polygon
		for h, r := range p {
			if len(r) < 4 {
				return nil, fmt.Errorf("%w: a ring of %d positions, at least 4", ErrGeometry, len(r))
			}
			ring := make(Ring, 0, len(r)-1)
			for _, pos := range r {
				if len(pos) < 2 || math.IsNaN(pos[0]) || math.IsNaN(pos[1]) || math.Abs(pos[0]) > 180 || math.Abs(pos[1]) > 90 {
					return nil, fmt.Errorf("%w: position %v is not a longitude and latitude", ErrGeometry, pos)
				}
				ring = append(ring, Point{pos[0], pos[1]})
			}
			if ring[0] != ring[len(ring)-1] {
				return nil, fmt.Errorf("%w: a ring that is not closed", ErrGeometry)
			}
			ring = ring[:len(ring)-1]
			if h == 0 && math.Abs(ring.Area()) == 0 {
				return nil, fmt.Errorf("%w: an outer ring without area", ErrGeometry)
			}
			poly = append(poly, ring)
		}
		out = append(out, poly)
	}
	return out, nil
}

// GeoJSON is the area as a GeoJSON geometry: a Polygon for one part, else a
// MultiPolygon (null for none), rings closed, outer rings counter-clockwise
// (RFC 7946), coordinates rounded to 1e-6 degrees (about 0.1 m).
func (m MultiPolygon) GeoJSON() json.RawMessage {
	if len(m) == 0 {
		return json.RawMessage("null")
	}
	polys := make([][][][2]float64, len(m))
	for i, p := range m {
		for h, r := range p {
			if (h == 0) != (r.Area() > 0) {
				r = reversed(r)
			}
			c := make([][2]float64, 0, len(r)+1)
			for _, q := range append(r, r[0]) {
				c = append(c, [2]float64{round6(q.X), round6(q.Y)})
			}
			polys[i] = append(polys[i], c)
		}
	}
	var b []byte
	if len(polys) == 1 {
		b, _ = json.Marshal(map[string]any{"type": "Polygon", "coordinates": polys[0]})
	} else {
		b, _ = json.Marshal(map[string]any{"type": "MultiPolygon", "coordinates": polys})
	}
	return b
}

func round6(x float64) float64 { return math.Round(x*1e6) / 1e6 }

// Feature is a GeoJSON feature: a geometry and its properties.
type Feature struct {
	Type       string          `json:"type"`
	Geometry   json.RawMessage `json:"geometry"`
	Properties map[string]any  `json:"properties"`
}

// FeatureCollection is a GeoJSON FeatureCollection.
type FeatureCollection struct {
	Type     string     `json:"type"`
	Features []*Feature `json:"features"`
}

// NewFeature is a feature of geometry g with properties p.
func NewFeature(g json.RawMessage, p map[string]any) *Feature {
	return &Feature{Type: "Feature", Geometry: g, Properties: p}
}

// Collection is the features as a FeatureCollection's JSON text.
func Collection(fs []*Feature) string {
	if fs == nil {
		fs = []*Feature{}
	}
	b, _ := json.Marshal(FeatureCollection{Type: "FeatureCollection", Features: fs})
	return string(b)
}
