//go:build e2e

package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
)

// proposal is one line of `parley import` without -accept.
type proposal struct {
	title   string // the document's title, from the header line
	skip    bool
	parties []string
	kind    string
	topic   string // "" for none
	text    string
}

// parseProposals reads `parley import`'s listing: a "# FILE: "TITLE", ..."
// header, then PARTIES<TAB>KIND<TAB>TOPIC<TAB>TEXT lines.
func parseProposals(t *testing.T, out string) []proposal {
	var title string
	var ps []proposal
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if strings.HasPrefix(line, "# ") {
			if i := strings.Index(line, `"`); i >= 0 {
				if j := strings.Index(line[i+1:], `"`); j >= 0 {
					title = line[i+1 : i+1+j]
				}
			}
			continue
		}
		f := strings.SplitN(line, "\t", 4)
		if len(f) != 4 {
			t.Fatalf("parley import printed %q, not PARTIES, KIND, TOPIC and TEXT", line)
		}
		p := proposal{title: title, skip: f[0] == "(skip)", kind: f[1], text: f[3]}
		if !p.skip {
			p.parties = strings.Split(f[0], "+")
		}
		if f[2] != "-" {
			p.topic = f[2]
		}
		ps = append(ps, p)
	}
	if len(ps) == 0 {
		t.Fatalf("parley import proposed nothing:\n%s", out)
	}
	return ps
}

func texts(ps []proposal) []string {
	var out []string
	for _, p := range ps {
		if !p.skip {
			out = append(out, p.text)
		}
	}
	return out
}

// expected is what the run must leave in the other project.
type expected struct {
	before          project
	proposals       []proposal
	pastedSentences []string
}

// open is the proposals the review offers to accept.
func (e expected) open() []proposal {
	var out []proposal
	for _, p := range e.proposals {
		if !p.skip {
			out = append(out, p)
		}
	}
	return out
}

// editedKind is the kind the run gives the first open proposal: one the
// importer did not propose, so that the edit shows.
func (e expected) editedKind() string {
	if e.open()[0].kind == "proposal" {
		return "demand"
	}
	return "proposal"
}

// project is the part of `parley export -format json` the checks read.
type project struct {
	Tags []struct {
		ID   int64  `json:"id"`
		Name string `json:"name"`
	} `json:"tags"`
	Sources []struct {
		ID     int64  `json:"id"`
		Title  string `json:"title"`
		Author string `json:"author"`
		Text   string `json:"text"`
	} `json:"sources"`
	Statements []statement `json:"statements"`
	Links      []struct {
		ID   int64 `json:"id"`
		From int64 `json:"from"`
		To   int64 `json:"to"`
	} `json:"links"`
	Notes []struct {
		ID        int64  `json:"id"`
		Statement *int64 `json:"statement"`
		Body      string `json:"body"`
	} `json:"notes"`
}

type statement struct {
	ID      int64    `json:"id"`
	Parties []string `json:"parties"`
	Topic   *string  `json:"topic"`
	Kind    string   `json:"kind"`
	Text    string   `json:"text"`
	Source  *int64   `json:"source"`
	Start   int      `json:"start"`
	Tags    []string `json:"tags"`
}

func (s *session) exportJSON(path string) project {
	s.t.Helper()
	s.exports++
	out := filepath.Join(s.tmp, fmt.Sprintf("export-%d.json", s.exports))
	s.headless("export", "-format", "json", "-o", out, path)
	body, err := os.ReadFile(out)
	if err != nil {
		s.t.Fatal(err)
	}
	var p project
	if err := json.Unmarshal(body, &p); err != nil {
		s.t.Fatalf("read %s: %v", out, err)
	}
	return p
}

// byText finds the one statement whose text starts with prefix.
func (p project) byText(t *testing.T, prefix string) statement {
	var hits []statement
	for _, st := range p.Statements {
		if strings.HasPrefix(st.Text, prefix) {
			hits = append(hits, st)
		}
	}
	if len(hits) != 1 {
		t.Fatalf("%d statements start with %q, want 1", len(hits), prefix)
	}
	return hits[0]
}

// check reads the project and the report back with the headless commands.
func (s *session) check(want expected) {
	s.stepf("check: no panic; the project and the report hold what the window did")
	if strings.Contains(s.out.String(), "panic") {
		s.t.Fatalf("the application's output has a panic:\n%s", s.out.String())
	}
	after := s.exportJSON(s.work())
	before := want.before
	china, eu := before.byText(s.t, chinaCard), before.byText(s.t, euCard)
	s.checkOld(before, after, china.ID)
	s.checkTagNoteLink(before, after, china.ID, eu.ID)
	s.checkImported(want, after)
	s.checkReport()
	s.checkCopy(before)
}

// checkOld: every statement the project had is unchanged but for the tag
// the run put on one.
func (s *session) checkOld(before, after project, tagged int64) {
	now := map[int64]statement{}
	for _, st := range after.Statements {
		now[st.ID] = st
	}
	for _, st := range before.Statements {
		got, ok := now[st.ID]
		if !ok {
			s.t.Errorf("statement %d (%.40q) is gone", st.ID, st.Text)
			continue
		}
		if st.ID == tagged {
			st.Tags = append(slices.Clone(st.Tags), tagName)
			sort.Strings(st.Tags)
			sort.Strings(got.Tags)
		}
		if !reflect.DeepEqual(got, st) {
			s.t.Errorf("statement %d changed:\n got  %+v\n want %+v", st.ID, got, st)
		}
	}
}

func (s *session) checkTagNoteLink(before, after project, china, eu int64) {
	if len(after.Tags) != len(before.Tags)+1 || after.Tags[len(after.Tags)-1].Name != tagName {
		s.t.Errorf("the project's tags are %v, want the sample's and %q", after.Tags, tagName)
	}
	if n := len(after.Notes) - len(before.Notes); n != 1 {
		s.t.Errorf("%d notes were added, want 1", n)
	} else if nt := after.Notes[len(after.Notes)-1]; nt.Statement == nil || *nt.Statement != china || nt.Body != noteText {
		s.t.Errorf("the new note is %+v, want %q on statement %d", nt, noteText, china)
	}
	if n := len(after.Links) - len(before.Links); n != 1 {
		s.t.Errorf("%d links were added, want 1", n)
	} else if l := after.Links[len(after.Links)-1]; !(l.From == china && l.To == eu || l.From == eu && l.To == china) {
		s.t.Errorf("the new link joins %d and %d, want %d and %d", l.From, l.To, china, eu)
	}
	out := s.headless("search", s.work(), "end-to-end")
	if !strings.Contains(out, "note") {
		s.t.Errorf("parley search finds no note with the typed words:\n%s", out)
	}
}

// checkImported: two new sources, the readout's statements as proposed
// with the one edit, and the pasted text's sentences.
func (s *session) checkImported(want expected, after project) {
	if n := len(after.Sources) - len(want.before.Sources); n != 2 {
		s.t.Fatalf("%d sources were added, want 2 (the file and the clipboard)", n)
	}
	file, paste := after.Sources[len(after.Sources)-2], after.Sources[len(after.Sources)-1]
	if file.Title != want.proposals[0].title || file.Author != "European Union" {
		s.t.Errorf("the imported file is %q by %q, want %q by European Union", file.Title, file.Author, want.proposals[0].title)
	}
	if strings.TrimSpace(paste.Text) != pasted || paste.Author != "China" {
		s.t.Errorf("the pasted source is %q by %q, want the clipboard's text by China", paste.Text, paste.Author)
	}
	var fromFile, fromPaste []statement
	for _, st := range after.Statements {
		switch {
		case st.Source != nil && *st.Source == file.ID:
			fromFile = append(fromFile, st)
		case st.Source != nil && *st.Source == paste.ID:
			fromPaste = append(fromPaste, st)
		}
	}
	sort.Slice(fromFile, func(i, j int) bool { return fromFile[i].Start < fromFile[j].Start })
	sort.Slice(fromPaste, func(i, j int) bool { return fromPaste[i].Start < fromPaste[j].Start })
	open := want.open()
	if len(fromFile) != len(open) {
		s.t.Fatalf("%d statements came from the file, want the %d proposals", len(fromFile), len(open))
	}
	for i, p := range open {
		got := fromFile[i]
		kind := p.kind
		if i == 0 {
			kind = want.editedKind()
		}
		topic := ""
		if got.Topic != nil {
			topic = *got.Topic
		}
		gp, wp := slices.Sorted(slices.Values(got.Parties)), slices.Sorted(slices.Values(p.parties))
		if got.Text != p.text || got.Kind != kind || topic != p.topic || !slices.Equal(gp, wp) {
			s.t.Errorf("statement %d from the file is %q %s %q %v, want %q %s %q %v",
				i+1, got.Text, got.Kind, topic, gp, p.text, kind, p.topic, wp)
		}
	}
	var pastedTexts []string
	for _, st := range fromPaste {
		pastedTexts = append(pastedTexts, st.Text)
	}
	if !slices.Equal(pastedTexts, want.pastedSentences) {
		s.t.Errorf("the statements from the clipboard are %q, want %q", pastedTexts, want.pastedSentences)
	}
}

// checkReport: the report the export wrote holds the tag, the note and
// the imported statements.
func (s *session) checkReport() {
	body, err := os.ReadFile(filepath.Join(s.home, reportName))
	if err != nil {
		s.t.Fatalf("the report: %v", err)
	}
	html := string(body)
	for _, w := range []string{"<html", tagName, noteText, "Ding Jiaxi", "stop using human rights as a political tool"} {
		if !strings.Contains(html, w) {
			s.t.Errorf("the report %s lacks %q", reportName, w)
		}
	}
}

// checkCopy: File → Save a Copy… wrote a whole project.
func (s *session) checkCopy(sample project) {
	cp := s.exportJSON(filepath.Join(s.home, ".local", "share", "Parley", "Parley copy.parley"))
	if len(cp.Statements) != len(sample.Statements) {
		s.t.Errorf("the saved copy has %d statements, the sample %d", len(cp.Statements), len(sample.Statements))
	}
}
