package qdpx

import (
	"fmt"
	"strings"
	"time"

	"parley/app/exchange"
	"parley/storage"
)

// userGUID is the one user Parley writes: Parley keeps no authorship, so
// every selection and coding is the analyst's who exported.
const userGUID = "5f1d3c2e-7a44-4b8e-9c1d-2a9e0b6f4c10"

// Origin is what Parley writes as Project@origin (QualCoder refuses a
// project without one) and recognises its own files by.
const Origin = "Parley"

// sourceFile is one text under sources/ in the archive.
type sourceFile struct {
	Name string
	Text string
}

// builder turns a document into the REFI-QDA project and its source files.
type builder struct {
	doc   *exchange.Document
	g     guids
	cb    *codebook
	p     *xProject
	files []sourceFile
	stmt  map[int64]*xSelection // by statement ID
	dlg   map[int64]string      // dialogue ID → title
	vars  map[string]string     // variable name → GUID
}

// The variables a source carries: its dialogue and the party that wrote it
// (QualCoder shows both as the source's attributes).
const (
	varDialogue = "Dialogue"
	varParty    = "Party"
)

func build(doc *exchange.Document, name string, now time.Time) *builder {
	b := &builder{doc: doc, g: newGUIDs(), stmt: map[int64]*xSelection{}, dlg: map[int64]string{}, vars: map[string]string{}}
	b.cb = buildCodebook(doc, b.g)
	b.p = &xProject{Name: name, Origin: Origin, CreatingUser: userGUID, CreationDateTime: stamp(now),
		Users:    &xUsers{User: []xUser{{GUID: userGUID, Name: "Parley analyst"}}},
		CodeBook: &xCodeBook{Codes: xCodes{Code: b.cb.roots}},
		Description: "Exported by Parley. Codes under Topics are the topic tree; Tags, Parties, Reported by, Kinds and " +
			"Speakers hold the statements' other fields. parley/project.json in this archive keeps what REFI-QDA cannot."}
	vs := &xVariables{}
	for i, v := range []string{varDialogue, varParty} {
		b.vars[v] = b.g.of("variable", int64(i))
		vs.Variable = append(vs.Variable, xVariable{GUID: b.vars[v], Name: v, Type: "Text"})
	}
	b.p.Variables = vs
	for _, d := range doc.Dialogues {
		b.dlg[d.ID] = d.Title
	}
	b.sources()
	b.notes()
	b.links()
	return b
}

func stamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

// sources writes each source with its statements as selections, then one
// source per dialogue holding the statements that cite no source (a
// selection must lie in a source).
func (b *builder) sources() {
	bySource := map[int64][]*exchange.Statement{}
	loose := map[int64][]*exchange.Statement{}
	for i := range b.doc.Statements {
		v := &b.doc.Statements[i]
		if v.Source != nil {
			bySource[*v.Source] = append(bySource[*v.Source], v)
		} else {
			loose[v.Dialogue] = append(loose[v.Dialogue], v)
		}
	}
	b.p.Sources = &xSources{}
	names := uniqueNames{}
	for _, s := range b.doc.Sources {
		ts := b.textSource(b.g.of("source", s.ID), names.take(fileSafe(s.Title)), s.Text, bySource[s.ID], s.Dialogue, s.Author)
		ts.Description = describe(s)
		ts.CreationDateTime = stamp(s.ImportedAt.Time)
	}
	for _, d := range b.doc.Dialogues {
		vs := loose[d.ID]
		if len(vs) == 0 {
			continue
		}
		var text strings.Builder
		at := 0
		for i, v := range vs {
			n := len([]rune(v.Text))
			c := *v // the document keeps its own (empty) span
			c.Start, c.End = at, at+n
			vs[i] = &c
			text.WriteString(v.Text)
			text.WriteString("\n\n")
			at += n + 2
		}
		id := d.ID
		b.textSource(b.g.of("loose", d.ID), names.take(fileSafe(d.Title)+" – statements without a source"), text.String(), vs, &id, nil)
	}
}

func describe(s exchange.Source) string {
	var parts []string
	for _, p := range []string{s.Publisher, s.URL, s.PublishedOn} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, " · ")
}

func (b *builder) textSource(guid, name, text string, vs []*exchange.Statement, dialogue *int64, author *string) *xTextSource {
	pt := normalize(text)
	file := guid + ".txt"
	b.files = append(b.files, sourceFile{Name: "sources/" + file, Text: pt.Text})
	ts := &xTextSource{GUID: guid, Name: name, PlainTextPath: "internal://" + file, CreatingUser: userGUID}
	for _, v := range vs {
		sel := &xSelection{GUID: b.g.of("statement", v.ID), Name: clip(v.Text), Start: pt.pos(v.Start), End: pt.pos(v.End),
			CreatingUser: userGUID, CreationDateTime: stamp(v.CreatedAt.Time), Coding: b.cb.codings(v, b.g)}
		b.stmt[v.ID] = sel
		ts.Selection = append(ts.Selection, sel)
	}
	if dialogue != nil {
		ts.VariableValue = append(ts.VariableValue, b.value(varDialogue, b.dlg[*dialogue]))
	}
	if author != nil {
		ts.VariableValue = append(ts.VariableValue, b.value(varParty, *author))
	}
	b.p.Sources.Text = append(b.p.Sources.Text, ts)
	return ts
}

func (b *builder) value(name, v string) xVariableValue {
	return xVariableValue{VariableRef: xRef{Target: b.vars[name]}, TextValue: &v}
}

// clip names a selection by its first words, as peers list selections by
// name.
func clip(s string) string {
	r := []rune(strings.Join(strings.Fields(s), " "))
	if len(r) > 60 {
		return string(r[:60]) + "…"
	}
	return string(r)
}

// assessmentText is how an assessment reads as a memo on its topic's code;
// readAssessment parses it back.
func assessmentText(dialogue string, verdict string, text string) string {
	return fmt.Sprintf("Assessment, %s: %s.\n\n%s", dialogue, storage.Verdict(verdict).Label(), text)
}

// fileSafe makes a source's name usable as a file name: QualCoder copies
// each source to documents/<name>.txt, which a "/" or ":" would break.
func fileSafe(name string) string {
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) || r < 0x20 {
			return '-'
		}
		return r
	}, name)
}
