package exchange

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"time"

	"parley/storage"
)

// Export writes the project s to w as JSON: the whole project, or what
// sel selects (see Select).
func Export(ctx context.Context, s *storage.Store, sel Selection, w io.Writer) error {
	_, err := ExportNoting(ctx, s, sel, w)
	return err
}

// ExportNoting is Export, and returns the kinds, link types and verdicts
// of the file's records that this Parley does not know and wrote as known
// ones, each with a note keeping it (see storage.UnknownValue): the file
// always imports again, and the caller tells the analyst.
func ExportNoting(ctx context.Context, s *storage.Store, sel Selection, w io.Writer) ([]storage.UnknownValue, error) {
	rows, err := s.ReadRows(ctx)
	if err != nil {
		return nil, err
	}
	kept := Select(rows, sel)
	if err := Encode(w, FromRows(kept)); err != nil {
		return nil, err
	}
	return KeptUnknown(kept), nil
}

// KeptUnknown lists the unknown values of the records r keeps, r being
// what Select kept of a project's rows: the values a copy made of r (JSON,
// REFI-QDA, workbook) holds as known ones, for the caller to tell the
// analyst.
func KeptUnknown(r storage.ProjectRows) []storage.UnknownValue {
	if len(r.Unknown) == 0 {
		return nil
	}
	ids := map[string]map[int64]bool{
		"statement":  idSet(r.Statements, func(in storage.StatementInput) int64 { return in.ID }),
		"link":       idSet(r.Links, func(l storage.Link) int64 { return l.ID }),
		"assessment": idSet(r.Assessments, func(a storage.Assessment) int64 { return a.ID }),
		"dismissal":  idSet(r.Dismissals, func(d storage.Dismissal) int64 { return d.ID }),
	}
	var out []storage.UnknownValue
	for _, u := range r.Unknown {
		if ids[u.Table][u.ID] {
			out = append(out, u)
		}
	}
	return out
}

// Encode writes doc as JSON indented by two spaces, leaving <, > and & as
// they are so that texts stay readable, and escaping the controls and
// bidirectional overrides a terminal or editor would act on
// (escapeInvisible). It writes one row at a time, so
// that a project of a million statements does not need its whole JSON in
// memory twice; the bytes are those of json.Encoder with SetIndent("", "  ")
// but for those escapes.
func Encode(w io.Writer, doc *Document) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	e := rowEncoder{w: bw}
	e.raw("{\n")
	e.value("format", doc.Format, ",")
	e.value("version", doc.Version, ",")
	e.value("settings", doc.Settings, ",")
	writeList(&e, "series", doc.Series, ",")
	writeList(&e, "dialogues", doc.Dialogues, ",")
	writeList(&e, "parties", doc.Parties, ",")
	writeList(&e, "speakers", doc.Speakers, ",")
	writeList(&e, "topics", doc.Topics, ",")
	writeList(&e, "tags", doc.Tags, ",")
	writeList(&e, "sources", doc.Sources, ",")
	writeList(&e, "statements", doc.Statements, ",")
	writeList(&e, "links", doc.Links, ",")
	writeList(&e, "assessments", doc.Assessments, ",")
	writeList(&e, "notes", doc.Notes, ",")
	writeRegister(&e, &doc.RegisterLists)
	e.raw("}\n")
	if e.err == nil {
		e.err = bw.Flush()
	}
	if e.err != nil {
		return fmt.Errorf("write JSON: %w", e.err)
	}
	return nil
}

// rowEncoder writes JSON values at a given indentation and remembers the
// first error.
type rowEncoder struct {
	w   *bufio.Writer
	buf bytes.Buffer
	err error
}

func (e *rowEncoder) raw(s string) {
	if e.err == nil {
		_, e.err = e.w.WriteString(s)
	}
}

// encode writes v as it appears after prefix, without the final newline.
func (e *rowEncoder) encode(v any, prefix string) {
	if e.err != nil {
		return
	}
	e.buf.Reset()
	enc := json.NewEncoder(&e.buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent(prefix, "  ")
	if e.err = enc.Encode(v); e.err != nil {
		return
	}
	_, e.err = e.w.Write(escapeInvisible(bytes.TrimSuffix(e.buf.Bytes(), []byte("\n"))))
}

func (e *rowEncoder) value(name string, v any, comma string) {
	e.raw("  \"" + name + "\": ")
	e.encode(v, "  ")
	e.raw(comma + "\n")
}

func writeList[T any](e *rowEncoder, name string, rows []T, comma string) {
	if len(rows) == 0 {
		e.raw("  \"" + name + "\": []" + comma + "\n")
		return
	}
	e.raw("  \"" + name + "\": [\n")
	for i := range rows {
		e.raw("    ")
		e.encode(&rows[i], "    ")
		if i < len(rows)-1 {
			e.raw(",")
		}
		e.raw("\n")
	}
	e.raw("  ]" + comma + "\n")
}

func st(created, updated time.Time, r storage.Revision) Stamps {
	return Stamps{CreatedAt: Time{created}, UpdatedAt: Time{updated}, CreatedBy: r.CreatedBy, UpdatedBy: r.UpdatedBy}
}

// FromRows turns a project's rows into a document, replacing IDs by names
// and paths where the format says so.
func FromRows(r storage.ProjectRows) *Document {
	doc := &Document{Format: FormatName, Version: Version, Settings: map[string]string{},
		Series: []Series{}, Dialogues: []Dialogue{}, Parties: []Party{}, Speakers: []Speaker{}, Topics: []Topic{},
		Tags: []Tag{}, Sources: []Source{}, Statements: make([]Statement, 0, len(r.Statements)), Links: []Link{},
		Assessments: []Assessment{}, Notes: []Note{}}
	for _, m := range r.Settings {
		doc.Settings[m.Key] = m.Value
	}
	n := vocabulary(doc, r)
	for _, v := range r.Sources {
		doc.Sources = append(doc.Sources, Source{ID: v.ID, Dialogue: v.DialogueID, Title: v.Title, Publisher: v.Publisher, URL: v.URL,
			PublishedOn: v.PublishedOn, Author: nameOf(n.parties, v.AuthorPartyID), Format: v.Format, SHA256: v.SHA256,
			ImportedAt: Time{v.ImportedAt}, Text: v.Text, Stamps: st(v.CreatedAt, v.UpdatedAt, v.Revision)})
	}
	for _, in := range r.Statements {
		doc.Statements = append(doc.Statements, n.statement(in))
	}
	for _, v := range r.Links {
		doc.Links = append(doc.Links, Link{ID: v.ID, From: v.FromID, To: v.ToID, Type: string(v.Type), Stamps: st(v.CreatedAt, v.UpdatedAt, v.Revision)})
	}
	for _, v := range r.Assessments {
		a := Assessment{ID: v.ID, Dialogue: v.DialogueID, Topic: n.paths[v.TopicID], Verdict: string(v.Verdict), Text: v.Text,
			Stamps: st(v.CreatedAt, v.UpdatedAt, v.Revision)}
		if n.topicTwins[n.paths[v.TopicID]] {
			a.TopicID = storage.Ptr(v.TopicID)
		}
		doc.Assessments = append(doc.Assessments, a)
	}
	for _, v := range r.Notes {
		doc.Notes = append(doc.Notes, Note{ID: v.ID, Statement: v.StatementID, Link: v.LinkID, Assessment: v.AssessmentID,
			Body: v.Body, Stamps: st(v.CreatedAt, v.UpdatedAt, v.Revision)})
	}
	doc.RegisterLists = registerLists(r.Register)
	return doc
}

// vocabulary fills in the series, dialogues, parties, speakers, topics and
// tags of doc and returns the names the rest refers to them by.
func vocabulary(doc *Document, r storage.ProjectRows) names {
	series := map[int64]string{}
	for _, v := range r.Series {
		series[v.ID] = v.Name
		doc.Series = append(doc.Series, Series{ID: v.ID, Name: v.Name, Description: v.Description, Stamps: st(v.CreatedAt, v.UpdatedAt, v.Revision)})
	}
	for _, v := range r.Dialogues {
		doc.Dialogues = append(doc.Dialogues, Dialogue{ID: v.ID, Series: nameOf(series, v.SeriesID), Title: v.Title, Round: v.Round,
			Place: v.Place, StartDate: v.StartDate, EndDate: v.EndDate, Stamps: st(v.CreatedAt, v.UpdatedAt, v.Revision)})
	}
	n := names{parties: map[int64]string{}, partyOrder: map[int64]int{}, speakers: map[int64]string{}, tags: map[int64]string{}}
	for _, v := range r.Parties {
		n.parties[v.ID], n.partyOrder[v.ID] = v.Name, v.Position
		doc.Parties = append(doc.Parties, Party{ID: v.ID, Name: v.Name, ShortName: v.ShortName, Color: v.Color,
			Position: v.Position, Stamps: st(v.CreatedAt, v.UpdatedAt, v.Revision)})
	}
	for _, v := range r.Speakers {
		n.speakers[v.ID] = v.Name
		doc.Speakers = append(doc.Speakers, Speaker{ID: v.ID, Name: v.Name, Role: v.Role, Party: nameOf(n.parties, v.PartyID),
			Stamps: st(v.CreatedAt, v.UpdatedAt, v.Revision)})
	}
	n.paths = storage.TopicPathMap(r.Topics)
	for _, v := range r.Topics {
		doc.Topics = append(doc.Topics, Topic{ID: v.ID, Parent: v.ParentID, Name: v.Name, Path: n.paths[v.ID], Position: v.Position,
			Description: v.Description, Keywords: v.Keywords, Stamps: st(v.CreatedAt, v.UpdatedAt, v.Revision)})
	}
	for _, v := range r.Tags {
		n.tags[v.ID] = v.Name
		doc.Tags = append(doc.Tags, Tag{ID: v.ID, Name: v.Name, Color: v.Color, Stamps: st(v.CreatedAt, v.UpdatedAt, v.Revision)})
	}
	n.speakerTwins, n.topicTwins = twins(n.speakers), twins(n.paths)
	return n
}

// names resolves a statement's IDs to the names the format uses.
type names struct {
	parties, speakers, tags, paths map[int64]string
	partyOrder                     map[int64]int
	speakerTwins, topicTwins       map[string]bool
}

func (n names) statement(in storage.StatementInput) Statement {
	v := in.Statement
	out := Statement{ID: v.ID, Dialogue: v.DialogueID, Position: v.Position, ReportedBy: nameOf(n.parties, v.ReportedByID),
		Speaker: nameOf(n.speakers, v.SpeakerID), Topic: nameOf(n.paths, v.TopicID), Kind: string(v.Kind), Text: v.Text,
		Source: v.SourceID, Start: v.Start, End: v.End, Parties: []string{}, Tags: []string{}, Stamps: st(v.CreatedAt, v.UpdatedAt, v.Revision)}
	if out.Speaker != nil && n.speakerTwins[*out.Speaker] {
		out.SpeakerID = v.SpeakerID
	}
	if out.Topic != nil && n.topicTwins[*out.Topic] {
		out.TopicID = v.TopicID
	}
	ps := append([]int64(nil), in.PartyIDs...)
	sort.Slice(ps, func(i, j int) bool {
		if n.partyOrder[ps[i]] != n.partyOrder[ps[j]] {
			return n.partyOrder[ps[i]] < n.partyOrder[ps[j]]
		}
		return ps[i] < ps[j]
	})
	// A party or tag the project does not hold (a row of a file edited
	// outside Parley pointing at nothing) is left out, as nameOf leaves out
	// a speaker or topic: written as "", it made an export its own import
	// refused ("held by party "", which is not in the export's parties").
	for _, p := range ps {
		if name, ok := n.parties[p]; ok {
			out.Parties = append(out.Parties, name)
		}
	}
	for _, t := range in.TagIDs {
		if name, ok := n.tags[t]; ok {
			out.Tags = append(out.Tags, name)
		}
	}
	sort.Strings(out.Tags)
	return out
}

// twins returns the names that more than one ID carries.
func twins(m map[int64]string) map[string]bool {
	count := map[string]int{}
	for _, name := range m {
		count[name]++
	}
	out := map[string]bool{}
	for name, c := range count {
		if c > 1 {
			out[name] = true
		}
	}
	return out
}

func nameOf(m map[int64]string, id *int64) *string {
	if id == nil {
		return nil
	}
	name, ok := m[*id]
	if !ok {
		return nil
	}
	return &name
}
