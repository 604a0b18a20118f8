package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"
)

// pdfTimeBudget is how long reading a PDF of size bytes may take: a
// minute, and a second more per megabyte. Real readouts take well under a
// second; a file built to hang readers is stopped at the budget.
var pdfTimeBudget = func(size int64) time.Duration {
	return time.Minute + time.Duration(size>>20)*time.Second
}

// ReadPDF reads the text layer of a PDF page by page, with progress in
// pages and cancellation between pages. A scanned PDF without a text layer
// gives ErrEmpty. The work is bounded by what the file holds: the page
// tree is walked once (a tree that contains itself is refused), counts the
// file declares are checked against PDF's own limits before anything is
// read, and the whole read runs under pdfTimeBudget (ErrTooComplex).
func ReadPDF(ctx context.Context, path string, progress Progress) (doc Document, err error) {
	data, err := readPDFBytes(path)
	if err != nil {
		return Document{}, err
	}
	return readPDF(ctx, data, progress)
}

// readPDF is ReadPDF of the file's bytes.
func readPDF(ctx context.Context, data []byte, progress Progress) (doc Document, err error) {
	if err := checkPDFCounts(data); err != nil {
		return Document{}, err
	}
	budget := pdfTimeBudget(int64(len(data)))
	bctx, cancel := context.WithTimeout(ctx, budget)
	defer cancel()
	defer func() {
		// The PDF library panics on some damaged files, and the budget
		// reader panics to stop it: both become errors.
		if r := recover(); r != nil {
			doc, err = Document{}, pdfFailure(ctx, bctx, budget, r)
		}
	}()
	r, err := pdf.NewReader(&budgetReader{ctx: bctx, r: bytes.NewReader(data)}, int64(len(data)))
	if err != nil {
		return Document{}, pdfFailure(ctx, bctx, budget, err)
	}
	pages, err := pdfText(bctx, r, len(data), progress)
	if err != nil {
		return Document{}, pdfFailure(ctx, bctx, budget, err)
	}
	title := strings.TrimSpace(r.Trailer().Key("Info").Key("Title").Text())
	if !utf8.ValidString(title) {
		title = ""
	}
	// A page printed from a browser repeats its header and footer on
	// every page (read_pdf_furniture.go).
	d, err := FromText(joinPDFPages(pages, title), "pdf")
	if err != nil {
		return Document{}, err
	}
	// The document's own title beats its first line, which in a page
	// printed from a browser is often a menu ("Home").
	if title != "" {
		d.Title = title
	}
	return d, nil
}

// readPDFBytes reads the whole file: the library reads objects again and
// again, and the count check scans it once.
func readPDFBytes(path string) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, pathless(err)
	}
	if st.Size() > MaxBytes {
		return nil, fmt.Errorf("%w (%d MB; at most %d MB)", ErrTooLarge, st.Size()>>20, MaxBytes>>20)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, pathless(err)
	}
	return data, nil
}

// pdfText reads the pages' text layers in order, one string a page.
func pdfText(ctx context.Context, r *pdf.Reader, size int, progress Progress) ([]string, error) {
	pages, err := pdfPages(r, size)
	if err != nil {
		return nil, err
	}
	fonts := map[string]*pdf.Font{}
	out := make([]string, 0, len(pages))
	total := 0
	for i, p := range pages {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		res, err := pdfInherited(p.V, "Resources")
		if err != nil {
			return nil, fmt.Errorf("page %d: %w", i+1, err)
		}
		for _, name := range res.Key("Font").Keys() {
			if _, ok := fonts[name]; !ok {
				font := res.Key("Font").Key(name)
				if err := checkPDFUnpacked(font.Key("ToUnicode"), fmt.Sprintf("the character map of font %s on page %d", name, i+1)); err != nil {
					return nil, err
				}
				fonts[name] = &pdf.Font{V: font}
			}
		}
		if err := checkPDFUnpacked(p.V.Key("Contents"), fmt.Sprintf("page %d", i+1)); err != nil {
			return nil, err
		}
		text, err := p.GetPlainText(fonts)
		if err != nil {
			return nil, fmt.Errorf("page %d: %w", i+1, err)
		}
		text = ligatures.Replace(strings.ToValidUTF8(strings.ReplaceAll(text, "\x00", ""), "\uFFFD"))
		out = append(out, text)
		if total += len(text) + 2; total > MaxBytes {
			return nil, fmt.Errorf("%w (the text layer passes %d MB at page %d)", ErrTooLarge, MaxBytes>>20, i+1)
		}
		if progress != nil {
			progress(int64(i+1), int64(len(pages)))
		}
	}
	return out, nil
}

// maxPDFUnpacked bounds what a page's content streams, or a font's
// ToUnicode map, may unpack to. A readout's page holds tens of kilobytes
// of drawing operators and a font's map a few hundred; a few hundred
// kilobytes of compressed zeros unpack to gigabytes, which the PDF library
// would hold in memory (several times over, as one string token) before
// any text limit could be checked.
const maxPDFUnpacked = 32 << 20

// checkPDFUnpacked unpacks v (one stream, or an array of them read as one)
// into nothing, stopping past maxPDFUnpacked, so that a decompression bomb
// is refused before the library reads it; what names v in the message.
func checkPDFUnpacked(v pdf.Value, what string) error {
	streams := []pdf.Value{v}
	if v.Kind() == pdf.Array {
		streams = streams[:0]
		for i := 0; i < v.Len(); i++ {
			streams = append(streams, v.Index(i))
		}
	}
	left := int64(maxPDFUnpacked)
	for _, s := range streams {
		if s.Kind() != pdf.Stream {
			continue
		}
		rd := s.Reader()
		n, err := io.Copy(io.Discard, io.LimitReader(rd, left+1))
		rd.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		if left -= n; left < 0 {
			return fmt.Errorf("%w (%s unpacks to more than %d MB)", ErrTooLarge, what, maxPDFUnpacked>>20)
		}
	}
	return nil
}

// pdfFailure turns what stopped a read (an error or a panic's value) into
// the error the user sees: the caller's cancellation, the time budget, or
// a damaged document.
func pdfFailure(parent, bctx context.Context, budget time.Duration, x any) error {
	if err := parent.Err(); err != nil {
		return err
	}
	if errors.Is(bctx.Err(), context.DeadlineExceeded) {
		return fmt.Errorf("%w (reading it took longer than the %s budget)", ErrTooComplex, budget.Round(time.Second))
	}
	if err, ok := x.(error); ok && (errors.Is(err, ErrTooLarge) || errors.Is(err, ErrBadDocument)) {
		return err
	}
	return fmt.Errorf("%w: %v", ErrBadDocument, x)
}

// budgetReader is the PDF library's view of the file. The library cannot
// be cancelled, but it reads the file for every object it resolves: a read
// after the deadline panics, and ReadPDF recovers.
type budgetReader struct {
	ctx context.Context
	r   io.ReaderAt
}

func (b *budgetReader) ReadAt(p []byte, off int64) (int, error) {
	if err := b.ctx.Err(); err != nil {
		panic(err)
	}
	return b.r.ReadAt(p, off)
}

// ligatures are the typographic ligatures PDF writers put in a text layer
// ("Aﬀairs" with U+FB00): spelt out, so that search, the gazetteer and
// the topics' keywords see "Affairs".
var ligatures = strings.NewReplacer("\ufb00", "ff", "\ufb01", "fi", "\ufb02", "fl", "\ufb03", "ffi",
	"\ufb04", "ffl", "\ufb05", "st", "\ufb06", "st")
