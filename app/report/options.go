package report

import (
	"context"
	"fmt"
	"strings"
	"time"

	"parley/storage"
)

// Paper is the page size the report's print CSS asks for.
type Paper string

// The paper sizes a report can be laid out for.
const (
	A4     Paper = "a4"
	Letter Paper = "letter"
)

// ParsePaper reads "a4" or "letter" (any case); empty means A4.
func ParsePaper(s string) (Paper, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "a4":
		return A4, nil
	case "letter", "us-letter":
		return Letter, nil
	}
	return "", fmt.Errorf("unknown paper size %q (want a4 or letter)", s)
}

// css is the size keyword of CSS's @page rule.
func (p Paper) css() string {
	if p == Letter {
		return "letter"
	}
	return "A4"
}

// coverHeight is the cover's height in print: the page's height less the
// top and bottom margins (38 mm, see report.css) and some room.
func (p Paper) coverHeight() string {
	if p == Letter {
		return "232mm" // 279.4 mm - 38 mm = 241.4 mm
	}
	return "250mm" // 297 mm - 38 mm = 259 mm
}

// Options selects what a report covers and what it shows. Empty ID lists
// select everything; Topics are roots whose subtopics are included.
type Options struct {
	Dialogues []int64
	Topics    []int64
	Parties   []int64
	Tags      []int64 // statements with any of these tags
	Notes     bool    // the analyst's notes
	Sources   bool    // the sources appendix and citations
	Overview  bool    // the topic × party matrix and omission map
	// AcrossRounds adds the chapter "Across rounds" for each series with
	// two or more selected dialogues (app/evolution).
	AcrossRounds bool
	Paper        Paper
	Now          time.Time // the report's date; zero means now
}

// Names is a selection by name, as the command line gives it.
type Names struct {
	Dialogues []string // titles or IDs
	Topics    []string // paths such as "Regional issues/Xinjiang"
	Parties   []string // names or short names
	Tags      []string
}

// Resolve turns names into IDs and fills o's lists. An unknown name is an
// error that says which one.
func Resolve(ctx context.Context, st *storage.Store, n Names, o *Options) error {
	for _, d := range n.Dialogues {
		id, err := resolveDialogue(ctx, st, d)
		if err != nil {
			return err
		}
		o.Dialogues = append(o.Dialogues, id)
	}
	if len(n.Topics) > 0 {
		paths, err := st.TopicPaths(ctx)
		if err != nil {
			return fmt.Errorf("read topics: %w", err)
		}
		for _, p := range n.Topics {
			id, ok := findTopic(paths, p)
			if !ok {
				return fmt.Errorf("no topic %q in this project (give the full path, e.g. \"Regional issues/Xinjiang\")", p)
			}
			o.Topics = append(o.Topics, id)
		}
	}
	for _, p := range n.Parties {
		party, err := st.PartyByName(ctx, p)
		if err != nil {
			return lookupErr(err, "party", p)
		}
		o.Parties = append(o.Parties, party.ID)
	}
	for _, t := range n.Tags {
		tag, err := st.TagByName(ctx, t)
		if err != nil {
			return lookupErr(err, "tag", t)
		}
		o.Tags = append(o.Tags, tag.ID)
	}
	return nil
}

// resolveDialogue finds the dialogue s names: by title first, so that a
// dialogue titled "2024" is that one even when another has the ID 2024,
// then by ID; "#12" or "id:12" names the ID only (storage.DialogueRef).
func resolveDialogue(ctx context.Context, st *storage.Store, s string) (int64, error) {
	d, err := st.FindDialogue(ctx, storage.ParseDialogueRef(s))
	if err != nil {
		return 0, lookupErr(err, "dialogue", s)
	}
	return d.ID, nil
}

// findTopic matches a path ignoring case and the spaces around separators.
func findTopic(paths map[int64]string, want string) (int64, bool) {
	norm := func(p string) string {
		parts := strings.Split(p, storage.TopicPathSep)
		out := parts[:0]
		for _, x := range parts {
			if x = strings.TrimSpace(x); x != "" {
				out = append(out, strings.ToLower(x))
			}
		}
		return strings.Join(out, storage.TopicPathSep)
	}
	w := norm(want)
	var best int64
	for id, p := range paths {
		if norm(p) == w && (best == 0 || id < best) {
			best = id
		}
	}
	return best, best != 0
}

// lookupErr keeps storage's "no party named X" as it is and gives other
// failures context.
func lookupErr(err error, what, name string) error {
	if storage.CodeOf(err) == storage.CodeNotFound {
		return err
	}
	return fmt.Errorf("find %s %q: %w", what, name, err)
}
