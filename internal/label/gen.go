//go:build ignore

// gen writes the SPA's copy of the label table (label.TSFile) from
// internal/label, so the screens name every enum value as the exports and the
// GraphQL schema do. Run through go generate ./graph (graph/resolver.go) or
// go generate ./internal/label; its argument is the path of the file to write.
package main

import (
	"log"
	"os"

	"yuanbahui/internal/label"
)

func main() {
	if len(os.Args) != 2 {
		log.Fatal("usage: go run gen.go path/to/" + label.TSFile)
	}
	if err := os.WriteFile(os.Args[1], label.TypeScript(), 0o644); err != nil {
		log.Fatal(err)
	}
}
