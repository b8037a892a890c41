// Package docs holds the project's prose; its test keeps the README's layout
// table in step with the tree.
package docs

import (
	"os"
	"os/exec"
	"path"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// layoutRow matches a row of the README's layout table and captures its
// first cell, which names one or more paths in backquotes.
var layoutRow = regexp.MustCompile("^\\| (`[^|]*`) \\|")

// layoutPaths reads the paths the README's "## Layout" table names.
func layoutPaths(t *testing.T) map[string]bool {
	t.Helper()
	b, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(b), "\n## Layout\n")
	if !ok {
		t.Fatal("README.md has no '## Layout' section")
	}
	section, _, _ = strings.Cut(section, "\n## ")
	paths := map[string]bool{}
	for _, line := range strings.Split(section, "\n") {
		m := layoutRow.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		for _, p := range regexp.MustCompile("`([^`]+)`").FindAllStringSubmatch(m[1], -1) {
			paths[strings.TrimSuffix(p[1], "/")] = true
		}
	}
	return paths
}

// trackedDirs lists the directories that hold a file git tracks: every Go
// package and every top-level directory, the ones a newcomer must find in
// the table (below a listed directory only Go packages count, and only
// those with hand-written code).
func trackedDirs(t *testing.T) []string {
	t.Helper()
	cmd := exec.Command("git", "ls-files")
	cmd.Dir = ".."
	out, err := cmd.Output()
	if err != nil {
		t.Skipf("git ls-files: %v (not a git checkout)", err)
	}
	seen := map[string]bool{}
	for _, f := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		dir := path.Dir(f)
		if dir == "." {
			continue
		}
		top, _, _ := strings.Cut(dir, "/")
		seen[top] = true
		if strings.HasSuffix(f, ".go") && !strings.HasPrefix(dir, "ent") && dir != "docs" {
			seen[dir] = true
		}
	}
	dirs := make([]string, 0, len(seen))
	for d := range seen {
		dirs = append(dirs, d)
	}
	sort.Strings(dirs)
	return dirs
}

// TestLayoutListsEveryDirectory fails when the README's layout table leaves
// out a top-level directory or a Go package, or names a path that is gone.
func TestLayoutListsEveryDirectory(t *testing.T) {
	listed := layoutPaths(t)
	for _, d := range trackedDirs(t) {
		if !covered(listed, d) {
			t.Errorf("README.md's layout table does not list %s", d)
		}
	}
	for p := range listed {
		if _, err := os.Stat("../" + p); err != nil {
			t.Errorf("README.md's layout table lists %s, which is not in the tree", p)
		}
	}
}

// covered reports whether the table accounts for dir: it names dir itself;
// or dir is a top-level directory whose parts it names (internal/…, cmd/…);
// or dir lies below a directory it names, outside internal/ (whose every
// package is listed on its own).
func covered(listed map[string]bool, dir string) bool {
	if listed[dir] {
		return true
	}
	if !strings.Contains(dir, "/") {
		for p := range listed {
			if strings.HasPrefix(p, dir+"/") {
				return true
			}
		}
		return false
	}
	if strings.HasPrefix(dir, "internal/") {
		return false
	}
	for d := path.Dir(dir); d != "."; d = path.Dir(d) {
		if listed[d] {
			return true
		}
	}
	return false
}
