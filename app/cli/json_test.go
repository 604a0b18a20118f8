package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// chineseJSON is a hand-written export: no IDs where names suffice, no
// times, a joint statement, a statement reported by the other side and a
// null speaker, so it also shows that the format can be written by hand.
const chineseJSON = `{
  "format": "parley-project", "version": 1,
  "dialogues": [{"id": 1, "title": "第三十九次中欧人权对话", "round": 39}],
  "parties": [{"name": "中国", "color": "#de2910"}, {"name": "European Union", "short_name": "EU"}],
  "speakers": [{"name": "沈波", "party": "中国"}],
  "topics": [{"id": 1, "name": "地区问题"}, {"id": 2, "parent": 1, "name": "新疆"}],
  "tags": [{"name": "非干涉"}],
  "sources": [{"id": 1, "dialogue": 1, "title": "中方新闻稿", "author": "中国", "text": "中欧人权对话在重庆举行。新疆事务是中国内政。双方同意继续对话。"}],
  "statements": [
    {"id": 1, "dialogue": 1, "parties": ["中国"], "reported_by": "中国", "speaker": "沈波", "topic": "地区问题/新疆",
     "kind": "position", "text": "新疆事务是中国内政。", "source": 1, "start": 12, "end": 22, "tags": ["非干涉"]},
    {"id": 2, "dialogue": 1, "parties": ["中国", "European Union"], "reported_by": "中国", "speaker": null, "topic": null,
     "kind": "agreement", "text": "双方同意继续对话。", "source": 1, "start": 22, "end": 31, "tags": []}
  ],
  "links": [{"id": 1, "from": 2, "to": 1, "type": "qualifies"}],
  "assessments": [{"id": 1, "dialogue": 1, "topic": "地区问题/新疆", "verdict": "divergent", "text": "对立"}],
  "notes": [{"id": 1, "link": 1, "body": "链接的注释"}, {"id": 2, "assessment": 1, "body": "评估的注释"}]
}`

func dxWriteChinese(t *testing.T, path string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(chineseJSON), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestImportExportJSON(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.json")
	dxWriteChinese(t, in)
	code, out, stderr := dxRun(t, "import-json", "-o", filepath.Join(dir, "a"), in)
	if code != 0 || out != "created "+filepath.Join(dir, "a.parley")+": 1 dialogue, 1 source, 2 statements, 2 notes\n" {
		t.Fatalf("exit %d, %q, %q", code, out, stderr)
	}
	first := filepath.Join(dir, "first.json")
	if code, _, stderr := dxRun(t, "export", "-format", "json", "-o", first, filepath.Join(dir, "a.parley")); code != 0 {
		t.Fatalf("export: %s", stderr)
	}
	if code, _, stderr := dxRun(t, "import-json", "-o", filepath.Join(dir, "b.parley"), first); code != 0 {
		t.Fatalf("re-import: %s", stderr)
	}
	code, second, stderr := dxRun(t, "export", "-format", "json", "-o", "-", filepath.Join(dir, "b.parley"))
	a, _ := os.ReadFile(first)
	if code != 0 || !bytes.Equal(a, []byte(second)) {
		t.Fatalf("export → import → export differs (exit %d, %s)", code, stderr)
	}
	for _, want := range []string{`"topic": "地区问题/新疆"`, `"parties": [`, `"speaker": "沈波"`, `"body": "评估的注释"`, `"start": 12`} {
		if !strings.Contains(second, want) {
			t.Errorf("export lacks %s", want)
		}
	}
}

func TestImportJSONErrors(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.json")
	dxWriteChinese(t, good)
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(strings.Replace(chineseJSON, `"from": 2`, `"from": 7`, 1)), 0o644)
	taken := dxNotProject(t)
	cases := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"ErrNoOut", []string{"import-json", good}, 2, "say which new project to create with -o NEW.parley"},
		{"ErrTwoFiles", []string{"import-json", "-o", "x.parley", good, good}, 2, "name one JSON file"},
		{"ErrMissing", []string{"import-json", "-o", filepath.Join(dir, "m.parley"), filepath.Join(dir, "nope.json")}, 1, "no such file"},
		{"ErrDangling", []string{"import-json", "-o", filepath.Join(dir, "d.parley"), bad}, 1, "bad.json: link 1 joins statement 7, which is not in the export's statements"},
		{"ErrNotJSON", []string{"import-json", "-o", filepath.Join(dir, "n.parley"), taken}, 1, "not valid JSON: line 1"},
		{"ErrExists", []string{"import-json", "-o", taken, good}, 1, "already exists"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, _, stderr := dxRun(t, c.args...)
			dxFail(t, code, stderr, c.code, c.want)
		})
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("failed imports left files behind: %v", entries)
	}
	if b, _ := os.ReadFile(taken); !strings.HasPrefix(string(b), "Dear colleague") {
		t.Error("import-json overwrote a file")
	}
}

func TestExportJSONErrors(t *testing.T) {
	p := dxSample(t)
	code, _, stderr := dxRun(t, "export", "-format", "json", "-party", "Mars", "-o", "-", p)
	dxFail(t, code, stderr, 1, `no party named "Mars"`)
	code, _, stderr = dxRun(t, "export", "-format", "json", "-o", "-", dxNotProject(t))
	dxFail(t, code, stderr, 1, "is not a Parley project")
	code, _, stderr = dxRun(t, "export", "-format", "json", "-o", "-", filepath.Join(t.TempDir(), "gone.parley"))
	dxFail(t, code, stderr, 1, "does not exist")
}

// TestExportJSONSelection exports a part of the sample and checks that it
// holds just that part and still imports.
func TestExportJSONSelection(t *testing.T) {
	p := dxSample(t)
	dir := t.TempDir()
	part := filepath.Join(dir, "regional.json")
	code, _, stderr := dxRun(t, "export", "-format", "json", "-topic", "Regional issues", "-party", "EU", "-o", part, p)
	if code != 0 {
		t.Fatalf("export: %s", stderr)
	}
	code, out, stderr := dxRun(t, "import-json", "-o", filepath.Join(dir, "regional.parley"), part)
	if code != 0 || !strings.Contains(out, "3 dialogues, 8 sources, 11 statements, 3 notes") {
		t.Fatalf("import the part: exit %d, %q, %q", code, out, stderr)
	}
	b, _ := os.ReadFile(part)
	for _, want := range []string{`"from": 28`, `"verdict": "divergent"`, `"topic": "Regional issues/Tibet (Xizang)"`} {
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("the part lacks %s", want)
		}
	}
	if bytes.Contains(b, []byte(`"text": "reiterated that issues related`)) {
		t.Error("the part holds a statement of another topic")
	}
}

// TestDocExample imports the example of docs/json-format.md, so that the
// documentation cannot drift from what import-json accepts.
func TestDocExample(t *testing.T) {
	md, err := os.ReadFile(filepath.Join("..", "..", "docs", "json-format.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(md), "```json\n")
	example, _, ok2 := strings.Cut(rest, "```")
	if !ok || !ok2 {
		t.Fatal("no JSON example in docs/json-format.md")
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "example.json")
	os.WriteFile(in, []byte(example), 0o644)
	code, out, stderr := dxRun(t, "import-json", "-o", filepath.Join(dir, "example.parley"), in)
	if code != 0 || !strings.Contains(out, "2 statements") {
		t.Fatalf("exit %d, %q, %q", code, out, stderr)
	}
	code, out, _ = dxRun(t, "search", filepath.Join(dir, "example.parley"), "internal")
	if code != 0 || !strings.Contains(out, "Shen said Xinjiang is an [internal] affair.") {
		t.Fatalf("search the example: %q", out)
	}
}

// TestImportJSONEditedText: a statement whose text an analyst edited after
// coding no longer quotes its source; import-json says so, naming the
// statement and the way to import it anyway.
func TestImportJSONEditedText(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.json")
	edited := strings.Replace(chineseJSON, `"text": "新疆事务是中国内政。"`, `"text": "新疆事务是中国的内政。"`, 1)
	if err := os.WriteFile(in, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := dxRun(t, "import-json", "-o", filepath.Join(dir, "a.parley"), in)
	dxFail(t, code, stderr, 1, `statement 1: its text does not match source 1 at runes 12–22, which say "新疆事务是中国内政。"; if it was edited in Parley on purpose, import with -allow-edited-text`)
	code, out, stderr := dxRun(t, "import-json", "-allow-edited-text", "-o", filepath.Join(dir, "a.parley"), in)
	if code != 0 || !strings.Contains(out, "2 statements") {
		t.Fatalf("exit %d, %q, %q", code, out, stderr)
	}
}
