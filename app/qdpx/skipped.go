package qdpx

import (
	"fmt"
	"sort"
	"strings"
)

// skipped gathers what an import leaves out, by kind, with names.
type skipped map[string][]string

func (s skipped) add(kind, name string) { s[kind] = append(s[kind], name) }

// lines says, per kind, how many were skipped and which (the first ten).
func (s skipped) lines() []string {
	kinds := make([]string, 0, len(s))
	for k := range s {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	var out []string
	for _, k := range kinds {
		names := s[k]
		line := fmt.Sprintf("%d %s skipped", len(names), k)
		shown := names[:min(10, len(names))]
		var named []string
		for _, n := range shown {
			if n != "" {
				named = append(named, fmt.Sprintf("%q", n))
			}
		}
		if len(named) > 0 {
			line += ": " + strings.Join(named, ", ")
			if len(names) > len(shown) {
				line += ", …"
			}
		}
		out = append(out, line)
	}
	return out
}
