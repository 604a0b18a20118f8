package qdpx

import (
	"bytes"
	"errors"
	"regexp"
	"strconv"
	"unicode/utf8"
)

// errSlow says the fast scanner met something it does not handle (a
// comment, CDATA, a namespace other than REFI-QDA's as default, a
// malformed tag, ...); decodeQDE then parses the file with encoding/xml,
// which accepts or refuses it with its own message. The scanner so never
// accepts what encoding/xml refuses.
var errSlow = errors.New("qdpx: needs the full XML decoder")

// xnode is one element of project.qde as the scanner reads it.
type xnode struct {
	name  string
	attrs []xattr // local names: a field without namespace matches any prefix
	kids  []*xnode
	text  string // character data of an element without child elements
}

type xattr struct{ name, value string }

// scanner reads the subset of XML that REFI-QDA tools write, about five
// times faster than encoding/xml's reflection over its tokens.
type scanner struct {
	b      []byte
	i      int
	names  map[string]string // interned element and attribute names
	buf    []byte            // character data of the open elements
	abuf   []byte            // an attribute's value
	isRoot bool
	// Elements and attributes are cut from blocks: one allocation each
	// per element would be a third of the scan.
	nodes []xnode
	attrv []xattr
}

func (s *scanner) node(name string) *xnode {
	if len(s.nodes) == cap(s.nodes) {
		s.nodes = make([]xnode, 0, 4096)
	}
	s.nodes = append(s.nodes, xnode{name: name})
	return &s.nodes[len(s.nodes)-1]
}

var xmlDecl = regexp.MustCompile(`^<\?xml[ \t\n]+version=("1\.0"|'1\.0')([ \t\n]+encoding=("(?i:utf-8)"|'(?i:utf-8)'))?([ \t\n]+standalone=("yes"|"no"|'yes'|'no'))?[ \t\n]*\?>`)

// scanQDE returns project.qde's root element, or errSlow.
func scanQDE(data []byte) (*xnode, error) {
	if !plainChars(data) {
		return nil, errSlow
	}
	s := &scanner{b: data, names: map[string]string{}, isRoot: true}
	s.space()
	if bytes.HasPrefix(data[s.i:], []byte("<?xml")) {
		m := xmlDecl.FindIndex(data[s.i:])
		if m == nil {
			return nil, errSlow
		}
		s.i += m[1]
		s.space()
	}
	if s.i >= len(data) || data[s.i] != '<' {
		return nil, errSlow
	}
	return s.element(0)
}

// plainChars reports valid UTF-8 without carriage returns (encoding/xml
// turns them into line feeds), control or non-characters.
func plainChars(data []byte) bool {
	if !utf8.Valid(data) || bytes.Contains(data, []byte("\uFFFE")) || bytes.Contains(data, []byte("\uFFFF")) {
		return false
	}
	for _, c := range data {
		if c < 0x20 && c != '\t' && c != '\n' {
			return false
		}
	}
	return true
}

func (s *scanner) space() {
	for s.i < len(s.b) && (s.b[s.i] == ' ' || s.b[s.i] == '\t' || s.b[s.i] == '\n') {
		s.i++
	}
}

// name reads an ASCII XML name with at most one colon; prefix is the part
// before it.
func (s *scanner) name() (prefix, local string, err error) {
	start, colon := s.i, -1
	for s.i < len(s.b) {
		c := s.b[s.i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || s.i > start && (c >= '0' && c <= '9' || c == '.' || c == '-') {
			s.i++
			continue
		}
		if c == ':' && colon < 0 && s.i > start {
			colon = s.i
			s.i++
			continue
		}
		break
	}
	if s.i == start || colon == s.i-1 {
		return "", "", errSlow
	}
	if colon < 0 {
		return "", s.intern(s.b[start:s.i]), nil
	}
	return s.intern(s.b[start:colon]), s.intern(s.b[colon+1 : s.i]), nil
}

func (s *scanner) intern(b []byte) string {
	if v, ok := s.names[string(b)]; ok {
		return v
	}
	v := string(b)
	s.names[v] = v
	return v
}

// element reads the element at s.i ('<') and all it holds.
func (s *scanner) element(depth int) (*xnode, error) {
	if depth > 100 {
		return nil, errSlow
	}
	s.i++
	prefix, local, err := s.name()
	if err != nil || prefix != "" {
		return nil, errSlow
	}
	n := s.node(local)
	empty, err := s.attrs(n)
	if err != nil || empty {
		return n, err
	}
	return n, s.content(n, depth)
}

// attrs reads the attributes up to '>' or '/>', refusing namespace
// declarations but the root's default REFI-QDA namespace and prefixes.
func (s *scanner) attrs(n *xnode) (empty bool, err error) {
	root, hasNS := s.isRoot, false
	s.isRoot = false
	if cap(s.attrv)-len(s.attrv) < 64 {
		s.attrv = make([]xattr, 0, 16384)
	}
	from := len(s.attrv)
	defer func() { n.attrs = s.attrv[from:len(s.attrv):len(s.attrv)] }()
	for {
		s.space()
		if s.i+1 < len(s.b) && s.b[s.i] == '/' && s.b[s.i+1] == '>' {
			s.i += 2
			return true, s.rootNS(root, hasNS)
		}
		if s.i < len(s.b) && s.b[s.i] == '>' {
			s.i++
			return false, s.rootNS(root, hasNS)
		}
		if s.i > 0 && s.b[s.i-1] != ' ' && s.b[s.i-1] != '\t' && s.b[s.i-1] != '\n' {
			return false, errSlow
		}
		prefix, local, err := s.name()
		if err != nil {
			return false, err
		}
		v, err := s.attrValue()
		if err != nil {
			return false, err
		}
		switch {
		case prefix == "" && local == "xmlns":
			if !root || v != Namespace {
				return false, errSlow
			}
			hasNS = true
			continue
		case prefix == "xmlns" && !root:
			return false, errSlow
		}
		s.attrv = append(s.attrv, xattr{local, v})
	}
}

func (s *scanner) rootNS(root, hasNS bool) error {
	if root && !hasNS {
		return errSlow
	}
	return nil
}

func (s *scanner) attrValue() (string, error) {
	s.space()
	if s.i >= len(s.b) || s.b[s.i] != '=' {
		return "", errSlow
	}
	s.i++
	s.space()
	if s.i >= len(s.b) || s.b[s.i] != '"' && s.b[s.i] != '\'' {
		return "", errSlow
	}
	q := s.b[s.i]
	s.i++
	end := bytes.IndexByte(s.b[s.i:], q)
	if end < 0 {
		return "", errSlow
	}
	raw := s.b[s.i : s.i+end]
	s.i += end + 1
	if bytes.IndexByte(raw, '<') >= 0 {
		return "", errSlow
	}
	if bytes.IndexByte(raw, '&') < 0 {
		return string(raw), nil
	}
	saved := s.buf
	s.buf = s.abuf[:0]
	err := s.unescape(raw)
	s.abuf, s.buf = s.buf, saved
	if err != nil {
		return "", err
	}
	return string(s.abuf), nil
}

// content reads character data and child elements up to n's end tag.
func (s *scanner) content(n *xnode, depth int) error {
	start := len(s.buf)
	for {
		lt := bytes.IndexByte(s.b[s.i:], '<')
		if lt < 0 {
			return errSlow
		}
		if len(n.kids) == 0 {
			if err := s.unescape(s.b[s.i : s.i+lt]); err != nil {
				return err
			}
		} else if bytes.IndexByte(s.b[s.i:s.i+lt], '&') >= 0 {
			if err := s.unescape(s.b[s.i : s.i+lt]); err != nil {
				return err
			}
		}
		s.i += lt
		if s.i+1 >= len(s.b) {
			return errSlow
		}
		switch s.b[s.i+1] {
		case '/':
			if len(n.kids) == 0 {
				n.text = string(s.buf[start:])
			}
			s.buf = s.buf[:start]
			return s.endTag(n.name)
		case '!', '?':
			return errSlow
		}
		kid, err := s.element(depth + 1)
		if err != nil {
			return err
		}
		n.kids = append(n.kids, kid)
	}
}

func (s *scanner) endTag(name string) error {
	s.i += 2
	prefix, local, err := s.name()
	if err != nil || prefix != "" || local != name {
		return errSlow
	}
	s.space()
	if s.i >= len(s.b) || s.b[s.i] != '>' {
		return errSlow
	}
	s.i++
	return nil
}

// unescape appends raw to s.buf with its entity and character references
// resolved; anything but the five predefined entities and references to
// plain characters is left to encoding/xml.
func (s *scanner) unescape(raw []byte) error {
	for len(raw) > 0 {
		amp := bytes.IndexByte(raw, '&')
		if amp < 0 {
			s.buf = append(s.buf, raw...)
			return nil
		}
		s.buf = append(s.buf, raw[:amp]...)
		semi := bytes.IndexByte(raw[amp:], ';')
		if semi < 0 {
			return errSlow
		}
		r, ok := entity(string(raw[amp+1 : amp+semi]))
		if !ok {
			return errSlow
		}
		s.buf = utf8.AppendRune(s.buf, r)
		raw = raw[amp+semi+1:]
	}
	return nil
}

func entity(name string) (rune, bool) {
	switch name {
	case "amp":
		return '&', true
	case "lt":
		return '<', true
	case "gt":
		return '>', true
	case "quot":
		return '"', true
	case "apos":
		return '\'', true
	}
	if len(name) < 2 || name[0] != '#' {
		return 0, false
	}
	var n uint64
	var err error
	if name[1] == 'x' {
		n, err = strconv.ParseUint(name[2:], 16, 32)
	} else {
		n, err = strconv.ParseUint(name[1:], 10, 32)
	}
	r := rune(n)
	plain := r == '\t' || r == '\n' || r == '\r' || r >= 0x20 && r < 0xD800 || r >= 0xE000 && r < 0xFFFE || r >= 0x10000 && r <= 0x10FFFF
	return r, err == nil && plain
}
