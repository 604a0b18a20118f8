package ingest

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"unicode/utf16"
)

func writeFile(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestReadFileBadInput(t *testing.T) {
	png := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), bytes.Repeat([]byte{0, 1, 2, 0xff}, 64)...)
	cases := []struct {
		name string
		file string
		data []byte
		want error
	}{
		{"ErrEmpty", "empty.txt", nil, ErrEmpty},
		{"ErrEmptyWhiteSpace", "blank.txt", []byte(" \n\t\n\ufeff"), ErrEmpty},
		// Copied from a web page: no-break and zero-width spaces, joiners
		// and direction marks show nothing, so the file holds no text
		// (it was imported as a source of no sentence titled "\u200b").
		{"ErrEmptyInvisible", "invisible.txt", []byte("\u00a0\n\u200b\u200d\n\u202e\u2066\u00ad\u200e"), ErrEmpty},
		{"ErrNotTextBinaryRenamed", "image.txt", png, ErrNotText},
		{"ErrNotTextControlCharacters", "ctrl.txt", bytes.Repeat([]byte("a\x01\x02\x03"), 100), ErrNotText},
		{"ErrInvalidUTF8", "latin1.txt", []byte("Caf\xe9 au lait. The EU spoke."), ErrInvalidUTF8},
		{"ErrInvalidUTF8HTML", "page.html", []byte("<p>Caf\xe9</p>"), ErrInvalidUTF8},
		{"ErrUnsupported", "program.exe", []byte("MZ"), ErrUnsupported},
		{"ErrBadDocumentDOCX", "fake.docx", []byte("not a zip at all"), ErrBadDocument},
		{"ErrBadDocumentPDF", "fake.pdf", []byte("%PDF-1.4 broken"), ErrBadDocument},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := ReadFile(context.Background(), writeFile(t, c.file, c.data), nil)
			if !errors.Is(err, c.want) {
				t.Fatalf("want %v, got %v", c.want, err)
			}
			if !strings.Contains(err.Error(), c.file) {
				t.Errorf("message %q does not name the file", err)
			}
		})
	}
}

func TestReadFileMissing(t *testing.T) {
	// A missing .pdf or .docx is missing, not damaged, and the path is
	// named once.
	for _, name := range []string{"gone.txt", "gone.pdf", "gone.docx"} {
		_, err := ReadFile(context.Background(), filepath.Join(t.TempDir(), name), nil)
		if !errors.Is(err, fs.ErrNotExist) || errors.Is(err, ErrBadDocument) {
			t.Fatalf("%s: %v", name, err)
		}
		if got, want := err.Error(), "read "+name+": no such file or directory"; got != want {
			t.Errorf("message %q, want %q", got, want)
		}
	}
}

func TestInvalidUTF8SaysWhere(t *testing.T) {
	_, err := ReadFile(context.Background(), writeFile(t, "cp1252.txt", []byte("First line.\nThe EU welcomed China\x92s decision.")), nil)
	if !errors.Is(err, ErrInvalidUTF8) || !strings.Contains(err.Error(), "byte 0x92 on line 2") || !strings.Contains(err.Error(), "Windows-1252") {
		t.Fatalf("got %v", err)
	}
}

func TestReadText(t *testing.T) {
	t.Run("RuneSplitAcrossChunks", func(t *testing.T) {
		text := strings.Repeat("a", chunkSize-1) + "中方表示。"
		got, err := ReadText(context.Background(), strings.NewReader(text), int64(len(text)), nil)
		if err != nil || got != text {
			t.Fatalf("err %v, equal %v", err, got == text)
		}
	})
	t.Run("Normalised", func(t *testing.T) {
		d, err := FromText("\ufeffTitle\r\n\r\n\r\nThe EU spoke.  \r\nChina replied.", "text")
		if err != nil {
			t.Fatal(err)
		}
		if d.Text != "Title\n\nThe EU spoke.\nChina replied." || d.Title != "Title" {
			t.Fatalf("%q %q", d.Text, d.Title)
		}
	})
}

// bigReadout writes about size bytes of readout text.
func bigReadout(t *testing.T, size int) string {
	t.Helper()
	para := "The EU raised concerns about the human rights situation in Xinjiang. China rejected the accusations and urged the EU to stop interfering. Both sides agreed to meet again.\n\n"
	var b bytes.Buffer
	b.Grow(size + len(para))
	for b.Len() < size {
		b.WriteString(para)
	}
	return writeFile(t, "big.txt", b.Bytes())
}

func TestReadLargeFile(t *testing.T) {
	if testing.Short() {
		t.Skip("50 MB file")
	}
	const size = 50 << 20
	path := bigReadout(t, size)
	t.Run("BoundedMemoryAndProgress", func(t *testing.T) {
		var calls int
		var last int64
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		st, _ := f.Stat()
		text, err := ReadText(context.Background(), f, st.Size(), func(done, total int64) {
			if done < last || total != st.Size() {
				t.Errorf("progress %d/%d after %d", done, total, last)
			}
			calls, last = calls+1, done
		})
		runtime.ReadMemStats(&after)
		if err != nil {
			t.Fatal(err)
		}
		if len(text) != int(st.Size()) || last != st.Size() || calls < 50 {
			t.Fatalf("read %d of %d bytes, %d progress calls, last %d", len(text), st.Size(), calls, last)
		}
		// The text itself plus one chunk buffer: no copies, no growth.
		alloc := after.TotalAlloc - before.TotalAlloc
		if limit := uint64(st.Size()) + 4*chunkSize; alloc > limit {
			t.Fatalf("allocated %d MB reading %d MB (limit %d MB)", alloc>>20, st.Size()>>20, limit>>20)
		}
		t.Logf("read %d MB with %d MB allocated, %d progress reports", st.Size()>>20, alloc>>20, calls)
	})
	t.Run("Cancel", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		_, err := ReadFile(ctx, path, func(done, total int64) {
			if done >= 3*chunkSize {
				cancel()
			}
		})
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("want context.Canceled, got %v", err)
		}
	})
	t.Run("ErrTooLarge", func(t *testing.T) {
		_, err := ReadText(context.Background(), strings.NewReader(""), MaxBytes+1, nil)
		if !errors.Is(err, ErrTooLarge) {
			t.Fatalf("want ErrTooLarge, got %v", err)
		}
	})
}

func TestFromMarkdown(t *testing.T) {
	d, err := FromMarkdown("# EU readout\n\nThe **EU** raised [concerns](http://x) about `Xinjiang`.\n\n![logo](logo.png)\n\n- China rejected them.\n\n[x]: http://example.org\n")
	if err != nil {
		t.Fatal(err)
	}
	want := "EU readout\n\nThe EU raised concerns about Xinjiang.\n\n- China rejected them."
	if d.Text != want || d.Title != "EU readout" || d.Format != "markdown" {
		t.Fatalf("got %q (title %q)", d.Text, d.Title)
	}
}

func TestFromMarkdownExtras(t *testing.T) {
	in := "---\ntitle: \"Front matter title\"\ndate: 2027-01-05\n---\n\nThe EU and the UK met. _The UK_ proposed talks on snake_case_names.[^1]\n\n| Topic | Outcome |\n|-------|:-------:|\n| Ukraine | agreed |\n\n<div class=\"note\">Both sides <b>agreed</b>.</div>\n\n[^1]: See the UK statement.\n"
	d, err := FromMarkdown(in)
	if err != nil {
		t.Fatal(err)
	}
	want := "The EU and the UK met. The UK proposed talks on snake_case_names.\n\nTopic | Outcome\nUkraine | agreed\n\nBoth sides agreed."
	if d.Text != want || d.Title != "Front matter title" {
		t.Fatalf("got %q (title %q)", d.Text, d.Title)
	}
	if _, err := FromMarkdown("---\ntitle: x\n---"); !errors.Is(err, ErrEmpty) {
		t.Fatalf("front matter alone: %v, want ErrEmpty", err)
	}
	if d, err := FromMarkdown("--- \nThe EU spoke.\n"); err != nil || !strings.Contains(d.Text, "The EU spoke.") {
		t.Fatalf("a rule that opens the text is no front matter: %q %v", d.Text, err)
	}
}

func TestFromClipboard(t *testing.T) {
	if _, err := FromClipboard("  \n "); !errors.Is(err, ErrEmpty) {
		t.Fatalf("want ErrEmpty, got %v", err)
	}
	if _, err := FromClipboard("a\x00b"); !errors.Is(err, ErrNotText) {
		t.Fatalf("want ErrNotText, got %v", err)
	}
	d, err := FromClipboard("The EU spoke. China replied.")
	if err != nil || d.Title != "Pasted text" || d.Format != "clipboard" {
		t.Fatalf("%+v %v", d, err)
	}
}

func TestReadDOCX(t *testing.T) {
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	w, _ := z.Create("word/document.xml")
	fmt.Fprint(w, `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`+
		`<w:p><w:r><w:t>The EU raised </w:t></w:r><w:r><w:t>concerns &amp; more.</w:t></w:r></w:p>`+
		`<w:p><w:r><w:t>China</w:t><w:tab/><w:t>rejected them.</w:t></w:r></w:p></w:body></w:document>`)
	w, _ = z.Create("docProps/core.xml")
	fmt.Fprint(w, `<cp:coreProperties xmlns:cp="cp" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"><dc:title>EU readout</dc:title><dcterms:created>2024-06-17T08:00:00Z</dcterms:created></cp:coreProperties>`)
	z.Close()
	d, err := ReadFile(context.Background(), writeFile(t, "readout.docx", buf.Bytes()), nil)
	if err != nil {
		t.Fatal(err)
	}
	if d.Text != "The EU raised concerns & more.\n\nChina\trejected them." || d.Title != "EU readout" || d.PublishedOn != "2024-06-17" {
		t.Fatalf("%+v", d)
	}
}

// minimalPDF builds a one-page PDF whose text layer holds lines.
func minimalPDF(lines ...string) []byte { return pdfWithTitle("", lines...) }

// pdfWithTitle is minimalPDF with a document title in its Info dictionary
// when title is not empty.
func pdfWithTitle(title string, lines ...string) []byte {
	var content bytes.Buffer
	content.WriteString("BT /F1 12 Tf 72 720 Td 14 TL\n")
	for _, l := range lines {
		fmt.Fprintf(&content, "(%s) Tj T*\n", l)
	}
	content.WriteString("ET")
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", content.Len(), content.String()),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
	}
	trailer := ""
	if title != "" {
		objs = append(objs, "<< /Title ("+title+") >>")
		trailer = fmt.Sprintf(" /Info %d 0 R", len(objs))
	}
	return buildPDF(objs, trailer)
}

func TestReadPDF(t *testing.T) {
	path := writeFile(t, "readout.pdf", minimalPDF("The EU raised concerns about", "Xinjiang. China rejected them."))
	var pages int64
	d, err := ReadFile(context.Background(), path, func(done, total int64) { pages = total })
	if err != nil {
		t.Fatal(err)
	}
	if pages != 1 || !strings.Contains(strings.ReplaceAll(d.Text, "\n", " "), "The EU raised concerns about Xinjiang. China rejected them.") {
		t.Fatalf("pages %d, text %q", pages, d.Text)
	}
	segs := Segments(d.Text)
	if len(segs) != 2 {
		t.Fatalf("a hard-wrapped PDF line should join into 2 sentences, got %d", len(segs))
	}
}

func TestReadPDFTitleFromInfo(t *testing.T) {
	path := writeFile(t, "printed.pdf", pdfWithTitle("Japan-China Foreign Ministers' Meeting", "Home", "Press", "The EU spoke."))
	d, err := ReadFile(context.Background(), path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "Japan-China Foreign Ministers' Meeting" {
		t.Fatalf("title %q, want the document's own", d.Title)
	}
}

func TestPDFLigaturesSpeltOut(t *testing.T) {
	// Chromium's and LaTeX's PDFs carry U+FB00–FB06 in their text layer;
	// the minimal PDF here cannot encode them, so the replacer ReadPDF
	// applies to each page is checked on its own.
	if got := ligatures.Replace("Foreign A\ufb00airs, \ufb01rst, \ufb02ow, e\ufb03cient"); got != "Foreign Affairs, first, flow, efficient" {
		t.Fatalf("got %q", got)
	}
}

func TestFindDate(t *testing.T) {
	cases := map[string]string{
		"On June 17, 2024, they met":       "2024-06-17",
		"BRUSSELS, 17 June 2024 –":         "2024-06-17",
		"17.06.2024 Press team":            "2024-06-17",
		"Published 2024-06-17T09:00":       "2024-06-17",
		"2024年6月17日，中方表示":                  "2024-06-17",
		"Sept. 3, 2023":                    "2023-09-03",
		"On June 16 they met":              "",
		"31.02.2024 is no date":            "",
		"June 17, 2024 and 1 January 2020": "2024-06-17",
	}
	for in, want := range cases {
		if got := FindDate(in); got != want {
			t.Errorf("FindDate(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestReadUTF16(t *testing.T) {
	text := "EU-China talks\r\n\r\nThe EU urged China to act. 中方表示反对。 𝄞\r\n"
	units := utf16.Encode([]rune(text))
	for _, c := range []struct {
		name  string
		order binary.AppendByteOrder
		bom   []byte
	}{{"LittleEndian", binary.LittleEndian, []byte{0xFF, 0xFE}}, {"BigEndian", binary.BigEndian, []byte{0xFE, 0xFF}}} {
		t.Run(c.name, func(t *testing.T) {
			data := append([]byte(nil), c.bom...)
			for _, u := range units {
				data = c.order.AppendUint16(data, u)
			}
			d, err := ReadFile(context.Background(), writeFile(t, "unicode.txt", data), nil)
			if err != nil {
				t.Fatal(err)
			}
			if want := "EU-China talks\n\nThe EU urged China to act. 中方表示反对。 𝄞"; d.Text != want || d.Title != "EU-China talks" {
				t.Fatalf("got %q (title %q)", d.Text, d.Title)
			}
		})
	}
	// Without a byte order mark the NUL bytes give the order away.
	for _, order := range []binary.AppendByteOrder{binary.LittleEndian, binary.BigEndian} {
		var data []byte
		for _, u := range units {
			data = order.AppendUint16(data, u)
		}
		d, err := ReadFile(context.Background(), writeFile(t, "nobom.txt", data), nil)
		if err != nil || d.Text != "EU-China talks\n\nThe EU urged China to act. 中方表示反对。 𝄞" {
			t.Fatalf("%v without a mark: got %q, %v", order, d.Text, err)
		}
	}
	// An unpaired surrogate is replaced, not an error.
	data := binary.LittleEndian.AppendUint16([]byte{0xFF, 0xFE}, 'A')
	data = binary.LittleEndian.AppendUint16(data, 0xD800)
	data = binary.LittleEndian.AppendUint16(data, 'B')
	if d, err := ReadFile(context.Background(), writeFile(t, "broken.txt", data), nil); err != nil || d.Text != "A\uFFFDB" {
		t.Fatalf("got %q, %v", d.Text, err)
	}
}

// TestReadTextNamesTheControlCharacter: a short readout with a terminal's
// colour codes in it, or a NUL byte, is refused as not text, and the
// message says which byte on which line, so the analyst knows what to
// remove.
func TestReadTextNamesTheControlCharacter(t *testing.T) {
	for name, tc := range map[string]struct{ text, want string }{
		"escape": {"The EU expressed concern.\nChina \x1b[31msaid\x1b[0m it disagreed.\n", "control characters such as 0x1B on line 2"},
		"NUL":    {"The EU expressed concern.\n\nChina said\x00 it disagreed.\n", "a NUL byte on line 3"},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := ReadText(context.Background(), strings.NewReader(tc.text), int64(len(tc.text)), nil)
			if !errors.Is(err, ErrNotText) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want ErrNotText saying %q", err, tc.want)
			}
		})
	}
}
