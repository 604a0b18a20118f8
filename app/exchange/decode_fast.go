package exchange

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// decodeFast reads the document at path without encoding/json's
// reflection for the statements, by far the longest list: for 100k
// statements encoding/json scanned every one twice and spent a fifth of
// the whole import there. It takes only what it reads exactly as
// DecodeFile's decoder does: the statements' fields by their exact names,
// once each, with the types of Statement; strings whose escapes are plain
// (no surrogate pairs) and that are valid UTF-8; whole numbers in range.
// Every other key's value is handed to encoding/json as it is. Anything
// else, a syntax error included, makes it answer false, and the caller
// reads the file the general way, which also words every error.
func decodeFast(path string) (*Document, bool) {
	f, err := os.Open(path)
	if err != nil {
		return nil, false
	}
	defer f.Close()
	br, _ := jsonReader(f)
	r := &fastReader{r: br, buf: make([]byte, 0, 1<<16)}
	doc := &Document{}
	if !r.document(doc) || r.failed {
		return nil, false
	}
	return doc, true
}

// fastReader reads JSON tokens from a buffered window of r. Every method
// answers false for input it does not take; the window is never read
// past its end.
type fastReader struct {
	r      io.Reader
	buf    []byte // buf[pos:] is read and not yet used
	pos    int
	eof    bool
	failed bool // reading failed (too large, an I/O error): not the end
}

// more reads more input, keeping buf[pos:] (moved to the front); false at
// the end of the input.
func (f *fastReader) more() bool {
	if f.eof {
		return false
	}
	if f.pos > 0 {
		n := copy(f.buf, f.buf[f.pos:])
		f.buf, f.pos = f.buf[:n], 0
	}
	if len(f.buf) == cap(f.buf) {
		f.buf = append(f.buf, make([]byte, cap(f.buf))...)[:len(f.buf)]
	}
	for {
		n, err := f.r.Read(f.buf[len(f.buf):cap(f.buf)])
		f.buf = f.buf[:len(f.buf)+n]
		if err != nil {
			f.eof = true
			f.failed = err != io.EOF
			return n > 0
		}
		if n > 0 {
			return true
		}
	}
}

// next skips white space and returns the next byte without taking it.
func (f *fastReader) next() (byte, bool) {
	for {
		for f.pos < len(f.buf) {
			switch c := f.buf[f.pos]; c {
			case ' ', '\t', '\n', '\r':
				f.pos++
			default:
				return c, true
			}
		}
		if !f.more() {
			return 0, false
		}
	}
}

// take takes the next byte, after white space, if it is c.
func (f *fastReader) take(c byte) bool {
	if b, ok := f.next(); !ok || b != c {
		return false
	}
	f.pos++
	return true
}

// null takes a null if one is next.
func (f *fastReader) null() bool {
	if c, ok := f.next(); !ok || c != 'n' {
		return false
	}
	for len(f.buf)-f.pos < 4 {
		if !f.more() {
			return false
		}
	}
	if string(f.buf[f.pos:f.pos+4]) != "null" {
		return false
	}
	f.pos += 4
	return true
}

// token returns the next string token whole, quotes included, and whether
// it holds an escape; the bytes are valid until the next read.
func (f *fastReader) token() (tok []byte, escaped, ok bool) {
	if c, ok := f.next(); !ok || c != '"' {
		return nil, false, false
	}
	j := 1
	for {
		if f.pos+j >= len(f.buf) {
			if !f.more() {
				return nil, false, false
			}
			continue
		}
		switch c := f.buf[f.pos+j]; {
		case c == '"':
			tok = f.buf[f.pos : f.pos+j+1]
			f.pos += j + 1
			return tok, escaped, true
		case c == '\\':
			escaped = true
			j += 2
			continue
		case c < 0x20:
			return nil, false, false
		}
		j++
	}
}

// str reads a string.
func (f *fastReader) str() (string, bool) {
	tok, escaped, ok := f.token()
	if !ok {
		return "", false
	}
	raw := tok[1 : len(tok)-1]
	if !utf8.Valid(raw) {
		return "", false // encoding/json puts U+FFFD in; let it
	}
	if !escaped {
		return string(raw), true
	}
	return unescape(raw)
}

// unescape resolves the escapes of a string's valid UTF-8 content.
func unescape(raw []byte) (string, bool) {
	out := make([]byte, 0, len(raw))
	for len(raw) > 0 {
		i := bytes.IndexByte(raw, '\\')
		if i < 0 {
			out = append(out, raw...)
			break
		}
		out = append(out, raw[:i]...)
		if i+1 >= len(raw) {
			return "", false
		}
		switch c := raw[i+1]; c {
		case '"', '\\', '/':
			out = append(out, c)
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			if i+6 > len(raw) {
				return "", false
			}
			r, err := strconv.ParseUint(string(raw[i+2:i+6]), 16, 16)
			if err != nil || utf16.IsSurrogate(rune(r)) {
				return "", false
			}
			out = utf8.AppendRune(out, rune(r))
			raw = raw[i+6:]
			continue
		default:
			return "", false
		}
		raw = raw[i+2:]
	}
	return string(out), true
}

// int reads a whole number of bits bits: digits with an optional minus,
// no leading zero, fraction or exponent.
func (f *fastReader) int(bits int) (int64, bool) {
	if _, ok := f.next(); !ok {
		return 0, false
	}
	j := 0
	for {
		if f.pos+j >= len(f.buf) {
			if !f.more() {
				return 0, false // a document never ends in a number
			}
			continue
		}
		c := f.buf[f.pos+j]
		if c != '-' && (c < '0' || c > '9') {
			break
		}
		j++
	}
	num := f.buf[f.pos : f.pos+j]
	digits := bytes.TrimPrefix(num, []byte("-"))
	if len(digits) == 0 || len(digits) > 1 && digits[0] == '0' {
		return 0, false
	}
	switch f.buf[f.pos+j] {
	case '.', 'e', 'E', '+':
		return 0, false
	}
	n, err := strconv.ParseInt(string(num), 10, bits)
	if err != nil {
		return 0, false
	}
	f.pos += j
	return n, true
}

// document reads the top-level object into doc.
func (f *fastReader) document(doc *Document) bool {
	if !f.take('{') {
		return false
	}
	fields := documentFields(doc)
	seen := map[string]bool{}
	if c, ok := f.next(); ok && c == '}' {
		f.pos++
		return f.end()
	}
	for {
		tok, escaped, ok := f.token()
		if !ok || escaped {
			return false
		}
		key := string(tok[1 : len(tok)-1])
		if seen[key] || !f.take(':') {
			return false
		}
		seen[key] = true
		if key == "statements" {
			if !f.statements(&doc.Statements) {
				return false
			}
		} else if field, known := fields[key]; !known || !f.decodeValue(field) {
			return false
		}
		c, ok := f.next()
		if !ok {
			return false
		}
		f.pos++
		if c == '}' {
			return f.end()
		}
		if c != ',' {
			return false
		}
	}
}

// end reports whether nothing but white space follows.
func (f *fastReader) end() bool {
	_, more := f.next()
	return !more && !f.failed
}

// decodeValue hands the next value to encoding/json, as DecodeFile's
// decoder decodes a key other than the statements.
func (f *fastReader) decodeValue(v any) bool {
	raw, ok := f.value()
	if !ok {
		return false
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if dec.Decode(v) != nil {
		return false
	}
	_, err := dec.Token()
	return err == io.EOF
}

// value returns a copy of the next value's bytes, found by its brackets
// and strings; encoding/json checks the rest.
func (f *fastReader) value() ([]byte, bool) {
	c, ok := f.next()
	if !ok {
		return nil, false
	}
	var out []byte
	if c != '{' && c != '[' && c != '"' {
		// A number or a literal: up to the next delimiter.
		for {
			if f.pos >= len(f.buf) {
				if !f.more() {
					return nil, false
				}
				continue
			}
			switch c := f.buf[f.pos]; c {
			case ',', '}', ']', ' ', '\t', '\n', '\r':
				return out, true
			default:
				out = append(out, c)
				f.pos++
			}
		}
	}
	depth := 0
	for {
		if f.pos >= len(f.buf) {
			if !f.more() {
				return nil, false
			}
			continue
		}
		switch c := f.buf[f.pos]; c {
		case '"':
			if !f.copyString(&out) {
				return nil, false
			}
		case '{', '[':
			depth++
			out = append(out, c)
			f.pos++
		case '}', ']':
			depth--
			out = append(out, c)
			f.pos++
		default:
			out = append(out, c)
			f.pos++
		}
		if depth == 0 {
			return out, true
		}
	}
}

// copyString appends the string token at pos to out as it is, a run of
// plain bytes at a time (a source's text is long).
func (f *fastReader) copyString(out *[]byte) bool {
	*out = append(*out, '"')
	f.pos++
	for {
		if f.pos >= len(f.buf) {
			if !f.more() {
				return false
			}
			continue
		}
		i := bytes.IndexAny(f.buf[f.pos:], `"\`)
		if i < 0 {
			*out = append(*out, f.buf[f.pos:]...)
			f.pos = len(f.buf)
			continue
		}
		*out = append(*out, f.buf[f.pos:f.pos+i]...)
		f.pos += i
		if f.buf[f.pos] == '"' {
			*out = append(*out, '"')
			f.pos++
			return true
		}
		for len(f.buf)-f.pos < 2 {
			if !f.more() {
				return false
			}
		}
		*out = append(*out, f.buf[f.pos:f.pos+2]...)
		f.pos += 2
	}
}

// statements reads the list of statements as decodeStatements does.
func (f *fastReader) statements(out *[]Statement) bool {
	if !f.take('[') {
		return false // null is rare enough for the general way
	}
	if c, ok := f.next(); ok && c == ']' {
		f.pos++
		return true
	}
	names := nameSharer{}
	// Gathered in chunks and copied once into a list of the right size: a
	// list grown by append is copied each time it grows by a quarter,
	// which for 100k statements allocated five times the list.
	const chunk = 4096
	var chunks [][]Statement
	var last []Statement
	n := 0
	for {
		if len(last) == cap(last) {
			last = make([]Statement, 0, chunk)
			chunks = append(chunks, nil)
		}
		last = last[:len(last)+1]
		st := &last[len(last)-1]
		if !f.statement(st) {
			return false
		}
		names.statement(st)
		chunks[len(chunks)-1] = last
		n++
		c, ok := f.next()
		if !ok {
			return false
		}
		f.pos++
		if c == ']' {
			break
		}
		if c != ',' {
			return false
		}
	}
	*out = make([]Statement, 0, n)
	for _, c := range chunks {
		*out = append(*out, c...)
	}
	return true
}

// statement reads one statement object into st.
func (f *fastReader) statement(st *Statement) bool {
	if !f.take('{') {
		return false
	}
	if c, ok := f.next(); ok && c == '}' {
		f.pos++
		return true
	}
	var seen uint32
	for {
		tok, escaped, ok := f.token()
		if !ok || escaped {
			return false
		}
		i := statementField(tok[1 : len(tok)-1])
		if i < 0 || seen&(1<<i) != 0 || !f.take(':') {
			return false
		}
		seen |= 1 << i
		if !f.statementValue(st, i) {
			return false
		}
		c, ok := f.next()
		if !ok {
			return false
		}
		f.pos++
		if c == '}' {
			return true
		}
		if c != ',' {
			return false
		}
	}
}

// statementKeys are Statement's JSON names, Stamps' included.
var statementKeys = []string{"id", "dialogue", "position", "parties", "reported_by", "speaker", "speaker_id",
	"topic", "topic_id", "kind", "text", "source", "start", "end", "tags",
	"created_at", "updated_at", "created_by", "updated_by"}

// statementIndex maps each of statementKeys to its index: only the exact
// name (encoding/json also takes another case).
var statementIndex = func() map[string]int {
	m := make(map[string]int, len(statementKeys))
	for i, k := range statementKeys {
		m[k] = i
	}
	return m
}()

// statementField returns the index of key in statementKeys, or -1.
func statementField(key []byte) int {
	if i, ok := statementIndex[string(key)]; ok {
		return i
	}
	return -1
}

// statementValue reads the value of field i (statementKeys) into st, with
// encoding/json's meaning of null: a pointer or list becomes nil, other
// fields keep their zero value.
func (f *fastReader) statementValue(st *Statement, i int) bool {
	switch statementKeys[i] {
	case "id":
		return f.int64Into(&st.ID)
	case "dialogue":
		return f.int64Into(&st.Dialogue)
	case "position":
		return f.int64Into(&st.Position)
	case "start":
		return f.intInto(&st.Start)
	case "end":
		return f.intInto(&st.End)
	case "speaker_id":
		return f.int64PtrInto(&st.SpeakerID)
	case "topic_id":
		return f.int64PtrInto(&st.TopicID)
	case "source":
		return f.int64PtrInto(&st.Source)
	case "parties":
		return f.stringsInto(&st.Parties)
	case "tags":
		return f.stringsInto(&st.Tags)
	case "reported_by":
		return f.stringPtrInto(&st.ReportedBy)
	case "speaker":
		return f.stringPtrInto(&st.Speaker)
	case "topic":
		return f.stringPtrInto(&st.Topic)
	case "kind":
		return f.stringInto(&st.Kind)
	case "text":
		return f.stringInto(&st.Text)
	case "created_by":
		return f.stringInto(&st.CreatedBy)
	case "updated_by":
		return f.stringInto(&st.UpdatedBy)
	case "created_at":
		return f.timeInto(&st.CreatedAt)
	case "updated_at":
		return f.timeInto(&st.UpdatedAt)
	}
	return false
}

func (f *fastReader) int64Into(p *int64) bool {
	if f.null() {
		return true
	}
	n, ok := f.int(64)
	*p = n
	return ok
}

func (f *fastReader) intInto(p *int) bool {
	if f.null() {
		return true
	}
	n, ok := f.int(strconv.IntSize)
	*p = int(n)
	return ok
}

func (f *fastReader) int64PtrInto(p **int64) bool {
	if f.null() {
		*p = nil
		return true
	}
	n, ok := f.int(64)
	*p = &n
	return ok
}

func (f *fastReader) stringInto(p *string) bool {
	if f.null() {
		return true
	}
	s, ok := f.str()
	*p = s
	return ok
}

func (f *fastReader) stringPtrInto(p **string) bool {
	if f.null() {
		*p = nil
		return true
	}
	s, ok := f.str()
	*p = &s
	return ok
}

// stringsInto reads a list of strings; [] is an empty list, not nil, as
// encoding/json makes it.
func (f *fastReader) stringsInto(p *[]string) bool {
	if f.null() {
		*p = nil
		return true
	}
	if !f.take('[') {
		return false
	}
	out := []string{}
	if c, ok := f.next(); ok && c == ']' {
		f.pos++
		*p = out
		return true
	}
	for {
		s, ok := f.str()
		if !ok {
			return false
		}
		out = append(out, s)
		c, ok := f.next()
		if !ok {
			return false
		}
		f.pos++
		if c == ']' {
			*p = out
			return true
		}
		if c != ',' {
			return false
		}
	}
}

// timeInto reads a time through Time.UnmarshalJSON, as encoding/json does.
func (f *fastReader) timeInto(t *Time) bool {
	if f.null() {
		return t.UnmarshalJSON([]byte("null")) == nil
	}
	tok, _, ok := f.token()
	return ok && t.UnmarshalJSON(tok) == nil
}
