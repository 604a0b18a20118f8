package exchange

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
)

// decodeDocument decodes the top-level object key by key. The statements,
// by far the longest list, are decoded one at a time with their repeated
// short strings (party, speaker and topic names, kinds) shared: decoding
// the list whole held two copies of it while the slice grew, and a copy
// of every name per statement (a 282 MB export took 1.6 GB of heap).
// Other keys decode as json.Decoder would decode them.
func decodeDocument(dec *json.Decoder, doc *Document) error {
	if _, err := dec.Token(); err != nil { // '{': the caller has seen it
		return err
	}
	fields := documentFields(doc)
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return err
		}
		key, _ := t.(string)
		if key == "statements" {
			if err := decodeStatements(dec, &doc.Statements); err != nil {
				return err
			}
			continue
		}
		at := dec.InputOffset() + 1 // the colon, which Decode skips first
		f, ok := fields[key]
		if !ok {
			return fmt.Errorf("json: unknown field %q", key)
		}
		if err := dec.Decode(f); err != nil {
			return inField(key, at, err)
		}
	}
	_, err := dec.Token() // '}'
	return err
}

// documentFields maps Document's JSON names to its fields, those of
// embedded structs (RegisterLists) included, as encoding/json sees them.
func documentFields(doc *Document) map[string]any {
	out := map[string]any{}
	var add func(v reflect.Value)
	add = func(v reflect.Value) {
		for i := 0; i < v.NumField(); i++ {
			f := v.Type().Field(i)
			if f.Anonymous && f.Tag.Get("json") == "" {
				add(v.Field(i))
				continue
			}
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			out[name] = v.Field(i).Addr().Interface()
		}
	}
	add(reflect.ValueOf(doc).Elem())
	return out
}

// decodeStatements decodes the list of statements element by element.
func decodeStatements(dec *json.Decoder, out *[]Statement) error {
	t, err := dec.Token()
	if err != nil || t == nil {
		return err // null leaves the list empty, as the decoder does
	}
	if t != json.Delim('[') {
		return &json.UnmarshalTypeError{Value: tokenKind(t), Type: reflect.TypeOf(*out), Field: "statements", Offset: dec.InputOffset()}
	}
	names := nameSharer{}
	for dec.More() {
		var st Statement
		at := dec.InputOffset()
		if err := dec.Decode(&st); err != nil {
			return inField("statements", at, err)
		}
		names.statement(&st)
		*out = append(*out, st)
	}
	_, err = dec.Token() // ']'
	return err
}

// nameSharer hands out one copy of each short string: the names the
// statements repeat (parties, speakers, topics, tags, kinds, authors).
type nameSharer map[string]string

func (n nameSharer) share(s string) string {
	if len(s) > 64 {
		return s
	}
	if x, ok := n[s]; ok {
		return x
	}
	n[s] = s
	return s
}

func (n nameSharer) sharePtr(p *string) {
	if p != nil {
		*p = n.share(*p)
	}
}

// statement shares st's names.
func (n nameSharer) statement(st *Statement) {
	for i := range st.Parties {
		st.Parties[i] = n.share(st.Parties[i])
	}
	for i := range st.Tags {
		st.Tags[i] = n.share(st.Tags[i])
	}
	st.Kind = n.share(st.Kind)
	st.CreatedBy = n.share(st.CreatedBy)
	st.UpdatedBy = n.share(st.UpdatedBy)
	n.sharePtr(st.ReportedBy)
	n.sharePtr(st.Speaker)
	n.sharePtr(st.Topic)
}

// inField puts a type error of a value decoded on its own back in its
// place ("round" → "dialogues.round"), as decoding the whole names it;
// its offset counts from at, where the value began.
func inField(key string, at int64, err error) error {
	var typ *json.UnmarshalTypeError
	if errors.As(err, &typ) {
		typ.Field = strings.TrimSuffix(key+"."+typ.Field, ".")
		typ.Offset += at
	}
	return err
}

// tokenKind names a token's kind as json.UnmarshalTypeError does.
func tokenKind(t json.Token) string {
	switch t.(type) {
	case string:
		return "string"
	case bool:
		return "bool"
	case float64, json.Number:
		return "number"
	case json.Delim:
		if t == json.Delim('{') {
			return "object"
		}
	}
	return "array"
}
