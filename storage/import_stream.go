package storage

import (
	"context"
	"fmt"
	"time"
)

// statementWriter stores an import's statements as they come, a batch at
// a time, with multi-row INSERTs (see bulkWriter): one gorm Create per
// statement and per party took most of a large import's time, and holding
// every statement of a large text until the end took more memory than the
// text. The search trigger is paused for the import and each batch is
// indexed as it is stored (dialect.indexStatements).
type statementWriter struct {
	im                   *importer
	bw                   bulkWriter
	dialogueID, sourceID int64
	progress             BulkProgress
	total                int        // statements expected, for progress (0: not known)
	n                    int        // statements stored so far
	cur                  runeCursor // where the last checked span ended
	pos                  int64      // the dialogue's last position before the import
	firstID              int64      // the first new statement's ID, 0 until one is stored
	indexed              int64      // the last statement indexed for search as it was stored, or 0
	ids                  []int64
	rows                 []StatementInput
}

// indexEvery is how many statements an import stores before it indexes
// them for search. FTS5 writes out what it holds in memory at the end of
// every statement that changes it, so indexing each INSERT's 1,024 rows
// left many small segments for it to merge again: 16,384 rows are about
// as much text as it holds before writing out anyway (1 MB of terms).
const indexEvery = 16384

func (im *importer) newStatementWriter(ctx context.Context, dialogueID int64, src Source, progress BulkProgress) *statementWriter {
	return &statementWriter{im: im, dialogueID: dialogueID, sourceID: src.ID, progress: progress, ids: []int64{},
		bw: bulkWriter{ctx: ctx, d: im.d, pool: im.tx.Statement.ConnPool, now: storedTime(time.Now()), author: im.author}}
}

// add stores in, whose texts are filled in and checked; its parties,
// speakers and topics must be known to the importer or in the project.
func (w *statementWriter) add(in []ImportStatement) error {
	if len(in) == 0 {
		return nil
	}
	if err := w.bw.ctx.Err(); err != nil {
		return err
	}
	if w.firstID == 0 {
		// The first batch: the search index's trigger is paused for the
		// rest of the import (resumed by finish, in the same transaction).
		err := w.im.tx.Model(&Statement{}).Where("dialogue_id = ?", w.dialogueID).Select("coalesce(max(position), 0)").Scan(&w.pos).Error
		if err != nil {
			return fmt.Errorf("read the dialogue's last position: %w", err)
		}
		if err := w.im.d.pauseStatementIndex(w.im.tx); err != nil {
			return err
		}
	}
	for start := 0; start < len(in); start += bulkRows {
		part := in[start:min(start+bulkRows, len(in))]
		if w.progress != nil && w.n%(bulkRows*4) < len(part) {
			w.progress(w.n, max(w.total, w.n))
		}
		newIDs, err := w.im.d.reserveIDs(w.im.tx, "statements", len(part))
		if err != nil {
			return err
		}
		if w.firstID == 0 {
			w.firstID = newIDs[0]
		}
		w.rows = w.rows[:0]
		for i := range part {
			row, err := w.im.row(part[i], w.dialogueID, w.sourceID, w.pos+int64(w.n+i)+1)
			if err != nil {
				return fmt.Errorf("%s: %w", statementNumber(w.n+i, w.total), err)
			}
			w.rows = append(w.rows, row)
		}
		if err := w.bw.statements(w.rows, newIDs); err != nil {
			return fmt.Errorf("statements %d–%d: %w", w.n+1, w.n+len(part), err)
		}
		w.ids = append(w.ids, newIDs...)
		w.n += len(part)
		if last := newIDs[len(newIDs)-1]; last-max(w.indexed, w.firstID-1) >= indexEvery {
			done, err := w.im.d.indexStatements(w.im.tx, max(w.indexed, w.firstID-1)+1, last)
			if err != nil {
				return err
			}
			if done {
				w.indexed = last
			}
		}
	}
	return nil
}

// finish stores what is left of the statements' parties, indexes for
// search any new statements not indexed yet and resumes the search
// trigger; it returns the statements' IDs in order.
func (w *statementWriter) finish() ([]int64, error) {
	if w.firstID != 0 {
		if err := w.bw.flushJoins(); err != nil {
			return nil, err
		}
		if err := w.im.d.resumeStatementIndex(w.im.tx, max(w.firstID-1, w.indexed)); err != nil {
			return nil, err
		}
	}
	if w.progress != nil {
		w.progress(w.n, w.n)
	}
	return w.ids, nil
}
