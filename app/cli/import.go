package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime/debug"
	"strings"

	"parley/app/inert"
	"parley/app/ingest"
	"parley/storage"
)

// importOptions are the flags of `parley import`.
type importOptions struct {
	dialogue string
	author   string
	accept   bool
	again    bool
	reasons  bool
}

func init() {
	var o importOptions
	Register(&Command{
		Name:    "import",
		Usage:   "[-dialogue TITLE|ID] [-author PARTY] [-accept] [-again] [-reasons] PROJECT FILE...",
		Summary: "propose statements from readouts (.txt .md .html .docx .pdf); -accept stores them",
		Flags: func(fs *flag.FlagSet) {
			fs.StringVar(&o.dialogue, "dialogue", "", "dialogue title or ID (a new title creates the dialogue); a title that is a number wins over the ID, #ID names the ID, title:TEXT the title")
			fs.StringVar(&o.author, "author", "", "the party that wrote the sources, e.g. EU or China")
			fs.BoolVar(&o.accept, "accept", false, "store the proposals as statements (default: only print them)")
			fs.BoolVar(&o.again, "again", false, "import a text even if the project already has it")
			fs.BoolVar(&o.reasons, "reasons", false, "print the reason for each proposal")
		},
		Run: func(ctx context.Context, env *Env, args []string) error {
			if len(args) < 2 {
				return Usagef("name a project and at least one file")
			}
			return runImport(ctx, env, o, args[0], args[1:])
		},
	})
}

func runImport(ctx context.Context, env *Env, o importOptions, project string, files []string) (err error) {
	// Storing indexes the new statements: a damaged index is met there,
	// not when the project opens.
	defer func() { err = rescueHint(project, err) }()
	limitHeap(files...)
	st, err := openForWriting(project)
	if err != nil {
		return err
	}
	defer st.Close()
	p, err := ingest.LoadProposer(ctx, st)
	if err != nil {
		return err
	}
	// Every file is read and checked before anything is printed or
	// stored; then each is proposed piece by piece (ingest.Streamed), so
	// memory stays near the size of the texts.
	docs := make([]ingest.Document, len(files))
	for i, f := range files {
		if docs[i], err = ingest.ReadFile(ctx, f, nil); err != nil {
			return err
		}
		if dups, err := ingest.Duplicates(ctx, st, docs[i].Text); err != nil {
			return err
		} else if len(dups) > 0 && !o.again {
			return fmt.Errorf("%s is already imported as source %d (%q); -again imports it once more", f, dups[0].ID, dups[0].Title)
		}
	}
	var to ingest.Target
	if o.accept {
		if to, err = importTarget(ctx, st, o.dialogue); err != nil {
			return err
		}
	}
	heldOn, err := dialogueDate(ctx, st, to, o.dialogue)
	if err != nil {
		return err
	}
	for i, doc := range docs {
		doc.HeldOn = heldOn
		s, err := p.Stream(ctx, doc, o.author)
		if err != nil {
			return fmt.Errorf("propose statements for %s: %w", files[i], err)
		}
		docs[i] = ingest.Document{} // the stream holds the text now
		if !o.accept {
			if err := printStream(ctx, env.Stdout, files[i], s, o.reasons); err != nil {
				return err
			}
			continue
		}
		// Reading and checking the files left garbage that Go would keep
		// mapped while SQLite copies the source's text two or three times
		// to store and index it: handing it back first lowered the peak of
		// a 50 MB import from 394 to 341 MB (docs/import.md).
		debug.FreeOSMemory()
		res, err := s.Store(ctx, st, p.Gaz, to, nil)
		if err != nil {
			return err
		}
		to = ingest.Target{DialogueID: res.DialogueID}
		fmt.Fprintf(env.Stdout, "%s: stored %d statements as source %d in dialogue %d\n", inert.Line(files[i]), len(res.StatementIDs), res.SourceID, res.DialogueID)
	}
	return nil
}

// importTarget resolves -dialogue (storage.DialogueRef): a title is found
// or created, an ID must exist, and a bare number is a title when a
// dialogue has it, else an ID that must exist; without it the project's
// only dialogue is used.
func importTarget(ctx context.Context, st *storage.Store, dialogue string) (ingest.Target, error) {
	if dialogue == "" {
		ds, err := st.Dialogues(ctx)
		if err != nil {
			return ingest.Target{}, err
		}
		if len(ds) == 0 {
			return ingest.Target{}, Usagef("the project has no dialogue yet: name one with -dialogue TITLE (it is created)")
		}
		if len(ds) != 1 {
			return ingest.Target{}, Usagef("the project has %d dialogues: say which with -dialogue TITLE|ID", len(ds))
		}
		return ingest.Target{DialogueID: ds[0].ID}, nil
	}
	ref := storage.ParseDialogueRef(dialogue)
	d, err := st.FindDialogue(ctx, ref)
	switch {
	case err == nil:
		return ingest.Target{DialogueID: d.ID}, nil
	case !errors.Is(err, storage.ErrNotFound):
		return ingest.Target{}, err
	case ref.ID != 0 && ref.Title != "":
		// A bare number that is neither a title nor an ID: an ID
		// mistyped as often as a new title.
		return ingest.Target{}, fmt.Errorf("%w; to create a dialogue titled %s, say -dialogue title:%s", err, ref.Title, ref.Title)
	case ref.Title == "":
		return ingest.Target{}, err
	}
	return ingest.Target{DialogueTitle: ref.Title}, nil
}

// printStream writes one line per proposal: parties, kind, topic,
// sentence, each as it is proposed.
func printStream(ctx context.Context, w io.Writer, file string, s *ingest.Streamed, reasons bool) error {
	fmt.Fprintf(w, "# %s: %q, %s, author %s\n", inert.Line(file), s.Draft.Doc.Title, count(s.Sentences, "sentence"), inert.Line(orDash(s.Draft.Author)))
	return s.Each(ctx, func(pr ingest.Proposal) error {
		party := strings.Join(pr.Parties, "+")
		if pr.Skip {
			party = "(skip)"
		} else if pr.Speaker != nil {
			party += " (" + pr.Speaker.Name + ")"
		}
		if _, err := fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", inert.Line(orDash(party)), pr.Kind, inert.Line(orDash(pr.Topic)), inert.Line(pr.Text)); err != nil {
			return fmt.Errorf("write the proposals: %w", err)
		}
		if reasons {
			for _, r := range pr.Reasons {
				fmt.Fprintf(w, "\t\t%s\n", inert.Line(r))
			}
		}
		return nil
	})
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
