package storage

import "unicode/utf8"

// spanText fills in the text of a statement that leaves it empty from the
// source text, by its rune offsets; the text shares the source's bytes.
// cur carries the place of the last span from one statement to the next
// (statements come in order), so a whole source is walked once.
func spanText(text string, x *ImportStatement, cur *runeCursor) error {
	if x.Text != "" {
		return nil
	}
	from, ok1 := cur.seek(text, x.Start)
	to, ok2 := cur.seek(text, x.End)
	if !ok1 || !ok2 || x.Start >= x.End {
		return invalid("its span %d–%d is not inside the source's text", x.Start, x.End)
	}
	x.Text = text[from:to]
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
