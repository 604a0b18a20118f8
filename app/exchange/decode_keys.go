package exchange

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/go-json-experiment/json/jsontext"
)

// A key written twice in one object ({"party": "China", "party": "EU"})
// is read by encoding/json as its last value, silently. A file Parley
// exported never repeats a key, so a repeated one was typed by hand, and
// which of the two was meant cannot be known: the import refuses the
// file, naming the key and where it stands (statements[3].party, line
// 40, column 7). json v2's token reader (jsontext, the one decodeQuick
// reads with) finds the repetition and says where; the general reader
// runs it on a copy of what it reads, so the file is still read once.

// duplicateKey is the error of a repeated key.
type duplicateKey struct {
	key, path string
	offset    int64 // of the repeated key, in the bytes read
}

// firstDuplicate reads the JSON text r holds to its end and returns the
// first repeated key in an object, or nil. Anything else wrong with the
// text is left to the decoder that reads it for the document, whose
// messages say more: after it, r is only drained.
func firstDuplicate(r io.Reader) *duplicateKey {
	dec := jsontext.NewDecoder(r, jsontext.AllowInvalidUTF8(true))
	var found *duplicateKey
	for {
		_, err := dec.ReadToken()
		if err == nil {
			continue
		}
		var serr *jsontext.SyntacticError
		if errors.As(err, &serr) && errors.Is(serr.Err, jsontext.ErrDuplicateName) {
			found = &duplicateKey{key: serr.JSONPointer.LastToken(), path: keyPath(serr.JSONPointer.Parent()), offset: serr.ByteOffset}
		}
		break
	}
	_, _ = io.Copy(io.Discard, r) // the writer of a pipe waits for its bytes to be read
	return found
}

// keyPath spells a JSON pointer as the format's documentation names
// places: "/statements/3" is "statements[3]", "" the document.
func keyPath(p jsontext.Pointer) string {
	var b strings.Builder
	for tok := range p.Tokens() {
		if _, err := strconv.Atoi(tok); err == nil && b.Len() > 0 {
			b.WriteString("[" + tok + "]")
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(tok)
	}
	return b.String()
}

// err words the repetition; where names the place of an offset ("line 3,
// column 7").
func (d *duplicateKey) err(where func(off int64) string) error {
	in := "the document"
	if d.path != "" {
		in = d.path
	}
	return fmt.Errorf("%s: the key %q is written twice in %s; a Parley export never repeats a key, and which value was meant cannot be known: remove one",
		where(d.offset), d.key, in)
}

// watchDuplicates returns a reader that reads r and hands a copy of what
// it reads to firstDuplicate, and the function that, once the reader is
// done with, says what firstDuplicate found.
func watchDuplicates(r io.Reader) (io.Reader, func() *duplicateKey) {
	pr, pw := io.Pipe()
	done := make(chan *duplicateKey, 1)
	go func() { done <- firstDuplicate(pr) }()
	return io.TeeReader(r, pw), func() *duplicateKey {
		pw.Close()
		return <-done
	}
}
