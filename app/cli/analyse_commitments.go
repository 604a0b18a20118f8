package cli

import (
	"context"
	"fmt"
	"io"

	"parley/app/evolution"
	"parley/app/inert"
	"parley/storage"
)

type commitmentJSON struct {
	Round       string  `json:"round"`
	StatementID int64   `json:"statement_id"`
	Party       string  `json:"party"`
	Text        string  `json:"text"`
	Cue         string  `json:"cue"`
	FollowUpID  int64   `json:"follow_up_id,omitempty"`
	FollowUp    string  `json:"follow_up,omitempty"`
	Score       float64 `json:"score"`
	Suggested   string  `json:"suggested,omitempty"`
	Status      string  `json:"status,omitempty"`
	Note        string  `json:"note,omitempty"`
}

func analyseCommitments(_ context.Context, s *evolution.Series) (*analysis, error) {
	cs := s.Commitments()
	a := &analysis{head: []string{"series", "round", "party", "statement_id", "text", "cue", "follow_up_id", "follow_up",
		"score", "suggested", "status", "note"}}
	out := make([]commitmentJSON, len(cs))
	for i, c := range cs {
		fid, ftext := idText(c.FollowUp)
		out[i] = commitmentJSON{Round: s.Rounds[c.Round].Label(), StatementID: c.Statement.ID, Party: holderNames(s, *c.Statement),
			Text: c.Statement.Text, Cue: c.Cue, FollowUp: ftext, Score: c.Score, Suggested: c.Suggested, Status: c.Status, Note: c.Note}
		if c.FollowUp != nil {
			out[i].FollowUpID = c.FollowUp.ID
		}
		a.rows = append(a.rows, []string{s.Series.Name, out[i].Round, out[i].Party, fmt.Sprint(c.Statement.ID), c.Statement.Text,
			c.Cue, fid, ftext, fmt.Sprintf("%.2f", c.Score), c.Suggested, c.Status, c.Note})
	}
	a.json = map[string]any{"series": s.Series.Name, "commitments": out}
	a.text = func(w io.Writer) { printCommitments(w, s, cs) }
	return a, nil
}

func printCommitments(w io.Writer, s *evolution.Series, cs []evolution.Commitment) {
	if len(cs) == 0 {
		fmt.Fprintln(w, "no commitments: no statement agrees, commits or promises to continue")
		return
	}
	for _, c := range cs {
		status := storage.CommitmentStatusLabel(c.Suggested) + " (suggested)"
		switch {
		case c.Status != "":
			status = storage.CommitmentStatusLabel(c.Status) + " (checked)"
		case c.Suggested == "":
			status = "last round: nothing to check against yet"
		}
		fmt.Fprintf(w, "%s #%d %s [%s] %s: %s\n", s.Rounds[c.Round].Short(), c.Statement.ID, inert.Line(holderNames(s, *c.Statement)),
			inert.Line(c.Cue), status, inert.Line(c.Statement.Text))
		if c.FollowUp != nil {
			fmt.Fprintf(w, "  ↳ %s #%d %.2f: %s\n", s.Rounds[c.Round+1].Short(), c.FollowUp.ID, c.Score, inert.Line(c.FollowUp.Text))
		}
		if c.Note != "" {
			fmt.Fprintf(w, "  note: %s\n", inert.Line(c.Note))
		}
	}
}
