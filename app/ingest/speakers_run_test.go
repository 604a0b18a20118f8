package ingest

import (
	"strings"
	"testing"
)

// A sentence of nothing but titles, pasted without its stops, made a
// title run without end, read again from every word (1 MB ran for over
// ten minutes): a run stops after maxTitleRun tokens.
func TestTitleRunIsBounded(t *testing.T) {
	toks := tokenize([]rune(strings.Repeat("The Prime Minister the Foreign Secretary the High Representative ", 200)))
	entAt := make([]*mention, len(toks))
	if end, _, _ := titleRun(toks, entAt, 1); end-1 > maxTitleRun+3 {
		t.Fatalf("the run read %d tokens", end-1)
	}
}
