package storage

import (
	"context"
	"strings"

	"gorm.io/gorm"
)

// PhraseMarks lists the analyst's pinned and hidden stock phrases, by
// phrase.
func (s *Store) PhraseMarks(ctx context.Context) ([]PhraseMark, error) {
	return list[PhraseMark](ctx, s, "phrase marks", "phrase")
}

// NormalPhrase is a phrase as marks store it: lower case, single spaces,
// so that "Internal  Affairs" and "internal affairs" are one phrase.
func NormalPhrase(p string) string {
	return strings.Join(strings.Fields(strings.ToLower(p)), " ")
}

// MarkPhrase pins (PhrasePinned) or hides (PhraseHidden) a stock phrase,
// or clears its mark (state ""), in one write transaction. It returns the
// state before; MarkPhrase with that state undoes the edit.
func (s *Store) MarkPhrase(ctx context.Context, phrase, state string) (before string, err error) {
	phrase = NormalPhrase(phrase)
	if err := checkText("phrase", phrase); err != nil {
		return "", err
	}
	if phrase == "" {
		return "", invalid("the phrase to mark is empty")
	}
	if state != "" && state != PhrasePinned && state != PhraseHidden {
		return "", invalid("a phrase is pinned or hidden, not %q", state)
	}
	err = s.write(ctx, "mark phrase", func(tx *gorm.DB) error {
		var old PhraseMark
		if err := tx.Where("phrase = ?", phrase).Limit(1).Find(&old).Error; err != nil {
			return err
		}
		before = old.State
		switch {
		case state == "":
			return tx.Where("phrase = ?", phrase).Delete(&PhraseMark{}).Error
		case old.ID != 0:
			return tx.Model(&old).Update("state", state).Error
		}
		return tx.Create(&PhraseMark{Phrase: phrase, State: state}).Error
	})
	return before, err
}
