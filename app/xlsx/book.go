package xlsx

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"parley/app/exchange"
	"parley/app/inert"
	"parley/storage"
)

// book holds the document and the styles the sheets share.
type book struct {
	f        *excelize.File
	doc      *exchange.Document
	header   int
	wrap     int
	party    map[string]int // party name → style of a cell in its colour
	dialogue map[int64]exchange.Dialogue
	stmt     map[int64]*exchange.Statement
	notes    map[string][]string // "s12", "l3", "a4" → note bodies
}

func newBook(f *excelize.File, doc *exchange.Document) (*book, error) {
	b := &book{f: f, doc: doc, party: map[string]int{}, dialogue: map[int64]exchange.Dialogue{},
		stmt: map[int64]*exchange.Statement{}, notes: map[string][]string{}}
	var err error
	if b.header, err = f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"#E8E8E8"}}}); err != nil {
		return nil, err
	}
	if b.wrap, err = f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}}); err != nil {
		return nil, err
	}
	for _, p := range doc.Parties {
		r, g, bl, ok := storage.ParseColor(p.Color)
		if !ok {
			continue
		}
		ink := "#000000"
		if 299*int(r)+587*int(g)+114*int(bl) < 128000 {
			ink = "#FFFFFF"
		}
		id, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Color: ink, Bold: true},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{fmt.Sprintf("#%02X%02X%02X", r, g, bl)}}})
		if err != nil {
			return nil, err
		}
		b.party[p.Name] = id
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
	return b, nil
}

// text is a string cell's value: escaped as the CSV's cells are (the
// workbook's string type already keeps it from being run as a formula).
func text(s string) excelize.Cell { return excelize.Cell{Value: inert.Cell(s)} }

func textOpt(s *string) excelize.Cell {
	if s == nil {
		return text("")
	}
	return text(*s)
}

func joined(list []string, sep string) excelize.Cell { return text(strings.Join(list, sep)) }

// table writes header and rows to sheet through a stream (50,000 rows
// take seconds, not minutes), with the header frozen and filters on.
func (b *book) table(sheet string, header []string, widths []float64, n int, row func(i int) []excelize.Cell) error {
	sw, err := b.f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	for i, w := range widths {
		if err := sw.SetColWidth(i+1, i+1, w); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	head := make([]any, len(header))
	for i, h := range header {
		head[i] = excelize.Cell{Value: h, StyleID: b.header}
	}
	if err := sw.SetRow("A1", head); err != nil {
		return err
	}
	vals := make([]any, len(header))
	for i := 0; i < n; i++ {
		cells := row(i)
		for j := range vals {
			vals[j] = nil
			if j < len(cells) {
				vals[j] = cells[j]
			}
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		if err := sw.SetRow(cell, vals); err != nil {
			return err
		}
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	last, _ := excelize.CoordinatesToCellName(len(header), n+1)
	return b.f.AutoFilter(sheet, "A1:"+last, nil)
}
