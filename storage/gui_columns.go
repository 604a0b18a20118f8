package storage

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"

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
	q := viewsQuery(db, s.d, f, limit, false, false)
	out, _, err := scanViews(q, false, nil)
	if err != nil {
		return nil, fmt.Errorf("read statements: %w", err)
	}
	if len(out) == 0 {
		return out, nil
	}
	idx, ids := indexViews(out)
	for _, part := range chunks(ids, 500) {
		in := func(q *gorm.DB) *gorm.DB { return q.Where("x.statement_id IN ?", part) }
		if err := addParties(db, s.d, in, out, idx); err != nil {
			return nil, fmt.Errorf("read statement parties: %w", err)
		}
		if err := addTags(db, s.d, in, out, idx); err != nil {
			return nil, fmt.Errorf("read statement tags: %w", err)
		}
	}
	return out, nil
}

// scanViews scans the rows of viewsQuery, each packed into one column
// (viewsSelect); timed rows end in created_at and updated_at, returned by
// statement ID; with bad set, a time that is none reads as the zero time
// and is noted there.
func scanViews(q *gorm.DB, timed bool, bad *BadTimes) ([]StatementView, map[int64]StatementTime, error) {
	rows, err := q.Rows()
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	// Rows gather in blocks, copied once into out: appending 100k views
	// one by one allocated five times their size as the slice grew.
	var blocks [][]StatementView
	block := make([]StatementView, 0, 256)
	var ts []StatementTime // gathered, then mapped at the map's final size
	var packed string
	for rows.Next() {
		if err := rows.Scan(&packed); err != nil {
			return nil, nil, err
		}
		p := newPackedRow(packed)
		v := StatementView{ID: p.num(), DialogueID: p.num(), TopicID: p.id(), Position: p.num(),
			Kind: Kind(p.string()), Text: p.string(), ReportedByID: p.id(), ReportedByName: p.string(),
			SpeakerID: p.id(), SpeakerName: p.string(), SpeakerRole: p.string(), SourceID: p.id()}
		v.Start, v.End, v.NoteCount, v.LinkCount = p.int(), p.int(), p.int(), p.int()
		if timed {
			t := StatementTime{ID: v.ID}
			var created, updated badText
			p.time(&t.CreatedAt, bad.spot(&created))
			p.time(&t.UpdatedAt, bad.spot(&updated))
			bad.note("statements", v.ID, created, updated)
			ts = append(ts, t)
		}
		if err := p.done(); err != nil {
			return nil, nil, err
		}
		if len(block) == cap(block) {
			blocks = append(blocks, block)
			block = make([]StatementView, 0, min(2*cap(block), 16<<10))
		}
		block = append(block, v)
	}
	if err := rows.Err(); err != nil {
		return nil, nil, err
	}
	var times map[int64]StatementTime
	if timed {
		times = make(map[int64]StatementTime, len(ts))
		for _, t := range ts {
			times[t.ID] = t
		}
	}
	if len(blocks) == 0 {
		return block, times, nil
	}
	n := len(block)
	for _, b := range blocks {
		n += len(b)
	}
	out := make([]StatementView, 0, n)
	for _, b := range blocks {
		out = append(out, b...)
	}
	return append(out, block...), times, nil
}

// scopeIDs restricts a query over a join table aliased x to the
// statements wanted.
type scopeIDs func(q *gorm.DB) *gorm.DB

// addParties adds each statement's parties in ID order.
func addParties(db *gorm.DB, d dialect, in scopeIDs, out []StatementView, idx viewIndex) error {
	return scanPairs(in(db.Table("statement_parties x")), d, "x.party_id", func(sid, pid int64) {
		if i, ok := idx.at(sid); ok {
			ps := append(out[i].PartyIDs, pid)
			for k := len(ps) - 1; k > 0 && ps[k] < ps[k-1]; k-- {
				ps[k], ps[k-1] = ps[k-1], ps[k]
			}
			out[i].PartyIDs = ps
		}
	})
}

// scanPairs calls add with each row's statement_id and col, in no
// particular order. The database concatenates all pairs into one value
// (dialect.concatAll): through the SQLite driver, two columns of a row
// cost more than the row's concatenation (see packedRow).
func scanPairs(q *gorm.DB, d dialect, col string, add func(sid, v int64)) error {
	var packed sql.NullString
	if err := q.Select(d.concatAll("x.statement_id || ' ' || "+col, "' '")).Row().Scan(&packed); err != nil {
		return err
	}
	s := packed.String
	var pair [2]int64
	for k := 0; s != ""; k++ {
		end := strings.IndexByte(s, ' ')
		if end < 0 {
			end = len(s)
		}
		v, err := strconv.ParseInt(s[:end], 10, 64)
		if err != nil {
			return fmt.Errorf("read %s: %q is not an integer", col, s[:end])
		}
		pair[k%2] = v
		if k%2 == 1 {
			add(pair[0], pair[1])
		}
		s = s[min(end+1, len(s)):]
	}
	return nil
}

// addTags adds each statement's tags in name order. The tags themselves
// are read once: joining them to every row and sorting all rows by name
// cost more than the rest of the query.
func addTags(db *gorm.DB, d dialect, in scopeIDs, out []StatementView, idx viewIndex) error {
	var tags []TagRef
	if err := db.Table("tags").Select("id, name, color").Scan(&tags).Error; err != nil {
		return err
	}
	byID := make(map[int64]TagRef, len(tags))
	for _, t := range tags {
		byID[t.ID] = t
	}
	return scanPairs(in(db.Table("statement_tags x")), d, "x.tag_id", func(sid, tid int64) {
		i, ok := idx.at(sid)
		t, known := byID[tid]
		if !ok || !known {
			return
		}
		ts := append(out[i].Tags, t)
		for k := len(ts) - 1; k > 0 && ts[k].Name < ts[k-1].Name; k-- {
			ts[k], ts[k-1] = ts[k-1], ts[k]
		}
		out[i].Tags = ts
	})
}
