package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDialogueTitledANumber: -dialogue 1 names the dialogue titled "1"
// when there is one, though another has the ID 1; #1 and id:1 name the
// ID; a bare number that is neither a title nor an ID is refused with
// the way to create it (title:2024), which import then takes; import,
// search and export agree.
func TestDialogueTitledANumber(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "p.parley")
	if code, _, stderr := dxRun(t, "new", p); code != 0 {
		t.Fatal(stderr)
	}
	readout := func(name, body string) string {
		f := filepath.Join(dir, name)
		noErr(t, os.WriteFile(f, []byte(body), 0o644))
		return f
	}
	first := readout("first.txt", "First round\n\nThe European Union raised the detention of lawyers.\n")
	second := readout("second.txt", "Round one\n\nThe European Union raised the closure of newspapers.\n")
	third := readout("third.txt", "Round of 2024\n\nThe European Union raised the treatment of migrants.\n")
	store := func(dialogue, file string, want string) {
		t.Helper()
		code, out, stderr := dxRun(t, "import", "-accept", "-author", "European Union", "-dialogue", dialogue, p, file)
		if code != 0 || !strings.Contains(out, want) {
			t.Fatalf("import -dialogue %s: exit %d, %q, %s; want %q", dialogue, code, out, stderr, want)
		}
	}
	store("First round", first, "in dialogue 1")
	store("title:1", second, "in dialogue 2") // a new dialogue titled "1"
	code, _, stderr := dxRun(t, "import", "-accept", "-author", "European Union", "-dialogue", "2024", p, third)
	if code != 1 || !strings.Contains(stderr, `no dialogue titled "2024" or with ID 2024`) || !strings.Contains(stderr, "-dialogue title:2024") {
		t.Fatalf("import -dialogue 2024 into a project without it: exit %d, %q", code, stderr)
	}
	store("title:2024", third, "in dialogue 3")

	search := func(dialogue, word string) string {
		t.Helper()
		code, out, stderr := dxRun(t, "search", "-dialogue", dialogue, p, word)
		if code != 0 {
			t.Fatalf("search -dialogue %s %s: exit %d: %s", dialogue, word, code, stderr)
		}
		return out
	}
	if out := search("1", "European"); !strings.Contains(out, "newspapers") || strings.Contains(out, "lawyers") {
		t.Errorf("search -dialogue 1 is not the dialogue titled 1:\n%s", out)
	}
	for _, ref := range []string{"#1", "id:1"} {
		if out := search(ref, "European"); !strings.Contains(out, "lawyers") || strings.Contains(out, "newspapers") {
			t.Errorf("search -dialogue %s is not the dialogue of ID 1:\n%s", ref, out)
		}
	}
	if out := search("2024", "European"); !strings.Contains(out, "migrants") || strings.Contains(out, "lawyers") {
		t.Errorf("search -dialogue 2024 is not the dialogue titled 2024:\n%s", out)
	}
	if code, _, stderr := dxRun(t, "search", "-dialogue", "#7", p, "European"); code != 1 || !strings.Contains(stderr, "no dialogue with ID 7") {
		t.Errorf("search -dialogue #7: exit %d, %q", code, stderr)
	}

	for ref, want := range map[string]string{"1": "newspapers", "#1": "lawyers", "2024": "migrants"} {
		out := filepath.Join(dir, "export.csv")
		if code, _, stderr := dxRun(t, "export", "-format", "csv", "-force", "-dialogue", ref, "-o", out, p); code != 0 {
			t.Fatalf("export -dialogue %s: exit %d: %s", ref, code, stderr)
		}
		body, err := os.ReadFile(out)
		noErr(t, err)
		n := 0
		for _, w := range []string{"lawyers", "newspapers", "migrants"} {
			if strings.Contains(string(body), w) {
				n++
			}
		}
		if !strings.Contains(string(body), want) || n != 1 {
			t.Errorf("export -dialogue %s holds not only %s:\n%s", ref, want, body)
		}
	}
	jsonOut := filepath.Join(dir, "one.json")
	if code, _, stderr := dxRun(t, "export", "-format", "json", "-dialogue", "1", "-o", jsonOut, p); code != 0 {
		t.Fatalf("export -format json -dialogue 1: exit %d: %s", code, stderr)
	}
	if body, _ := os.ReadFile(jsonOut); !strings.Contains(string(body), "closure of newspapers") || strings.Contains(string(body), "detention of lawyers") {
		t.Errorf("export -format json -dialogue 1 is not the dialogue titled 1")
	}
}

// TestDialogueRefThatNamesNothing: "#-1", "#0", an ID past the largest
// number and "id:0" were taken for new titles (import -accept made a
// dialogue titled "#-1"); "title:" and a blank said "no dialogue with ID
// 0". Each is refused, saying why, and nothing is made.
func TestDialogueRefThatNamesNothing(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "p.parley")
	if code, _, stderr := dxRun(t, "new", p); code != 0 {
		t.Fatal(stderr)
	}
	f := filepath.Join(dir, "r.txt")
	noErr(t, os.WriteFile(f, []byte("The European Union raised the detention of lawyers.\n"), 0o644))
	for ref, want := range map[string]string{
		"#-1":                   "#-1 names no dialogue: a dialogue's ID is a whole number from 1",
		"#0":                    "#0 names no dialogue",
		"#99999999999999999999": "#99999999999999999999 names no dialogue",
		"id:0":                  "id:0 names no dialogue",
		"title:":                "title: is followed by no title",
		"  ":                    "no dialogue named: give a dialogue's title or its ID",
	} {
		code, _, stderr := dxRun(t, "import", "-accept", "-dialogue", ref, p, f)
		dxFail(t, code, stderr, 1, want)
		code, _, stderr = dxRun(t, "search", "-dialogue", ref, p, "lawyers")
		dxFail(t, code, stderr, 1, want)
	}
	code, out, stderr := dxRun(t, "search", p, "lawyers")
	if code != 0 || strings.Contains(out, "lawyers") {
		t.Errorf("a refused import stored something: exit %d, %q, %s", code, out, stderr)
	}
	// A title that merely starts with # is still a title.
	code, out, stderr = dxRun(t, "import", "-accept", "-dialogue", "#MeToo round", p, f)
	if code != 0 || !strings.Contains(out, "in dialogue 1") {
		t.Fatalf("-dialogue '#MeToo round': exit %d, %q, %s", code, out, stderr)
	}
}
