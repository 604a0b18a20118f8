package ingest

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// label is the expected reading of one sentence of a fixture.
type label struct {
	parties []string // sorted; nil for "skip"
	speaker string   // "" for none
	kind    string   // "" for skip
	prefix  string
}

func readLabels(t *testing.T, path string) (author string, out []label) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if a, ok := strings.CutPrefix(line, "# author:"); ok {
			author = strings.TrimSpace(a)
			continue
		}
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			t.Fatalf("%s: bad label line %q", path, line)
		}
		l := label{speaker: strings.Trim(f[1], "-"), kind: strings.Trim(f[2], "-"), prefix: f[3]}
		if f[0] != "skip" {
			l.parties = strings.Split(f[0], "+")
			sort.Strings(l.parties)
		}
		out = append(out, l)
	}
	return author, out
}

// score is the share of sentences right on party, speaker, kind, and all
// three together.
type score struct{ n, party, speaker, kind, all int }

func (s score) pct(x int) float64 { return 100 * float64(x) / float64(max(s.n, 1)) }

func scoreFixture(t *testing.T, dir, name string) score {
	t.Helper()
	author, labels := readLabels(t, filepath.Join("testdata", dir, name+".labels"))
	doc, err := ReadFile(context.Background(), filepath.Join("testdata", dir, name+".txt"), nil)
	if err != nil {
		t.Fatal(err)
	}
	d, err := NewProposer().Propose(context.Background(), doc, author, nil)
	if err != nil {
		t.Fatal(err)
	}
	var s score
	next := 0
	for _, l := range labels {
		s.n++
		var pr *Proposal
		for i := next; i < len(d.Proposals); i++ {
			if strings.HasPrefix(d.Proposals[i].Text, l.prefix) {
				pr, next = &d.Proposals[i], i+1
				break
			}
		}
		if pr == nil {
			t.Logf("%s: no sentence starts %q (segmenting went wrong)", name, l.prefix)
			continue
		}
		okP, okS, okK := judge(*pr, l)
		s.party, s.speaker, s.kind = s.party+b2i(okP), s.speaker+b2i(okS), s.kind+b2i(okK)
		if okP && okS && okK {
			s.all++
		} else if testing.Verbose() {
			t.Logf("%s: %q\n\tgot %v %v %s, want %v %q %s\n\t%s", name, l.prefix, pr.Parties, speakerName(pr.Speaker), pr.Kind, l.parties, l.speaker, l.kind, strings.Join(pr.Reasons, "; "))
		}
	}
	return s
}

func judge(pr Proposal, l label) (party, speaker, kind bool) {
	if l.parties == nil {
		return pr.Skip, pr.Skip, pr.Skip
	}
	if pr.Skip {
		return false, false, false
	}
	got := append([]string(nil), pr.Parties...)
	sort.Strings(got)
	return strings.Join(got, "+") == strings.Join(l.parties, "+"), speakerName(pr.Speaker) == l.speaker, string(pr.Kind) == l.kind
}

func speakerName(s *Speaker) string {
	if s == nil {
		return ""
	}
	return s.Name
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// accuracyFloor is the share of sentences (party, speaker and kind all
// right) below which a development fixture fails. The rules were worked
// out on these fixtures (with general mechanisms, not per-document
// cases), so they score high; the floor keeps a change from losing ground.
const accuracyFloor = 75

// heldOutFloor is the floor for the held-out fixtures, written after the
// rules were frozen and never used to change them: it is set below what
// the importer reached on first contact, as an honest measure.
const heldOutFloor = 50

func TestAccuracy(t *testing.T) {
	runAccuracy(t, "accuracy", accuracyFloor, []string{"corpus-china-hr-dialogue", "eeas-hr-dialogue",
		"state-dept-meeting", "mfa-strategic-dialogue", "joint-eu-japan-summit",
		"mofa-economic-dialogue", "joint-us-india-2plus2", "mea-visit", "unsg-meeting"})
}

func TestAccuracyHeldOut(t *testing.T) {
	runAccuracy(t, "heldout", heldOutFloor, []string{"fcdo-call", "mfa-phone-call", "council-summit", "mfa-zh", "russia-mfa", "mfa-zh-talks"})
}

func runAccuracy(t *testing.T, dir string, floor float64, fixtures []string) {
	var total score
	for _, name := range fixtures {
		s := scoreFixture(t, dir, name)
		t.Logf("%-26s %2d sentences: party %5.1f%%  speaker %5.1f%%  kind %5.1f%%  all three %5.1f%%",
			name, s.n, s.pct(s.party), s.pct(s.speaker), s.pct(s.kind), s.pct(s.all))
		if s.pct(s.all) < floor {
			t.Errorf("%s: %.1f%% of sentences right, below the floor of %.0f%%", name, s.pct(s.all), floor)
		}
		total = score{total.n + s.n, total.party + s.party, total.speaker + s.speaker, total.kind + s.kind, total.all + s.all}
	}
	t.Logf("%-26s %2d sentences: party %5.1f%%  speaker %5.1f%%  kind %5.1f%%  all three %5.1f%%",
		"all", total.n, total.pct(total.party), total.pct(total.speaker), total.pct(total.kind), total.pct(total.all))
}
