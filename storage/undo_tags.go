package storage

import (
	"context"
	"fmt"

	"gorm.io/gorm"
)

// TagSnapshot is a tag and the statements that carry it, read before a
// change that removes the tag or moves its statements (DeleteTag,
// MergeTags) so that the change can be undone with RestoreTags.
type TagSnapshot struct {
	Tag          Tag
	StatementIDs []int64
}

// tagChange runs fn, a change of tags, in one write transaction with
// reading the snapshot of the tags ids that undoes it.
func (s *Store) tagChange(ctx context.Context, what string, ids []int64, fn func(tx *gorm.DB) error) ([]TagSnapshot, error) {
	var snaps []TagSnapshot
	err := s.change(ctx, what, func(ctx context.Context) error {
		var err error
		if snaps, err = snapshotTags(s.read(ctx), ids); err != nil {
			return err
		}
		return fn(s.read(ctx))
	})
	return snaps, err
}

func snapshotTags(db *gorm.DB, ids []int64) ([]TagSnapshot, error) {
	out := make([]TagSnapshot, 0, len(ids))
	for _, id := range ids {
		var snap TagSnapshot
		if err := db.First(&snap.Tag, id).Error; err != nil {
			return nil, notFound(err, "tag", id)
		}
		err := db.Model(&StatementTag{}).Where("tag_id = ?", id).Order("statement_id").
			Order("statement_id").Pluck("statement_id", &snap.StatementIDs).Error
		if err != nil {
			return nil, fmt.Errorf("snapshot tag %d: %w", id, err)
		}
		out = append(out, snap)
	}
	return out, nil
}

// RestoreTags puts the tags back as the snapshots saw them, in one
// transaction: a missing tag is re-created with its ID, name and colour,
// an existing one gets its name and colour back, and each tag is put on
// exactly the statements it was on (statements deleted since are skipped).
func (s *Store) RestoreTags(ctx context.Context, snaps []TagSnapshot) error {
	ctx = Undoing(ctx) // puts back only what nobody else changed since
	return s.write(ctx, "restore tags", func(tx *gorm.DB) error {
		for _, snap := range snaps {
			if err := restoreTag(tx, snap); err != nil {
				return fmt.Errorf("tag %q: %w", snap.Tag.Name, err)
			}
		}
		return nil
	})
}

func restoreTag(tx *gorm.DB, snap TagSnapshot) error {
	var n int64
	if err := tx.Model(&Tag{}).Where("id = ?", snap.Tag.ID).Count(&n).Error; err != nil {
		return err
	}
	t := snap.Tag
	if n == 0 {
		if err := tx.Create(&t).Error; err != nil {
			return err
		}
	} else {
		err := tx.Model(&Tag{ID: t.ID}).Updates(map[string]any{"name": t.Name, "color": t.Color}).Error
		if err != nil {
			return err
		}
	}
	return setTagStatements(tx, t.ID, snap.StatementIDs)
}

// setTagStatements puts tag on exactly the statements ids that still exist.
func setTagStatements(tx *gorm.DB, tag int64, ids []int64) error {
	var cur []int64
	if err := tx.Model(&StatementTag{}).Where("tag_id = ?", tag).Order("statement_id").Pluck("statement_id", &cur).Error; err != nil {
		return err
	}
	want := make(map[int64]bool, len(ids))
	for _, id := range ids {
		want[id] = true
	}
	var drop []int64
	for _, id := range cur {
		if !want[id] {
			drop = append(drop, id)
		}
		delete(want, id)
	}
	for _, part := range chunks(drop, 500) {
		if err := tx.Where("tag_id = ? AND statement_id IN ?", tag, part).Delete(&StatementTag{}).Error; err != nil {
			return err
		}
	}
	add := make([]int64, 0, len(want))
	for id := range want {
		add = append(add, id)
	}
	for _, part := range chunks(add, 500) {
		var alive []int64
		if err := tx.Model(&Statement{}).Where("id IN ?", part).Order("id").Pluck("id", &alive).Error; err != nil {
			return err
		}
		rows := make([]StatementTag, len(alive))
		for i, id := range alive {
			rows[i] = StatementTag{StatementID: id, TagID: tag}
		}
		if len(rows) > 0 {
			if err := tx.Create(&rows).Error; err != nil {
				return err
			}
		}
	}
	return nil
}

// chunks splits ids into slices of at most n, keeping IN lists below the
// database's limit on bound parameters.
func chunks(ids []int64, n int) [][]int64 {
	var out [][]int64
	for len(ids) > n {
		out = append(out, ids[:n])
		ids = ids[n:]
	}
	if len(ids) > 0 {
		out = append(out, ids)
	}
	return out
}
