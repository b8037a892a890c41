// Hand-written (not generated): the ent code generator's entry point.
//go:build ignore

// Command entc is the only code-generation entry for ent: it generates the ent
// client, the GraphQL schema graph/ent.graphql (through entgql) and the
// gqlgen wiring. Run it with `go generate ./ent`.
package main

import (
	"log"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/entc"
	"entgo.io/ent/entc/gen"

	"yuanbahui/ent/schemadoc"
)

func main() {
	ex, err := entgql.NewExtension(
		entgql.WithSchemaGenerator(),
		entgql.WithSchemaPath("../graph/ent.graphql"),
		entgql.WithConfigPath("../gqlgen.yml"),
		entgql.WithWhereInputs(true),
		entgql.WithSchemaHook(schemadoc.Describe, schemadoc.PersonalFields, schemadoc.EnumLabels),
	)
	if err != nil {
		log.Fatalf("creating entgql extension: %v", err)
	}
	err = entc.Generate("./schema", &gen.Config{
		Features: []gen.Feature{
			gen.FeatureGlobalID,
			gen.FeatureVersionedMigration,
			gen.FeatureNamedEdges,
			gen.FeaturePrivacy,
			gen.FeatureEntQL,
			gen.FeatureIntercept,
			gen.FeatureUpsert,
			gen.FeatureModifier,
		},
	}, entc.Extensions(ex), entc.TemplateFiles("template/workflow.tmpl"))
	if err != nil {
		log.Fatalf("running ent codegen: %v", err)
	}
}
