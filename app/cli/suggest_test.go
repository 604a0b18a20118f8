package cli

import (
	"strconv"
	"strings"
	"testing"
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
