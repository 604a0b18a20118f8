package exchange_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"parley/app/exchange"
	"parley/storage"
)

// importBad writes data to a file, imports it and checks that the import
// failed with want in its message and left nothing behind.
func importBad(t *testing.T, data []byte, want string) {
	t.Helper()
	dir := t.TempDir()
	in := filepath.Join(dir, "in.json")
	if err := os.WriteFile(in, data, 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out.parley")
	_, err := exchange.ImportFile(context.Background(), in, out, exchange.ImportOptions{})
	if err == nil {
		t.Fatalf("import succeeded; want an error with %q", want)
	}
	if !strings.Contains(err.Error(), want) {
		t.Errorf("error %q does not say %q", err, want)
	}
	if strings.Contains(err.Error(), "\n") {
		t.Errorf("error spans lines: %q", err)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.Name() != "in.json" {
			t.Errorf("failed import left %s behind", e.Name())
		}
	}
}

func encode(t testing.TB, doc *exchange.Document) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := exchange.Encode(&b, doc); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestImportErrors(t *testing.T) {
	good := string(encode(t, tricky()))
	text := []struct{ name, data, want string }{
		{"ErrNotJSON", "this is not json", "not valid JSON: line 1, column 2"},
		{"ErrTruncated", good[:len(good)/2], "not valid JSON"},
		{"ErrEmpty", "", "not valid JSON"},
		{"ErrNoFormat", `{"version": 1}`, `no "format" field`},
		{"ErrWrongFormat", `{"format": "other-tool", "version": 1}`, `its format is "other-tool"`},
		{"ErrNoVersion", `{"format": "parley-project"}`, `no "version" field`},
		{"ErrNewerVersion", `{"format": "parley-project", "version": 4, "surprise": true}`, "made by a newer Parley (format version 4"},
		{"ErrVersionZero", `{"format": "parley-project", "version": 0}`, "version 0 is not a version"},
		{"ErrUnknownField", strings.Replace(good, `"reported_by"`, `"reported by"`, 1), `unknown field "reported by"`},
		{"ErrWrongType", strings.Replace(good, `"start": 12`, `"start": "12"`, 1), `"statements.start" should be a whole number, not a string`},
		{"ErrBadTime", strings.Replace(good, `"2024-06-18T10:00:00Z"`, `"yesterday"`, 1), `"yesterday" is not an RFC 3339 time`},
		{"ErrBadTimeEscaped", strings.Replace(good, `"2024-06-18T10:00:00Z"`, `"yester\u0064ay"`, 1), `"yesterday" is not an RFC 3339 time`},
		{"ErrTimeNotString", strings.Replace(good, `"2024-06-18T10:00:00Z"`, `20240618`, 1), `a time must be a string`},
		{"ErrHugeNumber", strings.Replace(good, `"start": 12`, `"start": 1e+308`, 1), `"statements.start" should be a whole number, not 1e+308`},
		{"ErrFraction", strings.Replace(good, `"round": 39`, `"round": 39.5`, 1), `"dialogues.round" should be a whole number, not 39.5`},
		{"ErrBOMThenGarbage", "\uFEFFnot json", "not valid JSON: line 1, column 2"},
		{"ErrTrailing", good + "{}", "not valid JSON: line 446, column 1: invalid character '{' after top-level value"},
		// A key written twice: encoding/json kept the last one silently.
		{"ErrDuplicateKey", strings.Replace(good, `"start": 12,`, `"start": 12, "start": 13,`, 1),
			`the key "start" is written twice in statements[0]; a Parley export never repeats a key`},
		{"ErrDuplicateTopKey", strings.Replace(good, `"version": 3,`, `"version": 3, "version": 3,`, 1), `the key "version" is written twice in the document`},
		{"ErrDuplicateNestedKey", strings.Replace(good, `"round": 39,`, `"round": 39, "round": 40,`, 1), `the key "round" is written twice in dialogues[0]`},
	}
	for _, c := range text {
		t.Run(c.name, func(t *testing.T) { importBad(t, []byte(c.data), c.want) })
	}
	docs := []struct {
		name   string
		change func(d *exchange.Document)
		want   string
	}{
		{"ErrStatementDialogue", func(d *exchange.Document) { d.Statements[0].Dialogue = 99 }, "statement 21 belongs to dialogue 99, which is not in the export's dialogues"},
		{"ErrStatementParty", func(d *exchange.Document) { d.Statements[0].Parties = []string{"EU"} }, `statement 21 is held by party "EU", which is not in the export's parties`},
		{"ErrReportedBy", func(d *exchange.Document) { d.Statements[0].ReportedBy = ptr("China") }, `statement 21 names party "China"`},
		{"ErrTag", func(d *exchange.Document) { d.Statements[0].Tags = []string{"nope"} }, `tag "nope"`},
		{"ErrSpeaker", func(d *exchange.Document) { d.Statements[0].Speaker = ptr("Miao") }, `speaker "Miao", who is not in the export's speakers`},
		{"ErrSpeakerAmbiguous", func(d *exchange.Document) { d.Statements[1].SpeakerID = nil }, `a name 2 speakers share; say which with speaker_id`},
		{"ErrSpeakerIDMismatch", func(d *exchange.Document) { d.Statements[1].SpeakerID = ptr(int64(1)) }, `speaker_id 1 is not a speaker named "Li Wei"`},
		{"ErrTopic", func(d *exchange.Document) { d.Statements[0].Topic = ptr("Regional issues/Tibet") }, `topic "Regional issues/Tibet", which is not in the export's topics`},
		{"ErrTopicAmbiguous", func(d *exchange.Document) { d.Statements[2].TopicID = nil }, `which 2 topics share; say which with topic_id`},
		{"ErrTopicPath", func(d *exchange.Document) { d.Topics[0].Path = "Xinjiang/Ürümqi" }, `topic 1 says its path is "Xinjiang/Ürümqi"`},
		{"ErrTopicParent", func(d *exchange.Document) { d.Topics[0].Parent = ptr(int64(77)) }, "topic 1 (\"Ürümqi\") is under topic 77, which is not in the export's topics"},
		{"ErrTopicLoop", func(d *exchange.Document) { d.Topics[1].Parent = ptr(int64(1)) }, "in a loop of parents"},
		{"ErrTopicLongLoop", func(d *exchange.Document) { topicChain(d, 100, true) }, `topic 1000 ("t0") is in a loop of parents`},
		{"ErrTopicTooDeep", func(d *exchange.Document) { topicChain(d, 65, false) }, `topic 1064 ("t64") is 65 levels deep; Parley keeps topics at most 64 levels deep`},
		{"ErrTopicChain100k", func(d *exchange.Document) { topicChain(d, 100000, false) }, `topic 1064 ("t64") is 65 levels deep`},
		{"ErrSource", func(d *exchange.Document) { d.Statements[0].Source = ptr(int64(12)) }, "statement 21 cites source 12"},
		{"ErrSpan", func(d *exchange.Document) { d.Statements[0].End = 500 }, "runs past the end of source 11"},
		{"ErrSpanBackwards", func(d *exchange.Document) { d.Statements[0].Start = 50 }, "is not a span"},
		{"ErrEditedText", func(d *exchange.Document) { d.Sources[0].Text += "!" }, "source 11: its text does not match its sha256"},
		{"ErrKind", func(d *exchange.Document) { d.Statements[0].Kind = "rant" }, `"rant" is not a kind of statement`},
		{"ErrLinkEnd", func(d *exchange.Document) { d.Links[0].To = 404 }, "link 1 joins statement 404"},
		{"ErrLinkType", func(d *exchange.Document) { d.Links[0].Type = "hates" }, `"hates" is not a type of link`},
		{"ErrNoteTarget", func(d *exchange.Document) { d.Notes[1].Link = ptr(int64(9)) }, "note 2 is on link 9, which is not in the export's links"},
		{"ErrNoteTwoTargets", func(d *exchange.Document) { d.Notes[0].Link = ptr(int64(1)) }, "exactly one statement, link or assessment"},
		{"ErrVerdict", func(d *exchange.Document) { d.Assessments[0].Verdict = "meh" }, `"meh" is not a verdict`},
		{"ErrDuplicateParty", func(d *exchange.Document) { d.Parties[2].Name = "European Union" }, `two parties are named "European Union"`},
		{"ErrNegativePartyID", func(d *exchange.Document) { d.Parties[0].ID = -5 }, "has ID -5; IDs count from 1"},
		{"ErrDuplicateStatementID", func(d *exchange.Document) { d.Statements[1].ID = 21 }, "two statements have ID 21"},
		{"ErrBadColour", func(d *exchange.Document) { d.Tags[0].Color = "red" }, `colour "red" is not of the form #rrggbb`},
		{"ErrEmptyName", func(d *exchange.Document) { d.Dialogues[1].Title = " " }, "the dialogue needs a name"},
		{"ErrMaxInt64ID", func(d *exchange.Document) { d.Statements[2].ID = 9223372036854775807 }, "statement 9223372036854775807: id 9223372036854775807 is too large (at most 9007199254740991)"},
		{"ErrHugePosition", func(d *exchange.Document) { d.Statements[0].Position = 1 << 60 }, "statement 21: position 1152921504606846976 is too large"},
		{"ErrHugePartyID", func(d *exchange.Document) { d.Parties[0].ID = 1 << 62 }, "party 4611686018427387904: id 4611686018427387904 is too large"},
		{"ErrInventedQuote", func(d *exchange.Document) { d.Statements[0].Text = "China accepts every criticism." }, "statement 21: its text does not match source 11 at runes"},
		{"ErrSpanWithoutSource", func(d *exchange.Document) { d.Statements[0].Source = nil }, "statement 21 has a span 12–46 but no source"},
		{"ErrDateMarkup", func(d *exchange.Document) { d.Dialogues[0].StartDate = "2024-06-16<script>alert(1)</script>" }, `start_date "2024-06-16<script>alert(1)</script>" is not a date of the form YYYY-MM-DD`},
		{"ErrDateNotInCalendar", func(d *exchange.Document) { d.Dialogues[0].EndDate = "2024-02-31" }, `end_date "2024-02-31" is not a date of the form YYYY-MM-DD`},
		{"ErrEndBeforeStart", func(d *exchange.Document) {
			d.Dialogues[0].StartDate, d.Dialogues[0].EndDate = "2024-06-17", "2024-06-16"
		}, `end_date 2024-06-16 is before the start date 2024-06-17`},
		{"ErrNegativeRound", func(d *exchange.Document) { d.Dialogues[0].Round = -3 }, `round -3 is not a round number: rounds count from 1`},
		{"ErrPublishedOn", func(d *exchange.Document) { d.Sources[0].PublishedOn = "<b>today</b>" }, `source 11: published_on "<b>today</b>" is not a date`},
		{"ErrDuplicateLink", func(d *exchange.Document) { l := d.Links[0]; l.ID = 7; d.Links = append(d.Links, l) }, "links 1 and 7 both link statement"},
	}
	for _, c := range docs {
		t.Run(c.name, func(t *testing.T) {
			d := tricky()
			c.change(d)
			importBad(t, encode(t, d), c.want)
		})
	}
}

func TestImportMissingFile(t *testing.T) {
	dir := t.TempDir()
	_, err := exchange.ImportFile(context.Background(), filepath.Join(dir, "nope.json"), filepath.Join(dir, "out.parley"), exchange.ImportOptions{})
	if err == nil || !strings.Contains(err.Error(), "no such file") {
		t.Fatalf("err = %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "out.parley")); err == nil {
		t.Fatal("a project was made")
	}
}

func TestImportFileOK(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.json")
	if err := os.WriteFile(in, encode(t, tricky()), 0o644); err != nil {
		t.Fatal(err)
	}
	sum, err := exchange.ImportFile(context.Background(), in, filepath.Join(dir, "out.parley"), exchange.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if sum != (exchange.Summary{Dialogues: 2, Sources: 1, Statements: 4, Notes: 3}) {
		t.Fatalf("summary %+v", sum)
	}
	_, err = exchange.ImportFile(context.Background(), in, filepath.Join(dir, "out.parley"), exchange.ImportOptions{})
	if err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Fatalf("second import into the same file: %v", err)
	}
}

// TestImportCancelled stands for Ctrl-C during an import: the import stops
// and leaves nothing behind.
func TestImportCancelled(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.json")
	if err := os.WriteFile(in, encode(t, tricky()), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := exchange.ImportFile(ctx, in, filepath.Join(dir, "out.parley"), exchange.ImportOptions{}); err == nil {
		t.Fatal("a cancelled import succeeded")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Fatalf("a cancelled import left files: %v", entries)
	}
}

// TestImportBOM: a file saved by an editor that writes a UTF-8 byte order
// mark first imports as it would without.
func TestImportBOM(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.json")
	if err := os.WriteFile(in, append([]byte("\uFEFF"), encode(t, tricky())...), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := exchange.ImportFile(context.Background(), in, filepath.Join(dir, "out.parley"), exchange.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
}

// TestImportEditedTextAllowed: with AllowEditedText a statement that no
// longer quotes its source comes in as it is.
func TestImportEditedTextAllowed(t *testing.T) {
	d := tricky()
	d.Statements[0].Text = "China accepts every criticism."
	rows, err := exchange.ToRowsWith(d, exchange.ImportOptions{AllowEditedText: true})
	if err != nil || rows.Statements[0].Text != "China accepts every criticism." {
		t.Fatalf("%v", err)
	}
}

// A time written with escapes reads as the same time as one without
// (the plain form is taken without a second decoder).
func TestTimeEscaped(t *testing.T) {
	var plain, escaped exchange.Time
	if err := json.Unmarshal([]byte(`"2024-06-18T12:00:00+02:00"`), &plain); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(`"2024-06-18T12:00:00\u002b02:00"`), &escaped); err != nil {
		t.Fatal(err)
	}
	if !plain.Equal(escaped.Time) || plain.Location() != time.UTC || plain.Hour() != 10 {
		t.Fatalf("plain %v, escaped %v", plain, escaped)
	}
}

// topicChain adds n topics, each under the one before; with loop, the
// first is under the last.
func topicChain(d *exchange.Document, n int, loop bool) {
	for i := 0; i < n; i++ {
		t := exchange.Topic{ID: int64(1000 + i), Name: fmt.Sprintf("t%d", i), Position: 1}
		if i > 0 {
			t.Parent = ptr(int64(1000 + i - 1))
		} else if loop {
			t.Parent = ptr(int64(1000 + n - 1))
		}
		d.Topics = append(d.Topics, t)
	}
}

// TestImportTopicsAtMostDepth imports a chain of topics exactly as deep as
// Parley keeps them, with the deepest one's path whole.
func TestImportTopicsAtMostDepth(t *testing.T) {
	d := tricky()
	topicChain(d, storage.MaxTopicDepth, false)
	dir := t.TempDir()
	in := filepath.Join(dir, "in.json")
	if err := os.WriteFile(in, encode(t, d), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := exchange.ImportFile(context.Background(), in, filepath.Join(dir, "out.parley"), exchange.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
}
