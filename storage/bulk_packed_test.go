package storage

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"
)

// The bulk writer sends statements packed as JSON for SQLite to unpack
// (packedStatements). Whatever the text, every column must hold what
// binding the values one by one stores: the same bytes, the same types,
// the times in the driver's text.
func TestPackedInsertStoresWhatBindingStores(t *testing.T) {
	fileOnly(t, "SQLite's packed inserts")
	f := mustFixture(t)
	ctx := context.Background()
	sp := Speaker{Name: "Wang Yi", PartyID: &f.china.ID}
	if err := f.s.w.Create(&sp).Error; err != nil {
		t.Fatal(err)
	}
	texts := []string{
		`quotes " and backslashes \ and \u0041 and \n as text`,
		"controls \x01\x07\x1b[2J\x1f, DEL \x7f, C1 \u0085, tab\t, CR\r, LF\n",
		"overrides \u202e, U+2028 \u2028, emoji 🙂, 中欧人权对话",
		"NUL \x00 inside", // SQLite's JSON would cut it here: bound instead
		strings.Repeat("long text ", 2000),
		"123", "null", "[1,2]",
	}
	kinds := []Kind{KindPosition, KindConcern, KindDemand}
	var packed []StatementInput
	for i, txt := range texts {
		st := Statement{DialogueID: f.d.ID, Kind: kinds[i%len(kinds)], Text: txt, Start: i, End: i + len(txt)}
		if i%2 == 0 {
			st.TopicID, st.SpeakerID, st.ReportedByID = &f.xinjiang.ID, &sp.ID, &f.eu.ID
			st.Version, st.CreatedBy, st.UpdatedBy = 3, `Anna "A." \ Lee`, "李\n\t"
		}
		one := StatementInput{Statement: st, PartyIDs: []int64{f.china.ID, f.eu.ID, f.china.ID}, TagIDs: nil}
		if err := f.s.CreateStatement(ctx, &one); err != nil {
			t.Fatal(err)
		}
		packed = append(packed, StatementInput{Statement: st, PartyIDs: []int64{f.china.ID, f.eu.ID, f.china.ID}})
	}
	if err := f.s.InsertStatements(ctx, packed, nil); err != nil {
		t.Fatal(err)
	}
	for i, in := range packed {
		got := storedColumns(t, f, in.ID)
		want := storedColumns(t, f, boundTwin(t, f, texts[i], packed[0].ID))
		for k := range got {
			if got[k] != want[k] {
				t.Errorf("text %d (%.30q), column %d: packed %.80s, bound %.80s", i, texts[i], k, got[k], want[k])
			}
		}
	}
	// The search index holds the packed statements too.
	hits, err := f.s.Search(ctx, SearchQuery{Query: "backslashes", Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 2 {
		t.Errorf("search found %d statements, want the bound one and the packed one", len(hits))
	}
}

// storedColumns is every column of statement id as SQLite holds it (type
// and bytes), its times as the driver's text, and its parties.
func storedColumns(t *testing.T, f fixture, id int64) []string {
	t.Helper()
	const cols = `typeof(topic_id) || quote(topic_id), typeof(kind) || quote(kind), typeof(text) || hex(text),
		typeof(reported_by_id) || quote(reported_by_id), typeof(speaker_id) || quote(speaker_id),
		typeof(source_id) || quote(source_id), typeof(start) || quote(start), typeof("end") || quote("end"),
		typeof(created_at) || (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] [0-9][0-9]:[0-9][0-9]:[0-9][0-9]*+00:00'),
		typeof(updated_at) || (updated_at = created_at),
		(SELECT group_concat(party_id) FROM statement_parties p WHERE p.statement_id = statements.id),
		typeof(version) || quote(version) || typeof(created_by) || hex(created_by) || typeof(updated_by) || hex(updated_by)`
	var c [12]string
	err := f.s.r.Raw("SELECT "+cols+" FROM statements WHERE id = ?", id).Row().
		Scan(&c[0], &c[1], &c[2], &c[3], &c[4], &c[5], &c[6], &c[7], &c[8], &c[9], &c[10], &c[11])
	if err != nil {
		t.Fatal(err)
	}
	return c[:]
}

// boundTwin is the first statement below id before whose text is text.
func boundTwin(t *testing.T, f fixture, text string, before int64) int64 {
	t.Helper()
	var bound int64
	if err := f.s.r.Raw("SELECT id FROM statements WHERE text = ? AND id < ? ORDER BY id LIMIT 1", text, before).
		Scan(&bound).Error; err != nil || bound == 0 {
		t.Fatalf("%.30q: bound twin not found (%v)", text, err)
	}
	return bound
}

// New statements in a run (numbered one after the other, at consecutive
// positions, one source, author and time: what an import stores) go with
// only what differs from row to row packed and their texts as one blob
// (runStatements); every column must hold what binding stores, whatever
// the text, NUL included.
func TestRunInsertStoresWhatBindingStores(t *testing.T) {
	fileOnly(t, "SQLite's packed inserts")
	f := mustFixture(t)
	ctx := context.Background()
	src := Source{Title: "Readout", Text: "Both sides met.", DialogueID: &f.d.ID}
	if err := f.s.CreateSource(ctx, &src); err != nil {
		t.Fatal(err)
	}
	texts := []string{
		`quotes " and backslashes \ and \u0041 and \n as text`,
		"controls \x01\x07\x1b[2J\x1f, DEL \x7f, C1 \u0085, tab\t, CR\r, LF\n",
		"overrides \u202e, U+2028 \u2028, emoji 🙂, 中欧人权对话",
		"NUL \x00 inside", "é", strings.Repeat("long text ", 2000), "123", "null", "[1,2]",
	}
	kinds := []Kind{KindPosition, KindConcern, KindDemand}
	var run []StatementInput
	for i, txt := range texts {
		st := Statement{DialogueID: f.d.ID, Kind: kinds[i%len(kinds)], Text: txt, Start: i, End: i + len(txt), SourceID: &src.ID}
		if i%2 == 0 {
			st.TopicID, st.ReportedByID = &f.xinjiang.ID, &f.eu.ID
		}
		one := StatementInput{Statement: st, PartyIDs: []int64{f.china.ID, f.eu.ID, f.china.ID}}
		if err := f.s.CreateStatement(ctx, &one); err != nil {
			t.Fatal(err)
		}
		run = append(run, StatementInput{Statement: st, PartyIDs: []int64{f.china.ID, f.eu.ID, f.china.ID}})
	}
	// As InsertStatements numbers, places and stamps them.
	b := bulkWriter{now: storedTime(time.Now())}
	numbered := append([]StatementInput(nil), run...)
	for i := range numbered {
		st := &numbered[i].Statement
		st.ID, st.Position, st.CreatedAt, st.UpdatedAt = int64(1000+i), int64(10+i), b.now, b.now
	}
	if !b.isRun(numbered) {
		t.Fatal("the statements do not form a run")
	}
	if err := f.s.InsertStatements(ctx, run, nil); err != nil {
		t.Fatal(err)
	}
	for i, in := range run {
		if in.ID != run[0].ID+int64(i) {
			t.Fatalf("IDs %d, %d: not one after the other", run[0].ID, in.ID)
		}
		got := storedColumns(t, f, in.ID)
		want := storedColumns(t, f, boundTwin(t, f, texts[i], run[0].ID))
		for k := range got {
			if got[k] != want[k] {
				t.Errorf("text %d (%.30q), column %d: run %.80s, bound %.80s", i, texts[i], k, got[k], want[k])
			}
		}
	}
	hits, err := f.s.Search(ctx, SearchQuery{Query: "backslashes", Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 2 {
		t.Errorf("search found %d statements, want the bound one and the run's", len(hits))
	}
}

// A statement's parties go to SQLite packed as one number a pair while the
// IDs fit (pairsFit), as [statement, party] otherwise: both store the
// same pairs, each once.
func TestPackedPairs(t *testing.T) {
	f := mustFixture(t)
	ctx := context.Background()
	big := Party{ID: 1<<pairBits + 5, Name: "Big ID", Color: "#123456"}
	if err := f.s.w.Create(&big).Error; err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name    string
		parties []int64
		fit     bool
	}{
		{"Small", []int64{f.china.ID, f.eu.ID, f.china.ID}, true},
		{"Big", []int64{big.ID, f.eu.ID, big.ID}, false},
	} {
		in := []StatementInput{{Statement: Statement{DialogueID: f.d.ID, Kind: KindPosition, Text: c.name + " one."}, PartyIDs: c.parties},
			{Statement: Statement{DialogueID: f.d.ID, Kind: KindPosition, Text: c.name + " two."}, PartyIDs: c.parties[1:2]}}
		if got := pairsFit([]int64{1000, c.parties[0], 1 << 39, c.parties[1]}); got != c.fit {
			t.Errorf("%s: pairsFit %v, want %v", c.name, got, c.fit)
		}
		if err := f.s.InsertStatements(ctx, in, nil); err != nil {
			t.Fatal(err)
		}
		for i, want := range []string{fmt.Sprint(min(c.parties[0], c.parties[1])) + "," + fmt.Sprint(max(c.parties[0], c.parties[1])), fmt.Sprint(c.parties[1])} {
			var ids []int64
			if err := f.s.r.Raw("SELECT party_id FROM statement_parties WHERE statement_id = ? ORDER BY party_id", in[i].ID).Scan(&ids).Error; err != nil {
				t.Fatal(err)
			}
			if got := strings.Trim(strings.Join(strings.Fields(fmt.Sprint(ids)), ","), "[]"); got != want {
				t.Errorf("%s, statement %d: parties %s, want %s", c.name, i, got, want)
			}
		}
	}
	if pairsFit([]int64{1 << (63 - pairBits), 1}) || pairsFit([]int64{0, 1}) || pairsFit([]int64{1, 0}) || !pairsFit([]int64{1<<(63-pairBits) - 1, 1<<pairBits - 1}) {
		t.Error("pairsFit's bounds")
	}
}
