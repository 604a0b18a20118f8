package cli

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"parley/app/pairing"
	"parley/storage"
)

func TestSuggestLinks(t *testing.T) {
	p := dxSample(t)
	t.Run("List", func(t *testing.T) {
		code, out, stderr := dxRun(t, "suggest-links", p)
		if code != 0 || !strings.Contains(stderr, "suggestions; -accept makes them links") {
			t.Fatalf("exit %d, %q", code, stderr)
		}
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		if len(lines) < 6 || len(lines)%3 != 0 {
			t.Fatalf("%d lines: %q", len(lines), out)
		}
		for i := 0; i < len(lines); i += 3 {
			f := strings.Split(lines[i], "\t")
			if len(f) != 6 || !strings.HasSuffix(f[0], "th China-EU Human Rights Dialogue") || !strings.HasPrefix(lines[i+1], "  #") {
				t.Errorf("suggestion %q is not dialogue, from, type, to, score, reason and two statements", lines[i:i+3])
			}
		}
		if !strings.Contains(out, "\tcontradicts\t") || !strings.Contains(out, "rejects the other side's point") {
			t.Errorf("no contradiction proposed for the EU's concerns that China refuted: %q", out)
		}
	})
	t.Run("Accept", func(t *testing.T) {
		_, before, _ := dxRun(t, "suggest-links", "-dialogue", "1", p)
		n := strings.Count(before, "\n") / 3
		code, _, stderr := dxRun(t, "suggest-links", "-dialogue", "1", "-accept", p)
		if code != 0 || !strings.Contains(stderr, "links made") {
			t.Fatalf("exit %d, %q", code, stderr)
		}
		if !strings.HasPrefix(stderr, strconv.Itoa(n)+" links made") {
			t.Errorf("accepting %d suggestions said %q", n, stderr)
		}
		code, out, stderr := dxRun(t, "suggest-links", "-dialogue", "1", p)
		if code != 0 || out != "" || !strings.Contains(stderr, "no suggestions") {
			t.Fatalf("accepted pairs proposed again: exit %d, %q, %q", code, out, stderr)
		}
	})
	t.Run("Usage", func(t *testing.T) {
		if code, _, _ := dxRun(t, "suggest-links"); code != 2 {
			t.Errorf("no project: exit %d, want 2", code)
		}
		if code, _, stderr := dxRun(t, "suggest-links", "-dialogue", "no such round", p); code != 1 || strings.Count(stderr, "\n") != 1 {
			t.Errorf("unknown dialogue: exit %d, %q", code, stderr)
		}
	})
}

// TestSuggestLinksDismiss dismisses two suggestions by their statements'
// IDs: they are not listed again (the count says how many were left
// out), -accept leaves them alone, and a pair that is not suggested
// dismisses nothing.
func TestSuggestLinksDismiss(t *testing.T) {
	p := dxSample(t)
	_, before, _ := dxRun(t, "suggest-links", "-dialogue", "1", p)
	lines := strings.Split(strings.TrimSuffix(before, "\n"), "\n")
	if len(lines) < 6 {
		t.Fatalf("too few suggestions to dismiss two: %q", before)
	}
	pair := func(line string) (string, string) {
		f := strings.Split(line, "\t")
		return f[1], f[3] // "#12", "#34"
	}
	a1, b1 := pair(lines[0])
	a2, b2 := pair(lines[3])
	n := len(lines) / 3

	code, out, stderr := dxRun(t, "suggest-links", "-dialogue", "1", "-dismiss", b1+":"+a1+","+strings.TrimPrefix(a2, "#")+":"+strings.TrimPrefix(b2, "#"), p)
	if code != 0 || !strings.HasPrefix(stderr, "2 suggestions dismissed\n") {
		t.Fatalf("dismiss: exit %d, %q", code, stderr)
	}
	for i, l := range strings.Split(out, "\n") {
		if i%3 != 0 || l == "" {
			continue
		}
		if a, b := pair(l); a == a1 && b == b1 || a == a2 && b == b2 {
			t.Errorf("a dismissed suggestion was listed: %q", l)
		}
	}
	if got := strings.Count(out, "\n") / 3; got != n-2 {
		t.Errorf("%d suggestions listed after dismissing 2 of %d", got, n)
	}
	if !strings.Contains(stderr, strconv.Itoa(n-2)+" suggestions (2 dismissed suggestions left out)") {
		t.Errorf("the count of what was left out is missing: %q", stderr)
	}
	code, _, stderr = dxRun(t, "suggest-links", "-dialogue", "1", "-dismiss", a1+":"+b1, p)
	if code != 0 || !strings.HasPrefix(stderr, "0 suggestions dismissed (1 dismissed before)") {
		t.Errorf("dismissing again: exit %d, %q", code, stderr)
	}
	code, _, stderr = dxRun(t, "suggest-links", "-dialogue", "1", "-dismiss", a2+":99999", p)
	dxFail(t, code, stderr, 1, "are not a suggested pair")
	code, _, stderr = dxRun(t, "suggest-links", "-dismiss", "12-34", p)
	dxFail(t, code, stderr, 2, `"12-34" is not a pair of statement IDs`)

	code, _, stderr = dxRun(t, "suggest-links", "-dialogue", "1", "-accept", p)
	if code != 0 || !strings.HasPrefix(stderr, strconv.Itoa(n-2)+" links made (2 dismissed suggestions left out)") {
		t.Fatalf("accept: exit %d, %q", code, stderr)
	}
	code, out, stderr = dxRun(t, "suggest-links", "-dialogue", "1", p)
	if code != 0 || out != "" || !strings.Contains(stderr, "no suggestions but 2 dismissed ones") {
		t.Fatalf("after accepting the rest: exit %d, %q, %q", code, out, stderr)
	}
}

// TestSuggestLinksDismissPairsOnce: -dismiss lists what is left after the
// dismissal from the pairing it dismissed from: each dialogue is paired
// once, not once to find the pairs and again to list the rest.
func TestSuggestLinksDismissPairsOnce(t *testing.T) {
	p := dxSample(t)
	_, before, _ := dxRun(t, "suggest-links", "-dialogue", "1", p)
	f := strings.Split(strings.SplitN(before, "\n", 2)[0], "\t")
	if len(f) < 4 {
		t.Fatalf("no suggestion to dismiss: %q", before)
	}
	paired := map[int64]int{}
	real := propose
	propose = func(ctx context.Context, s *storage.Store, dialogueID int64) (pairing.Proposals, error) {
		paired[dialogueID]++
		return real(ctx, s, dialogueID)
	}
	defer func() { propose = real }()
	code, out, stderr := dxRun(t, "suggest-links", "-dismiss", f[1]+":"+f[3], p)
	if code != 0 || !strings.HasPrefix(stderr, "1 suggestion dismissed\n") || strings.Contains(out, "\t"+strings.Join(f[1:4], "\t")+"\t") {
		t.Fatalf("exit %d, %q", code, stderr)
	}
	if len(paired) < 2 {
		t.Fatalf("only %d dialogues paired: %v", len(paired), paired)
	}
	for id, n := range paired {
		if n != 1 {
			t.Errorf("dialogue %d paired %d times", id, n)
		}
	}
}
