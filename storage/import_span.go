package storage

import "unicode/utf8"

// spanTexts fills in the text of statements that leave it empty from the
// source text, by their rune offsets. The texts share the source's bytes.
func spanTexts(text string, in []ImportStatement) error {
	var cur runeCursor
	for i := range in {
		x := &in[i]
		if x.Text != "" {
			continue
		}
		from, ok1 := cur.seek(text, x.Start)
		to, ok2 := cur.seek(text, x.End)
		if !ok1 || !ok2 || x.Start >= x.End {
			return invalid("statement %d of %d: its span %d–%d is not inside the source's text", i+1, len(in), x.Start, x.End)
		}
		x.Text = text[from:to]
	}
	return nil
}

// runeCursor turns rune offsets into byte offsets, walking forward from
// the last one asked for (statements come in order).
type runeCursor struct{ runes, bytes int }

func (c *runeCursor) seek(text string, r int) (int, bool) {
	if r < c.runes {
		*c = runeCursor{}
	}
	for c.runes < r && c.bytes < len(text) {
		_, n := utf8.DecodeRuneInString(text[c.bytes:])
		c.bytes += n
		c.runes++
	}
	return c.bytes, c.runes == r
}
