package ingest

import (
	"bufio"
	"encoding/binary"
	"io"
	"unicode/utf16"
	"unicode/utf8"
)

// utf16Sniff is how much of a file utf16Order looks at.
const utf16Sniff = 512

// utf16Order returns the byte order of UTF-16 text and the length of its
// byte order mark, or nil when head does not start UTF-16 text. Without a
// mark (some programs write none) the NUL bytes tell: text in Latin,
// Cyrillic or Greek script has a zero high byte in most code units, which
// lands on the odd bytes in little-endian order and on the even ones in
// big-endian; UTF-8 text has no NUL at all. The decoded text still goes
// through ReadText's checks, so a binary file taken for UTF-16 is still
// refused as binary.
func utf16Order(head []byte) (binary.ByteOrder, int) {
	switch {
	case head[0] == 0xFF && head[1] == 0xFE:
		return binary.LittleEndian, 2
	case head[0] == 0xFE && head[1] == 0xFF:
		return binary.BigEndian, 2
	}
	units := len(head) / 2
	if units < 4 {
		return nil, 0
	}
	var zeroEven, zeroOdd int
	for i := 0; i+1 < len(head); i += 2 {
		if head[i] == 0 {
			zeroEven++
		}
		if head[i+1] == 0 {
			zeroOdd++
		}
	}
	// At least 40% of the code units with a zero high byte, and almost no
	// zero low bytes.
	switch {
	case zeroOdd*10 >= units*4 && zeroEven*20 < units:
		return binary.LittleEndian, 0
	case zeroEven*10 >= units*4 && zeroOdd*20 < units:
		return binary.BigEndian, 0
	}
	return nil, 0
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
