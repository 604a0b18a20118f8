package storage

import (
	"context"
	"database/sql"
	"reflect"
	"testing"
	"time"

	"parley/storage/pgtest"
)

// The views arrive packed into one JSON array per row (packedRow); every
// field must come back exactly as the columns hold it, whatever the text:
// quotes, backslashes, NUL and other controls, invalid UTF-8, text stored
// as a blob, numbers stored in a text column, missing speakers and
// topics.
func TestPackedViewsMatchTheColumns(t *testing.T) {
	f := mustFixture(t)
	ctx := context.Background()
	w := f.s.w
	speaker := Speaker{Name: `Wang "Yi" \ 王毅`, Role: "Minister\x1b[2J\x01", PartyID: &f.china.ID}
	if err := w.Create(&speaker).Error; err != nil {
		t.Fatal(err)
	}
	texts := []any{
		`He said "no" \ and \u0041 twice`,
		"NUL\x00inside, bell\x07, escape\x1b]0;title\x07, DEL\x7f, C1\u0085, newline\nand tab\t, CR\r",
		"bad UTF-8 \xff\xfe and an override \u202e and emoji 🙂 and U+2028 \u2028",
		[]byte("a blob with \"quotes\" and \x00"),
		"",
	}
	kind := any(42)        // a number in a text column
	if pgtest.Postgres() { // which holds neither NUL, bad UTF-8 nor blobs in text
		texts = []any{`He said "no" \ and \u0041 twice`, "bell\x07, escape\x1b]0;title\x07, DEL\x7f, C1\u0085, newline\nand tab\t, CR\r",
			"an override \u202e and emoji 🙂 and U+2028 \u2028", "[1, 2]", ""}
		kind = "concern"
	}
	ids := []int64{f.cn1.ID, f.eu1.ID, f.joint.ID}
	for i, txt := range texts[:3] {
		if err := w.Exec("UPDATE statements SET text = ?, speaker_id = ? WHERE id = ?", txt, speaker.ID, ids[i]).Error; err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Exec("UPDATE statements SET kind = ?, topic_id = NULL WHERE id = ?", kind, f.joint.ID).Error; err != nil {
		t.Fatal(err)
	}
	for _, txt := range texts[3:] {
		in := StatementInput{Statement: Statement{DialogueID: f.d.ID, Kind: KindPosition, Text: "x"}, PartyIDs: []int64{f.eu.ID}}
		if err := f.s.CreateStatement(ctx, &in); err != nil {
			t.Fatal(err)
		}
		if err := w.Exec("UPDATE statements SET text = ? WHERE id = ?", txt, in.Statement.ID).Error; err != nil {
			t.Fatal(err)
		}
	}
	want := columnViews(t, f.s)
	for _, filter := range []StatementFilter{{}, {DialogueID: f.d.ID}} {
		views, times, err := f.s.TimedViews(ctx, filter)
		if err != nil {
			t.Fatal(err)
		}
		if len(views) != len(want) {
			t.Fatalf("filter %+v: %d views, want %d", filter, len(views), len(want))
		}
		for i, v := range views {
			v.PartyIDs, v.Tags = nil, nil
			if !reflect.DeepEqual(v, want[i]) {
				t.Errorf("filter %+v: view\n%#v\nwant\n%#v", filter, v, want[i])
			}
			if times[v.ID].CreatedAt.IsZero() {
				t.Errorf("statement %d: no time", v.ID)
			}
		}
	}
}

// columnViews reads the views' fields column by column, the way the
// driver hands them over, as the reference for the packed rows.
func columnViews(t *testing.T, s *Store) []StatementView {
	t.Helper()
	rows, err := s.r.Raw(`SELECT s.id, s.dialogue_id, s.topic_id, s.position, CAST(s.kind AS TEXT), CAST(s.text AS TEXT),
		s.reported_by_id, coalesce(rp.name, ''), s.speaker_id, coalesce(sp.name, ''), coalesce(sp.role, ''),
		s.source_id, s.start, s."end",
		(SELECT count(*) FROM notes n WHERE n.statement_id = s.id),
		(SELECT count(*) FROM links l WHERE l.from_id = s.id) + (SELECT count(*) FROM links l WHERE l.to_id = s.id)
		FROM statements s LEFT JOIN parties rp ON rp.id = s.reported_by_id LEFT JOIN speakers sp ON sp.id = s.speaker_id
		ORDER BY s.dialogue_id, s.position, s.id`).Rows()
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []StatementView
	for rows.Next() {
		var v StatementView
		var topic, reported, speaker, source sql.NullInt64
		if err := rows.Scan(&v.ID, &v.DialogueID, &topic, &v.Position, &v.Kind, &v.Text, &reported, &v.ReportedByName,
			&speaker, &v.SpeakerName, &v.SpeakerRole, &source, &v.Start, &v.End, &v.NoteCount, &v.LinkCount); err != nil {
			t.Fatal(err)
		}
		id := func(n sql.NullInt64) *int64 {
			if !n.Valid {
				return nil
			}
			return &n.Int64
		}
		v.TopicID, v.ReportedByID, v.SpeakerID, v.SourceID = id(topic), id(reported), id(speaker), id(source)
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// A packed row that is not what viewsSelect makes is an error, never a
// wrong view.
func TestPackedRowRefusesMalformedRows(t *testing.T) {
	for _, s := range []string{``, `{}`, `[1,2`, `["open`, `[1,"a\`, `[1.5,"a"]`, `[1,"a",3]`, `[1,"\q"]`, `[1,"\u12"]`} {
		p := newPackedRow(s)
		p.num()
		_ = p.string()
		if err := p.done(); err == nil {
			t.Errorf("%q: no error", s)
		}
	}
	p := newPackedRow(`[null,"\ud83d\ude42 \u00e9\n\"\\\/",7]`)
	if id, s, n := p.id(), p.string(), p.num(); id != nil || s != "🙂 é\n\"\\/" || n != 7 || p.done() != nil {
		t.Errorf("got %v %q %d %v", id, s, n, p.done())
	}
}

// parseUTCText is a shortcut for gorm's UTC layout: where it answers, it
// answers what time.ParseInLocation does.
func TestParseUTCTextMatchesParse(t *testing.T) {
	var texts []string
	for _, frac := range []string{"", ".1", ".123", ".123456", ".123456789", ".1234567890", "."} {
		for _, day := range []string{"2026-12-06 16:11:01", "2024-02-29 23:59:59", "2025-02-29 00:00:00", "2026-04-31 12:00:00",
			"2026-13-01 00:00:00", "2026-00-10 00:00:00", "2026-01-01 24:00:00", "2026-01-01 10:60:00", "2026-01-01 10:00:60",
			"0000-01-01 00:00:00", "2026-1-01 00:00:00x", "2026/01/01 00:00:00", "+026-01-01 00:00:00"} {
			for _, zone := range []string{"+00:00", "+01:00", "Z", ""} {
				texts = append(texts, day+frac+zone)
			}
		}
	}
	for _, s := range texts {
		got, ok := parseUTCText(s)
		want, err := time.ParseInLocation(driverTimeLayouts[0], s, time.UTC)
		if !ok {
			continue
		}
		if err != nil || !got.Equal(want) || got.Location() != want.Location() {
			t.Errorf("%q: got %v, want %v (%v)", s, got, want, err)
		}
	}
	if _, ok := parseUTCText("2026-12-06 16:11:01.606966984+00:00"); !ok {
		t.Error("gorm's own text took the slow way")
	}
}
