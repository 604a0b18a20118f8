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

// TestGUICallsAreCounted fails when the GUI calls a Store method that can
// change data (it reaches Store.write or Store.change, found by reading
// storage's code) but TestOneWriteTransactionPerEdit does not count: a new
// write must show that it is one transaction. Reads need no listing.
func TestGUICallsAreCounted(t *testing.T) {
	writers := storeWriters(t)
	counted := map[string]bool{}
	for _, e := range guiWrites() {
		name := strings.SplitN(e.name, "/", 2)[0]
		counted[name] = true
		if !writers["Store."+name] {
			t.Errorf("guiWrites counts Store.%s, which the code reading finds no write in: the analysis is broken", name)
		}
	}
	if len(counted) < 30 {
		t.Fatalf("only %d methods counted", len(counted))
	}
	for _, n := range guiStoreCalls(t) {
		if writers["Store."+n] && !counted[n] {
			t.Errorf("the GUI calls Store.%s, which changes data: add it to guiWrites", n)
		}
	}
	for _, read := range []string{"Store.ColumnViews", "Store.Search", "Store.StatementBundle", "Store.Read"} {
		if writers[read] {
			t.Errorf("%s reads, but the analysis takes it for a write", read)
		}
	}
}

// storeWriters reads storage's own code and returns the functions and
// Store methods ("Store.X") that can begin or join a write transaction:
// those that refer to Store.write or Store.change, or to a function that
// does, transitively.
func storeWriters(t *testing.T) map[string]bool {
	t.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	refs := map[string]map[string]bool{} // function → what its body refers to
	fset := gotoken.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
				refs[funcKey(fd)] = bodyRefs(fd)
			}
		}
	}
	writers := map[string]bool{"Store.write": true, "Store.change": true}
	for grew := true; grew; {
		grew = false
		for fn, rs := range refs {
			if writers[fn] {
				continue
			}
			for r := range rs {
				if writers[r] {
					writers[fn], grew = true, true
					break
				}
			}
		}
	}
	return writers
}

// funcKey names a function "name", or a method of Store "Store.name".
func funcKey(fd *ast.FuncDecl) string {
	if fd.Recv != nil && len(fd.Recv.List) == 1 {
		if st, ok := fd.Recv.List[0].Type.(*ast.StarExpr); ok {
			if id, ok := st.X.(*ast.Ident); ok && id.Name == "Store" {
				return "Store." + fd.Name.Name
			}
		}
		return "other." + fd.Name.Name
	}
	return fd.Name.Name
}

// bodyRefs lists what a function's body refers to: every bare name (a
// function called or passed on) and every x.Name (taken as a Store
// method: storage's only receivers of note are Stores).
func bodyRefs(fd *ast.FuncDecl) map[string]bool {
	out := map[string]bool{}
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.Ident:
			out[x.Name] = true
		case *ast.SelectorExpr:
			out["Store."+x.Sel.Name] = true
		}
		return true
	})
	return out
}
