package report

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"parley/app/inert"
	"parley/storage"
)

// bom makes spreadsheet programs read the file as UTF-8, so that Chinese
// text opens correctly.
const bom = "\uFEFF"

// csvHeader names the columns of WriteCSV; "notes" is added with -notes.
var csvHeader = []string{"id", "dialogue", "round", "topic", "parties", "reported_by", "speaker", "role",
	"kind", "tags", "text", "source", "start", "end", "note_count", "created", "updated"}

// WriteCSV writes one row per selected statement, UTF-8 with a byte-order
// mark. Text cells that a spreadsheet would run as a formula (starting with
// = + - @, a tab or a carriage return) get a leading apostrophe.
func WriteCSV(w io.Writer, d *Data) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	if _, err := bw.WriteString(bom); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	cw := csv.NewWriter(bw)
	header := csvHeader
	if d.Options.Notes {
		header = append(append([]string{}, csvHeader...), "notes")
	}
	if err := cw.Write(header); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	rows := csvRows{d: d, dialogues: map[int64]storage.Dialogue{}, notes: map[int64][]string{},
		cells: make([]string, 0, len(header))}
	rows.index()
	for _, s := range d.Statements {
		if err := cw.Write(rows.row(s)); err != nil {
			return fmt.Errorf("write csv: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	return nil
}

type csvRows struct {
	d         *Data
	dialogues map[int64]storage.Dialogue
	notes     map[int64][]string
	cells     []string // one row's, reused: the writer keeps none of them
	stamps    stamper
}

// stamper formats times as RFC 3339, reusing the last text for the same
// time: a project's imported statements share their times.
type stamper struct {
	last time.Time
	text string
}

func (s *stamper) stamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	if s.text == "" || !t.Equal(s.last) {
		s.last, s.text = t, stamp(t)
	}
	return s.text
}

func (c *csvRows) index() {
	for _, dlg := range c.d.Dialogues {
		c.dialogues[dlg.ID] = dlg
	}
	for _, n := range c.d.Notes {
		if n.StatementID != nil {
			c.notes[*n.StatementID] = append(c.notes[*n.StatementID], n.Body)
		}
	}
}

func (c *csvRows) row(s storage.StatementView) []string {
	d := c.d
	dlg := c.dialogues[s.DialogueID]
	var parties, tags []string
	for _, id := range s.PartyIDs {
		parties = append(parties, d.AllParties[id].Name)
	}
	for _, t := range s.Tags {
		tags = append(tags, t.Name)
	}
	topic, source := "", ""
	if s.TopicID != nil {
		topic = d.Paths[*s.TopicID]
	}
	if s.SourceID != nil {
		source = d.Sources[*s.SourceID].Title
	}
	t := d.Times[s.ID]
	row := append(c.cells[:0], strconv.FormatInt(s.ID, 10), cell(dlg.Title), strconv.Itoa(dlg.Round), cell(topic),
		cell(strings.Join(parties, "; ")), cell(s.ReportedByName), cell(s.SpeakerName), cell(s.SpeakerRole),
		cell(string(s.Kind)), cell(strings.Join(tags, "; ")), cell(s.Text), cell(source),
		strconv.Itoa(s.Start), strconv.Itoa(s.End), strconv.Itoa(s.NoteCount), c.stamps.stamp(t.CreatedAt), c.stamps.stamp(t.UpdatedAt))
	if d.Options.Notes {
		row = append(row, cell(strings.Join(c.notes[s.ID], "\n\n")))
	}
	return row
}

func stamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

// cell defuses what a spreadsheet or a terminal showing the file would
// act on: controls and bidirectional overrides are escaped (inert.Cell),
// and against formula injection a cell that starts with one
// of = + - @ (or a tab or carriage return, which some programs skip before
// looking) is prefixed with an apostrophe, which spreadsheets show as text
// and hide.
func cell(s string) string {
	s = inert.Cell(s)
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
