package qdpx

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"parley/app/exchange"
)

// Options say how a foreign project's parties are found; a Parley export
// needs none. At most one of PartyVariable, PartyCode and PartyCases is
// set.
type Options struct {
	// PartyVariable is a variable whose text value on a source (or on a
	// case that refers to the source) names the party that wrote it and
	// holds its statements.
	PartyVariable string
	// PartyCode is a code whose sub-codes name the parties; codings with
	// them give a statement its parties instead of a topic.
	PartyCode string
	// PartyCases makes each case's name a party, for the sources and
	// selections the case refers to.
	PartyCases bool
	// Dialogue is the title of the dialogue a foreign project's statements
	// go into; the project's name when empty.
	Dialogue string
}

// Report says what an import took and what it left out.
type Report struct {
	Project   string   // the project's name
	Origin    string   // Project@origin: the tool that wrote it
	Extension bool     // restored losslessly from Parley's own extension
	Skipped   []string // one line per kind of thing left out, with names and count
}

// Read reads a .qdpx archive into a document for exchange's import,
// checking all of it first: a clear error, and nothing made, for a file
// that is not a REFI-QDA project, leaves the archive, expands too much or
// refers to codes, notes or positions it does not have.
func Read(r io.ReaderAt, size int64, o Options) (*exchange.Document, Report, error) {
	var rep Report
	a, err := openArchive(r, size)
	if err != nil {
		return nil, rep, err
	}
	qde, err := a.get(entryQDE)
	if err != nil {
		return nil, rep, err
	}
	// Parley's own file, unchanged since: its extension says everything
	// (and is checked as import-json checks a file), so project.qde need
	// not be parsed.
	if doc, ok, err := a.extension(qde); err != nil || ok {
		rep.Extension, rep.Origin = ok, Origin
		return doc, rep, err
	}
	p, err := decodeQDE(qde)
	if err != nil {
		return nil, rep, err
	}
	rep.Project, rep.Origin = p.Name, p.Origin
	m := newMapper(a, p, o)
	doc, err := m.document()
	rep.Skipped = m.skipped.lines()
	return doc, rep, err
}

// decodeQDE parses project.qde, refusing elements outside the REFI-QDA
// namespace: a peer reads nothing from them, so a file without the
// namespace is not the project it seems to be.
func decodeQDE(data []byte) (*xProject, error) {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if root, err := scanQDE(data); err == nil {
		if p, err := projectOf(root); err == nil {
			return p, nil
		}
	}
	return unmarshalQDE(data)
}

// unmarshalQDE is decodeQDE through encoding/xml, for what the fast
// scanner leaves to it.
func unmarshalQDE(data []byte) (*xProject, error) {
	dec := xml.NewTokenDecoder(&nsCheck{d: xml.NewDecoder(bytes.NewReader(data))})
	p := &xProject{}
	if err := dec.Decode(p); err != nil {
		var ns *nsError
		if errors.As(err, &ns) {
			return nil, ns
		}
		if errors.Is(err, errTooDeep) {
			return nil, errTooDeep
		}
		// encoding/xml's own words for a bad number are strconv's
		// ("strconv.ParseInt: parsing …"), which name neither the file nor
		// what is wrong in words.
		var num *strconv.NumError
		if errors.As(err, &num) {
			return nil, fmt.Errorf("project.qde is not a REFI-QDA project: %q is not a whole number Parley can read (a position or count is out of range or malformed)", num.Num)
		}
		return nil, fmt.Errorf("project.qde is not a REFI-QDA project: %w", err)
	}
	return p, nil
}

type nsError struct{ name xml.Name }

func (e *nsError) Error() string {
	if e.name.Space == "" {
		return fmt.Sprintf("project.qde: element <%s> has no namespace; a REFI-QDA project is in %s", e.name.Local, Namespace)
	}
	return fmt.Sprintf("project.qde: element <%s> is in namespace %q, not REFI-QDA's %s", e.name.Local, e.name.Space, Namespace)
}

// maxDepth is the deepest nesting of elements project.qde may have: far
// beyond any codebook (the fast scanner hands anything past 100 levels to
// encoding/xml), and small enough that the decoder's stack of open
// elements stays small.
const maxDepth = 512

// errTooDeep refuses a project.qde nesting past maxDepth. encoding/xml
// keeps every open element, even inside ones it skips: 26 MB of nested
// elements, a 480 KB archive, took 720 MB, and the 1 GiB an archive may
// unpack to would have taken tens of gigabytes.
var errTooDeep = fmt.Errorf("project.qde nests its elements more than %d levels deep (it may be damaged or built to exhaust memory); refusing it", maxDepth)

// nsCheck passes tokens through, failing at the first element that is not
// in the REFI-QDA namespace or that nests deeper than maxDepth.
type nsCheck struct {
	d     *xml.Decoder
	depth int
}

func (c *nsCheck) Token() (xml.Token, error) {
	t, err := c.d.Token()
	switch tok := t.(type) {
	case xml.StartElement:
		if tok.Name.Space != Namespace {
			return nil, &nsError{name: tok.Name}
		}
		if c.depth++; c.depth > maxDepth {
			return nil, errTooDeep
		}
	case xml.EndElement:
		c.depth--
	}
	return t, err
}

// extension returns Parley's own JSON of the project when the archive has
// one and project.qde is still the one it was written with; a project
// another tool has changed is read from project.qde alone.
func (a *archive) extension(qde []byte) (*exchange.Document, bool, error) {
	if a.files[sidecarJSON] == nil || a.files[sidecarSum] == nil {
		return nil, false, nil
	}
	sum, err := a.get(sidecarSum)
	if err != nil {
		return nil, false, err
	}
	got := sha256.Sum256(qde)
	if strings.TrimSpace(string(sum)) != hex.EncodeToString(got[:]) {
		return nil, false, nil
	}
	js, err := a.get(sidecarJSON)
	if err != nil {
		return nil, false, err
	}
	doc, err := exchange.Decode(js)
	if err != nil {
		return nil, false, fmt.Errorf("%s: %w", sidecarJSON, err)
	}
	return doc, true, nil
}
