package ingest

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

type fcProp struct {
	Start, End        int
	Text              string
	Parties           []string
	Kind              string
	Skip              bool
	SpkName, SpkParty string
	HasSpk            bool
	Reasons           []string
}

type fcDraft struct {
	Name, Author string
	Joint        []string
	Text         string
	Props        []fcProp
}

func TestZZFirstContactDump(t *testing.T) {
	in, err := os.Open(os.Getenv("FC_LIST"))
	if err != nil {
		t.Skip(err)
	}
	defer in.Close()
	out, err := os.Create(os.Getenv("FC_OUT"))
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	enc := json.NewEncoder(out)
	sc := bufio.NewScanner(in)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		doc, err := ReadFile(context.Background(), f[1], nil)
		if err != nil {
			t.Fatal(err)
		}
		d, err := NewProposer().Propose(context.Background(), doc, f[2], nil)
		if err != nil {
			t.Fatal(err)
		}
		fd := fcDraft{Name: f[0], Author: d.Author, Joint: d.joint, Text: string(d.Runes)}
		for _, p := range d.Proposals {
			fp := fcProp{Start: p.Start, End: p.End, Text: p.Text, Parties: p.Parties, Kind: string(p.Kind), Skip: p.Skip, Reasons: p.Reasons}
			if p.Speaker != nil {
				fp.HasSpk, fp.SpkName, fp.SpkParty = true, p.Speaker.Name, p.Speaker.Party
			}
			fd.Props = append(fd.Props, fp)
		}
		if err := enc.Encode(fd); err != nil {
			t.Fatal(err)
		}
	}
}
