package cli

import (
	"context"
	"flag"
	"fmt"
	"io"

	"parley/app/inert"
	"parley/app/pairing"
	"parley/storage"
)

func init() {
	var (
		dialogue string
		accept   bool
	)
	Register(&Command{
		Name:    "suggest-links",
		Usage:   "[-dialogue TITLE|ID] [-accept] PROJECT",
		Summary: "propose links between the two readouts' statements on the same point, with the reason; -accept makes them links",
		Flags: func(fs *flag.FlagSet) {
			fs.StringVar(&dialogue, "dialogue", "", "only this dialogue (title or ID)")
			fs.BoolVar(&accept, "accept", false, "make every suggestion a link")
		},
		Run: func(ctx context.Context, env *Env, args []string) error {
			if len(args) != 1 {
				return Usagef("name one project")
			}
			open := openForReading
			if accept {
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
			return suggestLinks(ctx, s, env, ds, accept)
		},
	})
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

// suggestLinks prints each dialogue's suggestions and, with accept, makes
// them links; the count goes to stderr so that stdout stays the list.
func suggestLinks(ctx context.Context, s *storage.Store, env *Env, ds []storage.Dialogue, accept bool) error {
	total, made := 0, 0
	for _, d := range ds {
		found, err := pairing.ForDialogue(ctx, s, d.ID, nil)
		if err != nil {
			return err
		}
		for _, f := range found {
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
	switch {
	case total == 0:
		fmt.Fprintln(env.Stderr, "no suggestions: no dialogue has statements reported by two sides that are not linked yet")
	case accept:
		fmt.Fprintf(env.Stderr, "%d links made\n", made)
	default:
		fmt.Fprintf(env.Stderr, "%d suggestions; -accept makes them links\n", total)
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
