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
	var rows []StatementTime
	q := f.where(s.read(ctx).Table("statements s").Select("s.id, s.created_at, s.updated_at"))
	if err := q.Scan(&rows).Error; err != nil {
		return nil, fmt.Errorf("read statement times: %w", err)
	}
	out := make(map[int64]StatementTime, len(rows))
	for _, r := range rows {
		out[r.ID] = r
	}
	return out, nil
}
