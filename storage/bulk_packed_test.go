package storage

import (
	"context"
	"fmt"
	"strings"
	"testing"
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
	const cols = `typeof(topic_id) || quote(topic_id), typeof(kind) || quote(kind), typeof(text) || hex(text),
		typeof(reported_by_id) || quote(reported_by_id), typeof(speaker_id) || quote(speaker_id),
		typeof(source_id) || quote(source_id), typeof(start) || quote(start), typeof("end") || quote("end"),
		typeof(created_at) || (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] [0-9][0-9]:[0-9][0-9]:[0-9][0-9]*+00:00'),
		typeof(updated_at) || (updated_at = created_at),
		(SELECT group_concat(party_id) FROM statement_parties p WHERE p.statement_id = statements.id),
		typeof(version) || quote(version) || typeof(created_by) || hex(created_by) || typeof(updated_by) || hex(updated_by)`
	for i, in := range packed {
		var got, want []string
		row := func(id int64) []string {
			var c [12]string
			err := f.s.r.Raw("SELECT "+cols+" FROM statements WHERE id = ?", id).Row().
				Scan(&c[0], &c[1], &c[2], &c[3], &c[4], &c[5], &c[6], &c[7], &c[8], &c[9], &c[10], &c[11])
			if err != nil {
				t.Fatal(err)
			}
			return c[:]
		}
		got = row(in.ID)
		var bound int64
		if err := f.s.r.Raw("SELECT id FROM statements WHERE text = ? AND id < ? ORDER BY id LIMIT 1", texts[i], packed[0].ID).
			Scan(&bound).Error; err != nil || bound == 0 {
			t.Fatalf("text %d: bound twin not found (%v)", i, err)
		}
		want = row(bound)
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
