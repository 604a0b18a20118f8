package ingest

import (
	"bytes"
	"os"
	"regexp"
	"strings"
)

// htmlCharset finds the charset a page declares in its first kilobytes
// (<meta charset=…> or http-equiv content="…; charset=…").
var htmlCharset = regexp.MustCompile(`(?i)charset\s*=\s*["']?\s*([a-z0-9_:.-]+)`)

// latinCharsets are the labels browsers decode as Windows-1252 (the
// WHATWG Encoding Standard maps ISO-8859-1 and ASCII to it as well).
var latinCharsets = set("windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "latin1", "l1",
	"iso_8859-1", "us-ascii", "ascii", "ansi_x3.4-1968", "cp819", "ibm819", "iso-ir-100")

// cp1252High are the characters of bytes 0x80–0x9F in Windows-1252;
// the other bytes are their own code points.
var cp1252High = [32]rune{'€', 0x81, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0x8D, 'Ž', 0x8F,
	0x90, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0x9D, 'ž', 'Ÿ'}

// readLatinHTML reads a page that is not UTF-8 again as Windows-1252 when
// it declares that charset; otherwise it returns notUTF8 unchanged.
func readLatinHTML(path string, notUTF8 error) (string, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return "", pathless(err)
	}
	m := htmlCharset.FindSubmatch(raw[:min(len(raw), 4096)])
	if m == nil || !latinCharsets[strings.ToLower(string(m[1]))] {
		return "", notUTF8
	}
	if bytes.IndexByte(raw, 0) >= 0 {
		return "", ErrNotText
	}
	var b strings.Builder
	b.Grow(len(raw) + len(raw)/8)
	for _, c := range raw {
		switch {
		case c < 0x80:
			b.WriteByte(c)
		case c < 0xA0:
			b.WriteRune(cp1252High[c-0x80])
		default:
			b.WriteRune(rune(c))
		}
	}
	return b.String(), nil
}
