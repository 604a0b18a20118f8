package storage

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// The generic helpers below give every entity the same create, update,
// delete and get semantics: one transaction, typed not-found errors.

func create[T any](ctx context.Context, s *Store, what string, v *T) error {
	return s.write(ctx, "create "+what, func(tx *gorm.DB) error { return tx.Create(v).Error })
}

func update[T any](ctx context.Context, s *Store, what string, id int64, v *T) error {
	return s.write(ctx, fmt.Sprintf("update %s %d", what, id), func(tx *gorm.DB) error {
		// Select("*") saves zero values too (an emptied field must stay
		// empty); associations are omitted so that a preloaded party or
		// series is never written back, and so is who made the row.
		return saveChecked(s, tx, tx.Model(v).Select("*").Omit("id", "created_at", "created_by", clause.Associations), what, id, v)
	})
}

func remove[T any](ctx context.Context, s *Store, what string, id int64) error {
	return s.write(ctx, fmt.Sprintf("delete %s %d", what, id), func(tx *gorm.DB) error {
		res := tx.Delete(new(T), id)
		if res.Error != nil {
			return res.Error
		}
		if res.RowsAffected == 0 {
			return newErr(CodeNotFound, nil, "%s %d does not exist", noun(what), id)
		}
		return nil
	})
}

// updateFrom updates v like update and returns the row as it was, read in
// the same transaction.
func updateFrom[T any](ctx context.Context, s *Store, what string, id int64, v *T) (before T, err error) {
	err = s.change(ctx, fmt.Sprintf("update %s %d", what, id), func(ctx context.Context) error {
		if before, err = get[T](ctx, s, what, id); err != nil {
			return err
		}
		return update(ctx, s, what, id, v)
	})
	return before, err
}

// removeFrom deletes like remove and returns the row as it was.
func removeFrom[T any](ctx context.Context, s *Store, what string, id int64) (gone T, err error) {
	err = s.change(ctx, fmt.Sprintf("delete %s %d", what, id), func(ctx context.Context) error {
		if gone, err = get[T](ctx, s, what, id); err != nil {
			return err
		}
		return remove[T](ctx, s, what, id)
	})
	return gone, err
}

func get[T any](ctx context.Context, s *Store, what string, id int64) (T, error) {
	var v T
	if bad := badTimesOf(ctx); bad != nil { // an export's read: see NoteBadTimes
		var vs []T
		if err := findTimes(s.read(ctx).Where("id = ?", id).Limit(1), bad, &vs); err != nil {
			return v, notFound(err, what, id)
		}
		if len(vs) == 0 {
			return v, notFound(gorm.ErrRecordNotFound, what, id)
		}
		return vs[0], nil
	}
	if err := s.read(ctx).First(&v, id).Error; err != nil {
		return v, notFound(err, what, id)
	}
	return v, nil
}

func list[T any](ctx context.Context, s *Store, what, order string) ([]T, error) {
	var out []T
	if err := findTimes(s.read(ctx).Order(order), badTimesOf(ctx), &out); err != nil {
		return nil, fmt.Errorf("list %s: %w", what, err)
	}
	return out, nil
}

func checkName(what, name string) (string, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return "", invalid("the %s needs a name", what)
	}
	if !utf8.ValidString(name) {
		return "", invalid("the %s's name is not valid text", what)
	}
	return name, nil
}

// DefaultPartyColor and DefaultTagColor are the colours a party or a tag
// gets when it is given none (or, in a rescue, one that is no colour).
const (
	DefaultPartyColor = "#4063d8"
	DefaultTagColor   = "#888888"
)

func checkColor(c string) error {
	if _, _, _, ok := ParseColor(c); !ok {
		return invalid("colour %q is not of the form #rrggbb", c)
	}
	return nil
}

func checkText(what, text string) error {
	if !utf8.ValidString(text) {
		return invalid("the %s is not valid UTF-8 text", what)
	}
	return nil
}
