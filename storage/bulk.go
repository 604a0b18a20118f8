package storage

import (
	"context"
	"fmt"
	"os"
	"time"

	"gorm.io/gorm"
)

// BulkProgress is told how many of the statements are stored so far.
type BulkProgress func(done, total int)

// bulkRows is how many statements one multi-row INSERT carries. The
// driver's cost of binding grows with the number of parameters of one
// statement, so a modest batch beats both one row and a thousand (measured
// in bench_test.go: 32–64 rows is the sweet spot).
const bulkRows = 48

// statementColCount is how many columns statementCols names.
const statementColCount = 16

const statementCols = `id, dialogue_id, topic_id, position, kind, text, reported_by_id, speaker_id, source_id, start, "end", created_at, updated_at, version, created_by, updated_by`

// InsertStatements stores many statements in one transaction, far faster
// than CreateStatement one by one: multi-row INSERTs on the transaction's
// own connection without gorm's per-row reflection, and the search index
// filled once at the end. Missing positions follow the dialogue's last
// one. The IDs are set on return; on error nothing is stored.
func (s *Store) InsertStatements(ctx context.Context, in []StatementInput, progress BulkProgress) error {
	for i := range in {
		if err := checkStatement(&in[i].Statement); err != nil {
			return fmt.Errorf("statement %d of %d: %w", i+1, len(in), err)
		}
	}
	if len(in) == 0 {
		return nil
	}
	err := s.write(ctx, "store statements", func(tx *gorm.DB) error {
		ids, err := s.d.reserveIDs(tx, "statements", len(in))
		if err != nil {
			return err
		}
		if err := assignPositions(tx, in); err != nil {
			return err
		}
		if err := s.d.pauseStatementIndex(tx); err != nil {
			return err
		}
		b := bulkWriter{ctx: ctx, d: s.d, pool: tx.Statement.ConnPool, now: storedTime(time.Now())}
		if err := b.insert(in, ids, progress); err != nil {
			return err
		}
		return s.d.resumeStatementIndex(tx, ids[0]-1)
	})
	if err != nil {
		for i := range in {
			in[i].ID = 0
		}
		return err
	}
	if progress != nil {
		progress(len(in), len(in))
	}
	return nil
}

// assignPositions gives every statement without a position the next one of
// its dialogue.
func assignPositions(tx *gorm.DB, in []StatementInput) error {
	next := map[int64]int64{}
	for i := range in {
		st := &in[i].Statement
		p, ok := next[st.DialogueID]
		if !ok {
			err := tx.Model(&Statement{}).Where("dialogue_id = ?", st.DialogueID).Select("coalesce(max(position), 0)").Scan(&p).Error
			if err != nil {
				return fmt.Errorf("read positions of dialogue %d: %w", st.DialogueID, err)
			}
		}
		if st.Position == 0 {
			st.Position = p + 1
		}
		next[st.DialogueID] = max(p, st.Position)
	}
	return nil
}

// bulkWriter batches rows into multi-row INSERTs on one connection. It is
// the one bulk writer of statements: InsertStatements, ImportSource and
// WriteRows all store theirs through it.
type bulkWriter struct {
	ctx  context.Context
	d    dialect
	pool gorm.ConnPool
	now  time.Time
	// keep stores the statements with the IDs and times they carry (a
	// whole project loaded by WriteRows) instead of numbering them after
	// the last ID and stamping them now.
	keep    bool
	parties []any // statement_id, party_id pairs
	tags    []any
}

// insert stores in, bulkRows statements to an INSERT, then their parties
// and tags, telling progress how far it is. ids are the statements' new
// ids (see dialect.reserveIDs), nil when they keep their own.
func (b *bulkWriter) insert(in []StatementInput, ids []int64, progress BulkProgress) error {
	for start := 0; start < len(in); start += bulkRows {
		if progress != nil && start%(bulkRows*64) == 0 {
			progress(start, len(in))
		}
		end := min(start+bulkRows, len(in))
		var batch []int64
		if ids != nil {
			batch = ids[start:end]
		}
		if err := b.statements(in[start:end], batch); err != nil {
			return fmt.Errorf("statements %d–%d of %d: %w", start+1, end, len(in), err)
		}
	}
	return b.flushJoins()
}

// joinRows is how many (statement, party) pairs one INSERT carries.
const joinRows = 200

// statements stores rows under ids (one each), or under their own ids
// when the writer keeps them.
func (b *bulkWriter) statements(rows []StatementInput, ids []int64) error {
	args := make([]any, 0, len(rows)*13)
	for i := range rows {
		st := &rows[i].Statement
		if !b.keep {
			st.ID = ids[i]
			st.CreatedAt, st.UpdatedAt = b.now, b.now
		}
		st.CreatedAt, st.UpdatedAt = storedTime(st.CreatedAt), storedTime(st.UpdatedAt)
		args = append(args, st.ID, st.DialogueID, st.TopicID, st.Position, string(st.Kind), st.Text,
			st.ReportedByID, st.SpeakerID, st.SourceID, st.Start, st.End, st.CreatedAt, st.UpdatedAt,
			max(st.Version, 1), st.CreatedBy, st.UpdatedBy)
		b.parties = appendPairs(b.parties, st.ID, rows[i].PartyIDs)
		b.tags = appendPairs(b.tags, st.ID, rows[i].TagIDs)
	}
	q := "INSERT INTO statements (" + statementCols + ") VALUES " + b.d.placeholders(len(rows), statementColCount)
	if _, err := b.pool.ExecContext(b.ctx, q, args...); err != nil {
		return err
	}
	if len(b.parties) >= joinRows*2 || len(b.tags) >= joinRows*2 {
		return b.flushJoins()
	}
	return nil
}

// appendPairs adds (id, x) for every distinct x of xs.
func appendPairs(dst []any, id int64, xs []int64) []any {
	for i, x := range xs {
		dup := false
		for _, y := range xs[:i] {
			dup = dup || y == x
		}
		if !dup {
			dst = append(dst, id, x)
		}
	}
	return dst
}

func (b *bulkWriter) flushJoins() error {
	for _, j := range []struct {
		table, col string
		rows       *[]any
	}{{"statement_parties", "party_id", &b.parties}, {"statement_tags", "tag_id", &b.tags}} {
		rows := *j.rows
		for len(rows) > 0 {
			n := min(len(rows), joinRows*2)
			q := fmt.Sprintf("INSERT INTO %s (statement_id, %s) VALUES %s", j.table, j.col, b.d.placeholders(n/2, 2))
			if _, err := b.pool.ExecContext(b.ctx, q, rows[:n]...); err != nil {
				return fmt.Errorf("store %s: %w", j.table, err)
			}
			rows = rows[n:]
		}
		*j.rows = (*j.rows)[:0]
	}
	return nil
}

// SaveCopy writes a consistent copy of the open project to path, a new
// project file (which must not exist), e.g. for a backup or "Save a Copy";
// a team project's copy is a project file holding all of it.
func (s *Store) SaveCopy(ctx context.Context, path string) error {
	if _, err := os.Stat(path); err == nil {
		return newErr(CodeExists, nil, "%s already exists; choose another name", path)
	}
	if err := s.d.saveCopy(ctx, s, path); err != nil {
		return fmt.Errorf("save a copy to %s: %w", path, err)
	}
	return nil
}

// IntegrityCheck runs the database's and the search index's own checks and
// returns "ok" or what is wrong. On a read-only project the search index's
// check is skipped: SQLite runs it as a write.
func (s *Store) IntegrityCheck(ctx context.Context) (string, error) {
	db := s.w
	if db == nil {
		db = s.r
	}
	res, err := s.d.integrityCheck(db.WithContext(ctx), s.w != nil)
	if err != nil {
		return "", fmt.Errorf("check project: %w", err)
	}
	return res, nil
}
