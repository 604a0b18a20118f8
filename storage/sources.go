package storage

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"time"

	"gorm.io/gorm"
)

// TextHash is the SHA-256 of a source text, in hex, as stored in Source.SHA256.
// The text goes to the hash a piece at a time: []byte(text) copied a 50 MB
// source once for the check for an earlier import and once more to store
// it.
func TextHash(text string) string {
	h := sha256.New()
	var buf [32 << 10]byte
	for len(text) > 0 {
		n := copy(buf[:], text)
		h.Write(buf[:n])
		text = text[n:]
	}
	return hex.EncodeToString(h.Sum(nil))
}

// CreateSource adds a source, computing its hash and import time.
func (s *Store) CreateSource(ctx context.Context, v *Source) error {
	if err := checkText("source text", v.Text); err != nil {
		return err
	}
	var err error
	if v.Title, err = checkName("source", v.Title); err != nil {
		return err
	}
	v.SHA256 = TextHash(v.Text)
	if v.ImportedAt.IsZero() {
		v.ImportedAt = storedTime(time.Now())
	}
	return s.write(ctx, "create source", func(tx *gorm.DB) error {
		stored := []Source{*v}
		if err := s.d.insertSources(tx, stored); err != nil {
			return err
		}
		*v = stored[0]
		return nil
	})
}

// UpdateSource saves the metadata of v; the text of a source never changes
// because statements point into it.
func (s *Store) UpdateSource(ctx context.Context, v *Source) error {
	var err error
	if v.Title, err = checkName("source", v.Title); err != nil {
		return err
	}
	return s.write(ctx, "update source", func(tx *gorm.DB) error {
		return updateCols(s, tx, "source", v.ID, v, "dialogue_id", "title", "publisher", "url", "published_on", "author_party_id")
	})
}

// DeleteSource removes a source; its statements stay, without citation.
func (s *Store) DeleteSource(ctx context.Context, id int64) error {
	return remove[Source](ctx, s, "source", id)
}

// Source returns one source with its text.
func (s *Store) Source(ctx context.Context, id int64) (Source, error) {
	return get[Source](ctx, s, "source", id)
}

// Sources lists the sources of a dialogue (all when dialogueID is 0),
// without their text.
func (s *Store) Sources(ctx context.Context, dialogueID int64) ([]Source, error) {
	var out []Source
	q := s.read(ctx).Omit("text").Order("published_on, id")
	if dialogueID != 0 {
		q = q.Where("dialogue_id = ?", dialogueID)
	}
	if err := q.Find(&out).Error; err != nil {
		return nil, wrapf(err, "list sources")
	}
	return out, nil
}

// SourcesByHash lists the sources whose text hashes to sha (see TextHash):
// a non-empty answer means the text was imported before.
func (s *Store) SourcesByHash(ctx context.Context, sha string) ([]Source, error) {
	var out []Source
	if err := s.read(ctx).Omit("text").Where("sha256 = ?", sha).Find(&out).Error; err != nil {
		return nil, wrapf(err, "find source by hash")
	}
	return out, nil
}
