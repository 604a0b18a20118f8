package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxBytes is the largest file the importer reads. A readout is a few
// kilobytes; the cap keeps a mistaken pick (a disk image) from eating the
// machine's memory.
const MaxBytes = 128 << 20

// chunkSize is how much a reader takes at a time; progress and
// cancellation are checked once per chunk.
const chunkSize = 1 << 20

// Document is a source as read: its plain text (paragraphs separated by
// blank lines, "\n" line ends) and what it says about itself.
type Document struct {
	Text        string
	Title       string
	Publisher   string
	URL         string
	PublishedOn string // YYYY-MM-DD or empty
	Format      string // text, markdown, html, docx, pdf, clipboard

	// HeldOn is the date of the dialogue the source is imported into
	// (YYYY-MM-DD), or empty: it stands for the text's date when the
	// text gives none (dates_window.go). It is not stored.
	HeldOn string
}

// Progress is told how many bytes of how many are read so far.
type Progress func(done, total int64)

// ReadFile reads the file at path with the reader its extension names.
// Errors wrap ErrEmpty, ErrNotText, ErrInvalidUTF8, ErrTooLarge,
// ErrUnsupported or ErrBadDocument, or the context's error.
func ReadFile(ctx context.Context, path string, progress Progress) (Document, error) {
	doc, err := readFile(ctx, path, progress)
	if err != nil {
		return Document{}, fmt.Errorf("read %s: %w", filepath.Base(path), err)
	}
	if doc.Title == "" {
		doc.Title = titleFromName(path)
	}
	return doc, nil
}

func readFile(ctx context.Context, path string, progress Progress) (Document, error) {
	ext := strings.ToLower(filepath.Ext(path))
	// A missing or unreadable file is said so before any reader runs: the
	// .docx and .pdf readers would call it damaged.
	if st, err := os.Stat(path); err != nil {
		return Document{}, pathless(err)
	} else if st.IsDir() {
		return Document{}, ErrFolder
	} else if !st.Mode().IsRegular() {
		// A named pipe would block the import until some writer came
		// (forever, usually); a device reads on without end.
		return Document{}, ErrNotRegular
	}
	switch ext {
	case ".docx":
		return ReadDOCX(ctx, path)
	case ".pdf":
		return ReadPDF(ctx, path, progress)
	case ".txt", ".text", ".md", ".markdown", ".html", ".htm", "":
	default:
		return Document{}, ErrUnsupported
	}
	f, err := os.Open(path)
	if err != nil {
		return Document{}, pathless(err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return Document{}, pathless(err)
	}
	var src io.Reader = f
	if head := make([]byte, min(st.Size(), utf16Sniff)); len(head) >= 2 {
		if _, err := io.ReadFull(f, head); err != nil {
			return Document{}, pathless(err)
		}
		src = io.MultiReader(bytes.NewReader(head), f)
		if order, bom := utf16Order(head); order != nil {
			// Windows programs save "Unicode" text as UTF-16.
			src = utf16Reader(io.MultiReader(bytes.NewReader(head[bom:]), f), order)
		}
	}
	text, err := ReadText(ctx, src, st.Size(), progress)
	if errors.Is(err, ErrInvalidUTF8) && (ext == ".html" || ext == ".htm") {
		// Older government sites still serve Windows-1252 pages and say so.
		text, err = readLatinHTML(path, err)
	}
	if err != nil {
		return Document{}, err
	}
	switch ext {
	case ".md", ".markdown":
		return FromMarkdown(text)
	case ".html", ".htm":
		return ReadHTML(strings.NewReader(text))
	}
	return FromText(text, "text")
}

// pathless drops the path from a file system error: ReadFile names the
// file already ("read x.txt: no such file or directory").
func pathless(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// ReadText reads r (size bytes, or -1 when unknown) as UTF-8 text in chunks:
// memory stays near the text's own size, progress is reported and ctx is
// checked after every chunk. Binary data gives ErrNotText, broken UTF-8
// ErrInvalidUTF8, nothing but white space ErrEmpty.
func ReadText(ctx context.Context, r io.Reader, size int64, progress Progress) (string, error) {
	if size > MaxBytes {
		return "", fmt.Errorf("%w (%d MB; at most %d MB)", ErrTooLarge, size>>20, MaxBytes>>20)
	}
	var b strings.Builder
	if size > 0 {
		b.Grow(int(size))
	}
	buf := make([]byte, chunkSize+utf8.UTFMax)
	carry := 0 // bytes of an incomplete rune kept from the last chunk
	var done int64
	for {
		if err := ctx.Err(); err != nil {
			return "", err
		}
		n, err := io.ReadFull(r, buf[carry:carry+chunkSize])
		chunk := buf[:carry+n]
		last := err != nil
		keep := 0
		if !last {
			keep = incompleteTail(chunk)
		}
		if e := checkChunk(chunk[:len(chunk)-keep], done == 0 && b.Len() == 0); e != nil {
			if errors.Is(e, ErrInvalidUTF8) {
				return "", badUTF8At(b.String(), chunk[:len(chunk)-keep])
			}
			if errors.Is(e, ErrNotText) {
				return "", notTextAt(b.String(), chunk[:len(chunk)-keep])
			}
			return "", e
		}
		b.Write(chunk[:len(chunk)-keep])
		done += int64(n)
		if done > MaxBytes {
			return "", fmt.Errorf("%w (more than %d MB)", ErrTooLarge, MaxBytes>>20)
		}
		if progress != nil {
			progress(done, size)
		}
		copy(buf, chunk[len(chunk)-keep:])
		carry = keep
		if last {
			if err != io.EOF && err != io.ErrUnexpectedEOF {
				return "", err
			}
			break
		}
	}
	text := b.String()
	if isBlankText(text) {
		return "", ErrEmpty
	}
	return text, nil
}

// badUTF8At says where the first byte that is not UTF-8 sits (chunk
// follows the text read so far) and what the file probably is: a readout
// saved by an old Windows program in Windows-1252 or Latin-1.
func badUTF8At(before string, chunk []byte) error {
	at := 0
	for at < len(chunk) {
		r, n := utf8.DecodeRune(chunk[at:])
		if r == utf8.RuneError && n <= 1 {
			break
		}
		at += n
	}
	line := strings.Count(before, "\n") + bytes.Count(chunk[:at], []byte{'\n'}) + 1
	return fmt.Errorf("%w (byte 0x%02X on line %d; the file may be in Windows-1252 or Latin-1: save it as UTF-8 and import it again)",
		ErrInvalidUTF8, chunk[min(at, len(chunk)-1)], line)
}

// notTextAt says which byte made the file binary and on what line: a text
// with a few stray control characters (a terminal's colour codes pasted
// into a short readout) was refused as "not text" without a word of where,
// though removing them is all it takes.
func notTextAt(before string, chunk []byte) error {
	at := bytes.IndexByte(chunk, 0)
	what := "a NUL byte"
	if at < 0 {
		at = bytes.IndexFunc(chunk, func(r rune) bool {
			return r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f'
		})
		if at < 0 {
			return ErrNotText
		}
		what = fmt.Sprintf("control characters such as 0x%02X", chunk[at])
	}
	line := strings.Count(before, "\n") + bytes.Count(chunk[:at], []byte{'\n'}) + 1
	return fmt.Errorf("%w: %s on line %d", ErrNotText, what, line)
}

// incompleteTail is the number of bytes at the end of p that start a rune
// the next chunk completes.
func incompleteTail(p []byte) int {
	for i := 1; i <= utf8.UTFMax-1 && i <= len(p); i++ {
		c := p[len(p)-i]
		if c < 0x80 {
			return 0
		}
		if utf8.RuneStart(c) {
			if utf8.FullRune(p[len(p)-i:]) {
				return 0
			}
			return i
		}
	}
	return 0
}

// checkChunk rejects binary data and broken UTF-8. A NUL byte or many
// control characters mean binary; the first chunk is judged strictly
// because file headers (PNG, ZIP, ELF) sit there.
func checkChunk(p []byte, first bool) error {
	if bytes.IndexByte(p, 0) >= 0 {
		return ErrNotText
	}
	ctrl := 0
	for _, c := range p {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctrl++
		}
	}
	if ctrl > 0 && (first && ctrl*100 > len(p) || ctrl*10 > len(p)) {
		return ErrNotText
	}
	if !utf8.Valid(p) {
		return ErrInvalidUTF8
	}
	return nil
}

// FromText makes a document of plain text: line ends normalised, a byte
// order mark dropped, the first line as title and a dateline's date.
func FromText(text, format string) (Document, error) {
	text = NormalizeText(text)
	if !utf8.ValidString(text) {
		return Document{}, ErrInvalidUTF8
	}
	if isBlankText(text) {
		return Document{}, ErrEmpty
	}
	d := Document{Text: text, Format: format}
	first := strings.TrimSpace(firstLine(text))
	if first != "" && utf8.RuneCountInString(first) <= 160 && !endsSentence(first) {
		d.Title = first
	}
	d.PublishedOn = FindDate(head(text, 600))
	return d, nil
}

// FromClipboard makes a document of pasted text.
func FromClipboard(text string) (Document, error) {
	if strings.IndexByte(text, 0) >= 0 {
		return Document{}, ErrNotText
	}
	d, err := FromText(text, "clipboard")
	if err != nil {
		return Document{}, fmt.Errorf("pasted text: %w", err)
	}
	if d.Title == "" {
		d.Title = "Pasted text"
	}
	return d, nil
}

// NormalizeText gives text "\n" line ends, no byte order mark, no
// trailing spaces on lines and at most one blank line in a row. Offsets of
// statements count runes into this form.
func NormalizeText(text string) string {
	text = strings.TrimPrefix(text, "\ufeff")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	var b strings.Builder
	b.Grow(len(text))
	blank := 0
	for line := range strings.SplitSeq(text, "\n") {
		line = strings.TrimRight(line, " \t\u00a0\u3000\f\v")
		if line == "" {
			blank++
			continue
		}
		if b.Len() > 0 {
			if blank > 0 {
				b.WriteString("\n\n")
			} else {
				b.WriteByte('\n')
			}
		}
		blank = 0
		b.WriteString(line)
	}
	return b.String()
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

func head(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func titleFromName(path string) string {
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// isBlankText reports whether s holds nothing but white space and byte
// order marks.
func isBlankText(s string) bool {
	// Format characters (zero-width spaces and joiners, direction marks,
	// soft hyphens, the byte order mark) show nothing either.
	return strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) }) == ""
}
