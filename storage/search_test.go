package storage

import (
	"context"
	"strings"
	"testing"
)

// searchIDs returns the ids of the statement hits for q.
func searchIDs(t *testing.T, s *Store, q SearchQuery) []int64 {
	t.Helper()
	if q.Kinds == nil {
		q.Kinds = []HitKind{HitStatement}
	}
	hits, err := s.Search(context.Background(), q)
	noErr(t, err)
	var out []int64
	for _, h := range hits {
		out = append(out, h.ID)
	}
	return out
}

func sameIDs(a []int64, b ...int64) bool {
	if len(a) != len(b) {
		return false
	}
	seen := map[int64]int{}
	for _, x := range a {
		seen[x]++
	}
	for _, x := range b {
		seen[x]--
	}
	for _, n := range seen {
		if n != 0 {
			return false
		}
	}
	return true
}

func TestSearchWords(t *testing.T) {
	f := mustFixture(t)
	long := StatementInput{Statement: Statement{DialogueID: f.d.ID, Text: "The EU also listed many other matters at great length, among them one mention of Xinjiang and a great deal besides that."},
		PartyIDs: []int64{f.eu.ID}}
	noErr(t, f.s.CreateStatement(context.Background(), &long))
	for _, c := range []struct {
		query string
		want  []int64
	}{
		{"xinjiang", []int64{f.cn1.ID, f.eu1.ID, long.ID}},
		{"XINJIANG concerns", []int64{f.eu1.ID}},
		{`"internal affairs"`, []int64{f.cn1.ID}},
		{`"affairs internal"`, nil},
		{"intern*", []int64{f.cn1.ID}},
		{"xinjiang -concerns", []int64{f.cn1.ID, long.ID}},
		{"brussels", []int64{f.joint.ID}},
		{"nowhere", nil},
	} {
		if got := searchIDs(t, f.s, SearchQuery{Query: c.query}); !sameIDs(got, c.want...) {
			t.Errorf("%s: %v, want %v", c.query, got, c.want)
		}
	}
	t.Run("ShortTextRanksFirst", func(t *testing.T) {
		got := searchIDs(t, f.s, SearchQuery{Query: "xinjiang"})
		if got[len(got)-1] != long.ID {
			t.Fatalf("order %v: the long statement should come last", got)
		}
	})
	t.Run("Snippet", func(t *testing.T) {
		hits, err := f.s.Search(context.Background(), SearchQuery{Query: "concerns"})
		noErr(t, err)
		if len(hits) != 1 || hits[0].Snippet != "The EU raised "+SnippetStart+"concerns"+SnippetEnd+" about the situation in Xinjiang." {
			t.Fatalf("hits %+v", hits)
		}
		if hits[0].DialogueID != f.d.ID || hits[0].StatementID != f.eu1.ID {
			t.Fatalf("hit not placed: %+v", hits[0])
		}
	})
	t.Run("Paging", func(t *testing.T) {
		all := searchIDs(t, f.s, SearchQuery{Query: "xinjiang"})
		p1 := searchIDs(t, f.s, SearchQuery{Query: "xinjiang", Limit: 2})
		p2 := searchIDs(t, f.s, SearchQuery{Query: "xinjiang", Limit: 2, Offset: 2})
		if len(p1) != 2 || len(p2) != 1 || p1[0] != all[0] || p2[0] != all[2] {
			t.Fatalf("pages %v %v of %v", p1, p2, all)
		}
	})
}

func TestSearchChinese(t *testing.T) {
	f := mustFixture(t)
	ctx := context.Background()
	other := StatementInput{Statement: Statement{DialogueID: f.d.ID, Text: "双方同意在联合国加强沟通。"}, PartyIDs: []int64{f.china.ID}}
	noErr(t, f.s.CreateStatement(ctx, &other))
	for _, c := range []struct {
		query string
		want  []int64
	}{
		{"人权", []int64{f.cn1.ID}},
		{"人", []int64{f.cn1.ID}},
		{"权", []int64{f.cn1.ID}},
		{"中欧人权对话", []int64{f.cn1.ID}},
		{"对话 xinjiang", []int64{f.cn1.ID}},
		{"双方", []int64{other.ID}},
		{"权人", nil},
		{"人权 -对话", nil},
		{"“人权对话”", []int64{f.cn1.ID}},
	} {
		if got := searchIDs(t, f.s, SearchQuery{Query: c.query}); !sameIDs(got, c.want...) {
			t.Errorf("%s: %v, want %v", c.query, got, c.want)
		}
	}
	hits, err := f.s.Search(ctx, SearchQuery{Query: "人权"})
	noErr(t, err)
	if !strings.Contains(hits[0].Snippet, "中欧"+SnippetStart+"人权"+SnippetEnd+"对话") || strings.ContainsRune(hits[0].Snippet, zwsp) {
		t.Fatalf("snippet %q", hits[0].Snippet)
	}
}

// TestSearchDiacriticsMarked: the index folds diacritics, so "Erdogan"
// finds "Erdoğan"; the snippet marks the word and the ranking counts it.
func TestSearchDiacriticsMarked(t *testing.T) {
	f := mustFixture(t)
	ctx := context.Background()
	in := StatementInput{Statement: Statement{DialogueID: f.d.ID, Text: "President Erdoğan thanked Türkiye's partners; Erdog\u0306an left."}, PartyIDs: []int64{f.china.ID}}
	noErr(t, f.s.CreateStatement(ctx, &in))
	for _, q := range []string{"erdogan", "Erdoğan", "turkiye", "erdo*"} {
		hits, err := f.s.Search(ctx, SearchQuery{Query: q, Kinds: []HitKind{HitStatement}})
		noErr(t, err)
		if len(hits) != 1 || !strings.Contains(hits[0].Snippet, SnippetStart) || hits[0].Rank >= 0 {
			t.Errorf("%s: %+v, want one hit with the word marked and a score", q, hits)
		}
	}
	hits, err := f.s.Search(ctx, SearchQuery{Query: "erdogan", Kinds: []HitKind{HitStatement}})
	noErr(t, err)
	if got := strings.Count(hits[0].Snippet, SnippetStart); got != 2 {
		t.Errorf("snippet %q marks %d words, want both spellings", hits[0].Snippet, got)
	}
}

// hostileQueries are things users type that mean something to FTS5.
var hostileQueries = []string{
	`"`, `""`, `"unbalanced`, `unbalanced"`, `"a" "b`, `AND(`, `AND`, `OR`, `NOT`, `xinjiang AND(`, `NEAR(`,
	`NEAR(a b, 3)`, `*`, `**`, `-`, `--`, `- -`, `-xinjiang`, `^`, `^xinjiang`, `xin^jiang`, `+`, `:`, `text:xinjiang`,
	`{text}: x`, `(`, `)`, `()`, `'`, `';DROP TABLE statements;--`, `%`, `_`, `\`, `.,;!?`, `…`, `　`, "\x00",
	"\u200b", `*xinjiang`, `x*y`, `rank:1`, `rowid=1`, `人*`, `-人权`, "a\nb", strings.Repeat("(", 500),
	strings.Repeat("xinjiang ", 300),
}

func TestSearchHostileQueries(t *testing.T) {
	f := mustFixture(t)
	for _, q := range hostileQueries {
		hits, err := f.s.Search(context.Background(), SearchQuery{Query: q})
		if err != nil && CodeOf(err) != CodeInvalid {
			t.Errorf("%q: %v (code %d), want results or CodeInvalid", q, err, CodeOf(err))
		}
		if err != nil && (strings.Contains(err.Error(), "SQL") || strings.Contains(err.Error(), "fts5")) {
			t.Errorf("%q: message shows SQL: %v", q, err)
		}
		_ = hits
	}
	if got := searchIDs(t, f.s, SearchQuery{Query: `xinjiang ( * ^ - "`}); !sameIDs(got, f.cn1.ID, f.eu1.ID) {
		t.Errorf("stray operators should be ignored: %v", got)
	}
	if got := searchIDs(t, f.s, SearchQuery{Query: `affairs AND(`}); len(got) != 0 {
		t.Errorf("AND typed by a user is the word \"and\", which no statement with \"affairs\" holds: %v", got)
	}
	_, err := f.s.Search(context.Background(), SearchQuery{Query: ".,;!?"})
	wantCode(t, err, CodeInvalid)
}

func FuzzSearch(f *testing.F) {
	for _, q := range hostileQueries {
		f.Add(q)
	}
	fx := mustFixture(f)
	f.Fuzz(func(t *testing.T, q string) {
		_, err := fx.s.Search(context.Background(), SearchQuery{Query: q})
		if err != nil && CodeOf(err) != CodeInvalid {
			t.Fatalf("%q: %v", q, err)
		}
	})
}

func TestSearchIndexKeptInStep(t *testing.T) {
	f := mustFixture(t)
	s, ctx := f.s, context.Background()
	st, err := s.Statement(ctx, f.eu1.ID)
	noErr(t, err)
	st.Text = "The EU raised Tibet."
	noErr(t, s.UpdateStatement(ctx, &st))
	if got := searchIDs(t, s, SearchQuery{Query: "concerns"}); len(got) != 0 {
		t.Errorf("old text still found: %v", got)
	}
	if got := searchIDs(t, s, SearchQuery{Query: "tibet"}); !sameIDs(got, f.eu1.ID) {
		t.Errorf("new text not found: %v", got)
	}
	noErr(t, errOf(s.DeleteStatement(ctx, f.eu1.ID)))
	if got := searchIDs(t, s, SearchQuery{Query: "tibet"}); len(got) != 0 {
		t.Errorf("deleted statement found: %v", got)
	}
	n := Note{StatementID: &f.cn1.ID, Body: "standard talking point"}
	noErr(t, s.CreateNote(ctx, &n))
	n.Body = "new wording this year"
	noErr(t, errOf(s.UpdateNote(ctx, &n)))
	notes := func(q string) int {
		return len(searchIDs(t, s, SearchQuery{Query: q, Kinds: []HitKind{HitNote}}))
	}
	if notes("talking") != 0 || notes("wording") != 1 {
		t.Errorf("note index out of step")
	}
	src := Source{Title: "MFA readout", Text: "Miao Deyu and Paola Pampaloni co-chaired."}
	noErr(t, s.CreateSource(ctx, &src))
	sources := func(q string) int {
		return len(searchIDs(t, s, SearchQuery{Query: q, Kinds: []HitKind{HitSource}}))
	}
	if sources("pampaloni") != 1 || sources("readout") != 1 {
		t.Errorf("source not found by text or title")
	}
	src.Title = "Foreign ministry readout"
	noErr(t, s.UpdateSource(ctx, &src))
	if sources("ministry") != 1 || sources("mfa") != 0 {
		t.Errorf("source title index out of step")
	}
	noErr(t, s.DeleteSource(ctx, src.ID))
	if sources("pampaloni") != 0 {
		t.Errorf("deleted source found")
	}
	res, err := s.IntegrityCheck(ctx)
	noErr(t, err)
	if res != "ok" {
		t.Fatalf("integrity %q", res)
	}
}

func TestSearchFilters(t *testing.T) {
	f := mustFixture(t)
	s, ctx := f.s, context.Background()
	d2 := Dialogue{Title: "38th round"}
	noErr(t, s.CreateDialogue(ctx, &d2))
	old := StatementInput{Statement: Statement{DialogueID: d2.ID, TopicID: &f.xinjiang.ID, Kind: KindObjection, Text: "China rejected the Xinjiang report."},
		PartyIDs: []int64{f.china.ID}}
	noErr(t, s.CreateStatement(ctx, &old))
	tg := Tag{Name: "rebuttal"}
	noErr(t, s.CreateTag(ctx, &tg))
	noErr(t, s.TagStatement(ctx, old.ID, tg.ID))
	noErr(t, s.CreateNote(ctx, &Note{StatementID: &f.eu1.ID, Body: "Xinjiang wording unchanged"}))
	a := Assessment{DialogueID: f.d.ID, TopicID: f.xinjiang.ID, Verdict: VerdictDivergent}
	noErr(t, s.SetAssessment(ctx, &a))
	noErr(t, s.CreateNote(ctx, &Note{AssessmentID: &a.ID, Body: "Xinjiang: no movement"}))
	src := Source{DialogueID: &d2.ID, AuthorPartyID: &f.china.ID, Title: "38th readout", Text: "On Xinjiang, China rejected the report."}
	noErr(t, s.CreateSource(ctx, &src))

	kinds := func(hits []Hit) map[HitKind]int {
		m := map[HitKind]int{}
		for _, h := range hits {
			m[h.Kind]++
		}
		return m
	}
	for _, c := range []struct {
		name   string
		filter StatementFilter
		want   map[HitKind]int
	}{
		{"None", StatementFilter{}, map[HitKind]int{HitStatement: 3, HitNote: 2, HitSource: 1}},
		{"Dialogue", StatementFilter{DialogueID: f.d.ID}, map[HitKind]int{HitStatement: 2, HitNote: 2}},
		{"OldDialogue", StatementFilter{DialogueID: d2.ID}, map[HitKind]int{HitStatement: 1, HitSource: 1}},
		{"Party", StatementFilter{PartyIDs: []int64{f.eu.ID}}, map[HitKind]int{HitStatement: 1, HitNote: 1}},
		{"PartyAsAuthor", StatementFilter{PartyIDs: []int64{f.china.ID}}, map[HitKind]int{HitStatement: 2, HitSource: 1}},
		{"Tag", StatementFilter{TagIDs: []int64{tg.ID}}, map[HitKind]int{HitStatement: 1}},
		{"Kind", StatementFilter{Kinds: []Kind{KindConcern}}, map[HitKind]int{HitStatement: 1, HitNote: 1}},
		{"TopicWithAssessment", StatementFilter{DialogueID: f.d.ID, TopicIDs: []int64{f.xinjiang.ID}}, map[HitKind]int{HitStatement: 2, HitNote: 2}},
		{"OtherTopic", StatementFilter{TopicIDs: []int64{f.rights.ID}}, map[HitKind]int{}},
	} {
		t.Run(c.name, func(t *testing.T) {
			hits, err := s.Search(ctx, SearchQuery{Query: "xinjiang", Filter: c.filter})
			noErr(t, err)
			if got := kinds(hits); len(got) != len(c.want) || got[HitStatement] != c.want[HitStatement] ||
				got[HitNote] != c.want[HitNote] || got[HitSource] != c.want[HitSource] {
				t.Fatalf("hits %v, want %v", got, c.want)
			}
		})
	}
	hits, err := s.Search(ctx, SearchQuery{Query: "movement", Kinds: []HitKind{HitNote}})
	noErr(t, err)
	if len(hits) != 1 || hits[0].DialogueID != f.d.ID || hits[0].StatementID != 0 {
		t.Fatalf("assessment note hit %+v", hits)
	}
}

func TestInsertStatements(t *testing.T) {
	f := mustFixture(t)
	s, ctx := f.s, context.Background()
	tg := Tag{Name: "bulk"}
	noErr(t, s.CreateTag(ctx, &tg))
	in := make([]StatementInput, 250)
	for i := range in {
		in[i] = StatementInput{Statement: Statement{DialogueID: f.d.ID, Text: "Bulk statement on 人权 number " + string(rune('a'+i%26))},
			PartyIDs: []int64{f.china.ID, f.china.ID}, TagIDs: []int64{tg.ID}}
	}
	in[7].PartyIDs = []int64{f.china.ID, f.eu.ID}
	in[9].Position = 100
	var calls int
	noErr(t, s.InsertStatements(ctx, in, func(done, total int) { calls++ }))
	if calls == 0 || in[0].ID == 0 || in[249].ID != in[0].ID+249 {
		t.Fatalf("ids %d..%d, %d progress calls", in[0].ID, in[249].ID, calls)
	}
	if in[0].Position != 4 || in[9].Position != 100 || in[10].Position != 101 {
		t.Fatalf("positions %d %d %d", in[0].Position, in[9].Position, in[10].Position)
	}
	if n := count(t, s, "statement_parties", "statement_id >= ?", in[0].ID); n != 251 {
		t.Fatalf("%d party rows, want 251", n)
	}
	if got := searchIDs(t, s, SearchQuery{Query: "bulk 人权", Limit: 500}); len(got) != 250 {
		t.Fatalf("%d bulk statements found", len(got))
	}
	later := StatementInput{Statement: Statement{DialogueID: f.d.ID, Text: "Afterwards, one more."}, PartyIDs: []int64{f.eu.ID}}
	noErr(t, s.CreateStatement(ctx, &later))
	if got := searchIDs(t, s, SearchQuery{Query: "afterwards"}); !sameIDs(got, later.ID) {
		t.Fatalf("the insert trigger did not come back: %v", got)
	}
	t.Run("ErrRollsBack", func(t *testing.T) {
		before := count(t, s, "statements", "")
		bad := []StatementInput{{Statement: Statement{DialogueID: f.d.ID, Text: "ok"}, PartyIDs: []int64{f.eu.ID}},
			{Statement: Statement{DialogueID: f.d.ID, Text: "unknown party"}, PartyIDs: []int64{999}}}
		wantCode(t, s.InsertStatements(ctx, bad, nil), CodeConflict)
		if n := count(t, s, "statements", ""); n != before || bad[0].ID != 0 {
			t.Fatalf("%d statements after a failed load (was %d); id %d", n, before, bad[0].ID)
		}
		wantCode(t, s.InsertStatements(ctx, []StatementInput{{Statement: Statement{DialogueID: f.d.ID}}}, nil), CodeInvalid)
	})
	t.Run("IDsNeverReused", func(t *testing.T) {
		noErr(t, errOf(s.DeleteStatement(ctx, later.ID)))
		next := []StatementInput{{Statement: Statement{DialogueID: f.d.ID, Text: "new"}, PartyIDs: []int64{f.eu.ID}}}
		noErr(t, s.InsertStatements(ctx, next, nil))
		if next[0].ID <= later.ID {
			t.Fatalf("bulk insert reused id %d (deleted %d)", next[0].ID, later.ID)
		}
	})
}

// TestSnippetShowsTheWordsTogether: a snippet is taken where most of the
// query's words are, not at the first of them: "rule of law" showed the
// first "of" of a source, far from the phrase.
func TestSnippetShowsTheWordsTogether(t *testing.T) {
	text := "The first paragraphs of the press release of 14 June, as reproduced elsewhere; the rest was not available. " +
		"The EU called attention to the erosion of the rule of law and the lack of judicial independence."
	phrases, err := parseQuery("rule of law")
	noErr(t, err)
	got := snippet(text, tokenize(text), phrases)
	want := SnippetStart + "rule" + SnippetEnd + " " + SnippetStart + "of" + SnippetEnd + " " + SnippetStart + "law" + SnippetEnd
	if !strings.Contains(got, want) {
		t.Errorf("snippet %q; want it to show %q", got, want)
	}
	// One word: its first match, as before.
	phrases, err = parseQuery("release")
	noErr(t, err)
	if got := snippet(text, tokenize(text), phrases); !strings.Contains(got, SnippetStart+"release"+SnippetEnd) {
		t.Errorf("snippet %q does not show the word", got)
	}
}
