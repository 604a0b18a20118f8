package storage

import (
	"context"
	"errors"
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
}

// ParseDialogueRef reads how a command names a dialogue (see DialogueRef).
func ParseDialogueRef(s string) DialogueRef {
	s = strings.TrimSpace(s)
	r := DialogueRef{Text: s}
	lower := strings.ToLower(s)
	switch {
	case strings.HasPrefix(lower, "title:"):
		r.Title = strings.TrimSpace(s[len("title:"):])
		return r
	case strings.HasPrefix(lower, "id:"):
		if id, ok := positiveID(s[len("id:"):]); ok {
			r.ID = id
			return r
		}
	case strings.HasPrefix(s, "#"):
		if id, ok := positiveID(s[1:]); ok {
			r.ID = id
			return r
		}
	}
	r.Title = s
	if id, ok := positiveID(s); ok {
		r.ID = id
	}
	return r
}

func positiveID(s string) (int64, bool) {
	id, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
	return id, err == nil && id > 0
}

// FindDialogue finds the dialogue ref names: by title first, then by ID
// (see DialogueRef). None is ErrNotFound, saying what was looked for.
func (s *Store) FindDialogue(ctx context.Context, ref DialogueRef) (Dialogue, error) {
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
