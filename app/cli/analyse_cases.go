package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"parley/app/evolution"
	"parley/app/inert"
	"parley/storage"
)

type answerJSON struct {
	StatementID int64            `json:"statement_id"`
	Party       string           `json:"party"`
	Link        storage.LinkType `json:"link"`
	Text        string           `json:"text"`
}

type mentionJSON struct {
	Round       string       `json:"round"`
	StatementID int64        `json:"statement_id"`
	Party       string       `json:"party"`
	Name        string       `json:"name,omitempty"`
	Manual      bool         `json:"manual,omitempty"`
	Text        string       `json:"text"`
	Answers     []answerJSON `json:"answers,omitempty"`
}

type caseJSON struct {
	ID        int64               `json:"id,omitempty"`
	Name      string              `json:"name"`
	Spellings []string            `json:"spellings,omitempty"`
	RaisedBy  map[string][]string `json:"raised_by"`
	Mentions  []mentionJSON       `json:"mentions"`
}

func analyseCases(_ context.Context, s *evolution.Series) (*analysis, error) {
	cs := s.Cases()
	a := &analysis{head: []string{"series", "case", "spellings", "round", "party", "statement_id", "name_as_written",
		"manual", "text", "answer_ids", "answers"}}
	out := make([]caseJSON, len(cs))
	for i, c := range cs {
		out[i] = caseJSON{ID: c.ID, Name: c.Name, Spellings: c.Spellings, RaisedBy: map[string][]string{}}
		for _, r := range c.Raised {
			out[i].RaisedBy[s.PartyName(r.PartyID)] = roundLabels(s, r.RaisedIn())
		}
		for _, m := range c.Mentions {
			out[i].Mentions = append(out[i].Mentions, mentionOut(s, m))
		}
	}
	a.json = map[string]any{"series": s.Series.Name, "cases": out}
	a.writeJSON = func(w io.Writer) error { return writeCasesJSON(w, s.Series.Name, out) }
	a.text = func(w io.Writer) { printCases(w, s, cs) }
	// Only for CSV: a case's spellings joined in one cell may be a
	// million names long.
	a.sheet = func() [][]string { return caseRows(s, out) }
	return a, nil
}

func caseRows(s *evolution.Series, cs []caseJSON) [][]string {
	var rows [][]string
	for _, c := range cs {
		spellings := strings.Join(c.Spellings, "; ") // once per case
		for _, mj := range c.Mentions {
			var ids, texts []string
			for _, an := range mj.Answers {
				ids = append(ids, fmt.Sprint(an.StatementID))
				texts = append(texts, an.Party+": "+an.Text)
			}
			rows = append(rows, []string{s.Series.Name, c.Name, spellings, mj.Round, mj.Party,
				fmt.Sprint(mj.StatementID), mj.Name, fmt.Sprint(mj.Manual), mj.Text, strings.Join(ids, "; "), strings.Join(texts, "\n")})
		}
	}
	return rows
}

func mentionOut(s *evolution.Series, m evolution.Mention) mentionJSON {
	mj := mentionJSON{Round: s.Rounds[m.Round].Label(), StatementID: m.Statement.ID, Party: holderNames(s, *m.Statement),
		Name: m.Name, Manual: m.Manual, Text: m.Statement.Text}
	for _, an := range m.Answers {
		mj.Answers = append(mj.Answers, answerJSON{StatementID: an.Statement.ID, Party: holderNames(s, *an.Statement),
			Link: an.Link.Type, Text: an.Statement.Text})
	}
	return mj
}

func printCases(w io.Writer, s *evolution.Series, cs []evolution.Case) {
	if len(cs) == 0 {
		fmt.Fprintln(w, "no individual cases: no statement names a person next to words such as detained, sentenced, lawyer or case of")
		return
	}
	for _, c := range cs {
		io.WriteString(w, inert.Line(c.Name))
		// One spelling at a time: a case may have a million.
		for i, sp := range c.Spellings {
			sep := ", "
			if i == 0 {
				sep = " (also "
			}
			io.WriteString(w, sep+inert.Line(sp))
		}
		if len(c.Spellings) > 0 {
			io.WriteString(w, ")")
		}
		var by []string
		for _, r := range c.Raised {
			by = append(by, inert.Line(s.PartyName(r.PartyID))+" "+strings.Join(shorts(s, r.RaisedIn()), ", "))
		}
		fmt.Fprintf(w, " — raised by %s\n", strings.Join(by, "; "))
		for _, m := range c.Mentions {
			manual := ""
			if m.Manual {
				manual = " (added by hand)"
			}
			fmt.Fprintf(w, "  %s #%d %s%s: %s\n", s.Rounds[m.Round].Short(), m.Statement.ID, inert.Line(holderNames(s, *m.Statement)), manual, inert.Line(m.Statement.Text))
			for _, an := range m.Answers {
				fmt.Fprintf(w, "    ↳ %s #%d %s: %s\n", an.Link.Type.Label(), an.Statement.ID, inert.Line(holderNames(s, *an.Statement)), inert.Line(an.Statement.Text))
			}
		}
	}
}

// writeCasesJSON writes what encoding {"series", "cases"} with two-space
// indents writes, but one spelling at a time: a case may have a million,
// and the encoder holds the whole indented document (twice) before it
// writes a byte.
func writeCasesJSON(w io.Writer, series string, cs []caseJSON) error {
	bw := bufio.NewWriter(w)
	field := func(indent, name string, v any, last bool) error {
		b, err := json.MarshalIndent(v, indent, "  ")
		if err != nil {
			return err
		}
		bw.WriteString(indent + `"` + name + `": `)
		bw.Write(b)
		if !last {
			bw.WriteByte(',')
		}
		bw.WriteByte('\n')
		return nil
	}
	bw.WriteString("{\n")
	if len(cs) == 0 {
		bw.WriteString(`  "cases": [],` + "\n")
	} else {
		bw.WriteString(`  "cases": [` + "\n")
		for i, c := range cs {
			const in = "      "
			bw.WriteString("    {\n")
			if c.ID != 0 {
				field(in, "id", c.ID, false)
			}
			field(in, "name", c.Name, false)
			if len(c.Spellings) > 0 {
				bw.WriteString(in + `"spellings": [` + "\n")
				for j, sp := range c.Spellings {
					b, _ := json.Marshal(sp)
					bw.WriteString(in + "  ")
					bw.Write(b)
					if j < len(c.Spellings)-1 {
						bw.WriteByte(',')
					}
					bw.WriteByte('\n')
				}
				bw.WriteString(in + "],\n")
			}
			if err := field(in, "raised_by", c.RaisedBy, false); err != nil {
				return fmt.Errorf("write json: %w", err)
			}
			if err := field(in, "mentions", c.Mentions, true); err != nil {
				return fmt.Errorf("write json: %w", err)
			}
			bw.WriteString("    }")
			if i < len(cs)-1 {
				bw.WriteByte(',')
			}
			bw.WriteByte('\n')
		}
		bw.WriteString("  ],\n")
	}
	field("  ", "series", series, true)
	bw.WriteString("}\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write json: %w", err)
	}
	return nil
}
