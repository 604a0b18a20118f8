package ingest

import (
	"archive/zip"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// maxDOCXPart bounds what one part of a Word file may unpack to, so that a
// zip bomb cannot exhaust memory.
var maxDOCXPart int64 = MaxBytes

// ReadDOCX reads the paragraphs of a Word (.docx) file, and its title and
// date from the document properties.
func ReadDOCX(ctx context.Context, path string) (Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return Document{}, pathless(err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return Document{}, pathless(err)
	}
	return readDOCX(ctx, f, st.Size())
}

// readDOCX is ReadDOCX of an open file (or bytes, when fuzzing).
func readDOCX(ctx context.Context, ra io.ReaderAt, size int64) (Document, error) {
	z, err := zip.NewReader(ra, size)
	if err != nil {
		return Document{}, fmt.Errorf("%w: %v", ErrBadDocument, err)
	}
	var body, core *zip.File
	for _, f := range z.File {
		switch f.Name {
		case "word/document.xml":
			body = f
		case "docProps/core.xml":
			core = f
		}
	}
	if body == nil {
		return Document{}, fmt.Errorf("%w: no word/document.xml inside", ErrBadDocument)
	}
	text, err := docxText(ctx, body)
	if err != nil {
		return Document{}, err
	}
	d, err := FromText(text, "docx")
	if err != nil {
		return Document{}, err
	}
	if core != nil {
		title, date := docxCore(core)
		if title != "" {
			d.Title = title
		}
		if d.PublishedOn == "" {
			d.PublishedOn = date
		}
	}
	return d, nil
}

// docxText walks document.xml: text runs (w:t) joined, a paragraph (w:p)
// per line, tabs and breaks kept.
func docxText(ctx context.Context, f *zip.File) (string, error) {
	rc, err := f.Open()
	if err != nil {
		return "", fmt.Errorf("%w: %v", ErrBadDocument, err)
	}
	defer rc.Close()
	dec := xml.NewDecoder(&partReader{r: rc, left: maxDOCXPart})
	var b strings.Builder
	inText := false
	depth := 0
	for n := 0; ; n++ {
		if n%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return "", err
			}
		}
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if errors.Is(err, ErrTooLarge) {
			return "", err
		}
		if err != nil {
			return "", fmt.Errorf("%w: %v", ErrBadDocument, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if depth++; depth > maxDepth {
				return "", ErrTooDeep
			}
			switch t.Name.Local {
			case "t":
				inText = true
			case "tab":
				b.WriteByte('\t')
			case "br", "cr":
				b.WriteByte('\n')
			}
		case xml.EndElement:
			depth--
			switch t.Name.Local {
			case "t":
				inText = false
			case "p":
				b.WriteString("\n\n")
			}
		case xml.CharData:
			if inText {
				b.Write(t)
			}
		}
	}
	return b.String(), nil
}

func docxCore(f *zip.File) (title, date string) {
	rc, err := f.Open()
	if err != nil {
		return "", ""
	}
	defer rc.Close()
	var core struct {
		Title   string `xml:"title"`
		Created string `xml:"created"`
	}
	if xml.NewDecoder(io.LimitReader(rc, 1<<20)).Decode(&core) != nil {
		return "", ""
	}
	return strings.TrimSpace(core.Title), NormalizeDate(core.Created)
}

// partReader reads a part of a Word file up to left bytes and fails with
// ErrTooLarge when there is more: a cut-off part would otherwise read as
// damaged XML ("unexpected EOF").
type partReader struct {
	r    io.Reader
	left int64
}

func (p *partReader) Read(b []byte) (int, error) {
	if p.left <= 0 {
		var one [1]byte
		if n, _ := io.ReadFull(p.r, one[:]); n > 0 {
			return 0, fmt.Errorf("%w (a part of it unpacks to more than %d MB)", ErrTooLarge, maxDOCXPart>>20)
		}
		return 0, io.EOF
	}
	if int64(len(b)) > p.left {
		b = b[:p.left]
	}
	n, err := p.r.Read(b)
	p.left -= int64(n)
	return n, err
}
