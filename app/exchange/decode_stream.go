package exchange

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
)

// MaxJSONBytes is the largest export ImportFile reads. The largest real
// projects export to a few hundred megabytes; the cap turns a mistaken
// pick (a disk image, /dev/zero) into a message instead of a crash.
var MaxJSONBytes int64 = 1 << 30

// errJSONTooLarge is what reading past MaxJSONBytes gives.
var errJSONTooLarge = errors.New("too large")

// DecodeFile is Decode of the file at path, read as a stream: memory holds
// the document, not the file's bytes as well. A document whose format or
// version is wrong is named so even when it does not decode.
func DecodeFile(path string) (*Document, error) {
	return decodeFile(path, true)
}

// decodeFile is DecodeFile, which first tries the quick reader
// (decodeQuick) when fast is set and the file can be read twice.
func decodeFile(path string, fast bool) (*Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, unwrapPath(err))
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, unwrapPath(err))
	}
	// A device or a pipe is read once: no second look for the format or
	// the line of an error.
	regular := st.Mode().IsRegular()
	if regular && st.Size() > MaxJSONBytes {
		return nil, tooLargeErr()
	}
	if regular {
		if err := notJSON(f); err != nil {
			return nil, err
		}
	}
	if fast && regular {
		if doc, ok := decodeQuick(path); ok && doc.Format != "" && doc.Version != 0 {
			if err := checkHead(&doc.Format, &doc.Version); err != nil {
				return nil, err
			}
			return doc, nil
		}
	}
	br, skip := jsonReader(f)
	// decode_keys.go: a key written twice is refused; encoding/json would
	// keep the last silently.
	r, duplicate := watchDuplicates(br)
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	doc := &Document{}
	where := func(off int64) string { return fmt.Sprintf("byte %d", off+skip) }
	if regular {
		where = func(off int64) string { return "line " + lineColOfFile(path, skip, off) }
	}
	if objectNext(br) {
		err = decodeDocument(dec, doc)
	} else {
		err = dec.Decode(doc) // for the decoder's own message
	}
	if err == nil {
		err = trailing(dec, r, where)
	}
	dup := duplicate() // always: it ends the reader of the copy
	if errors.Is(err, errJSONTooLarge) {
		return nil, tooLargeErr()
	}
	if err != nil || dup != nil || doc.Format == "" || doc.Version == 0 {
		// Say first what is wrong with the format or version (missing
		// fields read as "" and 0).
		if herr := headOfFile(path, regular); regular && herr != nil {
			return nil, herr
		}
	}
	if dup != nil {
		return nil, dup.err(where)
	}
	if err != nil {
		return nil, jsonErrAt(where, err)
	}
	if err := checkHead(&doc.Format, &doc.Version); err != nil {
		return nil, err
	}
	return doc, nil
}

// trailing refuses anything but white space after the document, as
// json.Unmarshal does.
func trailing(dec *json.Decoder, r io.Reader, where func(int64) string) error {
	rest := bufio.NewReader(io.MultiReader(dec.Buffered(), r))
	off := dec.InputOffset()
	for {
		c, err := rest.ReadByte()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		off++
		if c != ' ' && c != '\t' && c != '\n' && c != '\r' {
			return fmt.Errorf("not valid JSON: %s: invalid character %q after top-level value", where(off), c)
		}
	}
}

func tooLargeErr() error {
	return fmt.Errorf("the file is too large to be a Parley export (more than %d MB)", MaxJSONBytes>>20)
}

// objectNext reports whether the next byte other than white space is '{'.
func objectNext(br *bufio.Reader) bool {
	for n := 1; ; n++ {
		b, err := br.Peek(n)
		if err != nil || len(b) < n {
			return false
		}
		switch b[n-1] {
		case ' ', '\t', '\n', '\r':
			continue
		case '{':
			return true
		}
		return false
	}
}

// jsonReader reads f up to MaxJSONBytes, without a UTF-8 byte order mark;
// skip is the length of the mark.
func jsonReader(f io.Reader) (*bufio.Reader, int64) {
	br := bufio.NewReaderSize(&capReader{r: f, left: MaxJSONBytes}, 1<<16)
	if b, _ := br.Peek(3); bytes.Equal(b, []byte("\uFEFF")) {
		br.Discard(3)
		return br, 3
	}
	return br, 0
}

// capReader fails with errJSONTooLarge past left bytes.
type capReader struct {
	r    io.Reader
	left int64
}

func (c *capReader) Read(p []byte) (int, error) {
	if c.left <= 0 {
		var one [1]byte
		if n, _ := io.ReadFull(c.r, one[:]); n > 0 {
			return 0, errJSONTooLarge
		}
		return 0, io.EOF
	}
	if int64(len(p)) > c.left {
		p = p[:c.left]
	}
	n, err := c.r.Read(p)
	c.left -= int64(n)
	return n, err
}

// headOfFile checks the format and version of the document at path
// without holding it: the top-level object is walked token by token and
// every other value skipped. It returns nil when they are right or when
// the file is not a JSON object (the decoder's error says more). A file
// that cannot be read twice (a device, a pipe) is not read again.
func headOfFile(path string, regular bool) error {
	if !regular {
		return nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	r, _ := jsonReader(f)
	dec := json.NewDecoder(r)
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil
	}
	var format *string
	var version *int
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return nil
		}
		switch key {
		case "format":
			if dec.Decode(&format) != nil {
				return nil
			}
			continue
		case "version":
			if dec.Decode(&version) != nil {
				return nil
			}
			continue
		}
		if err := skipValue(dec); err != nil {
			return nil
		}
	}
	return checkHead(format, version)
}

// skipValue reads past one value, token by token (no copy of it is kept).
func skipValue(dec *json.Decoder) error {
	depth := 0
	for {
		t, err := dec.Token()
		if err != nil {
			return err
		}
		switch t {
		case json.Delim('{'), json.Delim('['):
			depth++
		case json.Delim('}'), json.Delim(']'):
			depth--
		}
		if depth == 0 {
			return nil
		}
	}
}

// lineColOfFile is lineCol of the file at path (after skip bytes), read
// in pieces up to off.
func lineColOfFile(path string, skip, off int64) string {
	f, err := os.Open(path)
	if err != nil {
		return "?"
	}
	defer f.Close()
	r := io.LimitReader(io.NewSectionReader(f, skip, off), off)
	buf := make([]byte, 1<<16)
	line, col := 1, 0
	for {
		n, err := r.Read(buf)
		for _, c := range buf[:n] {
			if c == '\n' {
				line, col = line+1, 0
			} else {
				col++
			}
		}
		if err != nil {
			break
		}
	}
	return fmt.Sprintf("%d, column %d", line, col)
}
