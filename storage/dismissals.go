package storage

import (
	"context"
	"fmt"
	"slices"

	"gorm.io/gorm"
)

// ValidDismissalKind reports whether k is one of DismissalKinds.
func ValidDismissalKind(k string) bool { return slices.Contains(DismissalKinds, k) }

// DismissalKey is a dismissed pair as the suggesters look it up: the two
// statement IDs, smaller first, since a pair is dismissed whichever way
// round it was suggested.
func DismissalKey(a, b int64) [2]int64 {
	if a > b {
		a, b = b, a
	}
	return [2]int64{a, b}
}

// dismissalUniqueKey is what a project holds at most once, as Dismiss
// records it: a pair, either way round (DismissalKey), under one kind.
func dismissalUniqueKey(d Dismissal) [3]int64 {
	k := DismissalKey(d.FromID, d.ToID)
	return [3]int64{k[0], k[1], int64(slices.Index(DismissalKinds, d.Kind))}
}

// Dismissals lists the dismissals of kind ("" for every kind) that
// concern a statement of dialogue dialogueID (0 for every dialogue), in
// the order they were made.
func (s *Store) Dismissals(ctx context.Context, kind string, dialogueID int64) ([]Dismissal, error) {
	q := s.read(ctx).Order("id")
	if kind != "" {
		q = q.Where("kind = ?", kind)
	}
	if dialogueID != 0 {
		in := "SELECT id FROM statements WHERE dialogue_id = ?"
		q = q.Where("from_id IN ("+in+") OR to_id IN ("+in+")", dialogueID, dialogueID)
	}
	var out []Dismissal
	if err := q.Find(&out).Error; err != nil {
		return nil, fmt.Errorf("list dismissed suggestions: %w", err)
	}
	return out, nil
}

// DismissedPairs is Dismissals as a set of DismissalKey, for leaving the
// dismissed pairs out of what is suggested.
func (s *Store) DismissedPairs(ctx context.Context, kind string, dialogueID int64) (map[[2]int64]bool, error) {
	ds, err := s.Dismissals(ctx, kind, dialogueID)
	if err != nil {
		return nil, err
	}
	out := make(map[[2]int64]bool, len(ds))
	for _, d := range ds {
		out[DismissalKey(d.FromID, d.ToID)] = true
	}
	return out, nil
}

// DismissalView is a dismissal with its two statements, for the list of
// what was dismissed.
type DismissalView struct {
	Dismissal
	From, To StatementView
}

// DismissalViews is Dismissals with both statements of each, read in one
// read transaction.
func (s *Store) DismissalViews(ctx context.Context, kind string, dialogueID int64) ([]DismissalView, error) {
	return viewed(ctx, s, func(ctx context.Context) ([]DismissalView, error) {
		ds, err := s.Dismissals(ctx, kind, dialogueID)
		if err != nil || len(ds) == 0 {
			return nil, err
		}
		ids := make([]int64, 0, 2*len(ds))
		for _, d := range ds {
			ids = append(ids, d.FromID, d.ToID)
		}
		views, err := s.StatementViews(ctx, StatementFilter{IDs: ids}, 0)
		if err != nil {
			return nil, err
		}
		byID := make(map[int64]StatementView, len(views))
		for _, v := range views {
			byID[v.ID] = v
		}
		out := make([]DismissalView, len(ds))
		for i, d := range ds {
			out[i] = DismissalView{Dismissal: d, From: byID[d.FromID], To: byID[d.ToID]}
		}
		return out, nil
	})
}

// checkDismissal checks a dismissal as Dismiss and an import take it.
func checkDismissal(d Dismissal) error {
	switch {
	case !ValidDismissalKind(d.Kind):
		return invalid("%q is not a kind of dismissed suggestion (%q or %q)", d.Kind, DismissedPairing, DismissedRepeat)
	case d.FromID == d.ToID:
		return invalid("a suggestion to dismiss joins two statements, not statement %d with itself", d.FromID)
	case d.Type != "" && !d.Type.Valid():
		return invalid("the dismissed suggestion of statements %d and %d: %q is not a type of link", d.FromID, d.ToID, d.Type)
	}
	return nil
}

// CheckDismissals checks the dismissals a whole project brings (an
// import, a rescue) as Dismiss checks one, naming each by its ID, and that
// no pair is dismissed twice under one kind, either way round. Whether
// their statements exist is the caller's to check (the database's foreign
// keys check it too).
func CheckDismissals(ds []Dismissal) error {
	seen := make(map[[3]int64]int64, len(ds))
	for _, d := range ds {
		if err := checkDismissal(d); err != nil {
			return fmt.Errorf("dismissal %d: %w", d.ID, err)
		}
		key := dismissalUniqueKey(d)
		if other, twice := seen[key]; twice {
			return invalid("dismissals %d and %d both dismiss the %s suggestion joining statements %d and %d", other, d.ID, d.Kind, key[0], key[1])
		}
		seen[key] = d.ID
	}
	return nil
}

// Dismiss records, in one write transaction, that the analyst rejected
// the suggestion d (its Kind, FromID, ToID and Type), so that it is not
// made again. A pair dismissed already under that kind, either way round,
// is not recorded twice: made is false and d is the dismissal there is.
// When made, Undismiss(d.ID) undoes it and RestoreDismissal(d) redoes it.
func (s *Store) Dismiss(ctx context.Context, d *Dismissal) (made bool, err error) {
	if err := checkDismissal(*d); err != nil {
		return false, err
	}
	err = s.write(ctx, "dismiss suggestion", func(tx *gorm.DB) error {
		var found []Dismissal
		err := tx.Where("kind = ? AND ((from_id = ? AND to_id = ?) OR (from_id = ? AND to_id = ?))",
			d.Kind, d.FromID, d.ToID, d.ToID, d.FromID).Limit(1).Find(&found).Error
		if err != nil {
			return err
		}
		if len(found) > 0 {
			*d = found[0]
			return nil
		}
		if err := dismissedStatementsExist(tx, *d, "suggestion"); err != nil {
			return err
		}
		d.ID = 0
		made = true
		return tx.Create(d).Error
	})
	if err != nil {
		return false, err
	}
	return made, nil
}

// Undismiss removes dismissal id, so that its suggestion is made again,
// and returns it as it was; RestoreDismissal with it undoes this.
func (s *Store) Undismiss(ctx context.Context, id int64) (Dismissal, error) {
	var gone Dismissal
	err := s.change(ctx, "restore suggestion", func(ctx context.Context) error {
		var err error
		gone, err = removeFrom[Dismissal](ctx, s, "dismissed suggestion", id)
		return err
	})
	return gone, err
}

// RestoreDismissal puts back dismissal d with its ID and authorship (the
// undo of Undismiss, the redo of Dismiss). A statement of it deleted
// meanwhile makes it fail with CodeNotFound.
func (s *Store) RestoreDismissal(ctx context.Context, d Dismissal) error {
	if err := checkDismissal(d); err != nil {
		return err
	}
	return s.write(ctx, "dismiss suggestion", func(tx *gorm.DB) error {
		if err := dismissedStatementsExist(tx, d, "dismissed suggestion"); err != nil {
			return err
		}
		return tx.Create(&d).Error
	})
}

// dismissedStatementsExist fails with CodeNotFound when statement d.FromID
// or d.ToID is gone, naming what (the suggestion or the dismissed one).
func dismissedStatementsExist(tx *gorm.DB, d Dismissal, what string) error {
	var n int64
	if err := tx.Model(&Statement{}).Where("id IN ?", []int64{d.FromID, d.ToID}).Count(&n).Error; err != nil {
		return err
	}
	if n != 2 {
		return newErr(CodeNotFound, nil, "statement %d or %d of the %s no longer exists", d.FromID, d.ToID, what)
	}
	return nil
}
