package storage

import (
	"context"
	"fmt"
	"time"

	"gorm.io/gorm"
)

// ProjectRows is every row of a project with its IDs and time stamps: what
// a whole-project export reads (ReadRows) and an import writes back
// (WriteRows), so that a round trip through JSON keeps every ID and time.
type ProjectRows struct {
	Settings    []Meta // project settings, without the schema version
	Series      []Series
	Dialogues   []Dialogue
	Parties     []Party
	Speakers    []Speaker
	Sources     []Source // with their text
	Topics      []Topic
	Tags        []Tag
	Statements  []StatementInput
	Links       []Link
	Assessments []Assessment
	Notes       []Note
	Register    // from project format 2
	// Unknown lists the kinds, link types and verdicts this Parley does
	// not know that ReadRows or ReadRescue read as known ones, with a
	// note keeping each (see UnknownValue). WriteRows does not use it.
	Unknown []UnknownValue
	checked bool // by CheckRows: WriteRows need not check again
}

// ReadRows reads the whole project in one consistent snapshot, every list
// ordered by ID, the parties and tags of each statement ordered by ID. A
// kind, link type or verdict this Parley does not know is read as a known
// one with a note keeping it (r.Unknown lists them), so that what it
// reads WriteRows takes.
func (s *Store) ReadRows(ctx context.Context) (ProjectRows, error) {
	var r ProjectRows
	bad := badTimesOf(ctx)
	err := s.view(ctx, func(ctx context.Context) error {
		tx := s.read(ctx)
		steps := []struct {
			what string
			err  func() error
		}{
			{"settings", func() error { return findTimes(tx.Where("key <> ?", versionKey).Order("key"), bad, &r.Settings) }},
			{"series", func() error { return findTimes(tx.Order("id"), bad, &r.Series) }},
			{"dialogues", func() error { return findTimes(tx.Order("id"), bad, &r.Dialogues) }},
			{"parties", func() error { return findTimes(tx.Order("id"), bad, &r.Parties) }},
			{"speakers", func() error { return findTimes(tx.Order("id"), bad, &r.Speakers) }},
			{"sources", func() error { return findTimes(tx.Order("id"), bad, &r.Sources) }},
			{"topics", func() error { return liftStrayTopics(findTimes(tx.Order("id"), bad, &r.Topics), r.Topics) }},
			{"tags", func() error { return findTimes(tx.Order("id"), bad, &r.Tags) }},
			{"statements", func() error { return rowsReadStatements(tx, &r.Statements, revisionCols, statementTimes, bad) }},
			{"links", func() error { return findTimes(tx.Order("id"), bad, &r.Links) }},
			{"assessments", func() error { return findTimes(tx.Order("id"), bad, &r.Assessments) }},
			{"notes", func() error { return findTimes(tx.Order("id"), bad, &r.Notes) }},
			{"register", func() error { return readRegister(tx, bad, &r.Register) }},
		}
		for _, st := range steps {
			if err := st.err(); err != nil {
				return fmt.Errorf("read %s: %w", st.what, err)
			}
		}
		return nil
	})
	if err != nil {
		return ProjectRows{}, fmt.Errorf("read project %s: %w", s.path, err)
	}
	readKnownValues(&r)
	return r, nil
}

// revisionCols reads a statement's Revision; noRevision stands in for it
// in a file of format 1, which has none. statementTimes reads its times
// (a rescue may read them mended).
const (
	revisionCols   = "version, created_by, updated_by"
	noRevision     = "1, '', ''"
	statementTimes = "created_at, updated_at"
)

// rowsReadStatements scans the statements without gorm's per-row
// reflection, which costs more than the query itself at 100k rows;
// revision is revisionCols or noRevision, times statementTimes or what
// stands in for them. With bad set, a time that is none reads as the zero
// time and is noted there.
func rowsReadStatements(tx *gorm.DB, out *[]StatementInput, revision, times string, bad *BadTimes) error {
	var n int64
	if err := tx.Model(&Statement{}).Count(&n).Error; err != nil {
		return err
	}
	rows, err := tx.Raw(`SELECT id, dialogue_id, topic_id, position, kind, text, reported_by_id, speaker_id, source_id,
		start, "end", ` + times + `, ` + revision + ` FROM statements ORDER BY id`).Rows()
	if err != nil {
		return err
	}
	defer rows.Close()
	sts := make([]StatementInput, 0, n)
	idx := make(map[int64]int, n)
	for rows.Next() {
		var st Statement
		var kind string
		var created, updated badText
		err := rows.Scan(&st.ID, &st.DialogueID, &st.TopicID, &st.Position, &kind, &st.Text, &st.ReportedByID,
			&st.SpeakerID, &st.SourceID, &st.Start, &st.End, timeText{&st.CreatedAt, bad.spot(&created)}, timeText{&st.UpdatedAt, bad.spot(&updated)},
			&st.Version, &st.CreatedBy, &st.UpdatedBy)
		if err != nil {
			return err
		}
		bad.note("statements", st.ID, created, updated)
		st.Kind = Kind(kind)
		st.CreatedAt, st.UpdatedAt = st.CreatedAt.UTC(), st.UpdatedAt.UTC()
		idx[st.ID] = len(sts)
		sts = append(sts, StatementInput{Statement: st})
	}
	if err := rows.Err(); err != nil {
		return err
	}
	*out = sts
	return rowsReadJoins(tx, sts, idx)
}

// rowsReadJoins adds the parties and tags of each statement, by ID.
func rowsReadJoins(tx *gorm.DB, sts []StatementInput, idx map[int64]int) error {
	for _, j := range []struct {
		q   string
		add func(in *StatementInput, id int64)
	}{
		{"SELECT statement_id, party_id FROM statement_parties ORDER BY statement_id, party_id",
			func(in *StatementInput, id int64) { in.PartyIDs = append(in.PartyIDs, id) }},
		{"SELECT statement_id, tag_id FROM statement_tags ORDER BY statement_id, tag_id",
			func(in *StatementInput, id int64) { in.TagIDs = append(in.TagIDs, id) }},
	} {
		rows, err := tx.Raw(j.q).Rows()
		if err != nil {
			return err
		}
		for rows.Next() {
			var st, id int64
			if err := rows.Scan(&st, &id); err != nil {
				rows.Close()
				return err
			}
			if i, ok := idx[st]; ok {
				j.add(&sts[i], id)
			}
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return err
		}
	}
	return nil
}

// WriteRows stores r in this project, which must be empty, keeping every
// ID and time stamp (zero times become now). Every row is checked as the
// Create functions check it; topics may come in any order. It runs in one
// transaction: on error nothing is stored.
func (s *Store) WriteRows(ctx context.Context, r *ProjectRows, progress BulkProgress) error {
	if !r.checked {
		if err := checkRows(r); err != nil {
			return err
		}
	}
	topics, err := rowsParentsFirst(r.Topics)
	if err != nil {
		return err
	}
	now := storedTime(time.Now())
	rowsStamp(r, now)
	// The rows come back as they were: authors and versions as given, and
	// no edit logged over the log they bring.
	return s.write(restoring(ctx), "store the project", func(tx *gorm.DB) error {
		return rowsWrite(ctx, s.d, tx, r, topics, progress)
	})
}

// rowsWrite stores r in tx, referenced tables first; topics are r.Topics
// with parents first.
func rowsWrite(ctx context.Context, d dialect, tx *gorm.DB, r *ProjectRows, topics []Topic, progress BulkProgress) error {
	if err := rowsCheckEmpty(tx); err != nil {
		return err
	}
	for _, m := range r.Settings {
		if m.Key == versionKey {
			continue
		}
		if err := tx.Create(&m).Error; err != nil {
			return fmt.Errorf("store setting %q: %w", m.Key, err)
		}
	}
	type list struct {
		what string
		rows any
		n    int
	}
	for _, l := range []list{
		{"series", &r.Series, len(r.Series)}, {"dialogues", &r.Dialogues, len(r.Dialogues)},
		{"parties", &r.Parties, len(r.Parties)}, {"speakers", &r.Speakers, len(r.Speakers)},
	} {
		if err := rowsCreateAll(tx, l.what, l.rows, l.n); err != nil {
			return err
		}
	}
	// Sources are indexed for search in pieces, as an import indexes
	// them (insertSources).
	if err := d.insertSources(tx, r.Sources); err != nil {
		return fmt.Errorf("store sources: %w", err)
	}
	for _, l := range []list{{"topics", &topics, len(topics)}, {"tags", &r.Tags, len(r.Tags)}} {
		if err := rowsCreateAll(tx, l.what, l.rows, l.n); err != nil {
			return err
		}
	}
	// The project is empty, so every statement is new: index them all at
	// once afterwards rather than row by row, for the search and for the
	// tables' own indexes.
	if err := d.pauseStatementIndex(tx); err != nil {
		return err
	}
	indexes, err := d.dropIndexes(tx, "statements", "statement_parties", "statement_tags")
	if err != nil {
		return err
	}
	if err := rowsInsertStatements(ctx, d, tx, r.Statements, progress); err != nil {
		return err
	}
	if err := d.createIndexes(tx, indexes); err != nil {
		return err
	}
	if err := d.resumeStatementIndex(tx, 0); err != nil {
		return err
	}
	for _, l := range []list{{"links", &r.Links, len(r.Links)}, {"assessments", &r.Assessments, len(r.Assessments)}, {"notes", &r.Notes, len(r.Notes)}} {
		if err := rowsCreateAll(tx, l.what, l.rows, l.n); err != nil {
			return err
		}
	}
	if err := writeRegister(tx, &r.Register); err != nil {
		return err
	}
	return d.syncIDs(tx, idTables...)
}

// idTables are the tables whose rows are numbered by the database, which a
// load with the rows' own ids must move on (dialect.syncIDs).
var idTables = []string{"series", "dialogues", "parties", "speakers", "sources", "topics", "tags",
	"statements", "links", "assessments", "notes", "cases", "case_names", "phrase_marks", "lessons", "edit_log", "dismissals"}

func rowsCreateAll(tx *gorm.DB, what string, rows any, n int) error {
	if n == 0 {
		return nil
	}
	if err := tx.CreateInBatches(rows, 200).Error; err != nil {
		return fmt.Errorf("store %s: %w", what, err)
	}
	return nil
}

// rowsCheckEmpty refuses to write rows with fixed IDs over existing ones.
func rowsCheckEmpty(tx *gorm.DB) error {
	for _, m := range []any{&Series{}, &Dialogue{}, &Party{}, &Speaker{}, &Source{}, &Topic{}, &Tag{}, &Statement{}} {
		var n int64
		if err := tx.Model(m).Limit(1).Count(&n).Error; err != nil {
			return err
		}
		if n > 0 {
			return newErr(CodeConflict, nil, "the project is not empty; a whole project can only be loaded into an empty one")
		}
	}
	return nil
}

// rowsParentsFirst orders topics so that each comes after its parent, and
// rejects a parent that is missing or a cycle.
func rowsParentsFirst(ts []Topic) ([]Topic, error) {
	byID := make(map[int64]bool, len(ts))
	for _, t := range ts {
		byID[t.ID] = true
	}
	for _, t := range ts {
		if t.ParentID != nil && !byID[*t.ParentID] {
			return nil, invalid("topic %d (%q) is under topic %d, which does not exist", t.ID, t.Name, *t.ParentID)
		}
	}
	hasParent := make(map[int64]bool, len(ts))
	for _, t := range ts {
		hasParent[t.ID] = t.ParentID != nil
	}
	out := treeOrder(ts)
	for _, t := range out {
		if t.ParentID == nil && hasParent[t.ID] {
			return nil, invalid("topic %d (%q) is in a loop of parents", t.ID, t.Name)
		}
	}
	return out, nil
}

func rowsStamp(r *ProjectRows, now time.Time) {
	times := func(c, u *time.Time) {
		if c.IsZero() {
			*c = now
		}
		if u.IsZero() {
			*u = now
		}
	}
	for i := range r.Series {
		times(&r.Series[i].CreatedAt, &r.Series[i].UpdatedAt)
	}
	for i := range r.Dialogues {
		times(&r.Dialogues[i].CreatedAt, &r.Dialogues[i].UpdatedAt)
	}
	for i := range r.Parties {
		times(&r.Parties[i].CreatedAt, &r.Parties[i].UpdatedAt)
	}
	for i := range r.Speakers {
		times(&r.Speakers[i].CreatedAt, &r.Speakers[i].UpdatedAt)
	}
	for i := range r.Sources {
		times(&r.Sources[i].CreatedAt, &r.Sources[i].UpdatedAt)
		if r.Sources[i].ImportedAt.IsZero() {
			r.Sources[i].ImportedAt = now
		}
	}
	for i := range r.Topics {
		times(&r.Topics[i].CreatedAt, &r.Topics[i].UpdatedAt)
	}
	for i := range r.Tags {
		times(&r.Tags[i].CreatedAt, &r.Tags[i].UpdatedAt)
	}
	for i := range r.Statements {
		times(&r.Statements[i].CreatedAt, &r.Statements[i].UpdatedAt)
	}
	for i := range r.Links {
		times(&r.Links[i].CreatedAt, &r.Links[i].UpdatedAt)
	}
	for i := range r.Assessments {
		times(&r.Assessments[i].CreatedAt, &r.Assessments[i].UpdatedAt)
	}
	for i := range r.Notes {
		times(&r.Notes[i].CreatedAt, &r.Notes[i].UpdatedAt)
	}
	stampRegister(&r.Register, now)
}

func rowsInsertStatements(ctx context.Context, d dialect, tx *gorm.DB, in []StatementInput, progress BulkProgress) error {
	b := bulkWriter{ctx: ctx, d: d, pool: tx.Statement.ConnPool, keep: true}
	if err := b.insert(in, nil, progress); err != nil {
		return err
	}
	if progress != nil {
		progress(len(in), len(in))
	}
	return nil
}
