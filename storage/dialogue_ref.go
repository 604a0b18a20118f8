package storage

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// DialogueRef is a dialogue as a command names it (-dialogue): by its
// title, or by its ID. A title can be a number ("2024"), so a bare number
// means the dialogue of that title when there is one, else the dialogue of
// that ID; "#12" and "id:12" mean the ID only, "title:2024" the title only.
type DialogueRef struct {
	Text  string // as given, trimmed
	Title string // the title to look for; "" for an ID only
	ID    int64  // the ID to look for; 0 for a title only
	// Invalid says why the text names no dialogue ("#-1", "id:0",
	// "title:" with nothing after it, nothing at all); FindDialogue
	// refuses it rather than take it for a new title ("#-1" made a
	// dialogue titled "#-1").
	Invalid string
}

// ParseDialogueRef reads how a command names a dialogue (see DialogueRef).
func ParseDialogueRef(s string) DialogueRef {
	s = strings.TrimSpace(s)
	r := DialogueRef{Text: s}
	lower := strings.ToLower(s)
	switch {
	case s == "":
		r.Invalid = "no dialogue named: give a dialogue's title or its ID"
		return r
	case strings.HasPrefix(lower, "title:"):
		if r.Title = strings.TrimSpace(s[len("title:"):]); r.Title == "" {
			r.Invalid = "title: is followed by no title: write the dialogue's title after it (title:2024)"
		}
		return r
	case strings.HasPrefix(lower, "id:"):
		if id, ok := positiveID(s[len("id:"):]); ok {
			r.ID = id
			return r
		}
		if looksNumeric(s[len("id:"):]) {
			r.Invalid = fmt.Sprintf("%s names no dialogue: a dialogue's ID is a whole number from 1 (see its list)", s)
			return r
		}
	case strings.HasPrefix(s, "#"):
		if id, ok := positiveID(s[1:]); ok {
			r.ID = id
			return r
		}
		if looksNumeric(s[1:]) {
			r.Invalid = fmt.Sprintf("%s names no dialogue: a dialogue's ID is a whole number from 1 (see its list)", s)
			return r
		}
	}
	r.Title = s
	if id, ok := positiveID(s); ok {
		r.ID = id
	}
	return r
}

// looksNumeric reports a signed run of digits (of any length): what
// follows "#" or "id:" when an ID was meant, even one out of range.
func looksNumeric(s string) bool {
	s = strings.TrimSpace(s)
	s = strings.TrimLeft(s, "+-")
	return s != "" && strings.Trim(s, "0123456789") == ""
}

func positiveID(s string) (int64, bool) {
	id, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
	return id, err == nil && id > 0
}

// FindDialogue finds the dialogue ref names: by title first, then by ID
// (see DialogueRef). None is ErrNotFound, saying what was looked for.
func (s *Store) FindDialogue(ctx context.Context, ref DialogueRef) (Dialogue, error) {
	if ref.Invalid != "" {
		return Dialogue{}, newErr(CodeNotFound, ErrNotFound, "%s", noun(ref.Invalid))
	}
	if ref.Title != "" {
		d, err := s.DialogueByTitle(ctx, ref.Title)
		if !errors.Is(err, ErrNotFound) {
			return d, err
		}
		if ref.ID == 0 {
			return d, err
		}
	}
	d, err := s.Dialogue(ctx, ref.ID)
	if !errors.Is(err, ErrNotFound) {
		return d, err
	}
	if ref.Title != "" {
		return d, newErr(CodeNotFound, err, "no dialogue titled %q or with ID %d", ref.Title, ref.ID)
	}
	return d, newErr(CodeNotFound, err, "no dialogue with ID %d", ref.ID)
}
