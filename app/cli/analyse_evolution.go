package cli

import (
	"context"
	"fmt"
	"io"

	"parley/app/evolution"
	"parley/app/inert"
)

type roundJSON struct {
	Index      int    `json:"index"`
	Label      string `json:"label"`
	DialogueID int64  `json:"dialogue_id"`
	Title      string `json:"title"`
	Date       string `json:"date"`
	Place      string `json:"place"`
}

type cellJSON struct {
	Party   string `json:"party"`
	Count   int    `json:"count"`
	FirstID int64  `json:"first_id,omitempty"`
	First   string `json:"first,omitempty"`
}

type pairJSON struct {
	Topic    string             `json:"topic"`
	Party    string             `json:"party"`
	From     string             `json:"from_round"`
	To       string             `json:"to_round"`
	Change   evolution.Change   `json:"change"`
	Score    float64            `json:"score"`
	BeforeID int64              `json:"before_id,omitempty"`
	AfterID  int64              `json:"after_id,omitempty"`
	Before   string             `json:"before,omitempty"`
	After    string             `json:"after,omitempty"`
	Diff     []evolution.DiffOp `json:"diff,omitempty"`
	LinkID   int64              `json:"link_id,omitempty"`
}

func rounds(s *evolution.Series) []roundJSON {
	out := make([]roundJSON, len(s.Rounds))
	for i, r := range s.Rounds {
		d := r.Dialogue
		out[i] = roundJSON{Index: i, Label: r.Label(), DialogueID: d.ID, Title: d.Title, Date: d.StartDate, Place: d.Place}
	}
	return out
}

func analyseEvolution(ctx context.Context, s *evolution.Series) (*analysis, error) {
	t := s.Table()
	pairs, err := s.AllPairs(ctx)
	if err != nil {
		return nil, err
	}
	var rows []map[string]any
	for _, row := range t.Rows {
		cells := make([][]cellJSON, len(row.Cells))
		for r, per := range row.Cells {
			for _, c := range per {
				cells[r] = append(cells[r], cellJSON{Party: s.PartyName(c.PartyID), Count: c.Count, FirstID: c.FirstID, First: c.First})
			}
		}
		rows = append(rows, map[string]any{"topic": row.Topic.Path, "topic_id": row.Topic.ID, "total": row.Total, "cells": cells})
	}
	pj := make([]pairJSON, len(pairs))
	a := &analysis{head: []string{"series", "topic", "party", "from_round", "to_round", "change", "score",
		"before_id", "after_id", "before", "after", "diff", "link_id"}}
	for i, p := range pairs {
		pj[i] = pairOut(s, p)
		a.rows = append(a.rows, []string{s.Series.Name, pj[i].Topic, pj[i].Party, pj[i].From, pj[i].To, string(p.Change),
			fmt.Sprintf("%.2f", p.Score), idOrEmpty(pj[i].BeforeID), idOrEmpty(pj[i].AfterID), pj[i].Before, pj[i].After,
			evolution.DiffMarkup(p.Diff), idOrEmpty(p.LinkID)})
	}
	a.json = map[string]any{"series": s.Series.Name, "rounds": rounds(s), "rows": rows, "pairs": pj}
	a.text = func(w io.Writer) { printEvolution(w, s, t, pairs) }
	return a, nil
}

func idOrEmpty(id int64) string {
	if id == 0 {
		return ""
	}
	return fmt.Sprint(id)
}

func pairOut(s *evolution.Series, p evolution.Pair) pairJSON {
	out := pairJSON{Topic: topicPath(s, p.TopicID), Party: s.PartyName(p.PartyID), From: s.Rounds[p.From].Label(),
		To: s.Rounds[p.From+1].Label(), Change: p.Change, Score: p.Score, Diff: p.Diff, LinkID: p.LinkID}
	if p.Before != nil {
		out.BeforeID, out.Before = p.Before.ID, p.Before.Text
	}
	if p.After != nil {
		out.AfterID, out.After = p.After.ID, p.After.Text
	}
	return out
}

func topicPath(s *evolution.Series, id int64) string { return s.Topic(id).Path }

// printEvolution writes each topic: per party, the statements each round
// (count and first line), then how they moved.
func printEvolution(w io.Writer, s *evolution.Series, t evolution.Table, pairs []evolution.Pair) {
	fmt.Fprintf(w, "%s: %d rounds, %d topics\n", inert.Line(s.Series.Name), len(t.Rounds), len(t.Rows))
	for _, row := range t.Rows {
		fmt.Fprintf(w, "\n%s\n", inert.Line(row.Topic.Path))
		for j, p := range t.Parties {
			for r, round := range t.Rounds {
				c := row.Cells[r][j]
				if c.Count > 0 {
					fmt.Fprintf(w, "  %s\t%s\t%d\t%s\n", inert.Line(s.PartyName(p.ID)), inert.Line(round.Label()), c.Count, inert.Line(c.First))
				}
			}
		}
		for _, p := range pairs {
			if p.TopicID == row.Topic.ID {
				printPair(w, s, p)
			}
		}
	}
}

func printPair(w io.Writer, s *evolution.Series, p evolution.Pair) {
	step := s.Rounds[p.From].Short() + "→" + s.Rounds[p.From+1].Short()
	who := inert.Line(s.PartyName(p.PartyID))
	switch p.Change {
	case evolution.New:
		fmt.Fprintf(w, "    %s %s new #%d: %s\n", who, step, p.After.ID, inert.Line(p.After.Text))
	case evolution.Dropped:
		fmt.Fprintf(w, "    %s %s dropped #%d: %s\n", who, step, p.Before.ID, inert.Line(p.Before.Text))
	default:
		by := ""
		if p.LinkID != 0 {
			by = " (paired by the analyst)"
		}
		fmt.Fprintf(w, "    %s %s %s %.2f #%d → #%d%s: %s\n", who, step, p.Change, p.Score, p.Before.ID, p.After.ID, by, inert.Line(evolution.DiffMarkup(p.Diff)))
	}
}
