package qdpx

func sourcesOf(n *xnode) (*xSources, error) {
	ss := &xSources{}
	for _, k := range n.kids {
		switch k.name {
		case "TextSource":
			t, err := textSourceOf(k)
			if err != nil {
				return nil, err
			}
			ss.Text = append(ss.Text, t)
		case "PictureSource":
			ss.Picture = append(ss.Picture, xOther{Name: k.attr("name")})
		case "PDFSource":
			ss.PDF = append(ss.PDF, xOther{Name: k.attr("name")})
		case "AudioSource":
			ss.Audio = append(ss.Audio, xOther{Name: k.attr("name")})
		case "VideoSource":
			ss.Video = append(ss.Video, xOther{Name: k.attr("name")})
		}
	}
	return ss, nil
}

func notesOf(n *xnode) (*xNotes, error) {
	ns := &xNotes{}
	for _, k := range n.kids {
		if k.name == "Note" {
			t, err := textSourceOf(k)
			if err != nil {
				return nil, err
			}
			ns.Note = append(ns.Note, t)
		}
	}
	return ns, nil
}

func textSourceOf(n *xnode) (*xTextSource, error) {
	if err := singles(n, "Description", "PlainTextContent"); err != nil {
		return nil, err
	}
	vv, err := valuesOf(n)
	if err != nil {
		return nil, err
	}
	t := &xTextSource{GUID: n.attr("guid"), Name: n.attr("name"), PlainTextPath: n.attr("plainTextPath"),
		CreatingUser: n.attr("creatingUser"), CreationDateTime: n.attr("creationDateTime"),
		Description: strOf(n, "Description"), PlainTextContent: textOf(n, "PlainTextContent"),
		NoteRef: refs(n, "NoteRef"), VariableValue: vv}
	for _, k := range n.kids {
		switch k.name {
		case "PlainTextSelection":
			sel, err := selectionOf(k)
			if err != nil {
				return nil, err
			}
			t.Selection = append(t.Selection, sel)
		case "Coding":
			c, err := codingOf(k)
			if err != nil {
				return nil, err
			}
			t.Coding = append(t.Coding, c)
		}
	}
	return t, nil
}

func selectionOf(n *xnode) (*xSelection, error) {
	if err := singles(n, "Description"); err != nil {
		return nil, err
	}
	start, err := n.intAttr("startPosition")
	if err != nil {
		return nil, err
	}
	end, err := n.intAttr("endPosition")
	if err != nil {
		return nil, err
	}
	s := &xSelection{GUID: n.attr("guid"), Name: n.attr("name"), Start: start, End: end,
		CreatingUser: n.attr("creatingUser"), CreationDateTime: n.attr("creationDateTime"),
		Description: strOf(n, "Description"), NoteRef: refs(n, "NoteRef")}
	for _, k := range n.kids {
		if k.name == "Coding" {
			c, err := codingOf(k)
			if err != nil {
				return nil, err
			}
			s.Coding = append(s.Coding, c)
		}
	}
	return s, nil
}

func codingOf(n *xnode) (xCoding, error) {
	if err := singles(n, "CodeRef"); err != nil {
		return xCoding{}, err
	}
	c := xCoding{GUID: n.attr("guid"), CreatingUser: n.attr("creatingUser"), NoteRef: refs(n, "NoteRef")}
	if r := refs(n, "CodeRef"); len(r) == 1 {
		c.CodeRef = r[0]
	}
	return c, nil
}

func linksOf(n *xnode) *xLinks {
	ls := &xLinks{}
	for _, k := range n.kids {
		if k.name == "Link" {
			ls.Link = append(ls.Link, xLink{GUID: k.attr("guid"), Name: k.attr("name"), Direction: k.attr("direction"),
				Origin: k.attr("originGUID"), Target: k.attr("targetGUID"), NoteRef: refs(k, "NoteRef")})
		}
	}
	return ls
}
