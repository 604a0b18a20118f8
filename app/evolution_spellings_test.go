package app

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// TestEvolutionCaseWithManySpellings: a case given thousands of other
// spellings (an imported file can hold a million) shows a few of them and
// how many more, not one label of them all, which froze the window for
// minutes and took gigabytes.
func TestEvolutionCaseWithManySpellings(t *testing.T) {
	wd := newSeriesWorld(t)
	var names []string
	for i := range 5000 {
		names = append(names, fmt.Sprintf("Ding Jiaxi %04d", i))
	}
	if _, _, err := wd.st.MergeCaseNames(context.Background(), "Ding Jiaxi", names); err != nil {
		t.Fatal(err)
	}
	wd.showEvolution()
	wd.section("Cases")
	tapOnMatch(t, wd.ws.win.Canvas(), "Ding Jiaxi in the list", func(s string) bool { return strings.HasPrefix(s, "Ding Jiaxi  ·  EU: 11, 12, 13") })
	also := wd.texts("Also written: ")
	if len(also) != 1 {
		t.Fatalf("%d labels of other spellings", len(also))
	}
	if !strings.HasPrefix(also[0], "Also written: Ding Jiaxi 0000, Ding Jiaxi 0001") || !strings.HasSuffix(also[0], "and 4988 more.") {
		t.Errorf("the spellings read %.80q … %q", also[0], also[0][max(0, len(also[0])-40):])
	}
}
