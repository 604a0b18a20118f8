package evolution

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

var diffCases = []struct {
	name          string
	before, after string
	want          []DiffOp
}{
	{"Same", "The EU raised cases.", "The EU raised cases.", []DiffOp{{DiffSame, "The EU raised cases."}}},
	{"WordSwapped", "The EU expressed deep concern.", "The EU expressed serious concern.",
		[]DiffOp{{DiffSame, "The EU expressed "}, {DiffDropped, "deep"}, {DiffAdded, "serious"}, {DiffSame, " concern."}}},
	{"Appended", "The EU will continue to raise cases.", "The EU will continue to raise cases, including in Geneva.",
		[]DiffOp{{DiffSame, "The EU will continue to raise cases"}, {DiffAdded, ", including in Geneva"}, {DiffSame, "."}}},
	{"WholeWordsOnly", "detained", "detention", []DiffOp{{DiffDropped, "detained"}, {DiffAdded, "detention"}}},
	{"Chinese", "中方坚决反对干涉内政。", "中方坚决反对借人权问题干涉内政。",
		[]DiffOp{{DiffSame, "中方坚决反对"}, {DiffAdded, "借人权问题"}, {DiffSame, "干涉内政。"}}},
	{"Empty", "", "New words.", []DiffOp{{DiffAdded, "New words."}}},
	{"Apostrophes", "China’s stance", "China's stance", []DiffOp{{DiffSame, "China's stance"}}},
}

func TestDiff(t *testing.T) {
	for _, c := range diffCases {
		t.Run(c.name, func(t *testing.T) {
			got := Diff(c.before, c.after)
			if !reflect.DeepEqual(got, c.want) {
				t.Fatalf("Diff(%q, %q)\n got %q\nwant %q", c.before, c.after, got, c.want)
			}
			checkRebuilds(t, c.before, c.after, got)
		})
	}
}

// checkRebuilds checks that the same and dropped pieces give the earlier
// text back, and the same and added ones the later.
func checkRebuilds(t *testing.T, before, after string, ops []DiffOp) {
	t.Helper()
	var b, a strings.Builder
	for _, op := range ops {
		if op.Kind != DiffAdded {
			b.WriteString(op.Text)
		}
		if op.Kind != DiffDropped {
			a.WriteString(op.Text)
		}
	}
	if quotes.Replace(b.String()) != quotes.Replace(before) || a.String() != after {
		t.Fatalf("pieces rebuild %q and %q, want %q and %q", b.String(), a.String(), before, after)
	}
}

func FuzzDiff(f *testing.F) {
	for _, c := range diffCases {
		f.Add(c.before, c.after)
	}
	f.Fuzz(func(t *testing.T, before, after string) {
		ops := Diff(before, after)
		checkRebuilds(t, before, after, ops)
		if s := Similarity(ops); s < 0 || s > 1 {
			t.Fatalf("similarity %v", s)
		}
	})
}

func TestSimilarityAndWords(t *testing.T) {
	ops := Diff("The EU expressed deep concern.", "The EU expressed serious concern.")
	if s := Similarity(ops); s < 0.79 || s > 0.81 { // 4 of 5 words on each side
		t.Errorf("similarity %.3f, want 0.8", s)
	}
	if a, d := Words(ops); a != 1 || d != 1 {
		t.Errorf("added %d, dropped %d; want 1 and 1", a, d)
	}
	if m := DiffMarkup(ops); m != "The EU expressed [-deep-]{+serious+} concern." {
		t.Errorf("markup %q", m)
	}
}

func TestTokenize(t *testing.T) {
	for text, want := range map[string][]string{
		"China's in-depth, candid talks": {"china's", "in-depth", "candid", "talks"},
		"end- of line":                   {"end", "of", "line"},
		"人权对话 in 2024":                   {"人", "权", "对", "话", "in", "2024"},
		"伊力哈木·土赫提":                       {"伊", "力", "哈", "木", "土", "赫", "提"},
	} {
		if got := words(text); !reflect.DeepEqual(got, want) {
			t.Errorf("words(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestStem(t *testing.T) {
	for w, want := range map[string]string{"raise": "rais", "raised": "rais", "raises": "rais", "concerns": "concern",
		"activities": "activity", "eu": "eu", "cases": "case", "case": "case", "人权": "人权"} {
		if got := stem(w); got != want {
			t.Errorf("stem(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestDiffLongTexts diffs two long texts with little in common, as a
// hostile project might hold; the diff may be coarse but must rebuild both.
func TestDiffLongTexts(t *testing.T) {
	var a, b strings.Builder
	for i := range 20000 {
		fmt.Fprintf(&a, "w%d ", i*7%1009)
		fmt.Fprintf(&b, "w%d ", i*13%1013)
	}
	checkRebuilds(t, a.String(), b.String(), Diff(a.String(), b.String()))
}
