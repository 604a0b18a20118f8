package main

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestMakefileBuildsWithoutFyneEmojiFont: every binary the Makefile builds
// (make build, the end-to-end test's, the package's) passes $(TAGS), and
// TAGS leaves Fyne's bundled emoji font out. With the font, Fyne parses it
// into some 9 MB of the window's memory for regular and bold text at
// start-up, whether an emoji is ever shown or not (docs/compare.md, Memory).
func TestMakefileBuildsWithoutFyneEmojiFont(t *testing.T) {
	b, err := os.ReadFile("Makefile")
	if err != nil {
		t.Fatal(err)
	}
	tags := regexp.MustCompile(`(?m)^TAGS\s*:?=\s*(.*)$`).FindStringSubmatch(string(b))
	if tags == nil || !strings.Contains(tags[1], "no_emoji") {
		t.Fatalf("the Makefile's TAGS must hold no_emoji, found %q", tags)
	}
	builds := 0
	for i, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "#") ||
			!strings.Contains(line, "$(GO) build") && !strings.Contains(line, "fyne package") {
			continue
		}
		builds++
		if !strings.Contains(line, "-tags $(TAGS)") {
			t.Errorf("Makefile:%d builds without -tags $(TAGS): %s", i+1, strings.TrimSpace(line))
		}
	}
	if builds < 3 {
		t.Errorf("found %d builds in the Makefile, want make build's, e2e-run's and package's", builds)
	}
}
