package report

import (
	"html/template"
	"strconv"
	"strings"

	"parley/storage"
)

// cardHTML writes one statement card, most of a report's markup, in Go:
// through html/template every field of every card cost a reflective call
// of an escaper, 20 times the time of the text itself. It writes what the
// template it replaces wrote, byte for byte (TestCardHTMLMatchesTemplate),
// with the same escaping: text and quoted attributes through esc, colours
// only when they are colours.
func cardHTML(c *Card) template.HTML {
	var b strings.Builder
	b.Grow(cardSize(c))
	writeCard(&b, c)
	return template.HTML(b.String())
}

// cardSize is about what writeCard writes for c.
func cardSize(c *Card) int { return 600 + len(c.Text) }

// writeCard writes cardHTML's markup to b, which a topic section shares
// with its cards instead of copying each card's own string.
func writeCard(b *strings.Builder, c *Card) {
	num := strconv.Itoa(c.Num)
	b.WriteString("\n<article class=\"card")
	if c.Joint {
		b.WriteString(" joint")
	}
	b.WriteString("\" id=\"s" + num + "\" data-statement=\"" + strconv.FormatInt(c.ID, 10) + "\" style=\"border-left-color: ")
	b.WriteString(cssColor(c.Color))
	b.WriteString("\">\n  <header class=\"card-head\">\n    <span class=\"num\">[" + num + "]</span>\n    <span class=\"kind k-")
	b.WriteString(esc(c.Kind) + "\">" + esc(c.KindLabel) + "</span>\n    ")
	switch {
	case c.Joint:
		b.WriteString("<span class=\"holders\">Joint: ")
		for i, h := range c.Holders {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString("<span class=\"dot\" style=\"background-color: " + cssColor(h.Color) + "\"></span>" + esc(h.Name))
		}
		b.WriteString("</span>")
	case c.NoParty:
		b.WriteString("<span class=\"holders\">No party recorded</span>")
	}
	b.WriteString("\n    ")
	if c.Speaker != "" {
		b.WriteString("<span class=\"speaker\">" + esc(c.Speaker) + "</span>")
	}
	b.WriteString("\n  </header>\n  ")
	if c.Role != "" {
		b.WriteString("<p class=\"role\">" + esc(c.Role) + "</p>")
	}
	b.WriteString("\n  <p class=\"text\">" + esc(c.Text))
	if c.Cited {
		b.WriteString("<a class=\"cite\" href=\"#c" + num + "\">" + num + "</a>")
	}
	b.WriteString("</p>\n  ")
	if c.ReportedBy != "" {
		b.WriteString("<p class=\"reported\">As reported by " + esc(c.ReportedBy) + "</p>")
	}
	b.WriteString("\n  ")
	cardTags(b, c.Tags)
	b.WriteString("\n  ")
	cardLinks(b, c)
	b.WriteString("\n  ")
	if c.ShowNotes {
		notesHTML(b, c.Notes, "note", "Note")
	}
	b.WriteString("\n</article>\n")
}

func cardTags(b *strings.Builder, tags []PartyRef) {
	if len(tags) == 0 {
		return
	}
	b.WriteString("<p class=\"tags\">")
	for _, t := range tags {
		b.WriteString("<span class=\"tag\" style=\"background-color: " + cssColor(t.Color) + "; color: " + cssColor(t.Ink) + "\">" + esc(t.Name) + "</span> ")
	}
	b.WriteString("</p>")
}

func cardLinks(b *strings.Builder, c *Card) {
	if len(c.Links) == 0 {
		return
	}
	b.WriteString("<ul class=\"links\">")
	for _, l := range c.Links {
		b.WriteString("<li>")
		ref := "<a href=\"#s" + strconv.Itoa(l.Num) + "\">[" + strconv.Itoa(l.Num) + "]</a>"
		switch {
		case l.In && l.Num != 0:
			b.WriteString(ref + " " + esc(l.Label) + " this")
		case l.In:
		default:
			b.WriteString(esc(l.Label) + " ")
			if l.Num != 0 {
				b.WriteString(ref)
			} else {
				b.WriteString("a statement outside this report")
			}
			if c.ShowNotes {
				notesHTML(b, l.Notes, "note note-link", "Note on this link")
			}
		}
		b.WriteString("</li>")
	}
	b.WriteString("</ul>")
}

// notesHTML writes what the "notes" and "linknotes" templates write.
func notesHTML(b *strings.Builder, notes []NoteView, class, label string) {
	if len(notes) == 0 {
		return
	}
	b.WriteString("<div class=\"notes\">")
	for _, n := range notes {
		date := "" // a note whose date is none (BadTimes) shows none
		if n.Date != "" {
			date = " · " + esc(n.Date)
		}
		b.WriteString("<p class=\"" + class + "\" data-note=\"" + strconv.FormatInt(n.ID, 10) + "\"><span class=\"note-label\">" +
			label + date + "</span> " + esc(n.Body) + "</p>")
	}
	b.WriteString("</div>")
}

// htmlEscapes are the replacements html/template makes in text and in
// quoted attribute values.
var htmlEscapes = strings.NewReplacer("\x00", "\uFFFD", `"`, "&#34;", "&", "&amp;", "'", "&#39;", "+", "&#43;", "<", "&lt;", ">", "&gt;")

// esc escapes s for HTML text or a quoted attribute value as html/template
// does.
func esc(s string) string {
	if !strings.ContainsAny(s, "\x00\"&'+<>") {
		return s
	}
	return htmlEscapes.Replace(s)
}

// cssColor passes a colour (#rrggbb, as safeColor makes them) into a style
// attribute; anything else becomes html/template's marker for a refused
// value.
func cssColor(c string) string {
	if _, _, _, ok := storage.ParseColor(c); ok && strings.HasPrefix(c, "#") {
		return c
	}
	return "ZgotmplZ"
}

// citationsHTML writes the appendix's citations, one per cited statement,
// as the template's loop over them did (see cardHTML for why in Go).
func citationsHTML(cs []*Citation) template.HTML {
	var b strings.Builder
	for _, c := range cs {
		num := strconv.Itoa(c.Num)
		b.WriteString("<li id=\"c" + num + "\" data-citation=\"" + strconv.FormatInt(c.StatementID, 10) +
			"\"><a class=\"back\" href=\"#s" + num + "\">[" + num + "]</a>\n    ")
		if c.Source != nil {
			b.WriteString("<a href=\"#" + urlPart(c.Source.Anchor) + "\">" + esc(c.Source.Title) + "</a>")
		} else {
			b.WriteString("No source recorded.")
		}
		if c.Para != 0 {
			b.WriteString(", ¶ " + strconv.Itoa(c.Para))
		}
		if c.Quote != "" {
			b.WriteString(": <q>" + esc(c.Quote) + "</q>")
		}
		b.WriteString("</li>")
	}
	return template.HTML(b.String())
}

// urlPart percent-encodes s for a URL's fragment as html/template does:
// everything but letters, digits and -._~.
func urlPart(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '-', c == '.', c == '_', c == '~':
			b.WriteByte(c)
		default:
			b.WriteString("%" + strconv.FormatUint(uint64(c)>>4, 16) + strconv.FormatUint(uint64(c)&15, 16))
		}
	}
	return b.String()
}
