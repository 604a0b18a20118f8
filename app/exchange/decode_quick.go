package exchange

import (
	"bytes"
	"encoding/json"
	"io"
	"os"

	jsonv2 "github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// quickOptions make json v2 refuse, rather than read its own way, what
// encoding/json reads leniently: names in another case, unknown and
// repeated names, invalid UTF-8 and lone surrogates are errors (the
// last three are by default), as are numbers out of range or not whole.
var quickOptions = jsonv2.JoinOptions(
	jsonv2.RejectUnknownMembers(true),
	jsonv2.MatchCaseInsensitiveNames(false),
)

// decodeQuick reads the document at path with json v2 for the statements,
// by far the longest list: encoding/json scanned every statement twice
// and spent a fifth of a 100k-statement import there. json v2 refuses
// everything encoding/json would read differently (quickOptions), so what
// it takes is read exactly as DecodeFile's decoder reads it. Every other
// key's value is handed to encoding/json as it is. Any error makes it
// answer false, and the caller reads the file the general way, which
// also words every error.
func decodeQuick(path string) (*Document, bool) {
	f, err := os.Open(path)
	if err != nil {
		return nil, false
	}
	defer f.Close()
	br, _ := jsonReader(f)
	dec := jsontext.NewDecoder(br, quickOptions)
	doc := &Document{}
	if !quickDocument(dec, doc) {
		return nil, false
	}
	// Nothing but white space may follow (the decoder would read a
	// second value).
	if _, err := dec.ReadToken(); err != io.EOF {
		return nil, false
	}
	return doc, true
}

// quickDocument reads the top-level object into doc.
func quickDocument(dec *jsontext.Decoder, doc *Document) bool {
	if tok, err := dec.ReadToken(); err != nil || tok.Kind() != '{' {
		return false
	}
	fields := documentFields(doc)
	for dec.PeekKind() == '"' {
		tok, err := dec.ReadToken()
		if err != nil {
			return false
		}
		key := tok.String()
		if key == "statements" {
			if !quickStatements(dec, &doc.Statements) {
				return false
			}
			continue
		}
		field, known := fields[key]
		if !known {
			return false
		}
		raw, err := dec.ReadValue()
		if err != nil || !decodeValue(raw, field) {
			return false
		}
	}
	tok, err := dec.ReadToken()
	return err == nil && tok.Kind() == '}'
}

// decodeValue decodes raw into v as DecodeFile's decoder decodes a key
// other than the statements.
func decodeValue(raw []byte, v any) bool {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if dec.Decode(v) != nil {
		return false
	}
	_, err := dec.Token()
	return err == io.EOF
}

// quickStatements reads the list of statements as decodeStatements does;
// null, and a null statement, are left to it.
func quickStatements(dec *jsontext.Decoder, out *[]Statement) bool {
	if tok, err := dec.ReadToken(); err != nil || tok.Kind() != '[' {
		return false
	}
	names := nameSharer{}
	// Gathered in chunks and copied once into a list of the right size: a
	// list grown by append is copied each time it grows by a quarter,
	// which for 100k statements allocated five times the list.
	const chunk = 4096
	var chunks [][]Statement
	var last []Statement
	n := 0
	for dec.PeekKind() == '{' {
		if len(last) == cap(last) {
			last = make([]Statement, 0, chunk)
			chunks = append(chunks, nil)
		}
		last = last[:len(last)+1]
		st := &last[len(last)-1]
		if jsonv2.UnmarshalDecode(dec, st) != nil {
			return false
		}
		names.statement(st)
		chunks[len(chunks)-1] = last
		n++
	}
	if tok, err := dec.ReadToken(); err != nil || tok.Kind() != ']' {
		return false
	}
	if n == 0 {
		return true // nil, as encoding/json leaves it
	}
	*out = make([]Statement, 0, n)
	for _, c := range chunks {
		*out = append(*out, c...)
	}
	return true
}
