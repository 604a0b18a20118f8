package ingest

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"
)

// ReadPDF reads the text layer of a PDF page by page, with progress in
// pages and cancellation between pages. A scanned PDF without a text layer
// gives ErrEmpty.
func ReadPDF(ctx context.Context, path string, progress Progress) (doc Document, err error) {
	defer func() {
		// The PDF library panics on some damaged files; a damaged file is
		// the user's input, not our bug, so it becomes an error.
		if r := recover(); r != nil {
			doc, err = Document{}, fmt.Errorf("%w: %v", ErrBadDocument, r)
		}
	}()
	f, r, err := pdf.Open(path)
	if err != nil {
		return Document{}, fmt.Errorf("%w: %v", ErrBadDocument, err)
	}
	defer f.Close()
	n := r.NumPage()
	fonts := map[string]*pdf.Font{}
	var b strings.Builder
	for i := 1; i <= n; i++ {
		if err := ctx.Err(); err != nil {
			return Document{}, err
		}
		p := r.Page(i)
		if p.V.IsNull() {
			continue
		}
		for _, name := range p.Fonts() {
			if _, ok := fonts[name]; !ok {
				f := p.Font(name)
				fonts[name] = &f
			}
		}
		text, err := p.GetPlainText(fonts)
		if err != nil {
			return Document{}, fmt.Errorf("%w: page %d: %v", ErrBadDocument, i, err)
		}
		b.WriteString(ligatures.Replace(strings.ToValidUTF8(strings.ReplaceAll(text, "\x00", ""), "\uFFFD")))
		b.WriteString("\n\n")
		if progress != nil {
			progress(int64(i), int64(n))
		}
	}
	d, err := FromText(b.String(), "pdf")
	if err != nil {
		return Document{}, err
	}
	// The document's own title beats its first line, which in a page
	// printed from a browser is often a menu ("Home").
	if t := strings.TrimSpace(r.Trailer().Key("Info").Key("Title").Text()); t != "" && utf8.ValidString(t) {
		d.Title = t
	}
	return d, nil
}

// ligatures are the typographic ligatures PDF writers put in a text layer
// ("Aﬀairs" with U+FB00): spelt out, so that search, the gazetteer and
// the topics' keywords see "Affairs".
var ligatures = strings.NewReplacer("\ufb00", "ff", "\ufb01", "fi", "\ufb02", "fl", "\ufb03", "ffi",
	"\ufb04", "ffl", "\ufb05", "st", "\ufb06", "st")
