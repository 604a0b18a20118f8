package storage

import (
	"context"
	"fmt"
	"time"

	"gorm.io/gorm"
)

// BulkProgress is told how many of the statements are stored so far.
type BulkProgress func(done, total int)

// InsertStatements stores many statements in one transaction, far faster
// than CreateStatement one by one: plain INSERTs without gorm's per-row
// reflection, and the search index filled once at the end. Missing
// positions follow the dialogue's last one. The IDs are set on return.
func (s *Store) InsertStatements(ctx context.Context, in []StatementInput, progress BulkProgress) error {
	for i := range in {
		if err := checkStatement(&in[i].Statement); err != nil {
			return fmt.Errorf("statement %d of %d: %w", i+1, len(in), err)
		}
	}
	return s.write(ctx, "store statements", func(tx *gorm.DB) error {
		var lastID int64
		if err := tx.Model(&Statement{}).Select("coalesce(max(id), 0)").Scan(&lastID).Error; err != nil {
			return err
		}
		if err := dialect.dropStatementInsertTrigger(tx); err != nil {
			return err
		}
		nextPos := map[int64]int64{}
		now := time.Now().UTC()
		for i := range in {
			if i%1000 == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
				if progress != nil {
					progress(i, len(in))
				}
			}
			if err := insertOne(tx, &in[i], nextPos, now); err != nil {
				return fmt.Errorf("statement %d of %d: %w", i+1, len(in), err)
			}
		}
		if progress != nil {
			progress(len(in), len(in))
		}
		return dialect.backfillStatements(tx, lastID)
	})
}

func insertOne(tx *gorm.DB, in *StatementInput, nextPos map[int64]int64, now time.Time) error {
	st := &in.Statement
	if st.Position == 0 {
		p, ok := nextPos[st.DialogueID]
		if !ok {
			tx.Model(&Statement{}).Where("dialogue_id = ?", st.DialogueID).Select("coalesce(max(position), 0)").Scan(&p)
		}
		st.Position = p + 1
	}
	if st.Position > nextPos[st.DialogueID] {
		nextPos[st.DialogueID] = st.Position
	}
	st.CreatedAt, st.UpdatedAt = now, now
	row := tx.Raw(`INSERT INTO statements (dialogue_id, topic_id, position, kind, text, reported_by_id, speaker_id, source_id, start, "end", created_at, updated_at)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id`, st.DialogueID, st.TopicID, st.Position, st.Kind, st.Text,
		st.ReportedByID, st.SpeakerID, st.SourceID, st.Start, st.End, now, now).Row()
	if err := row.Scan(&st.ID); err != nil {
		return err
	}
	for _, p := range in.PartyIDs {
		if err := tx.Exec("INSERT OR IGNORE INTO statement_parties (statement_id, party_id) VALUES (?, ?)", st.ID, p).Error; err != nil {
			return err
		}
	}
	for _, t := range in.TagIDs {
		if err := tx.Exec("INSERT OR IGNORE INTO statement_tags (statement_id, tag_id) VALUES (?, ?)", st.ID, t).Error; err != nil {
			return err
		}
	}
	return nil
}

// SaveCopy writes a consistent copy of the open project to path (which
// must not exist), e.g. for a backup or "Save a Copy".
func (s *Store) SaveCopy(ctx context.Context, path string) error {
	if err := dialect.saveCopy(s.read(ctx), path); err != nil {
		return fmt.Errorf("save a copy to %s: %w", path, err)
	}
	return nil
}

// IntegrityCheck runs the database's and the search index's own checks and
// returns "ok" or what is wrong.
func (s *Store) IntegrityCheck(ctx context.Context) (string, error) {
	db := s.w
	if db == nil {
		db = s.r
	}
	res, err := dialect.integrityCheck(db.WithContext(ctx))
	if err != nil {
		return "", fmt.Errorf("check project: %w", err)
	}
	return res, nil
}
