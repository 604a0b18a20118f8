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

// flateStream is a PDF stream object of FlateDecode data: head, n
// letters A, then tail. A few hundred kilobytes unpack to n bytes.
func flateStream(t *testing.T, head string, n int, tail string) string {
	t.Helper()
	var z bytes.Buffer
	w, err := zlib.NewWriterLevel(&z, zlib.BestCompression)
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte(head))
	chunk := bytes.Repeat([]byte("A"), 1<<20)
	for ; n > 0; n -= len(chunk) {
		w.Write(chunk[:min(n, len(chunk))])
	}
	w.Write([]byte(tail))
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream", z.Len(), z.Bytes())
}

// bombPDF is a one-page PDF whose content stream (object 4) and font's
// ToUnicode map (object 6; none when empty) are given.
func bombPDF(content, toUnicode string) []byte {
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		content,
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
	}
	if toUnicode != "" {
		objs[4] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>"
		objs = append(objs, toUnicode)
	}
	return buildPDF(objs, "")
}

// A content stream or a font's character map that unpacks to far more
// than a page can hold is refused as too large before the PDF library
// reads it: the library would keep the whole stream in memory, several
// times over, as one token.
func TestReadPDFDecompressionBomb(t *testing.T) {
	text := "BT /F1 12 Tf 72 720 Td (The EU spoke.) Tj ET"
	plain := fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(text), text)
	for _, c := range []struct {
		name, content, toUnicode, says string
	}{
		{"Content", flateStream(t, "BT /F1 12 Tf (", 4*maxPDFUnpacked, ") Tj ET"), "", "page 1 unpacks to more than"},
		{"ToUnicode", plain, flateStream(t, "(", 4*maxPDFUnpacked, ")"), "the character map of font F1 on page 1 unpacks"},
	} {
		t.Run(c.name, func(t *testing.T) {
			bomb := bombPDF(c.content, c.toUnicode)
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			_, err := readPDF(context.Background(), bomb, nil)
			runtime.ReadMemStats(&after)
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > maxPDFUnpacked {
				t.Errorf("reading a %d KB bomb allocated %d MB; want under %d MB", len(bomb)>>10, alloc>>20, maxPDFUnpacked>>20)
			}
			if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), c.says) {
				t.Fatalf("got %v; want ErrTooLarge saying %q", err, c.says)
			}
		})
	}
	d, err := readPDF(context.Background(), bombPDF(flateStream(t, "BT /F1 12 Tf (", 1000, ") Tj ET"), ""), nil)
	if err != nil || !strings.Contains(d.Text, "AAAA") {
		t.Fatalf("a small compressed page: %q, %v", d.Text, err)
	}
}
