package cli

import (
	"os"
	"path/filepath"
	"testing"
)

// A flag written after the project or the files is said so, before the
// command runs: "parley import P a.txt -accept" imported a.txt without
// storing it and then failed on a file named "-accept"; "parley
// import-qdpx a.qdpx -o new.parley" said "name one .qdpx file".
func TestFlagAfterArgumentsSaidSo(t *testing.T) {
	p := dxSample(t)
	dir := t.TempDir()
	txt := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(txt, []byte("Wang Yi met Anna Berg. He said China would act.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ args []string }{
		{[]string{"import", p, txt, "-accept"}},
		{[]string{"import", p, txt, "--dialogue=x"}},
		{[]string{"import-qdpx", "a.qdpx", "-o", filepath.Join(dir, "n.parley")}},
		{[]string{"import-json", "a.json", "-o", filepath.Join(dir, "n.parley")}},
		{[]string{"export", p, "-format", "html", "-o", filepath.Join(dir, "r.html")}},
	} {
		code, stdout, stderr := dxRun(t, c.args...)
		dxFail(t, code, stderr, 2, "comes after the project or file names; put the flags first")
		if stdout != "" {
			t.Errorf("%v ran before refusing: %q", c.args, stdout)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "n.parley")); err == nil {
		t.Error("a project was created")
	}
	// After "--" a name that looks like a flag is a file's.
	code, _, stderr := dxRun(t, "import", "--", p, "-accept")
	dxFail(t, code, stderr, 1, "read -accept: no such file")
}
