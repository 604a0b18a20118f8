package storage

import (
	"context"
	"fmt"
)

// EachCodedText calls fn with the topic and text of every statement that
// has a topic, in the order StatementViews lists them (by dialogue, then
// column position, then id), in one read transaction. The rows are read
// one dialogue at a time and handed over one by one: the importer learns
// topics from a project of hundreds of thousands of statements without
// holding them (a whole project's views were 266 MB at 331,000).
func (s *Store) EachCodedText(ctx context.Context, fn func(topicID int64, text string) error) error {
	return s.view(ctx, func(ctx context.Context) error {
		var dialogues []int64
		if err := s.read(ctx).Raw("SELECT id FROM dialogues ORDER BY id").Scan(&dialogues).Error; err != nil {
			return fmt.Errorf("list the dialogues: %w", err)
		}
		for _, d := range dialogues {
			if err := s.eachCodedText(ctx, d, fn); err != nil {
				return err
			}
		}
		return nil
	})
}

func (s *Store) eachCodedText(ctx context.Context, dialogue int64, fn func(int64, string) error) error {
	rows, err := s.read(ctx).Raw("SELECT topic_id, text FROM statements WHERE dialogue_id = ? AND topic_id IS NOT NULL ORDER BY position, id", dialogue).Rows()
	if err != nil {
		return fmt.Errorf("read the statements of dialogue %d: %w", dialogue, err)
	}
	defer rows.Close()
	for rows.Next() {
		var topic int64
		var text string
		if err := rows.Scan(&topic, &text); err != nil {
			return fmt.Errorf("read the statements of dialogue %d: %w", dialogue, err)
		}
		if err := fn(topic, text); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read the statements of dialogue %d: %w", dialogue, err)
	}
	return nil
}
