package storage

import (
	"context"
	"database/sql"
	"fmt"

	"gorm.io/gorm"
)

// ColumnViews returns what StatementViews returns for f, scanning the rows
// by hand instead of through gorm's reflection, which at a topic switch
// cost more than the queries themselves. limit bounds the statements (0:
// all). Its queries run in one read transaction.
func (s *Store) ColumnViews(ctx context.Context, f StatementFilter, limit int) ([]StatementView, error) {
	return viewed(ctx, s, func(ctx context.Context) ([]StatementView, error) { return s.columnViews(ctx, f, limit) })
}

func (s *Store) columnViews(ctx context.Context, f StatementFilter, limit int) ([]StatementView, error) {
	db := s.read(ctx)
	q := viewsQuery(db, f, limit)
	out, err := scanViews(q, nil)
	if err != nil {
		return nil, fmt.Errorf("read statements: %w", err)
	}
	if len(out) == 0 {
		return out, nil
	}
	idx, ids := indexViews(out)
	for _, part := range chunks(ids, 500) {
		in := func(q *gorm.DB) *gorm.DB { return q.Where("x.statement_id IN ?", part) }
		if err := addParties(db, in, out, idx); err != nil {
			return nil, fmt.Errorf("read statement parties: %w", err)
		}
		if err := addTags(db, in, out, idx); err != nil {
			return nil, fmt.Errorf("read statement tags: %w", err)
		}
	}
	return out, nil
}

// scanViews scans the rows of viewsQuery; with times non-nil, the rows
// end in created_at and updated_at, which go to times.
func scanViews(q *gorm.DB, times map[int64]StatementTime) ([]StatementView, error) {
	rows, err := q.Rows()
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []StatementView
	var v StatementView
	var t StatementTime
	var topic, reported, speaker, source sql.NullInt64
	dest := []any{&v.ID, &v.DialogueID, &topic, &v.Position, &v.Kind, &v.Text,
		&reported, &v.ReportedByName, &speaker, &v.SpeakerName, &v.SpeakerRole,
		&source, &v.Start, &v.End, &v.NoteCount, &v.LinkCount}
	if times != nil {
		dest = append(dest, timeText{&t.CreatedAt}, timeText{&t.UpdatedAt})
	}
	for rows.Next() {
		v = StatementView{}
		if err := rows.Scan(dest...); err != nil {
			return nil, err
		}
		if times != nil {
			t.ID = v.ID
			times[v.ID] = t
		}
		v.TopicID, v.ReportedByID = nullID(topic), nullID(reported)
		v.SpeakerID, v.SourceID = nullID(speaker), nullID(source)
		out = append(out, v)
	}
	return out, rows.Err()
}

func nullID(n sql.NullInt64) *int64 {
	if !n.Valid {
		return nil
	}
	return &n.Int64
}

// scopeIDs restricts a query over a join table aliased x to the
// statements wanted.
type scopeIDs func(q *gorm.DB) *gorm.DB

func addParties(db *gorm.DB, in scopeIDs, out []StatementView, idx map[int64]int) error {
	rows, err := in(db.Table("statement_parties x").Select("x.statement_id, x.party_id")).Order("x.statement_id, x.party_id").Rows()
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var sid, pid int64
		if err := rows.Scan(&sid, &pid); err != nil {
			return err
		}
		if i, ok := idx[sid]; ok {
			out[i].PartyIDs = append(out[i].PartyIDs, pid)
		}
	}
	return rows.Err()
}

// addTags adds each statement's tags in name order. The tags themselves
// are read once: joining them to every row and sorting all rows by name
// cost more than the rest of the query.
func addTags(db *gorm.DB, in scopeIDs, out []StatementView, idx map[int64]int) error {
	var tags []TagRef
	if err := db.Table("tags").Select("id, name, color").Scan(&tags).Error; err != nil {
		return err
	}
	byID := make(map[int64]TagRef, len(tags))
	for _, t := range tags {
		byID[t.ID] = t
	}
	rows, err := in(db.Table("statement_tags x").Select("x.statement_id, x.tag_id")).Order("x.statement_id, x.tag_id").Rows()
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var sid, tid int64
		if err := rows.Scan(&sid, &tid); err != nil {
			return err
		}
		i, ok := idx[sid]
		t, known := byID[tid]
		if !ok || !known {
			continue
		}
		ts := append(out[i].Tags, t)
		for k := len(ts) - 1; k > 0 && ts[k].Name < ts[k-1].Name; k-- {
			ts[k], ts[k-1] = ts[k-1], ts[k]
		}
		out[i].Tags = ts
	}
	return rows.Err()
}
