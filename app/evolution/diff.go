package evolution

import (
	"strings"
	"time"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// DiffKind says what a piece of a word-level diff is.
type DiffKind string

// The kinds of diff pieces.
const (
	DiffSame    DiffKind = "same"    // in both statements
	DiffAdded   DiffKind = "added"   // only in the later statement
	DiffDropped DiffKind = "dropped" // only in the earlier statement
)

// DiffOp is one piece of a diff: text as written, spaces and punctuation
// included, so that joining the Same and Dropped pieces gives the earlier
// statement and the Same and Added pieces the later one, but for the form
// of quotes and apostrophes: "EU’s" and "EU's" are the same word, and a
// Same piece is written as the later statement writes it.
type DiffOp struct {
	Kind DiffKind
	Text string
}

// Diff compares two statements word by word (Han characters one by one)
// with diffmatchpatch's Myers diff over word tokens, then merges small
// equalities into the edits around them so that the result reads as
// phrases added and dropped rather than as scattered letters.
func Diff(before, after string) []DiffOp {
	if before == after || quotes.Replace(before) == quotes.Replace(after) {
		if after == "" {
			return nil
		}
		return []DiffOp{{Kind: DiffSame, Text: after}} // most repeats are word for word
	}
	ta, tb := tokenize(before), tokenize(after)
	code := map[string]rune{}
	var texts []string
	enc := func(ts []token) []rune {
		out := make([]rune, len(ts))
		for i, t := range ts {
			k := quotes.Replace(t.text)
			r, ok := code[k]
			if !ok {
				// Private use and above: never a surrogate, never a
				// character diffmatchpatch treats specially.
				r = rune(0xE000 + len(texts))
				code[k] = r
				texts = append(texts, t.text)
			}
			out[i] = r
		}
		return out
	}
	rb := enc(tb) // first, so that a shared word is written as the later statement has it
	ra := enc(ta)
	dmp := diffmatchpatch.New()
	// Statements are short and their diff exact; a pathological pair (two
	// long texts with little in common, from a hostile file) gets a
	// coarser diff after a second instead of holding up the view.
	dmp.DiffTimeout = time.Second
	diffs := dmp.DiffMainRunes(ra, rb, false)
	diffs = dmp.DiffCleanupSemantic(diffs)
	var out []DiffOp
	for _, d := range diffs {
		var b strings.Builder
		for _, r := range d.Text {
			b.WriteString(texts[r-0xE000])
		}
		out = appendOp(out, kindOf(d.Type), b.String())
	}
	return out
}

// quotes writes curly quotes and apostrophes straight, for comparing.
var quotes = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"")

func kindOf(t diffmatchpatch.Operation) DiffKind {
	switch t {
	case diffmatchpatch.DiffInsert:
		return DiffAdded
	case diffmatchpatch.DiffDelete:
		return DiffDropped
	}
	return DiffSame
}

func appendOp(out []DiffOp, k DiffKind, text string) []DiffOp {
	if text == "" {
		return out
	}
	if n := len(out); n > 0 && out[n-1].Kind == k {
		out[n-1].Text += text
		return out
	}
	return append(out, DiffOp{Kind: k, Text: text})
}

// Similarity is the share of words two statements have in the same order,
// from their diff: 2 × common words / (words before + words after); 1 for
// the same wording, 0 for nothing in common.
func Similarity(ops []DiffOp) float64 {
	same, total := 0, 0
	for _, op := range ops {
		n := len(words(op.Text))
		total += n
		if op.Kind == DiffSame {
			same += 2 * n
			total += n
		}
	}
	if total == 0 {
		return 1
	}
	return float64(same) / float64(total)
}

// Words counts the words a diff adds and drops.
func Words(ops []DiffOp) (added, dropped int) {
	for _, op := range ops {
		switch op.Kind {
		case DiffAdded:
			added += len(words(op.Text))
		case DiffDropped:
			dropped += len(words(op.Text))
		}
	}
	return added, dropped
}

// DiffMarkup writes a diff on one line as wdiff does: dropped words as
// [-words-], added ones as {+words+}.
func DiffMarkup(ops []DiffOp) string {
	var b strings.Builder
	for _, op := range ops {
		switch op.Kind {
		case DiffAdded:
			b.WriteString("{+" + op.Text + "+}")
		case DiffDropped:
			b.WriteString("[-" + op.Text + "-]")
		default:
			b.WriteString(op.Text)
		}
	}
	return b.String()
}

// ContentEdits counts the content words (not function words) a diff
// changes: the larger of the number it adds and the number it drops, so
// that one word put for another counts once; a word both dropped and added
// (China's written with another apostrophe) does not count. 0 means the
// same point in the same words.
func ContentEdits(ops []DiffOp) int {
	net := map[string]int{}
	for _, op := range ops {
		if op.Kind == DiffSame {
			continue
		}
		for _, w := range words(op.Text) {
			if stopwords[w] {
				continue
			}
			if op.Kind == DiffAdded {
				net[w]++
			} else {
				net[w]--
			}
		}
	}
	added, dropped := 0, 0
	for _, n := range net {
		if n > 0 {
			added += n
		} else {
			dropped -= n
		}
	}
	return max(added, dropped)
}
