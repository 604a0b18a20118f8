package storage

import (
	"context"
	"strings"

	"gorm.io/gorm"
)

// StatementMade is what MakeStatement stored, and so what undoing it
// removes and redoing it puts back: the statement with its parties, and
// the speaker and topics that were created for it.
type StatementMade struct {
	Statement StatementInput // with its ID
	Speaker   *Speaker       // created for the statement; nil when it existed or none was given
	Topics    []Topic        // created for its topic path, parents first
}

// MakeStatement stores a statement made by hand (in the Sources view) in
// one transaction: newSpeaker, when given, is created and speaks it; the
// topics of topicPath that do not exist yet are created and the statement
// goes under the last. It returns what it created, for undo.
func (s *Store) MakeStatement(ctx context.Context, in StatementInput, newSpeaker *Speaker, topicPath string) (StatementMade, error) {
	m := StatementMade{Statement: in}
	if err := checkStatement(&m.Statement.Statement); err != nil {
		return m, err
	}
	if newSpeaker != nil {
		sp := *newSpeaker
		var err error
		if sp.Name, err = checkName("speaker", sp.Name); err != nil {
			return m, err
		}
		m.Speaker = &sp
	}
	err := s.write(ctx, "make statement", func(tx *gorm.DB) error {
		if m.Speaker != nil {
			if err := tx.Create(m.Speaker).Error; err != nil {
				return err
			}
			m.Statement.SpeakerID = &m.Speaker.ID
		}
		if path := strings.TrimSpace(topicPath); path != "" {
			t, created, err := ensureTopicPathNew(tx, path)
			if err != nil {
				return err
			}
			m.Statement.TopicID, m.Topics = &t.ID, created
		}
		return createStatement(tx, &m.Statement)
	})
	if err != nil {
		return StatementMade{}, err
	}
	return m, nil
}

// UnmakeStatement removes what MakeStatement stored (undo), in one
// transaction.
func (s *Store) UnmakeStatement(ctx context.Context, m StatementMade) error {
	return s.write(ctx, "undo make statement", func(tx *gorm.DB) error {
		if err := tx.Delete(&Statement{}, m.Statement.ID).Error; err != nil {
			return err
		}
		if m.Speaker != nil {
			if err := tx.Delete(&Speaker{}, m.Speaker.ID).Error; err != nil {
				return err
			}
		}
		for i := len(m.Topics) - 1; i >= 0; i-- {
			if err := tx.Delete(&Topic{}, m.Topics[i].ID).Error; err != nil {
				return err
			}
		}
		return nil
	})
}

// RemakeStatement puts back, with their IDs, what UnmakeStatement removed
// (redo), in one transaction.
func (s *Store) RemakeStatement(ctx context.Context, m StatementMade) error {
	return s.write(ctx, "redo make statement", func(tx *gorm.DB) error {
		for i := range m.Topics {
			t := m.Topics[i]
			if err := tx.Create(&t).Error; err != nil {
				return err
			}
		}
		if m.Speaker != nil {
			sp := *m.Speaker
			if err := tx.Create(&sp).Error; err != nil {
				return err
			}
		}
		in := m.Statement
		return createStatement(tx, &in)
	})
}
