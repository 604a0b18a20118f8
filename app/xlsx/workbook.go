package xlsx

import (
	"archive/zip"
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// workbook writes an Office Open XML spreadsheet (.xlsx, ISO/IEC 29500)
// straight into a zip stream: each sheet's rows as they are made, then the
// styles, the workbook and the package's parts. It writes only what the
// export uses (inline text and whole numbers, a few cell styles, column
// widths, a frozen header row and its filters); a general spreadsheet
// library linked for this cost the window 2 MB of memory (its code and the
// tables it builds when the program starts), see docs/compare.md, Memory.
type workbook struct {
	zw     *zip.Writer
	styles []cellStyle
	sheets []sheetPart
}

// Cell is one cell: Value is a string (written as text), an int or an
// int64, or nil (an empty cell); Style is a style from addStyle, 0 for none.
type Cell struct {
	Value any
	Style int
}

// cellStyle is a cell's look. ink and fill are RRGGBB, "" for the default.
type cellStyle struct {
	bold      bool
	ink, fill string
	wrap      bool
}

// sheetPart is a written sheet: its name and the range its filter covers.
type sheetPart struct {
	name       string
	cols, rows int
}

// maxCellChars is the most UTF-16 units a cell holds in Excel; longer text
// is cut there, as spreadsheet programs would on loading it.
const maxCellChars = 32767

func newWorkbook(w io.Writer) *workbook {
	return &workbook{zw: zip.NewWriter(w), styles: []cellStyle{{}}}
}

// addStyle registers a cell style and returns its number for Cell.Style.
func (wb *workbook) addStyle(s cellStyle) int {
	wb.styles = append(wb.styles, s)
	return len(wb.styles) - 1
}

// sheet writes a sheet of n rows under a frozen header row with filters
// on every column; widths are the first columns' widths in characters.
func (wb *workbook) sheet(name string, header []Cell, widths []float64, n int, row func(i int) []Cell) error {
	index := len(wb.sheets) + 1
	part, err := wb.zw.Create(fmt.Sprintf("xl/worksheets/sheet%d.xml", index))
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(part, 64<<10)
	last := cellName(len(header), n+1)
	w.WriteString(xmlHead + `<worksheet xmlns="` + nsMain + `" xmlns:r="` + nsRel + `">`)
	fmt.Fprintf(w, `<dimension ref="A1:%s"/><sheetViews><sheetView workbookViewId="0"`, last)
	if index == 1 {
		w.WriteString(` tabSelected="1"`)
	}
	w.WriteString(`><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>` +
		`<selection pane="bottomLeft"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>`)
	if len(widths) > 0 {
		w.WriteString(`<cols>`)
		for i, width := range widths {
			fmt.Fprintf(w, `<col min="%d" max="%d" width="%s" customWidth="1"/>`, i+1, i+1,
				strconv.FormatFloat(width, 'f', -1, 64))
		}
		w.WriteString(`</cols>`)
	}
	w.WriteString(`<sheetData>`)
	writeRow(w, 1, header)
	for i := 0; i < n; i++ {
		writeRow(w, i+2, row(i))
	}
	fmt.Fprintf(w, `</sheetData><autoFilter ref="A1:%s"/></worksheet>`, last)
	if err := w.Flush(); err != nil {
		return err
	}
	wb.sheets = append(wb.sheets, sheetPart{name: name, cols: len(header), rows: n + 1})
	return nil
}

func writeRow(w *bufio.Writer, r int, cells []Cell) {
	w.WriteString(`<row r="`)
	w.WriteString(strconv.Itoa(r))
	w.WriteString(`">`)
	for j, c := range cells {
		if c.Value == nil && c.Style == 0 {
			continue
		}
		w.WriteString(`<c r="`)
		w.WriteString(cellName(j+1, r))
		w.WriteByte('"')
		if c.Style != 0 {
			w.WriteString(` s="`)
			w.WriteString(strconv.Itoa(c.Style))
			w.WriteByte('"')
		}
		switch v := c.Value.(type) {
		case nil:
			w.WriteString(`/>`)
		case int:
			w.WriteString(`><v>` + strconv.Itoa(v) + `</v></c>`)
		case int64:
			w.WriteString(`><v>` + strconv.FormatInt(v, 10) + `</v></c>`)
		case string:
			w.WriteString(` t="inlineStr"><is><t xml:space="preserve">`)
			writeText(w, v)
			w.WriteString(`</t></is></c>`)
		default:
			w.WriteString(` t="inlineStr"><is><t xml:space="preserve">`)
			writeText(w, fmt.Sprint(v))
			w.WriteString(`</t></is></c>`)
		}
	}
	w.WriteString(`</row>`)
}

// writeText writes s as the content of an XML element: markup characters
// escaped, characters XML cannot hold (controls other than tab and line
// breaks, U+FFFE, U+FFFF, invalid UTF-8) left out, "_xHHHH_" escaped so
// that a reader does not take it for the spreadsheet escape of a
// character, and the text cut at maxCellChars.
func writeText(w *bufio.Writer, s string) {
	units := 0
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if units += utf16.RuneLen(r); units > maxCellChars {
			return
		}
		switch {
		case r == '&':
			w.WriteString("&amp;")
		case r == '<':
			w.WriteString("&lt;")
		case r == '>':
			w.WriteString("&gt;")
		case r == '\r':
			w.WriteString("&#xD;")
		case r == '_' && isSpreadsheetEscape(s[i:]):
			w.WriteString("_x005F_") // the underscore itself, escaped
		case r == utf8.RuneError && n == 1, r < 0x20 && r != '\t' && r != '\n', r == 0xFFFE, r == 0xFFFF:
			// not an XML character
		default:
			w.WriteString(s[i : i+n])
		}
		i += n
	}
}

// isSpreadsheetEscape reports whether s starts with _xHHHH_, which
// spreadsheet programs read as the character U+HHHH.
func isSpreadsheetEscape(s string) bool {
	if len(s) < 7 || s[1] != 'x' || s[6] != '_' {
		return false
	}
	_, err := strconv.ParseUint(s[2:6], 16, 16)
	return err == nil
}

// cellName is the A1 name of the cell in column col and row row (both from 1).
func cellName(col, row int) string {
	return columnName(col) + strconv.Itoa(row)
}

func columnName(col int) string {
	var b []byte
	for ; col > 0; col = (col - 1) / 26 {
		b = append([]byte{byte('A' + (col-1)%26)}, b...)
	}
	return string(b)
}

// close writes the styles, the workbook with its filter ranges and the
// package's parts, and ends the zip stream.
func (wb *workbook) close() error {
	parts := []struct {
		name string
		body func(*strings.Builder)
	}{
		{"xl/styles.xml", wb.writeStyles},
		{"xl/workbook.xml", wb.writeWorkbook},
		{"xl/_rels/workbook.xml.rels", wb.writeWorkbookRels},
		{"_rels/.rels", func(b *strings.Builder) {
			b.WriteString(xmlHead + `<Relationships xmlns="` + nsPackageRel + `"><Relationship Id="rId1" Type="` +
				nsRel + `/officeDocument" Target="xl/workbook.xml"/></Relationships>`)
		}},
		{"[Content_Types].xml", wb.writeContentTypes},
	}
	for _, p := range parts {
		var b strings.Builder
		p.body(&b)
		f, err := wb.zw.Create(p.name)
		if err != nil {
			return err
		}
		if _, err := io.WriteString(f, b.String()); err != nil {
			return err
		}
	}
	return wb.zw.Close()
}

func (wb *workbook) writeStyles(b *strings.Builder) {
	// Font 0 and fills 0 and 1 are the ones every workbook starts with.
	fonts := []string{`<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>`}
	fills := []string{`<fill><patternFill patternType="none"/></fill>`, `<fill><patternFill patternType="gray125"/></fill>`}
	xfs := []string{`<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`}
	for _, s := range wb.styles[1:] {
		font, fill := 0, 0
		if s.bold || s.ink != "" {
			f := `<font>`
			if s.bold {
				f += `<b/>`
			}
			f += `<sz val="11"/>`
			if s.ink != "" {
				f += `<color rgb="FF` + s.ink + `"/>`
			}
			fonts = append(fonts, f+`<name val="Calibri"/><family val="2"/></font>`)
			font = len(fonts) - 1
		}
		if s.fill != "" {
			fills = append(fills, `<fill><patternFill patternType="solid"><fgColor rgb="FF`+s.fill+
				`"/><bgColor indexed="64"/></patternFill></fill>`)
			fill = len(fills) - 1
		}
		xf := fmt.Sprintf(`<xf numFmtId="0" fontId="%d" fillId="%d" borderId="0" xfId="0"`, font, fill)
		if font != 0 {
			xf += ` applyFont="1"`
		}
		if fill != 0 {
			xf += ` applyFill="1"`
		}
		if s.wrap {
			xf += ` applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>`
		} else {
			xf += `/>`
		}
		xfs = append(xfs, xf)
	}
	b.WriteString(xmlHead + `<styleSheet xmlns="` + nsMain + `">`)
	list := func(tag string, items []string) {
		fmt.Fprintf(b, `<%s count="%d">%s</%s>`, tag, len(items), strings.Join(items, ""), tag)
	}
	list("fonts", fonts)
	list("fills", fills)
	list("borders", []string{`<border><left/><right/><top/><bottom/><diagonal/></border>`})
	list("cellStyleXfs", []string{`<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`})
	list("cellXfs", xfs)
	list("cellStyles", []string{`<cellStyle name="Normal" xfId="0" builtinId="0"/>`})
	b.WriteString(`</styleSheet>`)
}

func (wb *workbook) writeWorkbook(b *strings.Builder) {
	b.WriteString(xmlHead + `<workbook xmlns="` + nsMain + `" xmlns:r="` + nsRel + `">` +
		`<bookViews><workbookView activeTab="0"/></bookViews><sheets>`)
	for i, s := range wb.sheets {
		fmt.Fprintf(b, `<sheet name="%s" sheetId="%d" r:id="rId%d"/>`, attr(s.name), i+1, i+1)
	}
	b.WriteString(`</sheets><definedNames>`)
	for i, s := range wb.sheets {
		// The filter's range, as spreadsheet programs name it.
		fmt.Fprintf(b, `<definedName name="_xlnm._FilterDatabase" localSheetId="%d" hidden="1">'%s'!$A$1:$%s$%d</definedName>`,
			i, attr(strings.ReplaceAll(s.name, "'", "''")), columnName(s.cols), s.rows)
	}
	b.WriteString(`</definedNames></workbook>`)
}

func (wb *workbook) writeWorkbookRels(b *strings.Builder) {
	b.WriteString(xmlHead + `<Relationships xmlns="` + nsPackageRel + `">`)
	for i := range wb.sheets {
		fmt.Fprintf(b, `<Relationship Id="rId%d" Type="%s/worksheet" Target="worksheets/sheet%d.xml"/>`, i+1, nsRel, i+1)
	}
	fmt.Fprintf(b, `<Relationship Id="rId%d" Type="%s/styles" Target="styles.xml"/></Relationships>`, len(wb.sheets)+1, nsRel)
}

func (wb *workbook) writeContentTypes(b *strings.Builder) {
	const ct = "application/vnd.openxmlformats-"
	b.WriteString(xmlHead + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="` + ct + `package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>` +
		`<Override PartName="/xl/workbook.xml" ContentType="` + ct + `officedocument.spreadsheetml.sheet.main+xml"/>` +
		`<Override PartName="/xl/styles.xml" ContentType="` + ct + `officedocument.spreadsheetml.styles+xml"/>`)
	for i := range wb.sheets {
		fmt.Fprintf(b, `<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="%sofficedocument.spreadsheetml.worksheet+xml"/>`, i+1, ct)
	}
	b.WriteString(`</Types>`)
}

// attr escapes s for an XML attribute.
func attr(s string) string {
	var b strings.Builder
	w := bufio.NewWriter(&b)
	writeText(w, s)
	w.Flush()
	return strings.NewReplacer(`"`, "&quot;", "\n", "&#xA;", "\t", "&#x9;").Replace(b.String())
}

const (
	xmlHead      = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
	nsMain       = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
	nsRel        = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	nsPackageRel = "http://schemas.openxmlformats.org/package/2006/relationships"
)
