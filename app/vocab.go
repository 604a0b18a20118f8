package app

import (
	"image/color"
	"sort"
	"strings"

	"parley/storage"
	"parley/widgets"
)

// The helpers below turn the loaded vocabulary into the words the selects
// show and back.

func kindLabels() []string {
	out := make([]string, len(storage.Kinds))
	for i, k := range storage.Kinds {
		out[i] = kindLabel(k)
	}
	return out
}

func kindLabel(k storage.Kind) string { return widgets.KindLabel(string(k)) }

func kindOf(label string) storage.Kind {
	for _, k := range storage.Kinds {
		if kindLabel(k) == label {
			return k
		}
	}
	return storage.KindPosition
}

func (ws *Workspace) partyNamed(name string) (storage.Party, bool) {
	for _, p := range ws.data.parties {
		if p.Name == name {
			return p, true
		}
	}
	return storage.Party{}, false
}

// speakerLabel is "Name, Role (Party)".
func (ws *Workspace) speakerLabel(id int64) string {
	for _, s := range ws.data.speakers {
		if s.ID == id {
			return ws.data.speakerText(s)
		}
	}
	return ""
}

// speakerText is a speaker as the pickers show it: "Name, Role (Party)".
func (d *viewData) speakerText(s storage.Speaker) string {
	l := s.Name
	if s.Role != "" {
		l += ", " + s.Role
	}
	if s.PartyID != nil {
		if p, ok := d.partyByID[*s.PartyID]; ok {
			l += " (" + partyShort(p) + ")"
		}
	}
	return l
}

func (d *viewData) speakerLabels() []string {
	out := make([]string, len(d.speakers))
	for i, s := range d.speakers {
		out[i] = d.speakerText(s)
	}
	return out
}

func (d *viewData) speakerByLabel(label string) *int64 {
	for _, s := range d.speakers {
		if d.speakerText(s) == label {
			id := s.ID
			return &id
		}
	}
	return nil
}

// topicPaths lists every topic's path in tree order.
func (d *viewData) topicPaths() []string {
	out := make([]string, len(d.topics))
	for i, t := range d.topics {
		out[i] = d.paths[t.ID]
	}
	return out
}

func (ws *Workspace) topicByPath(path string) *int64 {
	for id, p := range ws.data.paths {
		if p == path {
			id := id
			return &id
		}
	}
	return nil
}

func (ws *Workspace) tagNamed(name string) (storage.Tag, bool) {
	for _, t := range ws.data.tags {
		if strings.EqualFold(t.Name, strings.TrimSpace(name)) {
			return t, true
		}
	}
	return storage.Tag{}, false
}

// tagsMatching lists the tags whose name contains text, those starting
// with it first.
func (ws *Workspace) tagsMatching(text string) []string {
	text = strings.ToLower(strings.TrimSpace(text))
	var pre, mid []string
	for _, t := range ws.data.tags {
		n := strings.ToLower(t.Name)
		switch {
		case strings.HasPrefix(n, text):
			pre = append(pre, t.Name)
		case strings.Contains(n, text):
			mid = append(mid, t.Name)
		}
	}
	sort.Strings(mid)
	return append(pre, mid...)
}

func partyShort(p storage.Party) string {
	if p.ShortName != "" {
		return p.ShortName
	}
	return p.Name
}

// hexColor turns a stored colour ("#rrggbb", see storage.ParseColor) into
// one to draw; anything else is a neutral grey.
func hexColor(s string) color.Color {
	r, g, b, ok := storage.ParseColor(s)
	if !ok {
		return color.NRGBA{R: 0x88, G: 0x88, B: 0x88, A: 0xff}
	}
	return color.NRGBA{R: r, G: g, B: b, A: 0xff}
}

// colorHex formats c as "#rrggbb".
func colorHex(c color.Color) string {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	const digits = "0123456789abcdef"
	b := []byte{'#', 0, 0, 0, 0, 0, 0}
	for i, v := range []uint8{n.R, n.G, n.B} {
		b[1+2*i], b[2+2*i] = digits[v>>4], digits[v&15]
	}
	return string(b)
}
