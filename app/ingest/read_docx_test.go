package ingest

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// docxOf zips body (the inside of <w:body>) as word/document.xml.
func docxOf(body string) []byte {
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	w, _ := z.Create("word/document.xml")
	fmt.Fprint(w, `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`+
		body+`</w:body></w:document>`)
	z.Close()
	return buf.Bytes()
}

func TestReadDOCXPartTooLarge(t *testing.T) {
	defer func(old int64) { maxDOCXPart = old }(maxDOCXPart)
	maxDOCXPart = 1 << 10
	data := docxOf(strings.Repeat("<w:p><w:r><w:t>The EU spoke.</w:t></w:r></w:p>", 100))
	_, err := readDOCX(context.Background(), bytes.NewReader(data), int64(len(data)))
	if !errors.Is(err, ErrTooLarge) || errors.Is(err, ErrBadDocument) || strings.Contains(err.Error(), "EOF") {
		t.Fatalf("got %v; want ErrTooLarge, not a damaged document", err)
	}
	data = docxOf("<w:p><w:r><w:t>The EU spoke.</w:t></w:r></w:p>")
	if d, err := readDOCX(context.Background(), bytes.NewReader(data), int64(len(data))); err != nil || d.Text != "The EU spoke." {
		t.Fatalf("a part under the limit: %q, %v", d.Text, err)
	}
}

// TestReadDOCXTooDeep: Go's XML decoder keeps every open element, so a Word
// file nesting elements millions deep held hundreds of megabytes; the
// reader now stops at maxDepth with ErrTooDeep, and a document just within
// it still reads.
func TestReadDOCXTooDeep(t *testing.T) {
	para := "<w:p><w:r><w:t>The EU spoke.</w:t></w:r></w:p>"
	deep := docxOf(para + strings.Repeat("<w:x>", 100000) + strings.Repeat("</w:x>", 100000))
	_, err := readDOCX(context.Background(), bytes.NewReader(deep), int64(len(deep)))
	if !errors.Is(err, ErrTooDeep) || !strings.Contains(err.Error(), "nested too deeply") {
		t.Fatalf("got %v; want ErrTooDeep", err)
	}
	// w:document and w:body take two levels, w:p, w:r and w:t three.
	ok := docxOf(strings.Repeat("<w:x>", maxDepth-5) + para + strings.Repeat("</w:x>", maxDepth-5))
	if d, err := readDOCX(context.Background(), bytes.NewReader(ok), int64(len(ok))); err != nil || d.Text != "The EU spoke." {
		t.Fatalf("a document within the limit: %q, %v", d.Text, err)
	}
}

// FuzzReadDOCX feeds arbitrary bytes (and zipped XML) to the Word reader:
// it must answer with valid text or one of the reader's errors.
func FuzzReadDOCX(f *testing.F) {
	f.Add(docxOf("<w:p><w:r><w:t>The EU raised </w:t></w:r><w:r><w:t>concerns &amp; more.</w:t></w:r></w:p>"), false)
	f.Add([]byte("<w:p><w:r><w:t>China</w:t><w:tab/><w:t>rejected them.</w:t><w:br/></w:r></w:p>"), true)
	f.Add([]byte(strings.Repeat("<w:p>", 1000)+"<w:t>deep</w:t>"), true)
	f.Add([]byte("PK\x03\x04 not really a zip"), false)
	f.Fuzz(func(t *testing.T, data []byte, asBody bool) {
		if asBody {
			data = docxOf(string(data))
		}
		d, err := readDOCX(context.Background(), bytes.NewReader(data), int64(len(data)))
		if err != nil {
			if !errors.Is(err, ErrBadDocument) && !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrTooLarge) &&
				!errors.Is(err, ErrInvalidUTF8) && !errors.Is(err, ErrTooDeep) {
				t.Fatalf("unexpected error kind: %v", err)
			}
			return
		}
		if !utf8.ValidString(d.Text) || !utf8.ValidString(d.Title) || isBlankText(d.Text) {
			t.Fatalf("bad document: %+v", d)
		}
	})
}
