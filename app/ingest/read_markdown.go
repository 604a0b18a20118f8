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
	// _emphasis_ only between non-word characters: snake_case stays.
	mdUnderscore = regexp.MustCompile(`(^|[^\p{L}\p{N}_])_([^_\n]+?)_($|[^\p{L}\p{N}_])`)
	mdFootnote   = regexp.MustCompile(`\[\^[^\]]+\]`)
	mdTableRule  = regexp.MustCompile(`^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$`)
	mdTag        = regexp.MustCompile(`</?[A-Za-z][A-Za-z0-9-]*(\s[^<>\n]*)?/?>`)
	mdFrontKey   = regexp.MustCompile(`^title:\s*(.+)$`)
)

// FromMarkdown makes a document of Markdown: the markup is dropped
// (headings, emphasis, links keep their words, images and link
// definitions go), list items stay lines of their own. The first heading
// is the title.
func FromMarkdown(text string) (Document, error) {
	text = NormalizeText(text)
	text, frontTitle := dropFrontMatter(text)
	var b strings.Builder
	title := ""
	fence := false
	for line := range strings.SplitSeq(text, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "```") {
			fence = !fence
			continue
		}
		if !fence {
			if mdRefDef.MatchString(line) || mdRule.MatchString(line) || mdTableRule.MatchString(line) && strings.Contains(line, "-") {
				continue
			}
			line = tableRow(line)
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
			line = mdUnderscore.ReplaceAllString(line, "$1$2$3")
			line = mdFootnote.ReplaceAllString(line, "")
			line = mdTag.ReplaceAllString(line, "")
		}
		b.WriteString(line)
		b.WriteByte('\n')
	}
	d, err := FromText(b.String(), "markdown")
	if err != nil {
		return Document{}, err
	}
	if title == "" {
		title = frontTitle
	}
	if title != "" {
		d.Title = title
	}
	return d, nil
}

// dropFrontMatter removes a YAML front matter block ("---" lines around
// "title: …", as static site generators write) and returns its title.
func dropFrontMatter(text string) (string, string) {
	rest, ok := strings.CutPrefix(text, "---\n")
	if !ok {
		return text, ""
	}
	title, off := "", 0
	for n := 0; n <= 100 && off <= len(rest); n++ {
		end := strings.IndexByte(rest[off:], '\n')
		if end < 0 {
			end = len(rest) - off
		}
		line := rest[off : off+end]
		if line == "---" || line == "..." {
			return rest[min(off+end+1, len(rest)):], title
		}
		if m := mdFrontKey.FindStringSubmatch(line); m != nil {
			title = strings.Trim(strings.TrimSpace(m[1]), `"'`)
		}
		off += end + 1
	}
	return text, ""
}

// tableRow turns "| Ukraine | agreed |" into "Ukraine | agreed".
func tableRow(line string) string {
	t := strings.TrimSpace(line)
	if !strings.HasPrefix(t, "|") || !strings.HasSuffix(t, "|") || len(t) < 2 {
		return line
	}
	cells := strings.Split(t[1:len(t)-1], "|")
	for i := range cells {
		cells[i] = strings.TrimSpace(cells[i])
	}
	return strings.Join(cells, " | ")
}
