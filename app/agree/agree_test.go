package agree

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"parley/storage"
)

func span(id int64, sha string, start, end int, kind storage.Kind, topic string, parties ...string) storage.CodedSpan {
	return storage.CodedSpan{StatementID: id, SourceSHA: sha, SourceTitle: "Readout " + sha, Start: start, End: end,
		Text: "sentence " + string(rune('A'+id%26)), Kind: kind, Topic: topic, Parties: parties}
}

func TestMatch(t *testing.T) {
	for _, tc := range []struct {
		name                 string
		a, b                 []storage.CodedSpan
		pairs                [][2]int64
		onlyA, onlyB, shared int
	}{
		{"SameSpans",
			[]storage.CodedSpan{span(1, "s", 0, 10, "position", ""), span(2, "s", 11, 20, "position", "")},
			[]storage.CodedSpan{span(7, "s", 11, 20, "position", ""), span(6, "s", 0, 10, "position", "")},
			[][2]int64{{1, 6}, {2, 7}}, 0, 0, 1},
		// B coded two sentences as one statement: it pairs with the one it
		// overlaps most; the other sentence of A has no partner.
		{"MergedByB",
			[]storage.CodedSpan{span(1, "s", 0, 10, "position", ""), span(2, "s", 11, 40, "position", "")},
			[]storage.CodedSpan{span(5, "s", 0, 40, "position", "")},
			[][2]int64{{2, 5}}, 1, 0, 1},
		{"TouchingIsNotOverlapping",
			[]storage.CodedSpan{span(1, "s", 0, 10, "position", "")},
			[]storage.CodedSpan{span(5, "s", 10, 20, "position", "")},
			nil, 1, 1, 1},
		// The same offsets in another text are another sentence; a source
		// only one coder has is left out rather than counted as disagreement.
		{"OtherSource",
			[]storage.CodedSpan{span(1, "s", 0, 10, "position", ""), span(2, "t", 0, 10, "position", "")},
			[]storage.CodedSpan{span(5, "u", 0, 10, "position", ""), span(6, "s", 2, 9, "position", "")},
			[][2]int64{{1, 6}}, 0, 0, 1},
		{"NoSpan",
			[]storage.CodedSpan{span(1, "", 0, 10, "position", ""), span(2, "s", 5, 5, "position", "")},
			[]storage.CodedSpan{span(5, "s", 0, 10, "position", "")},
			nil, 0, 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pairs, oa, ob, shared := Match(tc.a, tc.b)
			var got [][2]int64
			for _, p := range pairs {
				got = append(got, [2]int64{p.A.StatementID, p.B.StatementID})
			}
			if len(got) != len(tc.pairs) || oa != tc.onlyA || ob != tc.onlyB || shared != tc.shared {
				t.Fatalf("pairs %v only %d/%d shared %d, want %v %d/%d %d", got, oa, ob, shared, tc.pairs, tc.onlyA, tc.onlyB, tc.shared)
			}
			for i := range got {
				if got[i] != tc.pairs[i] {
					t.Errorf("pair %d: %v, want %v", i, got[i], tc.pairs[i])
				}
			}
		})
	}
}

func TestCompare(t *testing.T) {
	a := []storage.CodedSpan{
		span(1, "s", 0, 10, "position", "Xinjiang", "China"),
		span(2, "s", 11, 20, "concern", "Xinjiang", "EU"),
		span(3, "s", 21, 30, "demand", "", "China", "EU"),
		span(4, "s", 31, 40, "account", "Visits", "China"),
	}
	b := []storage.CodedSpan{
		span(11, "s", 0, 10, "position", "xinjiang ", "china"), // spelt differently, same codes
		span(12, "s", 11, 20, "objection", "Xinjiang", "EU"),
		span(13, "s", 21, 30, "demand", "Dialogue", "China", "EU"),
		span(14, "s", 31, 40, "account", "Visits", "EU"),
	}
	r := Compare("a.parley", "b.parley", a, b)
	if r.Both != 4 || r.OnlyA != 0 || r.OnlyB != 0 {
		t.Fatalf("%+v", r)
	}
	want := []string{
		"kind 11-20 concern/objection",
		"topic 21-30 (none)/Dialogue",
		"party 31-40 China/EU",
	}
	var got []string
	for _, d := range r.Disagreements {
		got = append(got, d.Code+" "+strconv.Itoa(d.Start)+"-"+strconv.Itoa(d.End)+" "+d.A+"/"+d.B)
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("disagreements\n%v\nwant\n%v", got, want)
	}
	// party: China, EU, China + EU, China against china, EU, China + EU,
	// EU: po 3/4; A's marginals 2,1,1 and B's 1,2,1 give pe 5/16;
	// κ = (12/16-5/16)/(11/16) = 7/11.
	if k := r.Kappa[CodeParty]; Number(k.Value) != "0.64" || k.N != 4 {
		t.Errorf("party %+v", k)
	}

	t.Run("JSON", func(t *testing.T) {
		var buf bytes.Buffer
		if err := Write(&buf, r, "json"); err != nil {
			t.Fatal(err)
		}
		var doc struct {
			Both  int `json:"both_coded"`
			Codes map[string]struct {
				Kappa *float64 `json:"kappa"`
				N     int      `json:"n"`
			} `json:"codes"`
			Disagreements []struct{ Code, A, B string } `json:"disagreements"`
		}
		if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
			t.Fatal(err)
		}
		if doc.Both != 4 || doc.Codes["party"].Kappa == nil || *doc.Codes["party"].Kappa != 0.6364 || len(doc.Disagreements) != 3 {
			t.Errorf("%s", buf.String())
		}
	})
	t.Run("CSV", func(t *testing.T) {
		r := r
		r.Disagreements = append([]Disagreement{{Code: "kind", Sentence: "=HYPERLINK(\"x\")\x1b[2J", A: "@a", B: "b"}}, r.Disagreements...)
		var buf bytes.Buffer
		if err := Write(&buf, r, "csv"); err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(&buf).ReadAll()
		if err != nil || len(rows) != 5 || rows[0][0] != "code" {
			t.Fatalf("%v %v", rows, err)
		}
		if rows[1][4] != `'=HYPERLINK("x")\x1b[2J` || rows[1][5] != "'@a" {
			t.Errorf("a hostile cell came through: %q", rows[1])
		}
	})
	t.Run("Text", func(t *testing.T) {
		var buf bytes.Buffer
		if err := Write(&buf, r, "text"); err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"4 sentences both coded, in 1 shared source", "party    0.64", "A: concern\tB: objection"} {
			if !strings.Contains(buf.String(), want) {
				t.Errorf("no %q in\n%s", want, buf.String())
			}
		}
	})
}
