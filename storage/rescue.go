package storage

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"gorm.io/gorm"
	"gorm.io/gorm/schema"
)

// Rescue is the data ReadRescue found in a project file.
type Rescue struct {
	Rows ProjectRows
	// Left says what was not brought over and why, e.g. "notes: the file
	// holds a view by that name, not a table".
	Left []string
	// Mended says what was brought over with a stand-in for a value that
	// was none (a date and time, a name, a colour, text that was not
	// UTF-8, a span outside its source), e.g. "topics: names that were
	// empty, not text or taken twice were given one".
	Mended []string
}

// ReadRescue reads the data of a project file that Parley will not open,
// typically because its schema holds code Parley did not write
// (ErrUntrusted). It reads only Parley's data tables, only the columns
// Parley knows, with plain SELECTs: no trigger fires on a read, and no view,
// virtual table or generated column of the file is ever queried, since an
// object is read only when it is an ordinary table by the name Parley uses.
// The file is opened read-only, trusting nothing in its schema, and is not
// changed. What it returns is meant for WriteRows into a new project, which
// checks every row as an import does.
func ReadRescue(ctx context.Context, path string) (Rescue, error) {
	if err := checkHeader(path); err != nil {
		return Rescue{}, err
	}
	db, done, err := openProbe(path, false)
	if err != nil {
		return Rescue{}, classify(err, path)
	}
	defer done()
	objs, err := readSchema(ctx, db)
	if err != nil {
		return Rescue{}, classify(err, path)
	}
	if len(byName(objs, Meta{}.TableName())) == 0 {
		return Rescue{}, newErr(CodeNotProject, nil, "%s is not a Parley project; there is nothing to rescue", filepath.Base(path))
	}
	if err := rescueNotNewer(ctx, db, objs, path); err != nil {
		return Rescue{}, err
	}
	var res Rescue
	err = db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		return rescueTables(tx, objs, &res)
	})
	if err != nil {
		return Rescue{}, fmt.Errorf("rescue %s: %w", filepath.Base(path), err)
	}
	// A dismissal whose link type is unknown is pruned as one no project
	// could hold unless its type is read as a known one first.
	readKnownDismissals(&res.Rows)
	mended, left := rescueMend(&res.Rows)
	res.Mended = append(res.Mended, mended...)
	res.Left = append(res.Left, left...)
	res.Left = append(res.Left, rescuePrune(&res.Rows)...)
	readKnownValues(&res.Rows)
	return res, nil
}

// rescueNotNewer refuses a project a newer Parley made: a rescue reads
// only the tables and columns this Parley knows, so whatever the newer
// format added (a table, a column of the analyst's work) would be left
// behind without a word. Updating Parley opens it whole. A parley_meta that
// is not an ordinary table is never read; the rescue says so itself.
func rescueNotNewer(ctx context.Context, db *gorm.DB, objs []schemaObject, path string) error {
	o := byName(objs, Meta{}.TableName())[0]
	if o.Type != "table" || o.SQL == nil || !strings.HasPrefix(*o.SQL, "CREATE TABLE") {
		return nil
	}
	v, _, err := metaVersion(ctx, db)
	if err != nil || v <= SchemaVersion {
		return nil
	}
	return newErr(CodeNewerVersion, nil, "%s was made by a newer Parley (project format %d; this Parley reads up to %d); a rescue would bring over only what this Parley knows and leave the rest behind, so update Parley to open it", filepath.Base(path), v, SchemaVersion)
}

// rescueTables reads every data table that is usable into res.
func rescueTables(tx *gorm.DB, objs []schemaObject, res *Rescue) error {
	r := &res.Rows
	reads := []struct {
		model any
		read  func(cols, where string) error // where: "" or a condition on the rows
	}{
		{&Meta{}, func(c, _ string) error {
			return tx.Raw("SELECT "+c+" FROM parley_meta WHERE key <> ? ORDER BY key", versionKey).Scan(&r.Settings).Error
		}},
		{&Series{}, func(c, w string) error { return rescueSelect(tx, "series", c, w, &r.Series) }},
		{&Dialogue{}, func(c, w string) error { return rescueSelect(tx, "dialogues", c, w, &r.Dialogues) }},
		{&Party{}, func(c, w string) error { return rescueSelect(tx, "parties", c, w, &r.Parties) }},
		{&Speaker{}, func(c, w string) error { return rescueSelect(tx, "speakers", c, w, &r.Speakers) }},
		{&Source{}, func(c, w string) error { return rescueSelect(tx, "sources", c, w, &r.Sources) }},
		{&Topic{}, func(c, w string) error { return rescueSelect(tx, "topics", c, w, &r.Topics) }},
		{&Tag{}, func(c, w string) error { return rescueSelect(tx, "tags", c, w, &r.Tags) }},
		{&Link{}, func(c, w string) error { return rescueSelect(tx, "links", c, w, &r.Links) }},
		{&Assessment{}, func(c, w string) error { return rescueSelect(tx, "assessments", c, w, &r.Assessments) }},
		{&Note{}, func(c, w string) error { return rescueSelect(tx, "notes", c, w, &r.Notes) }},
	}
	for _, rd := range reads {
		table, cols, err := modelColumns(tx, rd.model)
		if err != nil {
			return err
		}
		read, why := rescueUsable(tx, objs, table, cols)
		if why != "" {
			res.Left = append(res.Left, why)
			continue
		}
		if err := rd.read(quoteColumns(read), ""); err != nil {
			m, merr := mendTimes(tx, table, read, cols)
			if merr != nil || m == nil {
				return fmt.Errorf("read %s: %w", table, err)
			}
			if err := rd.read(quoteColumns(read), "NOT "+m.bad); err != nil {
				return fmt.Errorf("read %s: %w", table, err)
			}
			if err := rd.read(quoteColumns(m.plain), m.bad); err != nil {
				return fmt.Errorf("read %s: %w", table, err)
			}
			res.Mended = append(res.Mended, m.left(table))
		}
	}
	if err := rescueStatements(tx, objs, res); err != nil {
		return err
	}
	return rescueRegister(tx, objs, res)
}

// rescueStatements reads the statements with their parties and tags, which
// need all three tables.
func rescueStatements(tx *gorm.DB, objs []schemaObject, res *Rescue) error {
	revision := revisionCols
	for _, m := range []any{&Statement{}, &StatementParty{}, &StatementTag{}} {
		table, cols, err := modelColumns(tx, m)
		if err != nil {
			return err
		}
		have, why := rescueUsable(tx, objs, table, cols)
		if table == "statements" && len(have) < len(cols) {
			revision = noRevision
		}
		if why != "" {
			res.Left = append(res.Left, why)
			if table != "statements" {
				res.Left = append(res.Left, "statements: without their parties and tags none was brought over")
			}
			return nil
		}
	}
	err := rowsReadStatements(tx, &res.Rows.Statements, revision, statementTimes, nil)
	if err != nil {
		_, cols, cerr := modelColumns(tx, &Statement{})
		if cerr != nil {
			return cerr
		}
		m, merr := mendTimes(tx, "statements", []string{"created_at", "updated_at"}, cols)
		if merr != nil || m == nil {
			return fmt.Errorf("read statements: %w", err)
		}
		if err := rowsReadStatements(tx, &res.Rows.Statements, revision, mendedStatementTimes(), nil); err != nil {
			return fmt.Errorf("read statements: %w", err)
		}
		res.Mended = append(res.Mended, m.left("statements"))
	}
	return nil
}

// rescueSelect appends the rows of table (those where says, all when it
// is "") to out; a read that fails appends nothing.
func rescueSelect[T any](tx *gorm.DB, table, cols, where string, out *[]T) error {
	q := "SELECT " + cols + " FROM `" + table + "`"
	if where != "" {
		q += " WHERE " + where
	}
	var rows []T
	if err := tx.Raw(q + " ORDER BY id").Scan(&rows).Error; err != nil {
		return err
	}
	*out = append(*out, rows...)
	return nil
}

// modelColumns returns the table and columns of one of our models.
func modelColumns(tx *gorm.DB, model any) (string, []*schema.Field, error) {
	st := &gorm.Statement{DB: tx}
	if err := st.Parse(model); err != nil {
		return "", nil, err
	}
	var cols []*schema.Field
	for _, name := range st.Schema.DBNames {
		cols = append(cols, st.Schema.FieldsByDBName[name])
	}
	return st.Schema.Table, cols, nil
}

func quoteColumns(cols []string) string {
	q := make([]string, len(cols))
	for i, c := range cols {
		q[i] = "`" + c + "`"
	}
	return strings.Join(q, ", ")
}

// rescueUsable says why table cannot be read safely, or "" when it is an
// ordinary table (not a view, not a virtual table) whose columns of cols
// are stored as plain columns (not computed). It returns the columns to
// read: a column with a default may be missing, as in a file of an older
// format, and then takes its default.
func rescueUsable(tx *gorm.DB, objs []schemaObject, table string, cols []*schema.Field) ([]string, string) {
	named := byName(objs, table)
	if len(named) == 0 {
		return nil, table + ": the file holds no such table"
	}
	o := named[0]
	if o.Type != "table" || o.SQL == nil || !strings.HasPrefix(*o.SQL, "CREATE TABLE") {
		return nil, fmt.Sprintf("%s: the file holds a %s by that name, not a table", table, objectKind(o))
	}
	var have []struct {
		Name   string
		Hidden int
	}
	if err := tx.Raw("SELECT name, hidden FROM pragma_table_xinfo(?)", o.Name).Scan(&have).Error; err != nil {
		return nil, fmt.Sprintf("%s: its columns cannot be read (%v)", table, err)
	}
	plain := make(map[string]bool, len(have))
	for _, c := range have {
		plain[strings.ToLower(c.Name)] = c.Hidden == 0
	}
	var read []string
	for _, c := range cols {
		isPlain, exists := plain[c.DBName]
		switch {
		case exists && isPlain:
			read = append(read, c.DBName)
		case !exists && c.HasDefaultValue:
		default:
			return nil, fmt.Sprintf("%s: the table has no plain column %s", table, c.DBName)
		}
	}
	return read, ""
}

func objectKind(o schemaObject) string {
	if o.Type == "table" && o.SQL != nil && strings.HasPrefix(*o.SQL, "CREATE VIRTUAL") {
		return "virtual table"
	}
	return o.Type
}
