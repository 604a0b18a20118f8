package ingest

import (
	"fmt"
	"io"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// skipped are elements whose content is never readable text of the
// article: code, styling, navigation, page furniture and forms.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Nav: true, atom.Aside: true, atom.Form: true, atom.Iframe: true, atom.Svg: true,
	atom.Button: true, atom.Select: true, atom.Textarea: true, atom.Object: true,
	atom.Embed: true, atom.Canvas: true, atom.Head: true, atom.Math: true,
}

// blocks are elements that start a new paragraph.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Tr: true,
	atom.Table: true, atom.Blockquote: true, atom.Article: true, atom.Section: true,
	atom.Main: true, atom.Pre: true, atom.Dd: true, atom.Dt: true, atom.Dl: true,
	atom.Figcaption: true, atom.Address: true, atom.Hr: true, atom.Center: true, atom.Td: true, atom.Th: true,
}

// ReadHTML extracts the readable text of a web page: paragraphs kept,
// entities decoded, scripts, styles, navigation, header, footer, asides
// and forms dropped (no markup or script ever reaches the stored text).
// Title, publisher, URL and date come from <title> and the page's meta
// tags, the date else from a dateline.
func ReadHTML(r io.Reader) (Document, error) {
	root, err := html.Parse(r)
	if err != nil && strings.Contains(err.Error(), "open stack of elements exceeds") {
		// The parser recovers its own panic into a plain error with no
		// variable to test against; its text is all there is.
		return Document{}, ErrTooDeep
	}
	if err != nil {
		return Document{}, fmt.Errorf("parse HTML: %w", err)
	}
	var w htmlText
	if content := contentRoot(root); content != nil {
		// Only the page's one <main> or <article>: cookie banners,
		// breadcrumbs and teasers around it are no part of the readout.
		w.walk(content, true)
	}
	if isBlankText(w.b.String()) {
		w = htmlText{}
		w.walk(root, false)
	}
	d, err := FromText(w.b.String(), "html")
	if err != nil {
		return Document{}, err
	}
	m := readMeta(root)
	if m.title != "" {
		d.Title = m.title
	}
	d.Publisher, d.URL = m.publisher, m.url
	if m.date != "" {
		d.PublishedOn = m.date
	}
	return d, nil
}

type htmlText struct {
	b strings.Builder
	// pending is white space seen but not yet written: it becomes one
	// space before the next word of the same paragraph.
	pending bool
}

func (w *htmlText) para() {
	if w.b.Len() > 0 {
		w.b.WriteString("\n\n")
	}
	w.pending = false
}

// walk writes n's readable text. Page headers and footers are skipped
// unless inside an article, where they hold its title and byline.
func (w *htmlText) walk(n *html.Node, inArticle bool) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode:
		if skipped[n.DataAtom] || hidden(n) {
			return
		}
		if (n.DataAtom == atom.Header || n.DataAtom == atom.Footer) && !inArticle {
			return
		}
		if n.DataAtom == atom.Article || n.DataAtom == atom.Main {
			inArticle = true
		}
		if n.DataAtom == atom.Br {
			w.b.WriteByte('\n')
			w.pending = false
			return
		}
	case html.CommentNode, html.DoctypeNode:
		return
	}
	block := n.Type == html.ElementNode && (blocks[n.DataAtom] || n.DataAtom == atom.Header || n.DataAtom == atom.Footer)
	if block {
		w.para()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, inArticle)
	}
	if block {
		w.para()
	}
}

func (w *htmlText) text(s string) {
	for _, r := range s {
		if isHTMLSpace(r) {
			w.pending = true
			continue
		}
		if w.pending && w.b.Len() > 0 && !strings.HasSuffix(w.b.String()[max(0, w.b.Len()-1):], "\n") {
			w.b.WriteByte(' ')
		}
		w.pending = false
		w.b.WriteRune(r)
	}
}

func isHTMLSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\u00a0'
}

// furnitureRoles are ARIA roles of page furniture: dialogs (cookie
// banners), navigation, site header and footer, sidebars and search.
var furnitureRoles = set("dialog", "alertdialog", "navigation", "banner", "contentinfo", "complementary", "search")

// hidden reports an element that is not shown, or that is page furniture
// by its ARIA role.
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch strings.ToLower(a.Key) {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "aria-modal":
			if a.Val == "true" {
				return true
			}
		case "role":
			if furnitureRoles[strings.ToLower(strings.TrimSpace(a.Val))] {
				return true
			}
		case "style":
			v := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(v, "display:none") || strings.Contains(v, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

// contentRoot is the page's only <main>, else its only <article>; nil
// when there is none or more than one (a list of articles).
func contentRoot(root *html.Node) *html.Node {
	var mains, articles []*html.Node
	var find func(*html.Node)
	find = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Main:
				mains = append(mains, n)
			case atom.Article:
				articles = append(articles, n)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			find(c)
		}
	}
	find(root)
	switch {
	case len(mains) == 1:
		return mains[0]
	case len(mains) == 0 && len(articles) == 1:
		return articles[0]
	}
	return nil
}

type htmlMeta struct{ title, ogTitle, publisher, url, canonical, date string }

func readMeta(root *html.Node) htmlMeta {
	var m htmlMeta
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Title:
				if m.title == "" && n.FirstChild != nil {
					m.title = strings.Join(strings.Fields(n.FirstChild.Data), " ")
				}
			case atom.Meta:
				m.meta(attr(n, "property")+attr(n, "name"), attr(n, "content"))
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") {
					m.canonical = attr(n, "href")
				}
			case atom.Time:
				if m.date == "" {
					m.date = NormalizeDate(attr(n, "datetime"))
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	if m.ogTitle != "" {
		m.title = m.ogTitle
	}
	if m.canonical != "" {
		m.url = m.canonical
	}
	return m
}

func (m *htmlMeta) meta(key, val string) {
	val = strings.Join(strings.Fields(val), " ")
	switch strings.ToLower(key) {
	case "og:title":
		m.ogTitle = val
	case "og:site_name":
		m.publisher = val
	case "og:url":
		if m.url == "" {
			m.url = val
		}
	case "article:published_time", "date", "dc.date", "dcterms.date", "pubdate":
		if d := NormalizeDate(val); d != "" {
			m.date = d
		}
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}
