package storage

import (
	"testing"
	"unsafe"
)

func TestFoldCJK(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"The EU raised concerns.", "The EU raised concerns."},
		{"中欧人权对话", "中\u200b欧\u200b人\u200b权\u200b对\u200b话\u200b"},
		{"EU 和 China", "EU 和\u200b China"},
		{"", ""},
	} {
		if got := foldCJK(c.in); got != c.want || unfoldCJK(got) != c.in {
			t.Errorf("foldCJK(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	// Text without CJK is handed back, not copied: a large English source
	// is indexed without a second copy of it.
	s := "Erdoğan and the EU met in Brussels."
	if got := foldCJK(s); unsafe.StringData(got) != unsafe.StringData(s) {
		t.Error("text without CJK was copied")
	}
}
