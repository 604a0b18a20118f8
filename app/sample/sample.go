// Package sample holds Parley's sample project, three rounds (38th, 39th,
// 40th) of the China-EU Human Rights Dialogue, and the default project
// that a first run creates with it. No Fyne here.
package sample

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"parley/app/exchange"
	"parley/assets"
	"parley/storage"
)

// Load writes the sample dialogue into the empty project s, through the
// same code as `parley import-json`.
func Load(ctx context.Context, s *storage.Store) error {
	doc, err := Document()
	if err != nil {
		return err
	}
	if err := exchange.Load(ctx, s, doc, nil); err != nil {
		return fmt.Errorf("load the sample: %w", err)
	}
	return nil
}

// stamp is the fixed time of every row of the sample, so that exporting a
// fresh sample always gives the same file.
var stamp = exchange.Time{Time: time.Date(2024, 6, 20, 9, 0, 0, 0, time.UTC)}

var stamps = exchange.Stamps{CreatedAt: stamp, UpdatedAt: stamp}

// Document builds the sample as an export document. Statement offsets are
// found by searching the source texts, so they are right by construction.
func Document() (*exchange.Document, error) {
	texts := map[int64]string{}
	for _, src := range sources {
		b, err := assets.FS.ReadFile(src.File)
		if err != nil {
			return nil, fmt.Errorf("read the sample: %w", err)
		}
		texts[src.ID] = string(b)
	}
	doc := base()
	doc.Sources = documentSources(texts)
	byKey := map[string]int64{}
	for _, r := range rounds {
		for i, st := range r.Statements {
			id := int64(len(doc.Statements) + 1)
			v, err := toStatement(st, id, int64(i+1), texts)
			if err != nil {
				return nil, err
			}
			if _, dup := byKey[st.Key]; dup {
				return nil, fmt.Errorf("sample statement key %q is used twice", st.Key)
			}
			byKey[st.Key] = v.ID
			doc.Statements = append(doc.Statements, v)
		}
	}
	if err := annotate(doc, byKey); err != nil {
		return nil, err
	}
	if err := addRegister(doc, byKey); err != nil {
		return nil, err
	}
	return doc, nil
}

func base() *exchange.Document {
	seriesName := "China-EU Human Rights Dialogue"
	cn, e := china, eu
	doc := &exchange.Document{Format: exchange.FormatName, Version: exchange.Version, Settings: map[string]string{},
		Series: []exchange.Series{{ID: 1, Name: seriesName, Stamps: stamps,
			Description: "The human rights dialogue between China and the European Union. The 38th round (Brussels, February 2023) resumed it after a pause since 2019; the sample holds the 38th, 39th and 40th rounds, each from both sides' readouts."}},
		Parties: []exchange.Party{
			{ID: 1, Name: china, ShortName: "China", Color: "#c8102e", Position: 1, Stamps: stamps},
			{ID: 2, Name: eu, ShortName: "EU", Color: "#003399", Position: 2, Stamps: stamps},
		},
		Speakers: []exchange.Speaker{
			{ID: 1, Name: miao, Role: "Assistant Foreign Minister", Party: &cn, Stamps: stamps},
			{ID: 2, Name: shen, Role: "Director-General, Department of International Organizations and Conferences, Chinese Foreign Ministry", Party: &cn, Stamps: stamps},
			{ID: 3, Name: pampaloni, Role: "Deputy Director General for Asia and the Pacific, European External Action Service (EEAS)", Party: &e, Stamps: stamps},
			{ID: 4, Name: wang, Role: "Spokesperson, Chinese Foreign Ministry (2023)", Party: &cn, Stamps: stamps},
			{ID: 5, Name: linJian, Role: "Spokesperson, Chinese Foreign Ministry (2024)", Party: &cn, Stamps: stamps},
		},
	}
	for _, r := range rounds {
		doc.Dialogues = append(doc.Dialogues, exchange.Dialogue{ID: r.ID, Series: &seriesName,
			Title: fmt.Sprintf("%dth China-EU Human Rights Dialogue", r.Number), Round: r.Number,
			Place: r.Place, StartDate: r.Start, EndDate: r.End, Stamps: stamps})
	}
	paths := []string{tDevelopment, tUniversal, tCivil, tESC, tRegional, tXinjiang, tTibet, tHongKong, tCases, tInEU, tMultilat, tDialogue}
	ids := map[string]int64{}
	for i, p := range paths {
		t := exchange.Topic{ID: int64(i + 1), Path: p, Name: p, Description: topicDescriptions[p], Stamps: stamps}
		if j := strings.LastIndex(p, storage.TopicPathSep); j >= 0 {
			parent := ids[p[:j]]
			t.Parent, t.Name = &parent, p[j+1:]
		}
		ids[p] = t.ID
		t.Position = siblingsBefore(paths[:i], t.Parent, ids) + 1
		doc.Topics = append(doc.Topics, t)
	}
	for i, t := range tags {
		doc.Tags = append(doc.Tags, exchange.Tag{ID: int64(i + 1), Name: t.Name, Color: t.Color, Stamps: stamps})
	}
	return doc
}

// siblingsBefore counts the topics among earlier that share parent.
func siblingsBefore(earlier []string, parent *int64, ids map[string]int64) int {
	n := 0
	for _, p := range earlier {
		j := strings.LastIndex(p, storage.TopicPathSep)
		switch {
		case j < 0 && parent == nil:
			n++
		case j >= 0 && parent != nil && ids[p[:j]] == *parent:
			n++
		}
	}
	return n
}

// documentSources turns the sources into the document's, each in the
// round that lists it.
func documentSources(texts map[int64]string) []exchange.Source {
	var out []exchange.Source
	for _, src := range sources {
		dialogue := roundOf(src.ID)
		author := src.Author
		out = append(out, exchange.Source{ID: src.ID, Dialogue: &dialogue, Title: src.Title, Publisher: src.Publisher,
			URL: src.URL, PublishedOn: src.Date, Author: &author, Format: "text",
			SHA256: storage.TextHash(texts[src.ID]), ImportedAt: stamp, Text: texts[src.ID], Stamps: stamps})
	}
	return out
}

// roundOf is the ID of the dialogue whose readouts include source id.
func roundOf(id int64) int64 {
	for _, r := range rounds {
		for _, s := range r.Sources {
			if s == id {
				return r.ID
			}
		}
	}
	return 0
}

// sourceAuthor is the party that wrote source id.
func sourceAuthor(id int64) string {
	for _, s := range sources {
		if s.ID == id {
			return s.Author
		}
	}
	return ""
}

// toStatement places st in its source: Start and End count runes.
func toStatement(st statement, id, position int64, texts map[int64]string) (exchange.Statement, error) {
	text, ok := texts[st.Src]
	dialogue := roundOf(st.Src)
	if !ok || dialogue == 0 {
		return exchange.Statement{}, fmt.Errorf("sample statement %q names source %d, which no round lists", st.Key, st.Src)
	}
	at := strings.Index(text, st.Quote)
	if at < 0 {
		return exchange.Statement{}, fmt.Errorf("sample statement %q is not in its source", st.Key)
	}
	if strings.Contains(text[at+1:], st.Quote) {
		return exchange.Statement{}, fmt.Errorf("sample statement %q is in its source twice", st.Key)
	}
	start := utf8.RuneCountInString(text[:at])
	source, reporter := st.Src, sourceAuthor(st.Src)
	v := exchange.Statement{ID: id, Dialogue: dialogue, Position: position, Parties: st.Parties, ReportedBy: &reporter,
		Topic: &st.Topic, Kind: string(st.Kind), Text: st.Quote, Source: &source, Start: start,
		End: start + utf8.RuneCountInString(st.Quote), Tags: append([]string{}, st.Tags...), Stamps: stamps}
	if st.Speaker != "" {
		sp := st.Speaker
		v.Speaker = &sp
	}
	return v, nil
}

// annotate adds the links, assessments and notes of every round, then the
// links across rounds.
func annotate(doc *exchange.Document, byKey map[string]int64) error {
	note := func(n exchange.Note) {
		n.ID, n.Stamps = int64(len(doc.Notes)+1), stamps
		doc.Notes = append(doc.Notes, n)
	}
	addLink := func(l link) error {
		from, to := byKey[l.From], byKey[l.To]
		if from == 0 || to == 0 {
			return fmt.Errorf("sample link %s → %s names a statement that does not exist", l.From, l.To)
		}
		id := int64(len(doc.Links) + 1)
		doc.Links = append(doc.Links, exchange.Link{ID: id, From: from, To: to, Type: string(l.Type), Stamps: stamps})
		if l.Note != "" {
			note(exchange.Note{Link: &id, Body: l.Note})
		}
		return nil
	}
	for _, r := range rounds {
		for _, l := range r.Links {
			if err := addLink(l); err != nil {
				return err
			}
		}
		for _, a := range r.Assessments {
			if a.Round != r.Number {
				return fmt.Errorf("sample assessment of %s says round %d but is listed in round %d", a.Topic, a.Round, r.Number)
			}
			id := int64(len(doc.Assessments) + 1)
			doc.Assessments = append(doc.Assessments, exchange.Assessment{ID: id, Dialogue: r.ID, Topic: a.Topic,
				Verdict: string(a.Verdict), Text: a.Text, Stamps: stamps})
			if a.Note != "" {
				note(exchange.Note{Assessment: &id, Body: a.Note})
			}
		}
		for _, n := range r.Notes {
			id := byKey[n.Key]
			if id == 0 {
				return fmt.Errorf("sample note on %s names a statement that does not exist", n.Key)
			}
			note(exchange.Note{Statement: &id, Body: n.Body})
		}
	}
	for _, l := range acrossRounds {
		if err := addLink(l); err != nil {
			return err
		}
	}
	return nil
}
