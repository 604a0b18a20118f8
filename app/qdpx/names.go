package qdpx

import (
	"fmt"
	"regexp"
)

// uniqueNames hands out names no other code has: QualCoder matches codes
// by name across the whole codebook, so two codes called "Taiwan" (a topic
// and a tag) would merge. A taken name gets " (2)", " (3)", ...
type uniqueNames map[string]bool

func (u uniqueNames) take(name string) string {
	if name == "" {
		name = "(unnamed)"
	}
	out := name
	for n := 2; u[out]; n++ {
		out = fmt.Sprintf("%s (%d)", name, n)
	}
	u[out] = true
	return out
}

var rgb = regexp.MustCompile(`^#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})$`)

// color returns c when the schema's RGBType accepts it, else "".
func color(c string) string {
	if rgb.MatchString(c) {
		return c
	}
	return ""
}

// topicPalette colours each top-level topic and its subtree, so that a
// peer's code tree shows the branches apart (Parley's topics have no
// colour of their own).
var topicPalette = []string{"#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2", "#edc948", "#9c755f", "#e15759", "#bab0ac", "#ff9da7"}
