package ingest

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"parley/storage"
	"path/filepath"
	"sort"
	"testing"
)

// firstContactDraft is a late development readout as the rules proposed
// it when it was labelled, before any rule changed for it
// (testdata/firstcontact, written by its replay.sh).
type firstContactDraft struct {
	Name, Author string
	Joint        []string
	Text         string
	Props        []struct {
		Start, End        int
		Text              string
		Parties           []string
		Kind              string
		Skip              bool
		SpkName, SpkParty string
		HasSpk            bool
		Reasons           []string
	}
}

// loadFirstContactExamples reads the rules' first-contact proposals of
// the late development readouts and pairs them with today's labels.
func loadFirstContactExamples(t *testing.T, dir string) []lrExample {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.jsonl.gz"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no first-contact proposals in %s: %v", dir, err)
	}
	var out []lrExample
	for _, f := range files {
		in, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		z, err := gzip.NewReader(in)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		sc := bufio.NewScanner(z)
		sc.Buffer(nil, 16<<20)
		for sc.Scan() {
			var fd firstContactDraft
			if err := json.Unmarshal(sc.Bytes(), &fd); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			if _, err := os.Stat(filepath.Join("testdata", "accuracy-late", fd.Name+".labels")); err != nil {
				t.Logf("first contact: %s is no late readout any more", fd.Name)
				continue
			}
			fx := readFixture(t, "accuracy-late", fd.Name)
			d := &Draft{Author: fd.Author, joint: fd.Joint, Runes: []rune(fd.Text)}
			for _, p := range fd.Props {
				pr := Proposal{Segment: Segment{Start: p.Start, End: p.End}, Text: p.Text, Parties: p.Parties,
					Kind: storage.Kind(p.Kind), Skip: p.Skip, Reasons: p.Reasons}
				if p.HasSpk {
					pr.Speaker = &Speaker{Name: p.SpkName, Party: p.SpkParty}
				}
				d.Proposals = append(d.Proposals, pr)
			}
			exs := draftExamples(fx, d)
			for i := range exs {
				exs[i].batch = fx.batch
			}
			out = append(out, exs...)
		}
		in.Close()
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].readout < out[j].readout })
	return out
}
