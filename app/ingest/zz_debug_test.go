package ingest

import (
	"context"
	"os"
	"strings"
	"testing"
)

func TestZZDebug(t *testing.T) {
	text := os.Getenv("ZZTEXT")
	if text == "" {
		t.Skip()
	}
	d, err := NewProposer().Propose(context.Background(), Document{Text: text}, os.Getenv("ZZAUTHOR"), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range d.Proposals {
		r := []rune(p.Text)
		toks := tokenize(r)
		var ws []string
		for _, c := range findCues(toks, r) {
			ws = append(ws, c.word+"/"+string(c.kind))
		}
		t.Logf("%v %q %s | %s\n   cues %v\n   %s", p.Parties, speakerName(p.Speaker), p.Kind, p.Text, ws, strings.Join(p.Reasons, "; "))
	}
}
