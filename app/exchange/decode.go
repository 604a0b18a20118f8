package exchange

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"parley/storage"
)

// Decode reads a document and checks its format and version. Syntax errors
// name the line and column; unknown fields are refused, because a field
// this Parley does not know would be lost on the way in, and so is a key
// written twice in one object, of which encoding/json would keep the last. A UTF-8 byte
// order mark, which Windows editors put first, is skipped.
func Decode(data []byte) (*Document, error) {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	var head struct {
		Format  *string `json:"format"`
		Version *int    `json:"version"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return nil, jsonErr(data, err)
	}
	if err := checkHead(head.Format, head.Version); err != nil {
		return nil, err
	}
	if d := firstDuplicate(bytes.NewReader(data)); d != nil { // decode_keys.go
		return nil, d.err(func(off int64) string { return "line " + lineCol(data, off) })
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	doc := &Document{}
	if err := dec.Decode(doc); err != nil {
		return nil, jsonErr(data, err)
	}
	return doc, nil
}

// checkHead checks a document's format and version (nil: missing).
func checkHead(format *string, version *int) error {
	switch {
	case format == nil:
		return fmt.Errorf("this is not a Parley project export: it has no \"format\" field")
	case *format != FormatName:
		return fmt.Errorf("this is not a Parley project export: its format is %q, not %q", *format, FormatName)
	case version == nil:
		return fmt.Errorf("the export has no \"version\" field")
	case *version > Version:
		return fmt.Errorf("the export was made by a newer Parley (format version %d; this Parley reads version %d); update Parley to import it", *version, Version)
	case *version < 1:
		return fmt.Errorf("the export's version %d is not a version of the format", *version)
	}
	return nil
}

// maxJSONDepth is the nesting encoding/json refuses past.
const maxJSONDepth = 10000

// jsonErr rewords the decoder's errors for a person editing the file.
func jsonErr(data []byte, err error) error {
	return jsonErrAt(func(off int64) string { return "line " + lineCol(data, off) }, err)
}

// jsonErrAt is jsonErr with where naming the place of an offset ("line
// 3, column 7").
func jsonErrAt(where func(off int64) string, err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn) && strings.HasSuffix(syn.Error(), "exceeded max depth"):
		// encoding/json's words ("invalid character '[' exceeded max
		// depth") blame a character; what is wrong is the nesting.
		return fmt.Errorf("not valid JSON: %s: lists and objects nest more than %d levels deep (no export does; the file may be damaged or built to exhaust a reader)", where(syn.Offset), maxJSONDepth)
	case errors.As(err, &syn):
		return fmt.Errorf("not valid JSON: %s: %v", where(syn.Offset), syn)
	case errors.As(err, &typ):
		return fmt.Errorf("%s: %s should be %s, not %s", where(typ.Offset), fieldName(typ.Field), kindWord(typ.Type.Kind().String()), valueWord(typ.Value))
	case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Errorf("not valid JSON: the file ends too early")
	}
	msg := strings.TrimPrefix(err.Error(), "json: ")
	return fmt.Errorf("%s", msg)
}

func fieldName(f string) string {
	if f == "" {
		return "the document"
	}
	return "\"" + f + "\""
}

func kindWord(k string) string {
	switch {
	case strings.HasPrefix(k, "int"), strings.HasPrefix(k, "uint"):
		return "a whole number"
	case strings.HasPrefix(k, "float"):
		return "a number"
	case k == "string":
		return "a string"
	case k == "slice":
		return "a list"
	case k == "struct", k == "map":
		return "an object"
	}
	return k
}

// valueWord names what the file holds instead, as the decoder describes
// it: "number 1e+308" is the number itself, too large or not whole.
func valueWord(v string) string {
	if n, ok := strings.CutPrefix(v, "number "); ok {
		return n
	}
	switch v {
	case "string":
		return "a string"
	case "bool":
		return "true or false"
	case "array":
		return "a list"
	case "object":
		return "an object"
	}
	return v
}

// lineCol turns a byte offset into "line, column" counted from 1.
func lineCol(data []byte, off int64) string {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	before := data[:off]
	line := bytes.Count(before, []byte("\n")) + 1
	col := int(off) - bytes.LastIndexByte(before, '\n') - 1
	return fmt.Sprintf("%d, column %d", line, col)
}

// ImportOptions change what an import accepts and report its progress.
type ImportOptions struct {
	// AllowEditedText accepts statements whose text differs from their
	// source's span, as when an analyst edited a statement's text in the
	// window after coding it. Without it an import refuses them: the text
	// would be shown as a quote of a source that does not say it.
	AllowEditedText bool
	Progress        storage.BulkProgress
}

// Load writes doc into the empty project s in one transaction.
func Load(ctx context.Context, s *storage.Store, doc *Document, progress storage.BulkProgress) error {
	rows, err := ToRows(doc)
	if err != nil {
		return err
	}
	return s.WriteRows(ctx, &rows, progress)
}

// unwrapPath drops the repeated path from an *os.PathError.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
