package cli

import (
	"context"
	"fmt"
	"io"
	"strings"

	"parley/app/evolution"
	"parley/app/inert"
	"parley/storage"
)

type unansweredJSON struct {
	Round       string       `json:"round"`
	StatementID int64        `json:"statement_id"`
	Party       string       `json:"party"`
	Kind        storage.Kind `json:"kind"`
	Topic       string       `json:"topic"`
	Text        string       `json:"text"`
}

func analyseUnanswered(_ context.Context, s *evolution.Series) (*analysis, error) {
	a := &analysis{head: []string{"series", "round", "party", "statement_id", "kind", "topic", "text"}}
	var out []unansweredJSON
	for _, g := range s.Gaps() {
		for _, v := range g.Unanswered {
			topic := s.Topic(0).Path
			if v.TopicID != nil {
				topic = s.Topic(*v.TopicID).Path
			}
			u := unansweredJSON{Round: s.Rounds[g.Round].Label(), StatementID: v.ID, Party: holderNames(s, v), Kind: v.Kind, Topic: topic, Text: v.Text}
			out = append(out, u)
			a.rows = append(a.rows, []string{s.Series.Name, u.Round, u.Party, fmt.Sprint(v.ID), string(v.Kind), topic, v.Text})
		}
	}
	a.json = map[string]any{"series": s.Series.Name, "unanswered": out}
	a.text = func(w io.Writer) {
		if len(out) == 0 {
			fmt.Fprintln(w, "nothing unanswered: every concern, demand, objection and proposal of one readout is linked to the other's")
		}
		for _, u := range out {
			fmt.Fprintf(w, "%s\t#%d\t%s\t%s\t%s: %s\n", inert.Line(u.Round), u.StatementID, inert.Line(u.Party), u.Kind, inert.Line(u.Topic), inert.Line(u.Text))
		}
	}
	return a, nil
}

type omissionJSON struct {
	Round  string   `json:"round"`
	Topic  string   `json:"topic"`
	Raised []string `json:"raised_by"`
	Silent []string `json:"not_mentioned_by"`
}

func analyseOmissions(_ context.Context, s *evolution.Series) (*analysis, error) {
	a := &analysis{head: []string{"series", "round", "topic", "raised_by", "not_mentioned_by"}}
	var out []omissionJSON
	for _, g := range s.Gaps() {
		names := func(idx []int) []string {
			ns := make([]string, len(idx))
			for i, j := range idx {
				ns[i] = s.PartyName(g.Parties[j].ID)
			}
			return ns
		}
		for _, o := range g.Omissions {
			oj := omissionJSON{Round: s.Rounds[g.Round].Label(), Topic: o.Topic, Raised: names(o.Raised), Silent: names(o.Silent)}
			out = append(out, oj)
			a.rows = append(a.rows, []string{s.Series.Name, oj.Round, oj.Topic, strings.Join(oj.Raised, "; "), strings.Join(oj.Silent, "; ")})
		}
	}
	a.json = map[string]any{"series": s.Series.Name, "omissions": out}
	a.text = func(w io.Writer) {
		if len(out) == 0 {
			fmt.Fprintln(w, "no omissions: every topic raised in a round was mentioned by every party of that round")
		}
		for _, o := range out {
			fmt.Fprintf(w, "%s\t%s\traised by %s; not mentioned by %s\n", inert.Line(o.Round), inert.Line(o.Topic),
				inert.Line(strings.Join(o.Raised, ", ")), inert.Line(strings.Join(o.Silent, ", ")))
		}
	}
	return a, nil
}
