package xlsx

import (
	"fmt"
	"strings"

	"parley/app/exchange"
	"parley/app/inert"
	"parley/storage"
)

// book holds the document and the styles the sheets share.
type book struct {
	wb       *workbook
	doc      *exchange.Document
	header   int
	wrap     int
	party    map[string]int // party name → style of a cell in its colour
	dialogue map[int64]exchange.Dialogue
	stmt     map[int64]*exchange.Statement
	notes    map[string][]string // "s12", "l3", "a4" → note bodies
}

func newBook(wb *workbook, doc *exchange.Document) *book {
	b := &book{wb: wb, doc: doc, party: map[string]int{}, dialogue: map[int64]exchange.Dialogue{},
		stmt: map[int64]*exchange.Statement{}, notes: map[string][]string{}}
	b.header = wb.addStyle(cellStyle{bold: true, fill: "E8E8E8"})
	b.wrap = wb.addStyle(cellStyle{wrap: true})
	for _, p := range doc.Parties {
		r, g, bl, ok := storage.ParseColor(p.Color)
		if !ok {
			continue
		}
		ink := "000000"
		if 299*int(r)+587*int(g)+114*int(bl) < 128000 {
			ink = "FFFFFF"
		}
		b.party[p.Name] = wb.addStyle(cellStyle{bold: true, ink: ink, fill: fmt.Sprintf("%02X%02X%02X", r, g, bl)})
	}
	for _, d := range doc.Dialogues {
		b.dialogue[d.ID] = d
	}
	for i := range doc.Statements {
		b.stmt[doc.Statements[i].ID] = &doc.Statements[i]
	}
	for _, n := range doc.Notes {
		key := ""
		switch {
		case n.Statement != nil:
			key = fmt.Sprint("s", *n.Statement)
		case n.Link != nil:
			key = fmt.Sprint("l", *n.Link)
		case n.Assessment != nil:
			key = fmt.Sprint("a", *n.Assessment)
		}
		b.notes[key] = append(b.notes[key], n.Body)
	}
	return b
}

// text is a string cell's value: escaped as the CSV's cells are (the
// workbook's string type already keeps it from being run as a formula).
func text(s string) Cell { return Cell{Value: inert.Cell(s)} }

func textOpt(s *string) Cell {
	if s == nil {
		return text("")
	}
	return text(*s)
}

func joined(list []string, sep string) Cell { return text(strings.Join(list, sep)) }

// table writes header and rows to sheet, with the header frozen and
// filters on; the rows go to the file as they are made.
func (b *book) table(sheet string, header []string, widths []float64, n int, row func(i int) []Cell) error {
	head := make([]Cell, len(header))
	for i, h := range header {
		head[i] = Cell{Value: inert.Cell(h), Style: b.header} // party names head the matrix
	}
	return b.wb.sheet(sheet, head, widths, n, func(i int) []Cell {
		cells := row(i)
		return cells[:min(len(cells), len(header))]
	})
}
