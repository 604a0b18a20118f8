package storage

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
	"unsafe"

	"gorm.io/gorm"
)

// BulkProgress is told how many of the statements are stored so far.
type BulkProgress func(done, total int)

// bulkRows is how many statements one INSERT carries where they go
// packed as one JSON value (packedStatements).
const bulkRows = 1024

// boundRows is how many statements one multi-row INSERT with a
// placeholder per value carries (boundStatements). The driver's cost of
// binding grows with the number of parameters of one statement, so a
// modest batch beats both one row and a thousand (32–64 rows was the
// sweet spot).
const boundRows = 48

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
		b := bulkWriter{ctx: ctx, d: s.d, pool: tx.Statement.ConnPool, now: storedTime(time.Now()), author: s.Author()}
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
	author  string  // names the new statements' maker, unless keep
	parties []int64 // statement_id, party_id pairs
	tags    []int64
	buf     []byte // the packed rows of the last batch (packedStatements)
	texts   []byte // the texts of the last run (runStatements)
}

// insert stores in, bulkRows statements to an INSERT, then their parties
// and tags, telling progress how far it is. ids are the statements' new
// ids (see dialect.reserveIDs), nil when they keep their own.
func (b *bulkWriter) insert(in []StatementInput, ids []int64, progress BulkProgress) error {
	for start := 0; start < len(in); start += bulkRows {
		if progress != nil && start%(bulkRows*4) == 0 {
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
	for i := range rows {
		st := &rows[i].Statement
		if !b.keep {
			st.ID = ids[i]
			st.CreatedAt, st.UpdatedAt = b.now, b.now
			if st.CreatedBy == "" {
				st.CreatedBy = b.author
			}
			if st.UpdatedBy == "" {
				st.UpdatedBy = b.author
			}
		}
		st.CreatedAt, st.UpdatedAt = storedTime(st.CreatedAt), storedTime(st.UpdatedAt)
		b.parties = appendPairs(b.parties, st.ID, rows[i].PartyIDs)
		b.tags = appendPairs(b.tags, st.ID, rows[i].TagIDs)
	}
	if q := b.d.packedRunInsert(); q != "" && b.isRun(rows) {
		return b.runStatements(q, rows)
	}
	// Runs of rows that pack go packed, the others bound.
	packed := b.d.packedInsert("statements", statementCols, statementColCount)
	for len(rows) > 0 {
		n, pack := 1, packed != "" && packable(&rows[0].Statement)
		for n < len(rows) && (packed != "" && packable(&rows[n].Statement)) == pack {
			n++
		}
		var err error
		if pack {
			err = b.packedStatements(packed, rows[:n])
		} else {
			err = b.boundStatements(rows[:n])
		}
		if err != nil {
			return err
		}
		rows = rows[n:]
	}
	return b.joinsDue()
}

// joinsDue stores the parties and tags gathered so far once there are
// enough for an INSERT.
func (b *bulkWriter) joinsDue() error {
	if len(b.parties) >= joinRows*2 || len(b.tags) >= joinRows*2 {
		return b.flushJoins()
	}
	return nil
}

// packable reports whether st can go packed: SQLite's JSON ends a string
// at an escaped NUL.
func packable(st *Statement) bool {
	for _, s := range []string{st.Text, string(st.Kind), st.CreatedBy, st.UpdatedBy} {
		if strings.IndexByte(s, 0) >= 0 {
			return false
		}
	}
	return true
}

// packedStatements inserts rows as one JSON text that the database
// unpacks (dialect.packedInsert, the INSERT given as q): the SQLite
// driver prepares every INSERT anew and binds each value behind a mutex,
// which made parsing and binding 48 rows of placeholders a third of the
// insert.
func (b *bulkWriter) packedStatements(q string, rows []StatementInput) error {
	buf := b.buf[:0]
	buf = append(buf, '[')
	for i := range rows {
		st := &rows[i].Statement
		if i > 0 {
			buf = append(buf, ',')
		}
		buf = append(buf, '[')
		buf = strconv.AppendInt(buf, st.ID, 10)
		buf = append(buf, ',')
		buf = strconv.AppendInt(buf, st.DialogueID, 10)
		buf = appendJSONID(buf, st.TopicID)
		buf = append(buf, ',')
		buf = strconv.AppendInt(buf, st.Position, 10)
		buf = append(buf, ',')
		buf = appendJSONString(buf, string(st.Kind))
		buf = append(buf, ',')
		buf = appendJSONString(buf, st.Text)
		buf = appendJSONID(buf, st.ReportedByID)
		buf = appendJSONID(buf, st.SpeakerID)
		buf = appendJSONID(buf, st.SourceID)
		buf = append(buf, ',')
		buf = strconv.AppendInt(buf, int64(st.Start), 10)
		buf = append(buf, ',')
		buf = strconv.AppendInt(buf, int64(st.End), 10)
		// As the SQLite driver writes a bound time.Time.
		buf = append(buf, ',', '"')
		buf = st.CreatedAt.AppendFormat(buf, driverTimeLayouts[0])
		buf = append(buf, '"', ',', '"')
		buf = st.UpdatedAt.AppendFormat(buf, driverTimeLayouts[0])
		buf = append(buf, '"', ',')
		buf = strconv.AppendInt(buf, max(st.Version, 1), 10)
		buf = append(buf, ',')
		buf = appendJSONString(buf, st.CreatedBy)
		buf = append(buf, ',')
		buf = appendJSONString(buf, st.UpdatedBy)
		buf = append(buf, ']')
	}
	buf = append(buf, ']')
	b.buf = buf
	_, err := b.pool.ExecContext(b.ctx, q, bytesText(buf))
	return err
}

// bytesText is buf as a string without a copy, for a value the driver
// copies into SQLite's memory as it binds it; buf must not change until
// the statement has run. The packed rows are written into one buffer, kept
// from batch to batch: a new buffer and its copy as a string for each of
// the 100 batches of a 100k import-json were 80 MB of garbage that took
// the import's peak to 254 MB.
func bytesText(buf []byte) string {
	if len(buf) == 0 {
		return ""
	}
	return unsafe.String(&buf[0], len(buf))
}

// boundStatements inserts rows with one placeholder per value, boundRows
// rows to an INSERT.
func (b *bulkWriter) boundStatements(rows []StatementInput) error {
	for start := 0; start < len(rows); start += boundRows {
		part := rows[start:min(start+boundRows, len(rows))]
		args := make([]any, 0, len(part)*statementColCount)
		for i := range part {
			st := &part[i].Statement
			args = append(args, st.ID, st.DialogueID, st.TopicID, st.Position, string(st.Kind), st.Text,
				st.ReportedByID, st.SpeakerID, st.SourceID, st.Start, st.End, st.CreatedAt, st.UpdatedAt,
				max(st.Version, 1), st.CreatedBy, st.UpdatedBy)
		}
		q := "INSERT INTO statements (" + statementCols + ") VALUES " + b.d.placeholders(len(part), statementColCount)
		if _, err := b.pool.ExecContext(b.ctx, q, args...); err != nil {
			return err
		}
	}
	return nil
}

// appendJSONID appends a comma and id, or null.
func appendJSONID(buf []byte, id *int64) []byte {
	if id == nil {
		return append(buf, ",null"...)
	}
	return strconv.AppendInt(append(buf, ','), *id, 10)
}

// appendJSONString appends s as a JSON string that SQLite reads back byte
// for byte: quotes, backslashes and controls escaped, every other byte as
// it is.
func appendJSONString(buf []byte, s string) []byte {
	const hex = "0123456789abcdef"
	buf = append(buf, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' {
			continue
		}
		buf = append(buf, s[start:i]...)
		switch c {
		case '"', '\\':
			buf = append(buf, '\\', c)
		default:
			buf = append(buf, '\\', 'u', '0', '0', hex[c>>4], hex[c&15])
		}
		start = i + 1
	}
	buf = append(buf, s[start:]...)
	return append(buf, '"')
}

// appendPairs adds (id, x) for every distinct x of xs.
func appendPairs(dst []int64, id int64, xs []int64) []int64 {
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

// pairBits: a (statement, party or tag) pair goes to SQLite packed as one
// number, the statement's ID shifted left by pairBits and the other's ID
// in the low bits, when both fit (pairsFit). SQLite takes a number out of
// JSON as it is, where a pair given as [s, p] is written out again as JSON
// text and parsed once more for each of its two values: storing 400 pairs
// took 5.8 times as long that way (0.36 of the 3.5 s of a 100k import-json).
const pairBits = 23

// pairsFit reports whether every pair of rows packs into one number.
func pairsFit(rows []int64) bool {
	for i := 0; i+1 < len(rows); i += 2 {
		if rows[i] <= 0 || rows[i] >= 1<<(63-pairBits) || rows[i+1] <= 0 || rows[i+1] >= 1<<pairBits {
			return false
		}
	}
	return true
}

func (b *bulkWriter) flushJoins() error {
	for _, j := range []struct {
		table, col string
		rows       *[]int64
	}{{"statement_parties", "party_id", &b.parties}, {"statement_tags", "tag_id", &b.tags}} {
		rows := *j.rows
		cols := "statement_id, " + j.col
		if b.d.packedInsert(j.table, cols, 2) != "" && len(rows) > 0 && pairsFit(rows) {
			// One JSON array of numbers, each a pair (see pairBits).
			buf := make([]byte, 0, 2+len(rows)*8)
			buf = append(buf, '[')
			for i := 0; i+1 < len(rows); i += 2 {
				if i > 0 {
					buf = append(buf, ',')
				}
				buf = strconv.AppendInt(buf, rows[i]<<pairBits|rows[i+1], 10)
			}
			buf = append(buf, ']')
			q := fmt.Sprintf("INSERT INTO %s (%s) SELECT value >> %d, value & %d FROM json_each(?)", j.table, cols, pairBits, int64(1)<<pairBits-1)
			if _, err := b.pool.ExecContext(b.ctx, q, string(buf)); err != nil {
				return fmt.Errorf("store %s: %w", j.table, err)
			}
			rows = nil
		}
		if q := b.d.packedInsert(j.table, cols, 2); q != "" && len(rows) > 0 {
			// One JSON array of pairs (see packedStatements).
			buf := make([]byte, 0, 2+len(rows)*12)
			buf = append(buf, '[')
			for i := 0; i+1 < len(rows); i += 2 {
				if i > 0 {
					buf = append(buf, ',')
				}
				buf = append(buf, '[')
				buf = strconv.AppendInt(buf, rows[i], 10)
				buf = append(buf, ',')
				buf = strconv.AppendInt(buf, rows[i+1], 10)
				buf = append(buf, ']')
			}
			buf = append(buf, ']')
			if _, err := b.pool.ExecContext(b.ctx, q, string(buf)); err != nil {
				return fmt.Errorf("store %s: %w", j.table, err)
			}
			rows = nil
		}
		for len(rows) > 0 {
			n := min(len(rows), joinRows*2)
			args := make([]any, n)
			for i, v := range rows[:n] {
				args[i] = v
			}
			q := fmt.Sprintf("INSERT INTO %s (%s) VALUES %s", j.table, cols, b.d.placeholders(n/2, 2))
			if _, err := b.pool.ExecContext(b.ctx, q, args...); err != nil {
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
