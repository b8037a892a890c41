//go:build ignore

// issueflow_gen writes the SPA's copy of the deliberation loop's transition
// table (workflow.IssueFlowTSFile) from workflow.IssueTransitions, so the
// issue screen offers the steps the server takes. Run through go generate
// ./graph (graph/resolver.go); its argument is the path of the file to write.
package main

import (
	"log"
	"os"

	"yuanbahui/internal/workflow"
)

func main() {
	if len(os.Args) != 2 {
		log.Fatal("usage: go run issueflow_gen.go path/to/" + workflow.IssueFlowTSFile)
	}
	if err := os.WriteFile(os.Args[1], workflow.IssueFlowTypeScript(), 0o644); err != nil {
		log.Fatal(err)
	}
}
