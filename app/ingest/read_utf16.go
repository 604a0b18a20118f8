package ingest

import (
	"bufio"
	"encoding/binary"
	"io"
	"unicode/utf16"
	"unicode/utf8"
)

// utf16Order returns the byte order a UTF-16 byte order mark names, or
// nil when bom is none.
func utf16Order(bom []byte) binary.ByteOrder {
	switch {
	case bom[0] == 0xFF && bom[1] == 0xFE:
		return binary.LittleEndian
	case bom[0] == 0xFE && bom[1] == 0xFF:
		return binary.BigEndian
	}
	return nil
}

// utf16Reader decodes UTF-16 text (after its byte order mark) from r into
// UTF-8 as it is read, so that ReadText's chunks, limits and checks apply
// unchanged. An unpaired surrogate becomes U+FFFD.
func utf16Reader(r io.Reader, order binary.ByteOrder) io.Reader {
	return &utf16Decoder{r: bufio.NewReaderSize(r, 64<<10), order: order, pending: -1}
}

type utf16Decoder struct {
	r       *bufio.Reader
	order   binary.ByteOrder
	pending rune   // a high surrogate waiting for its pair, or -1
	out     []byte // decoded bytes not yet returned
	err     error
}

func (d *utf16Decoder) Read(p []byte) (int, error) {
	var unit [2]byte
	for len(d.out) < len(p) && d.err == nil {
		if _, err := io.ReadFull(d.r, unit[:]); err != nil {
			if d.pending >= 0 {
				d.out = utf8.AppendRune(d.out, utf8.RuneError)
			}
			d.err = io.EOF
			if err != io.EOF && err != io.ErrUnexpectedEOF {
				d.err = err
			}
			break
		}
		c := rune(d.order.Uint16(unit[:]))
		if d.pending >= 0 {
			if c >= 0xDC00 && c < 0xE000 {
				d.out = utf8.AppendRune(d.out, utf16.DecodeRune(d.pending, c))
				d.pending = -1
				continue
			}
			d.out = utf8.AppendRune(d.out, utf8.RuneError)
			d.pending = -1
		}
		switch {
		case c >= 0xD800 && c < 0xDC00:
			d.pending = c
		case utf16.IsSurrogate(c):
			d.out = utf8.AppendRune(d.out, utf8.RuneError)
		default:
			d.out = utf8.AppendRune(d.out, c)
		}
	}
	n := copy(p, d.out)
	d.out = d.out[n:]
	if n == 0 && d.err != nil {
		return 0, d.err
	}
	return n, nil
}
