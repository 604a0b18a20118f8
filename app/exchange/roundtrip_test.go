package exchange_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"parley/app/exchange"
	"parley/app/sample"
	"parley/storage"
)

// exportOf loads doc into a new project and exports it.
func exportOf(t *testing.T, doc *exchange.Document) []byte {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "p.parley")
	err := exchange.CreateProject(ctx, path, func(ctx context.Context, s *storage.Store) error {
		return exchange.Load(ctx, s, doc, nil)
	})
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	s, err := storage.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var buf bytes.Buffer
	if err := exchange.Export(ctx, s, exchange.Selection{}, &buf); err != nil {
		t.Fatalf("export: %v", err)
	}
	return buf.Bytes()
}

// roundTrip checks export → import → export gives the same bytes, and
// returns the first export.
func roundTrip(t *testing.T, doc *exchange.Document) []byte {
	t.Helper()
	first := exportOf(t, doc)
	again, err := exchange.Decode(first)
	if err != nil {
		t.Fatalf("decode own export: %v", err)
	}
	second := exportOf(t, again)
	if !bytes.Equal(first, second) {
		t.Fatalf("round trip changed the export:\n%s", firstDiff(first, second))
	}
	return first
}

func firstDiff(a, b []byte) string {
	la, lb := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := 0; i < len(la) && i < len(lb); i++ {
		if la[i] != lb[i] {
			return "line " + strconv.Itoa(i+1) + ":\n- " + la[i] + "\n+ " + lb[i]
		}
	}
	return "lengths differ"
}

func TestRoundTripSample(t *testing.T) {
	doc, err := sample.Document()
	if err != nil {
		t.Fatal(err)
	}
	got := roundTrip(t, doc)
	var want bytes.Buffer
	if err := exchange.Encode(&want, doc); err != nil {
		t.Fatal(err)
	}
	// The sample is written with every field filled in, so the export
	// must give back exactly what went in.
	if !bytes.Equal(got, want.Bytes()) {
		t.Fatalf("export differs from the document loaded:\n%s", firstDiff(want.Bytes(), got))
	}
}

func TestRoundTripTricky(t *testing.T) {
	doc := tricky()
	out := roundTrip(t, doc)
	back, err := exchange.Decode(out)
	if err != nil {
		t.Fatal(err)
	}
	checks := []struct {
		name string
		ok   bool
	}{
		{"party without id got one", back.Parties[2].ID == 8},
		{"times in UTC", back.Statements[0].CreatedAt.Location() == time.UTC && back.Statements[0].CreatedAt.Hour() == 1},
		// A project keeps microseconds (as PostgreSQL does), on both back-ends.
		{"microseconds kept", back.Statements[0].UpdatedAt.Nanosecond() == 123456000},
		{"speaker twin needs an id", back.Statements[1].SpeakerID != nil && *back.Statements[1].SpeakerID == 3},
		{"topic twin needs an id", back.Statements[2].TopicID != nil && *back.Statements[2].TopicID == 8},
		{"unique speaker needs none", back.Statements[0].SpeakerID == nil},
		{"null speaker stays null", back.Statements[2].Speaker == nil},
		{"joint statement keeps both parties in column order", strings.Join(back.Statements[1].Parties, ",") == "中华人民共和国,European Union"},
		{"null topic", back.Statements[3].Topic == nil && back.Statements[3].Source == nil},
		{"no parties", len(back.Statements[3].Parties) == 0},
		{"settings", back.Settings["last_dialogue"] == "7"},
		{"child before parent in ids", back.Topics[0].Path == "Regional issues/Xinjiang/Ürümqi"},
		{"notes on link and assessment", back.Notes[1].Link != nil && back.Notes[2].Assessment != nil},
		{"assessment twin topic", back.Assessments[0].TopicID != nil},
		{"authorship kept", back.Notes[2].CreatedBy == "ana" && back.Notes[2].UpdatedBy == doc.Notes[2].UpdatedBy && back.Notes[0].CreatedBy == ""},
		{"case with its names and mentions", len(back.Cases) == 1 && len(back.Cases[0].OtherNames) == 2 && len(back.Cases[0].Mentions) == 2 &&
			back.Cases[0].Mentions[1].CreatedBy == "ana"}, // by statement
		{"phrase marks", len(back.PhraseMarks) == 2 && back.PhraseMarks[1].State == "pinned"},
		{"commitment check with its follow-up", len(back.CommitmentChecks) == 1 && *back.CommitmentChecks[0].FollowUp == 31},
		{"lessons", len(back.Lessons) == 1 && back.Lessons[0].Count == 2},
		{"edit log", len(back.EditLog) == 1 && back.EditLog[0].Row == 21 && back.EditLog[0].Author == "ana"},
	}
	for _, c := range checks {
		if !c.ok {
			t.Errorf("%s: not so in\n%s", c.name, out)
		}
	}
	if !bytes.Contains(out, []byte(`"text": "中方强调，新疆、西藏、香港事务纯属中国内政。<b>&amp;</b>"`)) {
		t.Error("Chinese text or markup was escaped or changed")
	}
}

func TestCreateProjectRefusesExisting(t *testing.T) {
	path := filepath.Join(t.TempDir(), "there.parley")
	if err := os.WriteFile(path, []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	called := false
	err := exchange.CreateProject(context.Background(), path, func(context.Context, *storage.Store) error {
		called = true
		return nil
	})
	if !errors.Is(err, storage.ErrExists) || called {
		t.Fatalf("err = %v, fill called %v; want ErrExists before any work", err, called)
	}
	if b, _ := os.ReadFile(path); string(b) != "mine" {
		t.Fatal("the existing file was changed")
	}
}

// TestEncodeMatchesEncoder checks that the row-by-row writer gives the
// bytes of encoding/json's own indented output.
func TestEncodeMatchesEncoder(t *testing.T) {
	docs := map[string]*exchange.Document{"tricky": tricky(), "empty": exchange.FromRows(storage.ProjectRows{})}
	for name, doc := range docs {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(doc); err != nil {
			t.Fatal(err)
		}
		if got := encode(t, doc); !bytes.Equal(got, want.Bytes()) {
			t.Errorf("%s:\n%s", name, firstDiff(want.Bytes(), got))
		}
	}
}

// TestEncodeEscapesInvisible: controls and bidirectional overrides in any
// string are written as \u escapes, which read back as the characters.
func TestEncodeEscapesInvisible(t *testing.T) {
	d := tricky()
	evil := "a\x7fb\u009b2J \u202Eexe.txt\u202C \u2066x\u2069 ’ — \u200F kept"
	d.Notes[0].Body = evil
	d.Dialogues[0].Place = evil
	var b bytes.Buffer
	if err := exchange.Encode(&b, d); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if strings.ContainsAny(out, "\x7f\u009b\u202E\u202C\u2066\u2069") {
		t.Fatalf("raw controls in the JSON: %q", out)
	}
	if !strings.Contains(out, `a\u007fb\u009b2J \u202eexe.txt\u202c \u2066x\u2069 ’ — `+"\u200F"+` kept`) {
		t.Fatalf("escapes missing")
	}
	back, err := exchange.Decode(b.Bytes())
	if err != nil || back.Notes[0].Body != evil || back.Dialogues[0].Place != evil {
		t.Fatalf("read back %q, %v", back.Notes[0].Body, err)
	}
}

// TestImportVersion1 imports a document of the format's first version,
// which has no register and no authorship.
func TestImportVersion1(t *testing.T) {
	const v1 = `{"format": "parley-project", "version": 1, "settings": {}, "series": [],
	"dialogues": [{"id": 1, "series": null, "title": "39th", "round": 39, "place": "", "start_date": "", "end_date": "", "created_at": null, "updated_at": null}],
	"parties": [{"id": 1, "name": "EU", "short_name": "", "color": "#003399", "position": 1, "created_at": null, "updated_at": null}],
	"speakers": [], "topics": [], "tags": [], "sources": [],
	"statements": [{"id": 1, "dialogue": 1, "position": 1, "parties": ["EU"], "reported_by": null, "speaker": null, "topic": null,
		"kind": "concern", "text": "x", "source": null, "start": 0, "end": 0, "tags": [], "created_at": null, "updated_at": null}],
	"links": [], "assessments": [], "notes": []}`
	doc, err := exchange.Decode([]byte(v1))
	if err != nil {
		t.Fatal(err)
	}
	rows, err := exchange.ToRows(doc)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows.Statements) != 1 || len(rows.Cases) != 0 {
		t.Fatalf("rows %+v", rows)
	}
}

// TestImportVersion2 imports a document of version 2, which has no
// dismissed suggestions: everything else comes in, and the project then
// exports as version 3 with an empty list of dismissals.
func TestImportVersion2(t *testing.T) {
	doc := tricky()
	doc.Version, doc.Dismissals = 2, nil
	var v2 map[string]any
	if err := json.Unmarshal(encode(t, doc), &v2); err != nil {
		t.Fatal(err)
	}
	delete(v2, "dismissals")
	data, err := json.Marshal(v2)
	if err != nil {
		t.Fatal(err)
	}
	back, err := exchange.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	out := exportOf(t, back)
	for _, want := range []string{`"version": 3`, `"dismissals": []`, `"phrase": "internal affairs"`} {
		if !bytes.Contains(out, []byte(want)) {
			t.Errorf("the version-2 document's export lacks %s", want)
		}
	}
}
