package qdpx

import (
	"strconv"
	"strings"
)

// The functions below turn the scanner's elements into the types of
// model.go exactly as encoding/xml's Unmarshal fills them; what they could
// fill differently (an element given twice where one is expected, a
// number that does not parse) is errSlow.

// singles checks that the named children occur at most once and that text
// elements among them hold no elements.
func singles(n *xnode, names ...string) error {
	for _, name := range names {
		seen := false
		for _, k := range n.kids {
			if k.name != name {
				continue
			}
			if seen || len(k.kids) > 0 && isText(name) {
				return errSlow
			}
			seen = true
		}
	}
	return nil
}

func isText(name string) bool {
	return name == "Description" || name == "PlainTextContent" || name == "TextValue"
}

func (n *xnode) attr(name string) string {
	v := ""
	for _, a := range n.attrs {
		if a.name == name {
			v = a.value
		}
	}
	return v
}

func (n *xnode) intAttr(name string) (int, error) {
	v := strings.TrimSpace(n.attr(name))
	if v == "" {
		return 0, errSlow
	}
	i, err := strconv.ParseInt(v, 10, 64)
	if err != nil {
		return 0, errSlow
	}
	return int(i), nil
}

func (n *xnode) boolAttr(name string) (bool, error) {
	v := strings.TrimSpace(n.attr(name))
	b, err := strconv.ParseBool(v)
	if err != nil || v == "" {
		return false, errSlow
	}
	return b, nil
}

func refs(n *xnode, name string) []xRef {
	var out []xRef
	for _, k := range n.kids {
		if k.name == name {
			out = append(out, xRef{Target: k.attr("targetGUID")})
		}
	}
	return out
}

func textOf(n *xnode, name string) *string {
	for _, k := range n.kids {
		if k.name == name {
			t := k.text
			return &t
		}
	}
	return nil
}

func strOf(n *xnode, name string) string {
	if t := textOf(n, name); t != nil {
		return *t
	}
	return ""
}

// projectOf fills xProject from the root element.
func projectOf(n *xnode) (*xProject, error) {
	if n.name != "Project" {
		return nil, errSlow
	}
	if err := singles(n, "Users", "CodeBook", "Variables", "Cases", "Sources", "Notes", "Links", "Description"); err != nil {
		return nil, err
	}
	p := &xProject{Name: n.attr("name"), Origin: n.attr("origin"),
		CreatingUser: n.attr("creatingUserGUID"), CreationDateTime: n.attr("creationDateTime"),
		Description: strOf(n, "Description")}
	p.XMLName.Space, p.XMLName.Local = Namespace, "Project"
	var err error
	for _, k := range n.kids {
		switch k.name {
		case "Users":
			p.Users = usersOf(k)
		case "CodeBook":
			p.CodeBook, err = codeBookOf(k)
		case "Variables":
			p.Variables, err = variablesOf(k)
		case "Cases":
			p.Cases, err = casesOf(k)
		case "Sources":
			p.Sources, err = sourcesOf(k)
		case "Notes":
			p.Notes, err = notesOf(k)
		case "Links":
			p.Links = linksOf(k)
		}
		if err != nil {
			return nil, err
		}
	}
	return p, nil
}

func usersOf(n *xnode) *xUsers {
	u := &xUsers{}
	for _, k := range n.kids {
		if k.name == "User" {
			u.User = append(u.User, xUser{GUID: k.attr("guid"), Name: k.attr("name")})
		}
	}
	return u
}

func codeBookOf(n *xnode) (*xCodeBook, error) {
	if err := singles(n, "Codes"); err != nil {
		return nil, err
	}
	cb := &xCodeBook{}
	for _, k := range n.kids {
		if k.name == "Codes" {
			for _, c := range k.kids {
				if c.name != "Code" {
					continue
				}
				code, err := codeOf(c)
				if err != nil {
					return nil, err
				}
				cb.Codes.Code = append(cb.Codes.Code, code)
			}
		}
	}
	return cb, nil
}

func codeOf(n *xnode) (*xCode, error) {
	if err := singles(n, "Description"); err != nil {
		return nil, err
	}
	codable := false
	if hasAttr(n, "isCodable") {
		var err error
		if codable, err = n.boolAttr("isCodable"); err != nil {
			return nil, err
		}
	}
	c := &xCode{GUID: n.attr("guid"), Name: n.attr("name"), IsCodable: codable, Color: n.attr("color"),
		Description: strOf(n, "Description"), NoteRef: refs(n, "NoteRef")}
	for _, k := range n.kids {
		if k.name == "Code" {
			sub, err := codeOf(k)
			if err != nil {
				return nil, err
			}
			c.Code = append(c.Code, sub)
		}
	}
	return c, nil
}

func hasAttr(n *xnode, name string) bool {
	for _, a := range n.attrs {
		if a.name == name {
			return true
		}
	}
	return false
}

func variablesOf(n *xnode) (*xVariables, error) {
	vs := &xVariables{}
	for _, k := range n.kids {
		if k.name != "Variable" {
			continue
		}
		if err := singles(k, "Description"); err != nil {
			return nil, err
		}
		vs.Variable = append(vs.Variable, xVariable{GUID: k.attr("guid"), Name: k.attr("name"),
			Type: k.attr("typeOfVariable"), Description: strOf(k, "Description")})
	}
	return vs, nil
}

func casesOf(n *xnode) (*xCases, error) {
	cs := &xCases{}
	for _, k := range n.kids {
		if k.name != "Case" {
			continue
		}
		vv, err := valuesOf(k)
		if err != nil {
			return nil, err
		}
		cs.Case = append(cs.Case, xCase{GUID: k.attr("guid"), Name: k.attr("name"), VariableValue: vv,
			SourceRef: refs(k, "SourceRef"), SelectionRef: refs(k, "SelectionRef")})
	}
	return cs, nil
}

func valuesOf(n *xnode) ([]xVariableValue, error) {
	var out []xVariableValue
	for _, k := range n.kids {
		if k.name != "VariableValue" {
			continue
		}
		if err := singles(k, "VariableRef", "TextValue"); err != nil {
			return nil, err
		}
		v := xVariableValue{TextValue: textOf(k, "TextValue")}
		if r := refs(k, "VariableRef"); len(r) == 1 {
			v.VariableRef = r[0]
		}
		out = append(out, v)
	}
	return out, nil
}
