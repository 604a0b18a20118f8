package ingest

import (
	"bytes"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// buildPDF numbers objs from 1, writes them with a correct cross-reference
// table and a trailer whose /Root is object 1 (trailer adds entries).
func buildPDF(objs []string, trailer string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, trailer, xref)
	return b.Bytes()
}

// hostilePDF is a one-page PDF whose page tree node (object 2) is given
// by pages and whose page (object 3) by page; %s in page is replaced with
// the page's usual entries.
func hostilePDF(pages, page string) []byte {
	content := "BT /F1 12 Tf 72 720 Td (The EU spoke.) Tj ET"
	return buildPDF([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		pages,
		strings.Replace(page, "%s", "/Type /Page /MediaBox [0 0 612 792] /Contents 4 0 R", 1),
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
	}, "")
}

// hostilePDFs are files built to hang or exhaust a PDF reader. Each must
// end quickly: with text when the file holds some, else with the error
// named. They seed FuzzReadPDF too.
var hostilePDFs = []struct {
	name    string
	pdf     []byte
	want    error  // nil: the page's text is read
	message string // part of the error's text
}{
	{"PageTreeContainsItself", hostilePDF("<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
		"<< %s /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> >>"), ErrBadDocument, "loops back on itself"},
	{"CountTwoBillion", hostilePDF("<< /Type /Pages /Kids [3 0 R] /Count 2000000000 >>",
		"<< %s /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> >>"), nil, ""},
	{"KidsListedTwiceUnderACycle", hostilePDF("<< /Type /Pages /Kids [3 0 R 2 0 R 3 0 R 2 0 R] /Count 4 >>",
		"<< %s /Parent 2 0 R >>"), ErrBadDocument, "loops back on itself"},
	{"PageIsItsOwnParent", hostilePDF("<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< %s /Parent 3 0 R >>"), ErrBadDocument, "chain of parents loops"},
	{"SizeTwoBillion", bytes.Replace(hostilePDF("<< /Type /Pages /Kids [3 0 R] /Count 1 >>", "<< %s /Parent 2 0 R >>"),
		[]byte("/Size 6"), []byte("/Size 2000000000"), 1), ErrBadDocument, "objects a PDF may hold"},
	{"XrefSubsectionTwoBillion", bytes.Replace(hostilePDF("<< /Type /Pages /Kids [3 0 R] /Count 1 >>", "<< %s /Parent 2 0 R >>"),
		[]byte("xref\n0 6\n"), []byte("xref\n2000000000 6\n"), 1), ErrBadDocument, "objects a PDF may hold"},
}

func TestReadPDFHostile(t *testing.T) {
	for _, c := range hostilePDFs {
		t.Run(c.name, func(t *testing.T) {
			d, err := readPDF(context.Background(), c.pdf, nil)
			if c.want == nil {
				if err != nil || !strings.Contains(d.Text, "The EU spoke.") {
					t.Fatalf("got %q, %v; want the page's text", d.Text, err)
				}
				return
			}
			if !errors.Is(err, c.want) || !strings.Contains(err.Error(), c.message) {
				t.Fatalf("got %v; want %v saying %q", err, c.want, c.message)
			}
		})
	}
}

func TestReadPDFTimeBudget(t *testing.T) {
	defer func(old func(int64) time.Duration) { pdfTimeBudget = old }(pdfTimeBudget)
	pdfTimeBudget = func(int64) time.Duration { return 0 }
	_, err := readPDF(context.Background(), minimalPDF("The EU spoke."), nil)
	if !errors.Is(err, ErrTooComplex) || !strings.Contains(err.Error(), "budget") {
		t.Fatalf("got %v; want ErrTooComplex naming the budget", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := readPDF(ctx, minimalPDF("The EU spoke."), nil); !errors.Is(err, context.Canceled) {
		t.Fatalf("a cancelled read: %v, want context.Canceled", err)
	}
}

// FuzzReadPDF feeds arbitrary bytes to the PDF reader, starting from real
// and hostile files: it must answer (no panic, no hang: the fuzzer stops
// an input after 10 s) with text that is valid UTF-8 or with one of the
// reader's errors.
func FuzzReadPDF(f *testing.F) {
	f.Add(minimalPDF("The EU raised concerns about", "Xinjiang. China rejected them."))
	f.Add(pdfWithTitle("Japan-China Foreign Ministers' Meeting", "Home", "The EU spoke."))
	for _, c := range hostilePDFs {
		f.Add(c.pdf)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := readPDF(context.Background(), data, nil)
		if err != nil {
			if !errors.Is(err, ErrBadDocument) && !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrTooLarge) &&
				!errors.Is(err, ErrTooComplex) && !errors.Is(err, ErrInvalidUTF8) {
				t.Fatalf("unexpected error kind: %v", err)
			}
			return
		}
		if !utf8.ValidString(d.Text) || !utf8.ValidString(d.Title) || isBlankText(d.Text) {
			t.Fatalf("bad document: %+v", d)
		}
	})
}

// flatePDF is a one-page PDF whose content stream is FlateDecode of a
// string of n letters shown as text: a few hundred kilobytes that unpack
// to n bytes.
func flatePDF(t *testing.T, n int) []byte {
	t.Helper()
	var z bytes.Buffer
	w, err := zlib.NewWriterLevel(&z, zlib.BestCompression)
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte("BT /F1 12 Tf ("))
	chunk := bytes.Repeat([]byte("A"), 1<<20)
	for ; n > 0; n -= len(chunk) {
		w.Write(chunk[:min(n, len(chunk))])
	}
	w.Write([]byte(") Tj ET"))
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buildPDF([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
		fmt.Sprintf("<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream", z.Len(), z.Bytes()),
	}, "")
}

// A content stream that unpacks to far more than a page can hold is
// refused as too large before the PDF library reads it: the library would
// keep the whole stream in memory, several times over, as one token.
func TestReadPDFDecompressionBomb(t *testing.T) {
	bomb := flatePDF(t, 4*maxPDFPageContent)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err := readPDF(context.Background(), bomb, nil)
	runtime.ReadMemStats(&after)
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > maxPDFPageContent {
		t.Errorf("reading a %d KB bomb allocated %d MB; want under %d MB", len(bomb)>>10, alloc>>20, maxPDFPageContent>>20)
	}
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "page 1 unpacks to more than") {
		t.Fatalf("got %v; want ErrTooLarge naming the page", err)
	}
	if d, err := readPDF(context.Background(), flatePDF(t, 1000), nil); err != nil || !strings.Contains(d.Text, "AAAA") {
		t.Fatalf("a small compressed page: %q, %v", d.Text, err)
	}
}
