package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"parley/app/inert"
	"parley/app/pairing"
	"parley/storage"
)

func init() {
	var (
		dialogue string
		accept   bool
		dismiss  pairList
	)
	Register(&Command{
		Name:    "suggest-links",
		Usage:   "[-dialogue TITLE|ID] [-dismiss FROM:TO,…] [-accept] PROJECT",
		Summary: "propose links between the two readouts' statements on the same point, with the reason; -dismiss rejects some for good, -accept makes the rest links",
		Flags: func(fs *flag.FlagSet) {
			fs.StringVar(&dialogue, "dialogue", "", "only this dialogue (title or ID; a title that is a number wins over the ID, #ID names the ID)")
			fs.BoolVar(&accept, "accept", false, "make every suggestion a link")
			dismiss = nil // the flag set is made afresh for every run; so is the list
			fs.Var(&dismiss, "dismiss", "dismiss the suggestions joining these statements (`FROM:TO`, the #IDs listed, comma-separated or repeated): they are not suggested again")
		},
		Run: func(ctx context.Context, env *Env, args []string) (err error) {
			if len(args) != 1 {
				return Usagef("name one project")
			}
			// -accept and -dismiss write, and writing meets a damaged
			// search index.
			defer func() { err = rescueHint(args[0], err) }()
			open := openForReading
			if accept || len(dismiss) > 0 {
				open = openForWriting
			}
			s, err := open(args[0])
			if err != nil {
				return err
			}
			defer s.Close()
			ds, err := suggestDialogues(ctx, s, dialogue)
			if err != nil {
				return err
			}
			// Pairing a dialogue is the slow part: it is done once, and
			// the dismissals move their pairs out of what is listed.
			props := make([]pairing.Proposals, len(ds))
			for i, d := range ds {
				if props[i], err = propose(ctx, s, d.ID); err != nil {
					return err
				}
			}
			if err := dismissSuggestions(ctx, s, env, props, dismiss); err != nil {
				return err
			}
			return suggestLinks(ctx, s, env, ds, props, accept)
		},
	})
}

// propose is pairing.Propose; a test counts the pairings through it.
var propose = pairing.Propose

// pairList is the -dismiss flag: pairs of statement IDs, "12:34" or
// "#12:#34", comma-separated or the flag repeated.
type pairList [][2]int64

func (p *pairList) String() string { return fmt.Sprint(*p) }

func (p *pairList) Set(v string) error {
	for _, part := range strings.Split(v, ",") {
		a, b, ok := strings.Cut(strings.TrimSpace(part), ":")
		x, errA := strconv.ParseInt(strings.TrimPrefix(strings.TrimSpace(a), "#"), 10, 64)
		y, errB := strconv.ParseInt(strings.TrimPrefix(strings.TrimSpace(b), "#"), 10, 64)
		if !ok || errA != nil || errB != nil || x <= 0 || y <= 0 {
			return fmt.Errorf("%q is not a pair of statement IDs such as 12:34", part)
		}
		*p = append(*p, [2]int64{x, y})
	}
	return nil
}

// dismissSuggestions dismisses the suggestions of the pairs named among
// the dialogues' proposals, each in its own write (as in the window), and
// moves them to the proposals' Dismissed; every pair is checked first, so
// a pair that is not suggested dismisses nothing.
func dismissSuggestions(ctx context.Context, s *storage.Store, env *Env, props []pairing.Proposals, pairs pairList) error {
	if len(pairs) == 0 {
		return nil
	}
	want := map[[2]int64]bool{}
	for _, p := range pairs {
		want[pairing.Key(p[0], p[1])] = true
	}
	todo := map[[2]int64]pairing.Found{}
	already := 0
	for _, p := range props {
		for _, f := range p.Open {
			if k := pairing.Key(f.From.ID, f.To.ID); want[k] {
				todo[k] = f
				delete(want, k)
			}
		}
		for _, f := range p.Dismissed {
			if k := pairing.Key(f.From.ID, f.To.ID); want[k] {
				already++
				delete(want, k)
			}
		}
	}
	for _, p := range pairs {
		if k := pairing.Key(p[0], p[1]); want[k] {
			return fmt.Errorf("statements #%d and #%d are not a suggested pair (parley suggest-links lists them); nothing was dismissed", k[0], k[1])
		}
	}
	for i := range props {
		p := &props[i]
		open := p.Open[:0:0]
		for _, f := range p.Open {
			k := pairing.Key(f.From.ID, f.To.ID)
			if _, ok := todo[k]; !ok {
				open = append(open, f)
				continue
			}
			if _, _, err := pairing.Dismiss(ctx, s, f.Suggestion); err != nil {
				return err
			}
			p.Dismissed = append(p.Dismissed, f)
		}
		p.Open = open
	}
	fmt.Fprintf(env.Stderr, "%s dismissed", count(len(todo), "suggestion"))
	if already > 0 {
		fmt.Fprintf(env.Stderr, " (%d dismissed before)", already)
	}
	fmt.Fprintln(env.Stderr)
	return nil
}

// suggestDialogues is the dialogue named, or every dialogue.
func suggestDialogues(ctx context.Context, s *storage.Store, ref string) ([]storage.Dialogue, error) {
	if ref == "" {
		return s.Dialogues(ctx)
	}
	d, err := findDialogue(ctx, s, ref)
	if err != nil {
		return nil, err
	}
	return []storage.Dialogue{d}, nil
}

// suggestLinks prints each dialogue's proposals (props[i] of ds[i]) but
// those the analyst dismissed and, with accept, makes them links; the
// counts go to stderr so that stdout stays the list.
func suggestLinks(ctx context.Context, s *storage.Store, env *Env, ds []storage.Dialogue, props []pairing.Proposals, accept bool) error {
	total, made, skipped := 0, 0, 0
	for i, d := range ds {
		p := props[i]
		skipped += len(p.Dismissed)
		for _, f := range p.Open {
			printSuggestion(env.Stdout, d, f)
			total++
			if !accept {
				continue
			}
			if _, err := pairing.Accept(ctx, s, f.Suggestion); err != nil {
				return err
			}
			made++
		}
	}
	left := ""
	if skipped > 0 {
		left = fmt.Sprintf(" (%s left out)", count(skipped, "dismissed suggestion"))
	}
	switch {
	case total == 0 && skipped > 0:
		fmt.Fprintf(env.Stderr, "no suggestions but %s\n", count(skipped, "dismissed one"))
	case total == 0:
		fmt.Fprintln(env.Stderr, "no suggestions: no dialogue has statements reported by two sides that are not linked yet")
	case accept:
		fmt.Fprintf(env.Stderr, "%d links made%s\n", made, left)
	default:
		fmt.Fprintf(env.Stderr, "%d suggestions%s; -accept makes them links, -dismiss FROM:TO rejects one\n", total, left)
	}
	return nil
}

// printSuggestion writes one suggestion: a tab-separated line (dialogue,
// from, type, to, score, reason), then both statements indented.
func printSuggestion(w io.Writer, d storage.Dialogue, f pairing.Found) {
	fmt.Fprintf(w, "%s\t#%d\t%s\t#%d\t%.2f\t%s\n", inert.Line(d.Title), f.From.ID, f.Type.Label(), f.To.ID, f.Score, inert.Line(f.Reason))
	fmt.Fprintf(w, "  #%d %s: %s\n", f.From.ID, inert.Line(f.From.ReportedByName), inert.Line(f.From.Text))
	fmt.Fprintf(w, "  #%d %s: %s\n", f.To.ID, inert.Line(f.To.ReportedByName), inert.Line(f.To.Text))
}
