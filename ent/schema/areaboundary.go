// Hand-written (not generated): the domain model, input of ent's code generation.

package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"yuanbahui/internal/rule"
)

// AreaBoundary is the real boundary of a district, town or village, loaded
// from a GeoJSON file by `yuanbahui places import-boundaries`; the map draws
// it instead of the area's Voronoi cell (internal/geo). One per place; a new
// import replaces the earlier ones.
type AreaBoundary struct{ ent.Schema }

// Mixin of AreaBoundary.
func (AreaBoundary) Mixin() []ent.Mixin { return []ent.Mixin{IDMixin{}} }

// Fields of AreaBoundary.
func (AreaBoundary) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("level").Values("DISTRICT", "TOWN", "VILLAGE").
			Comment("Which kind of place the boundary is of. 层级"),
		field.String("code").MaxLen(12).
			Comment("The place's statistical division code (6, 9 or 12 digits). 区划代码"),
		field.Text("geometry").
			Comment("The boundary: a GeoJSON Polygon or MultiPolygon in WGS-84 degrees, as checked by internal/geo. 边界"),
		field.Time("imported_at").Default(now).
			Comment("When it was imported (UTC). 导入时间"),
	}
}

// Indexes of AreaBoundary: one boundary per place.
func (AreaBoundary) Indexes() []ent.Index {
	return []ent.Index{index.Fields("level", "code").Unique()}
}

// Policy of AreaBoundary: only the system (the import command, the map's
// geometry) reads and writes it. See internal/rule.
func (AreaBoundary) Policy() ent.Policy { return rule.SystemPolicy() }

// Annotations of AreaBoundary: not a GraphQL type; the map serves it drawn
// (areaMap, graph/map.graphql).
func (AreaBoundary) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("A loaded boundary of a place. 区域边界"),
		entgql.Skip(entgql.SkipAll),
	}
}
