package storage

import (
	"context"
	"fmt"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// CreateTag adds a tag.
func (s *Store) CreateTag(ctx context.Context, v *Tag) error {
	var err error
	if v.Name, err = checkName("tag", v.Name); err != nil {
		return err
	}
	if v.Color == "" {
		v.Color = DefaultTagColor
	}
	if err := checkColor(v.Color); err != nil {
		return err
	}
	return create(ctx, s, "tag", v)
}

// UpdateTag saves the name and colour of v and returns the tag as it was.
func (s *Store) UpdateTag(ctx context.Context, v *Tag) (before Tag, err error) {
	if v.Name, err = checkName("tag", v.Name); err != nil {
		return before, err
	}
	if err := checkColor(v.Color); err != nil {
		return before, err
	}
	return updateFrom(ctx, s, "tag", v.ID, v)
}

// DeleteTag removes a tag from the project and from every statement. It
// returns the snapshot that undoes the deletion (see RestoreTags).
func (s *Store) DeleteTag(ctx context.Context, id int64) ([]TagSnapshot, error) {
	return s.tagChange(ctx, "delete tag", []int64{id}, func(tx *gorm.DB) error {
		return tx.Delete(&Tag{}, id).Error
	})
}

// Tags lists the tags by name.
func (s *Store) Tags(ctx context.Context) ([]Tag, error) {
	return list[Tag](ctx, s, "tags", "name, id")
}

// TagUsage counts, per tag, the statements that carry it; a tag no
// statement carries is absent.
func (s *Store) TagUsage(ctx context.Context) (map[int64]int64, error) {
	var rows []struct {
		TagID int64
		N     int64
	}
	err := s.read(ctx).Model(&StatementTag{}).Select("tag_id, count(*) AS n").Group("tag_id").Scan(&rows).Error
	if err != nil {
		return nil, fmt.Errorf("count the statements per tag: %w", err)
	}
	out := make(map[int64]int64, len(rows))
	for _, r := range rows {
		out[r.TagID] = r.N
	}
	return out, nil
}

// TagByName finds a tag by name, ignoring case.
func (s *Store) TagByName(ctx context.Context, name string) (Tag, error) {
	var t Tag
	if err := s.read(ctx).Where("lower(name) = lower(?)", name).First(&t).Error; err != nil {
		return t, notFoundName(err, "tag", name)
	}
	return t, nil
}

// MergeTags puts tag into on every statement tagged from, then deletes
// from. It returns the snapshot of both tags that undoes the merge.
func (s *Store) MergeTags(ctx context.Context, from, into int64) ([]TagSnapshot, error) {
	if from == into {
		return nil, invalid("a tag cannot be merged into itself")
	}
	return s.tagChange(ctx, "merge tags", []int64{from, into}, func(tx *gorm.DB) error {
		for _, id := range []int64{from, into} {
			if err := tx.First(&Tag{}, id).Error; err != nil {
				return notFound(err, "tag", id)
			}
		}
		err := tx.Exec(`INSERT INTO statement_tags(statement_id, tag_id)
			SELECT statement_id, ? FROM statement_tags WHERE tag_id = ?
			AND statement_id NOT IN (SELECT statement_id FROM statement_tags WHERE tag_id = ?)`, into, from, into).Error
		if err != nil {
			return err
		}
		return tx.Delete(&Tag{}, from).Error
	})
}

// TagStatement puts a tag on a statement; tagging twice is harmless.
func (s *Store) TagStatement(ctx context.Context, statementID, tagID int64) error {
	return s.write(ctx, "tag statement", func(tx *gorm.DB) error {
		return tx.Clauses(clause.OnConflict{DoNothing: true}).Create(&StatementTag{StatementID: statementID, TagID: tagID}).Error
	})
}

// UntagStatement takes a tag off a statement.
func (s *Store) UntagStatement(ctx context.Context, statementID, tagID int64) error {
	return s.write(ctx, "untag statement", func(tx *gorm.DB) error {
		return tx.Where("statement_id = ? AND tag_id = ?", statementID, tagID).Delete(&StatementTag{}).Error
	})
}

// setJoin replaces the rows of a statement's join table.
func setJoin(tx *gorm.DB, model any, col string, statementID int64, ids []int64, row func(int64) any) error {
	if err := tx.Where("statement_id = ?", statementID).Delete(model).Error; err != nil {
		return err
	}
	seen := map[int64]bool{}
	for _, id := range ids {
		if seen[id] {
			continue
		}
		seen[id] = true
		if err := tx.Create(row(id)).Error; err != nil {
			return wrapf(err, "add %s %d", col, id)
		}
	}
	return nil
}
