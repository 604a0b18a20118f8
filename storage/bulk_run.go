package storage

import (
	"strconv"
	"strings"
)

// A run is what an import stores: new statements numbered one after the
// other, at consecutive positions of one dialogue, from one source, by
// one author at one time. Such rows go packed with only what differs
// from row to row in the JSON (topic, kind, reporting party, speaker,
// span), the rest bound once, and the texts beside it as one blob that
// SQLite cuts up by byte offsets (dialect.packedRunInsert). SQLite reads
// a JSON value again for every ->> (its cache of parsed JSON is found by
// comparing the whole text), so the sixteen columns of a row of
// packedStatements, its text among them, were read sixteen times: that
// took 40% of the time of storing the 333,909 statements of a 50 MB
// text (docs/import.md).

// isRun reports whether rows, numbered and stamped by statements, form a
// run. The texts go as bytes, so they may hold anything; a kind goes
// in the JSON, which SQLite ends at an escaped NUL (see packable).
func (b *bulkWriter) isRun(rows []StatementInput) bool {
	if b.keep || len(rows) == 0 {
		return false
	}
	f := &rows[0].Statement
	for i := range rows {
		st := &rows[i].Statement
		if st.ID != f.ID+int64(i) || st.Position != f.Position+int64(i) || st.DialogueID != f.DialogueID ||
			!sameID(st.SourceID, f.SourceID) || st.CreatedBy != f.CreatedBy || st.UpdatedBy != f.UpdatedBy ||
			max(st.Version, 1) != 1 || !st.CreatedAt.Equal(b.now) || !st.UpdatedAt.Equal(b.now) || strings.IndexByte(string(st.Kind), 0) >= 0 {
			return false
		}
	}
	return true
}

func sameID(a, b *int64) bool { return a == nil && b == nil || a != nil && b != nil && *a == *b }

// runStatements inserts a run with q (dialect.packedRunInsert): ?1 the
// rows as [topic, kind, text offset (from 1), text length, reporting
// party, speaker, start, end], ?2 the first ID, ?3 the dialogue, ?4 the
// first position, ?5 the texts, ?6 the source, ?7 the time, ?8 and ?9
// the author.
func (b *bulkWriter) runStatements(q string, rows []StatementInput) error {
	buf, texts := b.buf[:0], b.texts[:0]
	buf = append(buf, '[')
	for i := range rows {
		st := &rows[i].Statement
		if i > 0 {
			buf = append(buf, ',')
		}
		buf = append(buf, '[')
		if st.TopicID == nil {
			buf = append(buf, "null"...)
		} else {
			buf = strconv.AppendInt(buf, *st.TopicID, 10)
		}
		buf = append(buf, ',')
		buf = appendJSONString(buf, string(st.Kind))
		buf = append(buf, ',')
		buf = strconv.AppendInt(buf, int64(len(texts)+1), 10)
		buf = append(buf, ',')
		buf = strconv.AppendInt(buf, int64(len(st.Text)), 10)
		texts = append(texts, st.Text...)
		buf = appendJSONID(buf, st.ReportedByID)
		buf = appendJSONID(buf, st.SpeakerID)
		buf = append(buf, ',')
		buf = strconv.AppendInt(buf, int64(st.Start), 10)
		buf = append(buf, ',')
		buf = strconv.AppendInt(buf, int64(st.End), 10)
		buf = append(buf, ']')
	}
	buf = append(buf, ']')
	b.buf, b.texts = buf, texts
	f := &rows[0].Statement
	var source any
	if f.SourceID != nil {
		source = *f.SourceID
	}
	// As the SQLite driver writes a bound time.Time.
	at := string(b.now.AppendFormat(nil, driverTimeLayouts[0]))
	_, err := b.pool.ExecContext(b.ctx, q, bytesText(buf), f.ID, f.DialogueID, f.Position, texts, source, at, f.CreatedBy, f.UpdatedBy)
	if err != nil {
		return err
	}
	return b.joinsDue()
}
