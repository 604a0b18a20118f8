// Package sample holds Parley's sample project, the 39th China-EU Human
// Rights Dialogue, and the default project that a first run creates with
// it. No Fyne here.
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
	texts := map[bool]string{}
	for isEU, name := range map[bool]string{false: chinaFile, true: euFile} {
		b, err := assets.FS.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("read the sample: %w", err)
		}
		texts[isEU] = string(b)
	}
	doc := base()
	doc.Sources = sources(texts)
	byKey := map[string]int64{}
	for i, st := range statements {
		v, err := toStatement(st, int64(i+1), texts[st.EU])
		if err != nil {
			return nil, err
		}
		byKey[st.Key] = v.ID
		doc.Statements = append(doc.Statements, v)
	}
	if err := annotate(doc, byKey); err != nil {
		return nil, err
	}
	return doc, nil
}

func base() *exchange.Document {
	seriesName := "China-EU Human Rights Dialogue"
	cn, e := china, eu
	doc := &exchange.Document{Format: exchange.FormatName, Version: exchange.Version, Settings: map[string]string{},
		Series: []exchange.Series{{ID: 1, Name: seriesName, Stamps: stamps,
			Description: "The human rights dialogue between China and the European Union. The 38th round (Brussels, February 2023) resumed it after a pause since 2019."}},
		Dialogues: []exchange.Dialogue{{ID: 1, Series: &seriesName, Title: "39th China-EU Human Rights Dialogue", Round: 39,
			Place: "Chongqing", StartDate: "2024-06-16", EndDate: "2024-06-16", Stamps: stamps}},
		Parties: []exchange.Party{
			{ID: 1, Name: china, ShortName: "China", Color: "#c8102e", Position: 1, Stamps: stamps},
			{ID: 2, Name: eu, ShortName: "EU", Color: "#003399", Position: 2, Stamps: stamps},
		},
		Speakers: []exchange.Speaker{
			{ID: 1, Name: miao, Role: "Assistant Foreign Minister", Party: &cn, Stamps: stamps},
			{ID: 2, Name: shen, Role: "Director-General, Department of International Organizations and Conferences, Chinese Foreign Ministry", Party: &cn, Stamps: stamps},
			{ID: 3, Name: pampaloni, Role: "Deputy Director General for Asia and the Pacific, European External Action Service (EEAS)", Party: &e, Stamps: stamps},
		},
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

func sources(texts map[bool]string) []exchange.Source {
	dialogue := int64(1)
	cn, e := china, eu
	return []exchange.Source{
		{ID: 1, Dialogue: &dialogue, Title: "China Emphasizes Its Human Rights Stance at China-EU Dialogue",
			Publisher: "Chinese side (English-language readout)", Author: &cn, Format: "text",
			SHA256: storage.TextHash(texts[false]), ImportedAt: stamp, Text: texts[false], Stamps: stamps},
		{ID: 2, Dialogue: &dialogue, Title: "EU readout of the 39th round (Parley sample reconstruction)",
			Publisher: "Parley sample reconstruction, not an EEAS document", Author: &e, Format: "text",
			SHA256: storage.TextHash(texts[true]), ImportedAt: stamp, Text: texts[true], Stamps: stamps},
	}
}

// toStatement places st in its source: Start and End count runes.
func toStatement(st statement, id int64, text string) (exchange.Statement, error) {
	at := strings.Index(text, st.Quote)
	if at < 0 {
		return exchange.Statement{}, fmt.Errorf("sample statement %q is not in its source", st.Key)
	}
	start := utf8.RuneCountInString(text[:at])
	source, reporter := int64(1), china
	if st.EU {
		source, reporter = 2, eu
	}
	v := exchange.Statement{ID: id, Dialogue: 1, Position: id, Parties: st.Parties, ReportedBy: &reporter,
		Topic: &st.Topic, Kind: string(st.Kind), Text: st.Quote, Source: &source, Start: start,
		End: start + utf8.RuneCountInString(st.Quote), Tags: append([]string{}, st.Tags...), Stamps: stamps}
	if st.Speaker != "" {
		sp := st.Speaker
		v.Speaker = &sp
	}
	return v, nil
}

// annotate adds the links, assessments and notes.
func annotate(doc *exchange.Document, byKey map[string]int64) error {
	note := func(n exchange.Note) {
		n.ID, n.Stamps = int64(len(doc.Notes)+1), stamps
		doc.Notes = append(doc.Notes, n)
	}
	for i, l := range links {
		from, to := byKey[l.From], byKey[l.To]
		if from == 0 || to == 0 {
			return fmt.Errorf("sample link %s → %s names a statement that does not exist", l.From, l.To)
		}
		id := int64(i + 1)
		doc.Links = append(doc.Links, exchange.Link{ID: id, From: from, To: to, Type: string(l.Type), Stamps: stamps})
		if l.Note != "" {
			note(exchange.Note{Link: &id, Body: l.Note})
		}
	}
	for i, a := range assessments {
		id := int64(i + 1)
		doc.Assessments = append(doc.Assessments, exchange.Assessment{ID: id, Dialogue: 1, Topic: a.Topic,
			Verdict: string(a.Verdict), Text: a.Text, Stamps: stamps})
		if a.Note != "" {
			note(exchange.Note{Assessment: &id, Body: a.Note})
		}
	}
	for _, n := range statementNotes {
		id := byKey[n.Key]
		if id == 0 {
			return fmt.Errorf("sample note on %s names a statement that does not exist", n.Key)
		}
		note(exchange.Note{Statement: &id, Body: n.Body})
	}
	return nil
}
