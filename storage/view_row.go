package storage

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"
)

// packedRow reads one row that SQLite packed into a single JSON array
// (json_array(...)). The pure-Go driver takes a mutex twice for every
// column it hands over (its type, then its value), which made reading
// eighteen columns per statement most of a whole-project export; one
// packed column per row leaves SQLite the packing and Go one string to
// cut. Strings without escapes are cut from the row without copying.
type packedRow struct {
	s   string
	pos int
	err error
}

func newPackedRow(s string) *packedRow {
	p := &packedRow{s: s}
	if !strings.HasPrefix(s, "[") {
		p.err = fmt.Errorf("packed row %.40q is not a JSON array", s)
	}
	p.pos = 1
	return p
}

// token returns the next value's raw text and moves past its comma.
// The arrays come from SQLite's json_array or PostgreSQL's
// json_build_array: no spaces inside values but in strings.
func (p *packedRow) token() string {
	if p.err != nil {
		return ""
	}
	s, i := p.s, p.pos
	for i < len(s) && s[i] == ' ' { // PostgreSQL writes ", " between values
		i++
	}
	if i >= len(s) {
		p.err = fmt.Errorf("packed row ends early")
		return ""
	}
	start := i
	if s[i] == '"' {
		i++
		for i < len(s) && s[i] != '"' {
			if s[i] == '\\' {
				i++
			}
			i++
		}
		if i >= len(s) {
			p.err = fmt.Errorf("packed row has an unterminated string")
			return ""
		}
		i++
	} else {
		for i < len(s) && s[i] != ',' && s[i] != ']' {
			i++
		}
	}
	tok := s[start:i]
	switch {
	case i < len(s) && s[i] == ',':
	case i == len(s)-1 && s[i] == ']':
	default:
		p.err = fmt.Errorf("packed row %.40q is not a JSON array", s)
		return ""
	}
	p.pos = i + 1
	return tok
}

// int64 reads an integer; null gives 0 and valid false.
func (p *packedRow) int64() (v int64, valid bool) {
	tok := p.token()
	if p.err != nil || tok == "null" {
		return 0, false
	}
	v, err := strconv.ParseInt(tok, 10, 64)
	if err != nil {
		p.err = fmt.Errorf("packed row: %q is not an integer", tok)
		return 0, false
	}
	return v, true
}

// id reads a nullable id.
func (p *packedRow) id() *int64 {
	if v, ok := p.int64(); ok {
		return &v
	}
	return nil
}

// num reads an integer, null as 0.
func (p *packedRow) num() int64 {
	v, _ := p.int64()
	return v
}

func (p *packedRow) int() int { return int(p.num()) }

// time reads a datetime column packed as text, as timeText scans it
// (null: the zero time); bad is timeText's.
func (p *packedRow) time(t *time.Time, bad *badText) {
	if p.err != nil {
		return
	}
	if strings.HasPrefix(strings.TrimLeft(p.s[p.pos:], " "), "null") {
		p.token()
		*t = time.Time{}
		return
	}
	if err := (timeText{t, bad}).Scan(p.string()); err != nil && p.err == nil {
		p.err = err
	}
}

// string reads a string (a number as its text, null as "").
func (p *packedRow) string() string {
	tok := p.token()
	if p.err != nil || tok == "null" {
		return ""
	}
	if len(tok) < 2 || tok[0] != '"' {
		return tok
	}
	body := tok[1 : len(tok)-1]
	if strings.IndexByte(body, '\\') < 0 {
		return body
	}
	s, err := unescapeJSON(body)
	if err != nil {
		p.err = err
	}
	return s
}

// done reports an error unless every value was read.
func (p *packedRow) done() error {
	if p.err == nil && p.pos != len(p.s) {
		p.err = fmt.Errorf("packed row has more values than expected")
	}
	return p.err
}

// unescapeJSON decodes the escapes of a JSON string's body. Other bytes
// are kept as they are, invalid UTF-8 included, as the driver gives them.
func unescapeJSON(s string) (string, error) {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' {
			b.WriteByte(c)
			continue
		}
		i++
		if i >= len(s) {
			return "", fmt.Errorf("packed row: string ends in a backslash")
		}
		switch s[i] {
		case '"', '\\', '/':
			b.WriteByte(s[i])
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u':
			r, n, err := hexRune(s[i+1:])
			if err != nil {
				return "", err
			}
			i += n
			if utf16.IsSurrogate(r) && strings.HasPrefix(s[i+1:], `\u`) {
				if r2, n2, err := hexRune(s[i+3:]); err == nil {
					if d := utf16.DecodeRune(r, r2); d != utf8.RuneError {
						r = d
						i += 2 + n2
					}
				}
			}
			b.WriteRune(r)
		default:
			return "", fmt.Errorf("packed row: unknown escape \\%c", s[i])
		}
	}
	return b.String(), nil
}

func hexRune(s string) (rune, int, error) {
	if len(s) < 4 {
		return 0, 0, fmt.Errorf("packed row: short \\u escape")
	}
	v, err := strconv.ParseUint(s[:4], 16, 32)
	if err != nil {
		return 0, 0, fmt.Errorf("packed row: bad \\u escape %q", s[:4])
	}
	return rune(v), 4, nil
}
