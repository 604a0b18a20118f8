package storage

import (
	"context"
	"fmt"
	"time"
)

// StatementTime is when a statement was created and last changed; the
// exports need it and StatementView leaves it out to stay small.
type StatementTime struct {
	ID        int64
	CreatedAt time.Time
	UpdatedAt time.Time
}

// StatementTimes returns, by statement ID, the creation and change times
// of the statements f selects, in one query.
func (s *Store) StatementTimes(ctx context.Context, f StatementFilter) (map[int64]StatementTime, error) {
	q := f.where(s.read(ctx).Table("statements s").Select("s.id, s.created_at, s.updated_at"))
	rows, err := q.Rows()
	if err != nil {
		return nil, fmt.Errorf("read statement times: %w", err)
	}
	defer rows.Close()
	out := map[int64]StatementTime{}
	bad := badTimesOf(ctx)
	for rows.Next() { // by hand: gorm's reflection per row costs more than the query
		var r StatementTime
		var created, updated badText
		if err := rows.Scan(&r.ID, timeText{&r.CreatedAt, bad.spot(&created)}, timeText{&r.UpdatedAt, bad.spot(&updated)}); err != nil {
			return nil, fmt.Errorf("read statement times: %w", err)
		}
		bad.note("statements", r.ID, created, updated)
		out[r.ID] = r
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read statement times: %w", err)
	}
	return out, nil
}

// TimedViews returns what StatementViews returns for f (every statement
// it selects) and, by statement ID, their times, read in the same pass
// over the statements: a second query over them cost a quarter of a
// whole-project CSV export.
func (s *Store) TimedViews(ctx context.Context, f StatementFilter) ([]StatementView, map[int64]StatementTime, error) {
	var times map[int64]StatementTime
	vs, err := viewed(ctx, s, func(ctx context.Context) (vs []StatementView, err error) {
		vs, times, err = s.statementViews(ctx, f, 0, true)
		return vs, err
	})
	if err != nil {
		return nil, nil, err
	}
	return vs, times, nil
}
