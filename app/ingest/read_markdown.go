package ingest

import (
	"regexp"
	"strings"
)

var (
	mdImage    = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)`)
	mdLink     = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	mdRefLink  = regexp.MustCompile(`\[([^\]]+)\]\[[^\]]*\]`)
	mdEmphasis = regexp.MustCompile(`(\*\*|__|\*|` + "`" + `)([^*_` + "`" + `\n]+)(\*\*|__|\*|` + "`" + `)`)
	mdHeading  = regexp.MustCompile(`^#{1,6}\s+`)
	mdRefDef   = regexp.MustCompile(`^\s*\[[^\]]+\]:\s+\S+`)
	mdRule     = regexp.MustCompile(`^\s*([-*_]\s*){3,}$`)
	mdQuote    = regexp.MustCompile(`^\s*>\s?`)
)

// FromMarkdown makes a document of Markdown: the markup is dropped
// (headings, emphasis, links keep their words, images and link
// definitions go), list items stay lines of their own. The first heading
// is the title.
func FromMarkdown(text string) (Document, error) {
	text = NormalizeText(text)
	var b strings.Builder
	title := ""
	fence := false
	for line := range strings.SplitSeq(text, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "```") {
			fence = !fence
			continue
		}
		if !fence {
			if mdRefDef.MatchString(line) || mdRule.MatchString(line) {
				continue
			}
			if mdHeading.MatchString(line) {
				line = mdHeading.ReplaceAllString(line, "")
				if title == "" {
					title = strings.TrimSpace(line)
				}
			}
			line = mdQuote.ReplaceAllString(line, "")
			line = mdImage.ReplaceAllString(line, "")
			line = mdLink.ReplaceAllString(line, "$1")
			line = mdRefLink.ReplaceAllString(line, "$1")
			line = mdEmphasis.ReplaceAllString(line, "$2")
		}
		b.WriteString(line)
		b.WriteByte('\n')
	}
	d, err := FromText(b.String(), "markdown")
	if err != nil {
		return Document{}, err
	}
	if title != "" {
		d.Title = title
	}
	return d, nil
}
