package storage

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
)

// guiPackages are the folders whose code runs for the window's user
// actions: the GUI and the headless packages it calls.
var guiPackages = []string{"../app", "../app/ingest", "../app/report"}

// guiStoreCalls returns the names of the Store methods that the GUI's code
// calls: every name called as x.Name(...) there that *Store has. A name
// another type shares only adds a method to check.
func guiStoreCalls(t *testing.T) []string {
	t.Helper()
	store := reflect.TypeOf(&Store{})
	seen := map[string]bool{}
	fset := gotoken.NewFileSet()
	for _, dir := range guiPackages {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil || len(files) == 0 {
			t.Fatalf("no Go files in %s (%v)", dir, err)
		}
		for _, name := range files {
			if strings.HasSuffix(name, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, name, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			ast.Inspect(f, func(n ast.Node) bool {
				if call, ok := n.(*ast.CallExpr); ok {
					if sel, ok := call.Fun.(*ast.SelectorExpr); ok {
						if _, ok := store.MethodByName(sel.Sel.Name); ok {
							seen[sel.Sel.Name] = true
						}
					}
				}
				return true
			})
		}
	}
	out := make([]string, 0, len(seen))
	for n := range seen {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// guiReads are the Store methods the GUI calls that change nothing.
var guiReads = []string{"AllSeries", "Assessment", "Assessments", "Close", "ColumnViews", "CountStatements",
	"Dialogue", "DialogueByTitle", "Dialogues", "Links", "LinksOf", "Notes", "NotesOf", "Parties", "PartyByName",
	"Path", "Read", "ReadOnly", "SaveCopy", "Search", "Source", "Sources", "SourcesByHash", "SpeakerByName", "Speakers",
	"StatementTimes", "StatementView", "StatementViews", "TagByName", "Tags", "TagUsage", "TopicCounts", "TopicPaths", "Topics", "TopicSubtree"}

// TestGUICallsAreCounted fails when the GUI calls a Store method that
// neither TestOneWriteTransactionPerEdit counts nor guiReads names: a new
// write must show that it is one transaction.
func TestGUICallsAreCounted(t *testing.T) {
	known := map[string]bool{}
	for _, n := range guiReads {
		known[n] = true
	}
	for _, e := range guiWrites() {
		known[strings.SplitN(e.name, "/", 2)[0]] = true
	}
	for _, n := range guiStoreCalls(t) {
		if !known[n] {
			t.Errorf("the GUI calls Store.%s: add it to guiWrites (it changes data) or guiReads", n)
		}
	}
}
