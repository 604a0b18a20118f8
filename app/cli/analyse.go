package cli

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"parley/app/evolution"
	"parley/app/inert"
	"parley/storage"
)

// analyses are the -what values of `parley analyse`, each building its
// output from a loaded series.
var analyses = map[string]func(ctx context.Context, s *evolution.Series) (*analysis, error){
	"evolution":   analyseEvolution,
	"phrases":     analysePhrases,
	"cases":       analyseCases,
	"commitments": analyseCommitments,
	"unanswered":  analyseUnanswered,
	"omissions":   analyseOmissions,
}

// analysis is one analysis ready to print in each format.
type analysis struct {
	json any
	head []string
	rows [][]string
	// sheet makes the rows when they are costly and only the CSV needs
	// them (nil: rows holds them).
	sheet func() [][]string
	// writeJSON writes the JSON when json is too large to encode in one
	// piece (nil: json is encoded).
	writeJSON func(w io.Writer) error
	text      func(w io.Writer)
}

func init() {
	var what, series, format string
	Register(&Command{
		Name:    "analyse",
		Usage:   "-what evolution|phrases|cases|commitments|unanswered|omissions [-series NAME|ID] [-format text|json|csv] PROJECT",
		Summary: "read a series across its rounds: statements paired from round to round (evolution), stock phrases, the register of individual cases, commitments and their follow-up, unanswered points and omissions per round",
		Flags: func(fs *flag.FlagSet) {
			fs.StringVar(&what, "what", "evolution", "evolution, phrases, cases, commitments, unanswered or omissions")
			fs.StringVar(&series, "series", "", "the series (name or ID); default the one with the most rounds")
			fs.StringVar(&format, "format", "text", "text, json or csv")
		},
		Run: func(ctx context.Context, env *Env, args []string) error {
			if len(args) != 1 {
				return Usagef("name one project")
			}
			build, ok := analyses[what]
			if !ok {
				return Usagef("-what %q is not one of evolution, phrases, cases, commitments, unanswered, omissions", what)
			}
			if format != "text" && format != "json" && format != "csv" {
				return Usagef("-format %q is not text, json or csv", format)
			}
			st, err := openForReading(args[0])
			if err != nil {
				return err
			}
			defer st.Close()
			s, err := loadSeries(ctx, st, series)
			if err != nil {
				return err
			}
			a, err := build(ctx, s)
			if err != nil {
				return err
			}
			return a.write(env.Stdout, format)
		},
	})
}

func loadSeries(ctx context.Context, st *storage.Store, ref string) (*evolution.Series, error) {
	ser, err := evolution.FindSeries(ctx, st, ref)
	if err != nil {
		return nil, err
	}
	return evolution.Load(ctx, st, ser.ID)
}

func (a *analysis) write(w io.Writer, format string) error {
	switch format {
	case "json":
		if a.writeJSON != nil {
			return a.writeJSON(w)
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		if err := enc.Encode(a.json); err != nil {
			return fmt.Errorf("write json: %w", err)
		}
		return nil
	case "csv":
		if a.sheet != nil {
			a.rows = a.sheet()
		}
		return writeSheet(w, a.head, a.rows)
	}
	bw := bufio.NewWriter(w) // the text is written in many small pieces
	a.text(bw)
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write text: %w", err)
	}
	return nil
}

// writeSheet writes CSV with a byte-order mark (spreadsheets then read
// Chinese right), every cell through sheetCell.
func writeSheet(w io.Writer, head []string, rows [][]string) error {
	if _, err := io.WriteString(w, "\uFEFF"); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(head); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	for _, r := range rows {
		for i := range r {
			r[i] = sheetCell(r[i])
		}
		if err := cw.Write(r); err != nil {
			return fmt.Errorf("write csv: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	return nil
}

// sheetCell makes text safe for a spreadsheet: controls escaped, and a
// leading apostrophe on what a spreadsheet would run as a formula.
func sheetCell(s string) string {
	s = inert.Cell(s)
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// roundLabels names rounds by index.
func roundLabels(s *evolution.Series, idx []int) []string {
	out := make([]string, len(idx))
	for i, r := range idx {
		out[i] = s.Rounds[r].Label()
	}
	return out
}

// holderNames names the parties that hold a statement ("EU + China").
func holderNames(s *evolution.Series, v storage.StatementView) string {
	var ns []string
	for _, p := range evolution.Holders(v) {
		ns = append(ns, s.PartyName(p))
	}
	return strings.Join(ns, " + ")
}

func idText(v *storage.StatementView) (string, string) {
	if v == nil {
		return "", ""
	}
	return fmt.Sprint(v.ID), v.Text
}
