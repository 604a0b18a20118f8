package report

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	_ "github.com/glebarez/go-sqlite"
	"golang.org/x/net/html"

	"parley/storage"
)

// hostile reads testdata/hostile.txt.
func hostile(t *testing.T) []string {
	t.Helper()
	f, err := os.Open("testdata/hostile.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := sc.Text(); l != "" && !strings.HasPrefix(l, "# ") {
			out = append(out, l)
		}
	}
	if len(out) < 30 {
		t.Fatalf("only %d hostile strings; the corpus needs at least 30", len(out))
	}
	return out
}

// hostileProject puts h into every field an analyst can edit. Colours
// cannot hold h through storage, which checks them, so they are written
// with SQL, as a file edited by another tool could hold them.
func hostileProject(t *testing.T, h string) *storage.Store {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "hostile"+storage.Extension)
	st, err := storage.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%q: %v", h, err)
		}
	}
	d := storage.Dialogue{Title: h, Place: h, Round: 1, StartDate: "2024-06-16"}
	must(st.CreateDialogue(ctx, &d))
	a, b := storage.Party{Name: h, Color: "#112233"}, storage.Party{Name: h + " B", Color: "#445566"}
	must(st.CreateParty(ctx, &a))
	must(st.CreateParty(ctx, &b))
	sp := storage.Speaker{Name: h, Role: h, PartyID: &a.ID}
	must(st.CreateSpeaker(ctx, &sp))
	topic := storage.Topic{Name: h}
	must(st.CreateTopic(ctx, &topic))
	tag := storage.Tag{Name: h, Color: "#778899"}
	must(st.CreateTag(ctx, &tag))
	src := storage.Source{DialogueID: &d.ID, Title: h, Publisher: h, URL: h, PublishedOn: "2024-06-17",
		AuthorPartyID: &a.ID, Text: "Preamble.\n" + h + "\n"}
	must(st.CreateSource(ctx, &src))
	start := utf8.RuneCountInString("Preamble.\n")
	mk := func(parties ...int64) int64 {
		in := storage.StatementInput{Statement: storage.Statement{DialogueID: d.ID, TopicID: &topic.ID, Text: h,
			SpeakerID: &sp.ID, ReportedByID: &b.ID, SourceID: &src.ID, Start: start, End: start + utf8.RuneCountInString(h)},
			PartyIDs: parties, TagIDs: []int64{tag.ID}}
		must(st.CreateStatement(ctx, &in))
		return in.ID
	}
	s1, s2 := mk(a.ID), mk(a.ID, b.ID)
	link := storage.Link{FromID: s1, ToID: s2, Type: storage.LinkQualifies}
	must(st.CreateLink(ctx, &link))
	as := storage.Assessment{DialogueID: d.ID, TopicID: topic.ID, Verdict: storage.VerdictDivergent, Text: h}
	must(st.SetAssessment(ctx, &as))
	for _, n := range []storage.Note{{StatementID: &s1, Body: h}, {LinkID: &link.ID, Body: h}, {AssessmentID: &as.ID, Body: h}} {
		must(st.CreateNote(ctx, &n))
	}
	must(st.Close())
	tamperColors(t, path, h)
	if st, err = storage.Open(path); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func tamperColors(t *testing.T, path, h string) {
	t.Helper()
	db, err := sql.Open("sqlite", path+"?_pragma=busy_timeout(5000)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, q := range []string{"UPDATE parties SET color = ?", "UPDATE tags SET color = ?"} {
		if _, err := db.Exec(q, h); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
}

// styleAttr is all a style attribute may hold: colours we checked and
// grid positions we computed.
var styleAttr = regexp.MustCompile(`^(\s*[a-z-]+:\s*(#[0-9a-f]{6}|\d+ / span \d+)\s*;?)+\s*$`)

func TestHostileStringsComeOutInert(t *testing.T) {
	for _, h := range hostile(t) {
		t.Run(strings.ToValidUTF8(h, "?"), func(t *testing.T) {
			st := hostileProject(t, h)
			out, doc := render(t, st, allOn())
			urls := map[string]bool{}
			if u := safeURL(clean(h)); u != "" {
				urls[u] = true
			}
			assertInert(t, out, doc, urls)
			walk(doc, func(n *html.Node) {
				if v, ok := attr(n, "style"); ok && !styleAttr.MatchString(v) {
					t.Errorf("<%s style=%q> holds more than checked colours", n.Data, v)
				}
			})
			if strings.ContainsAny(out, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069") {
				t.Error("a direction override or isolate control reached the report")
			}
			if i := strings.IndexFunc(out, isControl); i >= 0 {
				t.Errorf("control character %q reached the report", out[i:i+utf8.RuneLen([]rune(out[i:])[0])])
			}
			shown := shownControls(clean(h))
			for _, class := range []string{"text", "speaker", "role", "tag", "col-head", "note", "src-title", "reported"} {
				if !anyText(doc, class, shown) {
					t.Errorf("no .%s shows the string as text", class)
				}
			}
			for _, el := range []string{"h1", "h3", "title"} {
				if !anyElementText(doc, el, shown) {
					t.Errorf("no <%s> shows the string as text", el)
				}
			}
		})
	}
}

// isControl is a control character a report must not hold raw.
func isControl(r rune) bool {
	return r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r >= 0x7f && r <= 0x9f
}

// shownControls is s with each control character written as the report
// shows it, \x1b (html/template has already made NUL U+FFFD).
func shownControls(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r == 0 {
			b.WriteRune(utf8.RuneError)
		} else if isControl(r) {
			fmt.Fprintf(&b, `\x%02x`, r)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// anyText reports whether an element of the class has want in its text.
func anyText(doc *html.Node, class, want string) bool {
	found := false
	walk(doc, func(n *html.Node) {
		if hasClass(n, class) && strings.Contains(text(n), strings.TrimSpace(want)) {
			found = true
		}
	})
	return found
}

func anyElementText(doc *html.Node, el, want string) bool {
	found := false
	walk(doc, func(n *html.Node) {
		if n.Data == el && strings.Contains(text(n), strings.TrimSpace(want)) {
			found = true
		}
	})
	return found
}
