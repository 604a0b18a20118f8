package qdpx

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"parley/app/exchange"
	"parley/storage"
)

// sources maps the text sources and their coded selections; other sources
// are reported by kind and name.
func (m *mapper) sources() error {
	if m.p.Sources == nil {
		return nil
	}
	for kind, list := range map[string][]xOther{"picture sources": m.p.Sources.Picture, "PDF sources": m.p.Sources.PDF,
		"audio sources": m.p.Sources.Audio, "video sources": m.p.Sources.Video} {
		for _, s := range list {
			m.skipped.add(kind, s.Name)
		}
	}
	caseParty := m.caseParties()
	for _, s := range m.p.Sources.Text {
		text, err := m.sourceText(s)
		var refused refusal
		if errors.As(err, &refused) {
			return fmt.Errorf("text source %q %w", s.Name, err)
		}
		if err != nil {
			m.skipped.add("text sources that could not be read", s.Name+" ("+err.Error()+")")
			continue
		}
		if err := m.source(s, text, caseParty); err != nil {
			return err
		}
	}
	return nil
}

// sourceText reads a source's text, without a leading BOM: QualCoder
// writes one and counts positions from the character after it.
func (m *mapper) sourceText(s *xTextSource) (string, error) {
	var b []byte
	switch {
	case s.PlainTextPath != "":
		entry, err := m.a.internal(s.PlainTextPath)
		if err != nil {
			return "", err
		}
		if b, err = m.a.get(entry); err != nil {
			return "", err
		}
	case s.PlainTextContent != nil:
		b = []byte(*s.PlainTextContent)
	default:
		return "", fmt.Errorf("no text")
	}
	if !utf8.Valid(b) {
		return "", fmt.Errorf("not UTF-8 text")
	}
	return strings.TrimPrefix(string(b), "\uFEFF"), nil
}

// source adds one text source and a statement per coded selection.
func (m *mapper) source(s *xTextSource, raw string, caseParty map[string]string) error {
	pt := normalize(raw) // CRLF → LF; positions counted CRLF as two
	rawLen := utf8.RuneCountInString(raw)
	if strings.Contains(m.p.Origin, "ATLAS") {
		// ATLAS.ti counts CRLF as one character (as QualCoder's importer
		// knows): its positions are already those of the LF text.
		pt.shift, rawLen = nil, utf8.RuneCountInString(pt.Text)
	}
	runes := []rune(pt.Text)
	id := m.id("source")
	values := m.values(s.VariableValue)
	dialogue := m.dialogue(values[varDialogue])
	author := m.author(values, caseParty[s.GUID])
	m.doc.Sources = append(m.doc.Sources, exchange.Source{ID: id, Dialogue: &dialogue, Title: s.Name, Author: author,
		Format: "text", Text: pt.Text, Publisher: s.Description})
	for _, sel := range s.Selection {
		if sel.Start < 0 || sel.End > rawLen || sel.Start > sel.End {
			return fmt.Errorf("project.qde: selection %q of source %q runs from %d to %d, outside its text of %d characters",
				sel.Name, s.Name, sel.Start, sel.End, rawLen)
		}
		if len(sel.Coding) == 0 {
			m.skipped.add("selections without a code (annotations)", sel.Name)
			continue
		}
		start, end := pt.pos(sel.Start), pt.pos(sel.End)
		if start == end {
			m.skipped.add("empty selections", sel.Name)
			continue
		}
		v := exchange.Statement{ID: m.id("statement"), Dialogue: dialogue, Source: &id, Start: start, End: end,
			Text: string(runes[start:end]), Kind: string(storage.KindPosition), Parties: []string{}, Tags: []string{}}
		v.Position = v.ID
		if err := m.code(&v, sel); err != nil {
			return err
		}
		if len(v.Parties) == 0 {
			if p := caseParty[sel.GUID]; p != "" {
				v.Parties = append(v.Parties, p)
			} else if author != nil && !m.parley {
				v.Parties = append(v.Parties, *author)
			}
		}
		m.sels[sel.GUID] = v.ID
		m.doc.Statements = append(m.doc.Statements, v)
		bodies := m.noteRefs(sel.NoteRef, func(n *exchange.Note) { n.Statement = &v.ID })
		// A Description is QualCoder's coding memo; Parley writes its notes
		// there as well as in Notes, and that copy is not a note of its own.
		if sel.Description != "" && sel.Description != strings.Join(bodies, noteSep) {
			m.doc.Notes = append(m.doc.Notes, exchange.Note{ID: m.id("note"), Statement: &v.ID, Body: sel.Description})
		}
	}
	return nil
}

// code applies a selection's codings to its statement. The first topic
// code is its topic; a further one, which Parley's one topic per
// statement cannot hold, becomes a tag of the same name.
func (m *mapper) code(v *exchange.Statement, sel *xSelection) error {
	for _, c := range sel.Coding {
		info, ok := m.codes[c.CodeRef.Target]
		if !ok {
			return m.unknownCode(fmt.Sprintf("selection %q", sel.Name), c.CodeRef.Target)
		}
		switch info.role {
		case roleTopic:
			if v.TopicID == nil {
				v.TopicID = &info.id
			} else {
				m.addTag(info.name, color(info.code.Color))
				v.Tags = appendNew(v.Tags, info.name)
			}
		case roleTag:
			v.Tags = appendNew(v.Tags, info.name)
		case roleParty:
			v.Parties = appendNew(v.Parties, info.name)
		case roleReported:
			name := info.name
			v.ReportedBy = &name
		case roleKind:
			v.Kind = info.name
		case roleSpeaker:
			name, id := info.code.Name, info.id
			v.Speaker, v.SpeakerID = &name, &id
		}
		m.noteRefs(c.NoteRef, func(n *exchange.Note) { n.Statement = &v.ID })
	}
	return nil
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// values returns a source's variable values by variable name.
func (m *mapper) values(vs []xVariableValue) map[string]string {
	out := map[string]string{}
	for _, v := range vs {
		if name, ok := m.vars[v.VariableRef.Target]; ok && v.TextValue != nil {
			out[name] = strings.TrimSpace(*v.TextValue)
		}
	}
	return out
}

// dialogue returns the ID of the dialogue titled title (a Parley export's
// Dialogue variable), or of the one dialogue a foreign project goes into.
func (m *mapper) dialogue(title string) int64 {
	if !m.parley || title == "" {
		title = m.o.Dialogue
		if title == "" {
			title = m.p.Name
		}
		if title == "" {
			title = "Imported project"
		}
	}
	for _, d := range m.doc.Dialogues {
		if d.Title == title {
			return d.ID
		}
	}
	id := m.id("dialogue")
	m.doc.Dialogues = append(m.doc.Dialogues, exchange.Dialogue{ID: id, Title: title})
	return id
}

// author is the party that wrote a source: the Party variable of a Parley
// export, the analyst's chosen variable, or a case naming the source.
func (m *mapper) author(values map[string]string, fromCase string) *string {
	name := fromCase
	switch {
	case m.parley:
		name = values[varParty]
	case m.o.PartyVariable != "" && values[m.o.PartyVariable] != "":
		name = values[m.o.PartyVariable]
	}
	if name == "" {
		return nil
	}
	m.addParty(name, "", "")
	return &name
}

// caseParties maps source and selection GUIDs to the case (party) naming
// them, when the analyst chose cases as parties, or to the value of the
// party variable on a case.
func (m *mapper) caseParties() map[string]string {
	out := map[string]string{}
	if m.p.Cases == nil || (!m.o.PartyCases && m.o.PartyVariable == "") {
		return out
	}
	for _, c := range m.p.Cases.Case {
		name := c.Name
		if !m.o.PartyCases {
			name = m.values(c.VariableValue)[m.o.PartyVariable]
		}
		if name == "" {
			continue
		}
		m.addParty(name, "", "")
		for _, r := range append(c.SourceRef, c.SelectionRef...) {
			out[r.Target] = name
		}
	}
	return out
}
