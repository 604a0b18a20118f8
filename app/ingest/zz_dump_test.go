package ingest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Throwaway: dumps every labelled sentence (never committed).
func TestZZDump(t *testing.T) {
	out, _ := os.Create("/tmp/k12/dump.tsv")
	defer out.Close()
	for _, dir := range []string{"accuracy", "accuracy-late"} {
		files, _ := filepath.Glob(filepath.Join("testdata", dir, "*.labels"))
		for _, f := range files {
			fx := readFixture(t, dir, strings.TrimSuffix(filepath.Base(f), ".labels"))
			d := proposeFixture(t, NewProposer(), dir, fx)
			prs := labelled(fx, d)
			for j, l := range fx.labels {
				pr := prs[j]
				if pr == nil || l.parties == nil {
					continue
				}
				got := string(pr.Kind)
				if pr.Skip {
					got = "skip"
				}
				fmt.Fprintf(out, "%s\t%s\t%s\t%s\t%v\t%v\t%s\t%s\n", dir, fx.name, l.kind, got, len(l.parties) > 1, pr.Joint(), strings.ReplaceAll(pr.Text, "\t", " "), strings.Join(pr.Reasons, "; "))
			}
		}
	}
}
