package cli

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/storage"
)

// TestAgree compares two real codings of the Chinese readout: the sample
// project, coded by hand, and the importer's proposals for the same file
// accepted as they came.
func TestAgree(t *testing.T) {
	hand := dxSample(t)
	machine := filepath.Join(t.TempDir(), "machine.parley")
	if code, _, stderr := dxRun(t, "new", machine); code != 0 {
		t.Fatal(stderr)
	}
	readout := filepath.Join("..", "..", "assets", "sample", "china-readout-39th-hr-dialogue-2024.txt")
	if code, _, stderr := dxRun(t, "import", "-accept", "-dialogue", "39th", "-author", "China", machine, readout); code != 0 {
		t.Fatal(stderr)
	}
	type codes map[string]struct {
		Kappa    *float64 `json:"kappa"`
		Observed float64  `json:"observed"`
		N        int      `json:"n"`
	}
	agreeJSON := func(t *testing.T, a, b string) (codes, int) {
		t.Helper()
		code, out, stderr := dxRun(t, "agree", "-format", "json", a, b)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		var doc struct {
			Codes         codes `json:"codes"`
			Disagreements []any `json:"disagreements"`
		}
		if err := json.Unmarshal([]byte(out), &doc); err != nil {
			t.Fatalf("%v: %s", err, out)
		}
		return doc.Codes, len(doc.Disagreements)
	}
	t.Run("HandAgainstImporter", func(t *testing.T) {
		c, n := agreeJSON(t, hand, machine)
		// The importer finds the sample's parties and kinds mostly, but
		// files the sentences under topics of its own: what the figures
		// were when this test was written, so that a change to matching or
		// kappa shows here.
		want := map[string]float64{"party": 0.5676, "kind": 0.7725, "topic": 0.0551}
		for code, k := range want {
			if c[code].Kappa == nil || c[code].N != 16 || *c[code].Kappa != k {
				t.Errorf("%s: %+v, want kappa %v over 16", code, c[code], k)
			}
		}
		if n != 21 {
			t.Errorf("%d disagreements, want 21", n)
		}
		// Kappa is symmetric: B against A gives the same figures.
		back, nb := agreeJSON(t, machine, hand)
		for code := range want {
			if *back[code].Kappa != *c[code].Kappa || nb != n {
				t.Errorf("%s: %v one way, %v the other", code, *c[code].Kappa, *back[code].Kappa)
			}
		}
	})
	t.Run("CopyAgreesFully", func(t *testing.T) {
		data, err := os.ReadFile(hand)
		if err != nil {
			t.Fatal(err)
		}
		cp := filepath.Join(t.TempDir(), "copy.parley")
		if err := os.WriteFile(cp, data, 0o644); err != nil {
			t.Fatal(err)
		}
		c, n := agreeJSON(t, hand, cp)
		for _, code := range []string{"party", "kind", "topic"} {
			if c[code].Kappa == nil || *c[code].Kappa != 1 || c[code].Observed != 1 {
				t.Errorf("%s: %+v", code, c[code])
			}
		}
		if n != 0 {
			t.Errorf("%d disagreements with an identical copy", n)
		}
	})
	t.Run("Text", func(t *testing.T) {
		code, out, _ := dxRun(t, "agree", hand, machine)
		if code != 0 || !strings.Contains(out, "16 sentences both coded, in 1 shared source (only A coded: 1") || !strings.Contains(out, "kind     0.77") ||
			!strings.Contains(out, "He urged for stronger communication between China and Europe to foster mutual understanding.\tA: proposal\tB: demand") {
			t.Errorf("exit %d:\n%s", code, out)
		}
	})
	t.Run("CSV", func(t *testing.T) {
		code, out, _ := dxRun(t, "agree", "-format", "csv", hand, machine)
		if code != 0 || strings.Count(out, "\n") != 22 || !strings.HasPrefix(out, "code,source,start,end,sentence,a,b,") {
			t.Errorf("exit %d:\n%s", code, out)
		}
	})
	t.Run("Errors", func(t *testing.T) {
		code, _, stderr := dxRun(t, "agree", hand, hand)
		dxFail(t, code, stderr, 1, "the same project twice")
		empty := filepath.Join(t.TempDir(), "empty.parley")
		dxRun(t, "new", empty)
		code, _, stderr = dxRun(t, "agree", hand, empty)
		dxFail(t, code, stderr, 1, "share no source")
		code, _, stderr = dxRun(t, "agree", "-format", "xml", hand, machine)
		dxFail(t, code, stderr, 2, "-format must be one of text, json, csv")
		code, _, stderr = dxRun(t, "agree", hand)
		dxFail(t, code, stderr, 2, "name the two projects")
		code, _, stderr = dxRun(t, "agree", hand, filepath.Join(t.TempDir(), "none.parley"))
		dxFail(t, code, stderr, 1, "does not exist")
	})
}

// TestAgreeAuthors compares two analysts who coded the same readout in one
// project: Ana and Ben each import it (PARLEY_AUTHOR names them), and Ben
// then recodes one statement's kind.
func TestAgreeAuthors(t *testing.T) {
	p := filepath.Join(t.TempDir(), "team.parley")
	if code, _, stderr := dxRun(t, "new", p); code != 0 {
		t.Fatal(stderr)
	}
	readout := filepath.Join("..", "..", "assets", "sample", "china-readout-39th-hr-dialogue-2024.txt")
	for _, who := range []string{"Ana", "Ben"} {
		t.Setenv(AuthorEnv, who)
		if code, _, stderr := dxRun(t, "import", "-accept", "-again", "-dialogue", "39th", "-author", "China", p, readout); code != 0 {
			t.Fatal(stderr)
		}
	}
	s, err := storage.Open(p)
	noErr(t, err)
	spans, err := s.CodedSpans(context.Background())
	noErr(t, err)
	var ben storage.CodedSpan
	for _, c := range spans {
		if c.Author == "Ben" && c.Kind != storage.KindDemand {
			ben = c
			break
		}
	}
	_, _, err = s.EditStatement(context.Background(), ben.StatementID, 0, func(st *storage.Statement) { st.Kind = storage.KindDemand })
	noErr(t, err)
	noErr(t, s.Close())

	code, out, stderr := dxRun(t, "agree", "-author", "Ana", "-author", "Ben", p)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(out, "A: Ana\nB: Ben\n") || !strings.Contains(out, "party    1.00") || strings.Contains(out, "kind     1.00") ||
		!strings.Contains(out, "disagreements (1):") || !strings.Contains(out, "B: demand") {
		t.Errorf("%s", out)
	}
	code, out, _ = dxRun(t, "search", "-author", "Ben", "-kind", "demand", p, "China")
	if code != 0 || strings.Count(out, "\n") < 1 {
		t.Errorf("search -author Ben: exit %d, %q", code, out)
	}
	code, _, stderr = dxRun(t, "search", "-author", "Cleo", p, "China")
	dxFail(t, code, stderr, 1, `"Cleo" coded no statement here (authors: Ana, Ben)`)
	code, _, stderr = dxRun(t, "agree", "-author", "Ana", p)
	dxFail(t, code, stderr, 2, "give -author twice and one project")
	code, _, stderr = dxRun(t, "agree", "-author", "Ana", "-author", "Cleo", p)
	dxFail(t, code, stderr, 1, "Cleo coded no statement")
}
