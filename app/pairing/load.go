package pairing

import (
	"context"
	"fmt"
	"sort"

	"parley/storage"
)

// Found is a suggestion with both statements as the compare view shows
// them.
type Found struct {
	Suggestion
	From, To storage.StatementView
}

// Sides are the two parties whose readouts a dialogue's statements come
// from: the two that report the most statements (by "reported by").
func Sides(views []storage.StatementView) (a, b int64, ok bool) {
	n := map[int64]int{}
	for _, v := range views {
		if v.ReportedByID != nil {
			n[*v.ReportedByID]++
		}
	}
	var ids []int64
	for id := range n {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		if n[ids[i]] != n[ids[j]] {
			return n[ids[i]] > n[ids[j]]
		}
		return ids[i] < ids[j]
	})
	if len(ids) < 2 {
		return 0, 0, false
	}
	return ids[0], ids[1], true
}

// Dialogue is what pairing reads of one dialogue: its statements, their
// links, and the two sides whose readouts report them.
type Dialogue struct {
	Views  []storage.StatementView
	Links  []storage.Link
	A, B   int64 // the reporting sides; 0 when the dialogue has fewer than two
	linked map[[2]int64]bool
}

// ReadDialogue reads a dialogue's statements and links in one read
// transaction (the caller's, when ctx carries one).
func ReadDialogue(ctx context.Context, st *storage.Store, dialogueID int64) (*Dialogue, error) {
	d := &Dialogue{}
	err := st.Read(ctx, func(ctx context.Context) error {
		var err error
		if d.Views, err = st.StatementViews(ctx, storage.StatementFilter{DialogueID: dialogueID}, 0); err != nil {
			return err
		}
		d.Links, err = st.Links(ctx, dialogueID)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("read dialogue %d for pairing: %w", dialogueID, err)
	}
	d.A, d.B, _ = Sides(d.Views)
	d.linked = map[[2]int64]bool{}
	for _, l := range d.Links {
		d.linked[Key(l.FromID, l.ToID)] = true
	}
	return d, nil
}

// Suggestions proposes links between the dialogue's two readouts, leaving
// out linked pairs (the analyst's dismissals are split off by Split).
func (d *Dialogue) Suggestions() []Found {
	return pairViews(d.Views, d.linked)
}

// Proposals are a dialogue's suggestions split by the analyst's stored
// dismissals: Open to show, Dismissed left out.
type Proposals struct {
	Open, Dismissed []Found
}

// Split sets apart the suggestions whose pair is in dismissed (keyed by
// Key, as storage's DismissedPairs gives them).
func Split(found []Found, dismissed map[[2]int64]bool) Proposals {
	var p Proposals
	for _, f := range found {
		if dismissed[Key(f.From.ID, f.To.ID)] {
			p.Dismissed = append(p.Dismissed, f)
		} else {
			p.Open = append(p.Open, f)
		}
	}
	return p
}

// Propose reads a dialogue and the pairs the analyst dismissed in it in
// one read transaction, and proposes links between its two readouts,
// setting apart the dismissed ones.
func Propose(ctx context.Context, st *storage.Store, dialogueID int64) (Proposals, error) {
	var p Proposals
	err := st.Read(ctx, func(ctx context.Context) error {
		d, err := ReadDialogue(ctx, st, dialogueID)
		if err != nil {
			return err
		}
		dismissed, err := st.DismissedPairs(ctx, storage.DismissedPairing, dialogueID)
		if err != nil {
			return err
		}
		p = Split(d.Suggestions(), dismissed)
		return nil
	})
	return p, err
}

// Dismiss stores the analyst's dismissal of a suggestion; made is false
// when the pair was dismissed already.
func Dismiss(ctx context.Context, st *storage.Store, s Suggestion) (d storage.Dismissal, made bool, err error) {
	d = storage.Dismissal{Kind: storage.DismissedPairing, FromID: s.From, ToID: s.To, Type: s.Type}
	made, err = st.Dismiss(ctx, &d)
	if err != nil {
		return d, false, fmt.Errorf("dismiss the suggested link: %w", err)
	}
	return d, made, nil
}

// pairViews splits views by the side that reports them and pairs them.
func pairViews(views []storage.StatementView, skip map[[2]int64]bool) []Found {
	sa, sb, ok := Sides(views)
	if !ok {
		return nil
	}
	byID := map[int64]storage.StatementView{}
	var a, b []Statement
	for _, v := range views {
		byID[v.ID] = v
		switch {
		case v.ReportedByID == nil:
		case *v.ReportedByID == sa:
			a = append(a, statementOf(v))
		case *v.ReportedByID == sb:
			b = append(b, statementOf(v))
		}
	}
	var out []Found
	for _, s := range Suggest(a, b, skip) {
		out = append(out, Found{Suggestion: s, From: byID[s.From], To: byID[s.To]})
	}
	return out
}

func statementOf(v storage.StatementView) Statement {
	return Statement{ID: v.ID, Holders: v.PartyIDs, Kind: v.Kind, Text: v.Text}
}

// Accept makes a suggestion a link; it returns the link as stored.
func Accept(ctx context.Context, st *storage.Store, s Suggestion) (storage.Link, error) {
	l := storage.Link{FromID: s.From, ToID: s.To, Type: s.Type}
	if err := st.CreateLink(ctx, &l); err != nil {
		return l, fmt.Errorf("accept the suggested link: %w", err)
	}
	return l, nil
}
