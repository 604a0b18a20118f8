package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"parley/app/inert"
	"parley/storage"
)

func init() {
	var (
		dialogue, topic string
		parties, kinds  multi
		tags, authors   multi
		limit           int
	)
	Register(&Command{
		Name:    "search",
		Usage:   "[-dialogue TITLE|ID] [-topic PATH] [-party NAME]... [-kind KIND]... [-tag NAME]... [-author NAME]... [-limit N] PROJECT QUERY",
		Summary: "search statements, notes and sources; prints kind, id, dialogue and the matching words in [brackets]",
		Flags: func(fs *flag.FlagSet) {
			// Repeatable flags append, so clear what an earlier Run in
			// this process (a test, a script host) left.
			parties, kinds, tags, authors = nil, nil, nil, nil
			fs.StringVar(&dialogue, "dialogue", "", "only this dialogue (title or ID; a title that is a number wins over the ID, #ID names the ID)")
			fs.StringVar(&topic, "topic", "", "only this topic, subtopics included, e.g. 'Regional issues/Xinjiang'")
			fs.Var(&parties, "party", "only statements this party holds (repeatable)")
			fs.Var(&kinds, "kind", "only statements of this kind: "+kindList()+" (repeatable)")
			fs.Var(&tags, "tag", "only statements with this tag (repeatable)")
			fs.Var(&authors, "author", "only statements this analyst coded (repeatable)")
			fs.IntVar(&limit, "limit", 20, "at most this many hits")
		},
		Run: func(ctx context.Context, env *Env, args []string) error {
			if len(args) < 2 {
				return Usagef("name the project and what to search for")
			}
			if limit < 1 {
				return Usagef("-limit must be at least 1")
			}
			s, err := openForReading(args[0])
			if err != nil {
				return err
			}
			defer s.Close()
			q := storage.SearchQuery{Query: strings.Join(args[1:], " "), Limit: limit}
			if q.Filter, err = searchFilter(ctx, s, dialogue, topic, parties, kinds, tags); err != nil {
				return err
			}
			if q.Filter.Authors, err = knownAuthors(ctx, s, authors); err != nil {
				return err
			}
			if _, notice := storage.CapQuery(q.Query); notice != "" {
				fmt.Fprintln(env.Stderr, notice)
			}
			hits, err := s.Search(ctx, q)
			if err != nil {
				return rescueHint(args[0], err)
			}
			if len(hits) == 0 {
				fmt.Fprintf(env.Stderr, "no matches for %s\n", inert.Line(q.Query))
				return nil
			}
			return printHits(ctx, s, env.Stdout, hits)
		},
	})
}

func kindList() string {
	ks := make([]string, len(storage.Kinds))
	for i, k := range storage.Kinds {
		ks[i] = string(k)
	}
	return strings.Join(ks, ", ")
}

// searchFilter resolves the flags' names to IDs; a name that matches
// nothing is an error, not an empty result.
func searchFilter(ctx context.Context, s *storage.Store, dialogue, topic string, parties, kinds, tags []string) (storage.StatementFilter, error) {
	var f storage.StatementFilter
	if dialogue != "" {
		d, err := findDialogue(ctx, s, dialogue)
		if err != nil {
			return f, err
		}
		f.DialogueID = d.ID
	}
	if topic != "" {
		ids, err := topicSubtree(ctx, s, topic)
		if err != nil {
			return f, err
		}
		f.TopicIDs = ids
	}
	for _, name := range parties {
		p, err := s.PartyByName(ctx, name)
		if err != nil {
			return f, err
		}
		f.PartyIDs = append(f.PartyIDs, p.ID)
	}
	for _, k := range kinds {
		if !storage.Kind(k).Valid() {
			return f, Usagef("%q is not a kind (want %s)", k, kindList())
		}
		f.Kinds = append(f.Kinds, storage.Kind(k))
	}
	for _, name := range tags {
		t, err := s.TagByName(ctx, name)
		if err != nil {
			return f, err
		}
		f.TagIDs = append(f.TagIDs, t.ID)
	}
	return f, nil
}

// findDialogue takes an ID or a title; a number that is no dialogue's ID
// may still be a title.
func findDialogue(ctx context.Context, s *storage.Store, ref string) (storage.Dialogue, error) {
	return s.FindDialogue(ctx, storage.ParseDialogueRef(ref))
}

func topicSubtree(ctx context.Context, s *storage.Store, path string) ([]int64, error) {
	paths, err := s.TopicPaths(ctx)
	if err != nil {
		return nil, err
	}
	want := strings.Trim(strings.TrimSpace(path), storage.TopicPathSep)
	for id, p := range paths {
		if strings.EqualFold(p, want) {
			return s.TopicSubtree(ctx, id)
		}
	}
	return nil, fmt.Errorf("no topic %q", path)
}

// printHits writes one tab-separated line per hit: kind, id, dialogue,
// snippet.
func printHits(ctx context.Context, s *storage.Store, w io.Writer, hits []storage.Hit) error {
	ds, err := s.Dialogues(ctx)
	if err != nil {
		return err
	}
	titles := map[int64]string{}
	for _, d := range ds {
		titles[d.ID] = d.Title
	}
	on, off := "[", "]"
	if isTerminal(w) {
		on, off = "\x1b[1m", "\x1b[0m"
	}
	for _, h := range hits {
		title := inert.Line(titles[h.DialogueID])
		if title == "" {
			title = "-"
		}
		if _, err := fmt.Fprintf(w, "%s\t%d\t%s\t%s\n", h.Kind, h.ID, title, marked(h.Snippet, on, off)); err != nil {
			return fmt.Errorf("write hits: %w", err)
		}
	}
	return nil
}

// marked makes a snippet one line of plain text with its matches between
// on and off; the text is made inert first, so that only Parley's own
// escapes reach the terminal.
func marked(snippet, on, off string) string {
	parts := strings.Split(snippet, storage.SnippetStart)
	for i, p := range parts {
		if i == 0 {
			parts[i] = inert.Line(p)
			continue
		}
		match, rest, _ := strings.Cut(p, storage.SnippetEnd)
		parts[i] = on + inert.Line(match) + off + inert.Line(rest)
	}
	return strings.Join(parts, "")
}

// isTerminal reports whether w is a terminal that may show bold text: a
// terminal, with NO_COLOR unset and TERM not "dumb".
func isTerminal(w io.Writer) bool {
	return terminal(w) && os.Getenv("NO_COLOR") == "" && os.Getenv("TERM") != "dumb"
}

// knownAuthors checks that each name coded something: a misspelt name is
// an error, not an empty result.
func knownAuthors(ctx context.Context, s *storage.Store, names []string) ([]string, error) {
	if len(names) == 0 {
		return nil, nil
	}
	all, err := s.Authors(ctx)
	if err != nil {
		return nil, err
	}
	for _, n := range names {
		if !slices.Contains(all, n) {
			if len(all) == 0 {
				return nil, fmt.Errorf("no statement of this project names its author; %q coded none", n)
			}
			return nil, fmt.Errorf("%q coded no statement here (authors: %s)", n, strings.Join(all, ", "))
		}
	}
	return names, nil
}
