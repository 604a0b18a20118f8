package storage

import (
	"context"
	"fmt"
)

// CountStatements counts the statements f selects, e.g. to tell the user
// how many statements a deletion touches before they confirm it.
func (s *Store) CountStatements(ctx context.Context, f StatementFilter) (int64, error) {
	var n int64
	if err := f.where(s.read(ctx).Table("statements s")).Count(&n).Error; err != nil {
		return 0, fmt.Errorf("count statements: %w", err)
	}
	return n, nil
}
