package agree

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"parley/app/inert"
)

// Formats lists the output formats of Write.
var Formats = []string{"text", "json", "csv"}

// Write writes r in format: "text" (the figures, then the disagreements,
// for a terminal), "json" (everything, for a script) or "csv" (one row
// per disagreement, for a spreadsheet to discuss them in).
func Write(w io.Writer, r Report, format string) error {
	var err error
	switch format {
	case "text":
		err = writeText(w, r)
	case "json":
		err = writeJSON(w, r)
	case "csv":
		err = writeCSV(w, r)
	default:
		return fmt.Errorf("unknown format %q (want %s)", format, strings.Join(Formats, ", "))
	}
	if err != nil {
		return fmt.Errorf("write the agreement: %w", err)
	}
	return nil
}

// Number formats a kappa or a share with two decimals, "–" when undefined.
func Number(v float64) string {
	if math.IsNaN(v) {
		return "–"
	}
	return strconv.FormatFloat(v, 'f', 2, 64)
}

// Summary says how many sentences both coded, in how many sources.
func (r Report) Summary() string {
	return fmt.Sprintf("%s both coded, in %s", plural(r.Both, "sentence"), plural(r.SharedSources, "shared source"))
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// CodeTitle is a code's name for a table heading ("Party").
func CodeTitle(code string) string { return strings.ToUpper(code[:1]) + code[1:] }

func writeText(w io.Writer, r Report) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "A: %s\nB: %s\n", inert.Line(r.A), inert.Line(r.B))
	fmt.Fprintf(bw, "%s (only A coded: %d, only B coded: %d)\n\n", r.Summary(), r.OnlyA, r.OnlyB)
	fmt.Fprintf(bw, "%-6s %6s %9s %9s %5s  %s\n", "code", "kappa", "observed", "expected", "n", "strength")
	for _, c := range Codes {
		k := r.Kappa[c]
		fmt.Fprintf(bw, "%-6s %6s %9s %9s %5d  %s\n", c, Number(k.Value), Number(k.Observed), Number(k.Expected), k.N, k.Strength())
	}
	if len(r.Disagreements) == 0 {
		fmt.Fprintln(bw, "\nno disagreements")
		return bw.Flush()
	}
	fmt.Fprintf(bw, "\ndisagreements (%d):\n", len(r.Disagreements))
	for _, d := range r.Disagreements {
		fmt.Fprintf(bw, "%s\t%s %d-%d\t%s\tA: %s\tB: %s\n", d.Code, inert.Line(d.Source), d.Start, d.End,
			inert.Line(d.Sentence), inert.Line(d.A), inert.Line(d.B))
	}
	return bw.Flush()
}

type jsonKappa struct {
	Kappa    *float64 `json:"kappa"` // null when undefined
	Observed float64  `json:"observed"`
	Expected float64  `json:"expected"`
	N        int      `json:"n"`
	Strength string   `json:"strength"`
}

type jsonDisagreement struct {
	Code       string `json:"code"`
	Source     string `json:"source"`
	SourceSHA  string `json:"source_sha256"`
	Start      int    `json:"start"`
	End        int    `json:"end"`
	Sentence   string `json:"sentence"`
	A          string `json:"a"`
	B          string `json:"b"`
	AStatement int64  `json:"a_statement_id"`
	BStatement int64  `json:"b_statement_id"`
}

func writeJSON(w io.Writer, r Report) error {
	doc := struct {
		A             string               `json:"a"`
		B             string               `json:"b"`
		Both          int                  `json:"both_coded"`
		OnlyA         int                  `json:"only_a"`
		OnlyB         int                  `json:"only_b"`
		SharedSources int                  `json:"shared_sources"`
		Kappa         map[string]jsonKappa `json:"codes"`
		Disagreements []jsonDisagreement   `json:"disagreements"`
	}{A: r.A, B: r.B, Both: r.Both, OnlyA: r.OnlyA, OnlyB: r.OnlyB, SharedSources: r.SharedSources,
		Kappa: map[string]jsonKappa{}, Disagreements: []jsonDisagreement{}}
	for _, c := range Codes {
		k := r.Kappa[c]
		jk := jsonKappa{Observed: round(k.Observed), Expected: round(k.Expected), N: k.N, Strength: k.Strength()}
		if k.Defined() {
			v := round(k.Value)
			jk.Kappa = &v
		}
		doc.Kappa[c] = jk
	}
	for _, d := range r.Disagreements {
		doc.Disagreements = append(doc.Disagreements, jsonDisagreement{d.Code, d.Source, d.SourceSHA,
			d.Start, d.End, d.Sentence, d.A, d.B, d.AID, d.BID})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}

// round keeps four decimals: more than a kappa means, and stable output.
func round(v float64) float64 { return math.Round(v*10000) / 10000 }

func writeCSV(w io.Writer, r Report) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"code", "source", "start", "end", "sentence", "a", "b", "a_statement_id", "b_statement_id"})
	for _, d := range r.Disagreements {
		cw.Write([]string{d.Code, cell(d.Source), strconv.Itoa(d.Start), strconv.Itoa(d.End), cell(d.Sentence),
			cell(d.A), cell(d.B), strconv.FormatInt(d.AID, 10), strconv.FormatInt(d.BID, 10)})
	}
	cw.Flush()
	return cw.Error()
}

// cell defuses a spreadsheet cell as the CSV export does (app/report): the
// controls escaped, and a leading = + - @ tab or CR quoted with an
// apostrophe against formula injection.
func cell(s string) string {
	s = inert.Cell(s)
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
