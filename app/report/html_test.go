package report

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"parley/app/report/reporttest"
	"parley/storage"
)

// placed is where the report put a statement: its topic section and its
// column ("wide" for a card across columns).
type placed struct {
	section string
	column  string
}

// placements finds every statement card, note and citation in doc.
func placements(t *testing.T, doc *html.Node) (cards map[string][]placed, notes, cites map[string]int) {
	t.Helper()
	cards, notes, cites = map[string][]placed{}, map[string]int{}, map[string]int{}
	walk(doc, func(n *html.Node) {
		if id, ok := attr(n, "data-statement"); ok {
			sec := ancestor(n, func(p *html.Node) bool { return p.Data == "section" && hasClass(p, "topic") })
			var p placed
			if sec != nil {
				p.section, _ = attr(sec, "id")
			}
			if w := ancestor(n, func(p *html.Node) bool { return hasClass(p, "wide") }); w != nil {
				p.column = "wide"
			} else if c := ancestor(n, func(p *html.Node) bool { return hasClass(p, "col") }); c != nil {
				i := 0
				for s := c.PrevSibling; s != nil; s = s.PrevSibling {
					if s.Type == html.ElementNode {
						i++
					}
				}
				p.column = fmt.Sprint(i)
			}
			cards[id] = append(cards[id], p)
		}
		if id, ok := attr(n, "data-note"); ok {
			notes[id]++
		}
		if id, ok := attr(n, "data-citation"); ok {
			cites[id]++
		}
	})
	return cards, notes, cites
}

// want is where each statement f selects belongs: its topic's section
// and its party's column among parties.
func want(t *testing.T, st *storage.Store, f storage.StatementFilter, parties []int64) map[string]placed {
	t.Helper()
	vs, err := st.StatementViews(context.Background(), f, 0)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]placed{}
	for _, v := range vs {
		var cols []int
		for i, p := range parties {
			if v.HeldBy(p) {
				cols = append(cols, i)
			}
		}
		p := placed{section: fmt.Sprintf("d1-t%d", *v.TopicID), column: "wide"}
		if len(cols) == 1 {
			p.column = fmt.Sprint(cols[0])
		}
		out[fmt.Sprint(v.ID)] = p
	}
	return out
}

func TestReportPlacesEveryStatementOnce(t *testing.T) {
	p := sample(t)
	ctx := context.Background()
	xinjiang := p.Topics["Regional issues/Xinjiang, Xizang and Hong Kong"]
	regional, err := p.Store.EnsureTopicPath(ctx, "Regional issues")
	if err != nil {
		t.Fatal(err)
	}
	both := []int64{p.China.ID, p.EU.ID}
	tag, err := p.Store.TagByName(ctx, "double standards")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name    string
		opts    Options
		filter  storage.StatementFilter
		parties []int64
	}{
		{"All", allOn(), storage.StatementFilter{}, both},
		{"TopicWithSubtopics", with(allOn(), func(o *Options) { o.Topics = []int64{regional.ID} }),
			storage.StatementFilter{TopicIDs: subtopicsOf(p, "Regional issues")}, both},
		{"OneTopic", with(allOn(), func(o *Options) { o.Topics = []int64{xinjiang.ID} }),
			storage.StatementFilter{TopicIDs: []int64{xinjiang.ID}}, both},
		{"OnlyEU", with(allOn(), func(o *Options) { o.Parties = []int64{p.EU.ID} }),
			storage.StatementFilter{PartyIDs: []int64{p.EU.ID}}, []int64{p.EU.ID}},
		{"Tag", with(allOn(), func(o *Options) { o.Tags = []int64{tag.ID} }),
			storage.StatementFilter{TagIDs: []int64{tag.ID}}, both},
		{"NoNotesNoSources", Options{Overview: true, Now: fixedNow}, storage.StatementFilter{}, both},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, doc := render(t, p.Store, c.opts)
			cards, notes, cites := placements(t, doc)
			exp := want(t, p.Store, c.filter, c.parties)
			if len(exp) == 0 {
				t.Fatal("the case selects nothing; it would prove nothing")
			}
			for id, w := range exp {
				got := cards[id]
				if len(got) != 1 || got[0] != w {
					t.Errorf("statement %s: placed %v, want once at %v", id, got, w)
				}
				if n := cites[id]; c.opts.Sources != (n == 1) || n > 1 {
					t.Errorf("statement %s: %d citations with sources=%v", id, n, c.opts.Sources)
				}
			}
			for id := range cards {
				if _, ok := exp[id]; !ok {
					t.Errorf("statement %s is in the report but not in the selection", id)
				}
			}
			checkAbsent(t, p.Store, doc, exp)
			checkNotes(t, p.Store, exp, notes, c.opts.Notes)
		})
	}
}

func with(o Options, f func(*Options)) Options { f(&o); return o }

func subtopicsOf(p *reporttest.Project, path string) []int64 { return p.Subtree(path) }

// checkNotes says that the notes of the selected statements, and of the
// links going out from them, appear once each, and no other note appears.
func checkNotes(t *testing.T, st *storage.Store, selected map[string]placed, got map[string]int, asked bool) {
	t.Helper()
	all, err := st.Notes(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	links, err := st.Links(context.Background(), 0)
	if err != nil {
		t.Fatal(err)
	}
	linkFrom := map[int64]int64{}
	for _, l := range links {
		linkFrom[l.ID] = l.FromID
	}
	as, err := st.Assessments(context.Background(), 1)
	if err != nil {
		t.Fatal(err)
	}
	topicOf := map[int64]int64{}
	for _, a := range as {
		topicOf[a.ID] = a.TopicID
	}
	for _, n := range all {
		var in bool
		switch {
		case n.StatementID != nil:
			_, in = selected[fmt.Sprint(*n.StatementID)]
		case n.LinkID != nil:
			_, in = selected[fmt.Sprint(linkFrom[*n.LinkID])]
		case n.AssessmentID != nil:
			in = sectionShown(selected, topicOf[*n.AssessmentID])
		}
		wantN := 0
		if in && asked {
			wantN = 1
		}
		if g := got[fmt.Sprint(n.ID)]; g != wantN {
			t.Errorf("note %d (%.30q): %d times, want %d", n.ID, n.Body, g, wantN)
		}
	}
}

func sectionShown(selected map[string]placed, topicID int64) bool {
	for _, p := range selected {
		if p.section == fmt.Sprintf("d1-t%d", topicID) {
			return true
		}
	}
	return false
}

func TestReportIsSelfContained(t *testing.T) {
	p := sample(t)
	out, doc := render(t, p.Store, allOn())
	assertInert(t, out, doc, nil)
	if !strings.Contains(out, `content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`) {
		t.Error("no Content-Security-Policy meta tag")
	}
	for _, s := range []string{"中方稿未提及具体个案。", "不干涉内政", "contradicts <a href=\"#s"} {
		if !strings.Contains(out, s) {
			t.Errorf("report lacks %q", s)
		}
	}
}

// assertInert checks that doc runs nothing and loads nothing: no script,
// no event handler, no frame or form, links only within the page or to the
// given source URLs.
func assertInert(t *testing.T, raw string, doc *html.Node, sourceURLs map[string]bool) {
	t.Helper()
	styles := 0
	walk(doc, func(n *html.Node) {
		switch n.Data {
		case "script", "iframe", "object", "embed", "form", "base", "link", "svg", "math", "img", "video", "audio", "frame":
			t.Errorf("report has a <%s> element", n.Data)
		case "style":
			styles++
			css := text(n)
			for _, bad := range []string{"<", "url(", "@import", "expression(", "javascript"} {
				if strings.Contains(strings.ToLower(css), bad) {
					t.Errorf("style sheet contains %q", bad)
				}
			}
		case "meta":
			if v, _ := attr(n, "http-equiv"); strings.EqualFold(v, "refresh") {
				t.Error("report has a refresh meta tag")
			}
		}
		for _, a := range n.Attr {
			checkAttr(t, n, a, sourceURLs)
		}
	})
	if styles != 1 {
		t.Errorf("%d style elements, want 1", styles)
	}
}

func checkAttr(t *testing.T, n *html.Node, a html.Attribute, sourceURLs map[string]bool) {
	t.Helper()
	key, val := strings.ToLower(a.Key), strings.ToLower(a.Val)
	switch {
	case strings.HasPrefix(key, "on"):
		t.Errorf("<%s> has event handler %s=%q", n.Data, a.Key, a.Val)
	case key == "src" || key == "srcset" || key == "action" || key == "formaction" || key == "xlink:href":
		t.Errorf("<%s> has %s=%q", n.Data, a.Key, a.Val)
	case key == "href":
		if strings.HasPrefix(a.Val, "#") {
			return
		}
		if !hasClass(n, "url") || !(strings.HasPrefix(val, "https://") || strings.HasPrefix(val, "http://")) {
			t.Errorf("<%s> links out to %q", n.Data, a.Val)
		}
		if sourceURLs != nil && !sourceURLs[a.Val] {
			t.Errorf("link %q is not a source's URL", a.Val)
		}
	case key == "style":
		for _, bad := range []string{"url(", "expression", "javascript", "@import", "\\"} {
			if strings.Contains(val, bad) {
				t.Errorf("<%s> style %q contains %q", n.Data, a.Val, bad)
			}
		}
	}
}

// checkAbsent says that no statement outside the selection shows its text,
// unless a selected one quotes it.
func checkAbsent(t *testing.T, st *storage.Store, doc *html.Node, selected map[string]placed) {
	t.Helper()
	all, err := st.StatementViews(context.Background(), storage.StatementFilter{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	page := text(doc)
	var kept []string
	for _, v := range all {
		if _, ok := selected[fmt.Sprint(v.ID)]; ok {
			kept = append(kept, v.Text)
		}
	}
	for _, v := range all {
		if _, ok := selected[fmt.Sprint(v.ID)]; ok || quotedBy(kept, v.Text) {
			continue
		}
		if strings.Contains(page, v.Text) {
			t.Errorf("unselected statement %d shows: %.50q", v.ID, v.Text)
		}
	}
}

func quotedBy(texts []string, s string) bool {
	for _, x := range texts {
		if strings.Contains(x, s) {
			return true
		}
	}
	return false
}

func TestReportOneSectionPerDialogue(t *testing.T) {
	p := sample(t)
	ctx := context.Background()
	d2 := storage.Dialogue{Title: "40th China-EU Human Rights Dialogue", Round: 40, Place: "Brussels", StartDate: "2025-06-13"}
	if err := p.Store.CreateDialogue(ctx, &d2); err != nil {
		t.Fatal(err)
	}
	topic := p.Topics["The dialogue itself"]
	in := storage.StatementInput{Statement: storage.Statement{DialogueID: d2.ID, TopicID: &topic.ID, Text: "Both sides agreed to meet again."},
		PartyIDs: []int64{p.China.ID, p.EU.ID}}
	if err := p.Store.CreateStatement(ctx, &in); err != nil {
		t.Fatal(err)
	}
	_, doc := render(t, p.Store, allOn())
	var sections []string
	dialogueOf := map[string]string{}
	walk(doc, func(n *html.Node) {
		if n.Data == "section" && hasClass(n, "dialogue") {
			id, _ := attr(n, "id")
			sections = append(sections, id)
		}
		if id, ok := attr(n, "data-statement"); ok {
			sec := ancestor(n, func(p *html.Node) bool { return hasClass(p, "dialogue") })
			dialogueOf[id], _ = attr(sec, "id")
		}
	})
	if strings.Join(sections, ",") != "d1,d2" {
		t.Fatalf("dialogue sections %v, want d1,d2 (oldest first)", sections)
	}
	if got := dialogueOf[fmt.Sprint(in.ID)]; got != "d2" {
		t.Errorf("the 40th round's statement is in section %q", got)
	}
	if got := dialogueOf[fmt.Sprint(p.ByText[reporttest.Key("Both parties agreed that the")])]; got != "d1" {
		t.Errorf("a 39th round statement is in section %q", got)
	}
}

func TestReportLinksResolve(t *testing.T) {
	p := sample(t)
	_, doc := render(t, p.Store, allOn())
	ids := map[string]bool{}
	var refs []string
	walk(doc, func(n *html.Node) {
		if id, ok := attr(n, "id"); ok {
			if ids[id] {
				t.Errorf("id %q twice", id)
			}
			ids[id] = true
		}
		if h, ok := attr(n, "href"); ok && strings.HasPrefix(h, "#") {
			refs = append(refs, h[1:])
		}
	})
	if len(refs) < 20 {
		t.Fatalf("only %d internal links", len(refs))
	}
	for _, r := range refs {
		if !ids[r] {
			t.Errorf("link to #%s goes nowhere", r)
		}
	}
}
