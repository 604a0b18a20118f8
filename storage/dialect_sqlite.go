package storage

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	sqlitedriver "github.com/glebarez/go-sqlite"
	"github.com/glebarez/sqlite"
	"gorm.io/gorm"
)

// This file holds every piece of SQLite-only SQL; dialect_pg.go is its
// PostgreSQL twin (see dialect.go).

// sqliteDialect implements the SQLite side of the store.
type sqliteDialect struct{}

func (sqliteDialect) name() string { return "SQLite" }

// readTx: a plain BEGIN on a reader sees one state of the file until it
// ends (WAL), and the driver takes no isolation levels.
func (sqliteDialect) readTx() *sql.TxOptions { return nil }

// placeholders returns "(?,?),(?,?)" for rows rows of cols columns.
func (sqliteDialect) placeholders(rows, cols int) string {
	one := "(" + strings.TrimSuffix(strings.Repeat("?,", cols), ",") + ")"
	return strings.TrimSuffix(strings.Repeat(one+",", rows), ",")
}

// packRow: the pure-Go driver takes a mutex twice for every column it
// hands over, so a row packed into one column reads in a fraction of the
// time (a whole-project CSV export of 100k statements: 1.2 → 0.5 s).
func (sqliteDialect) packRow(cols string) string { return "json_array(" + cols + ")" }

func (sqliteDialect) concatAll(expr, sep string) string {
	return "group_concat(" + expr + ", " + sep + ")"
}

// packedInsert: the driver prepares every statement anew and binds each
// value behind a mutex; one JSON parameter unpacked by json_each costs a
// fraction of a multi-row INSERT's placeholders. Each row is taken from
// json_each once, into a materialized table: SQLite asks a table-valued
// function for a column every time the query names it, and json_each
// writes an array out as JSON text each time it is asked, so v->>0 … v->>15
// read straight from json_each wrote every row out 16 times (half the time
// of storing 100k statements).
func (sqliteDialect) packedInsert(table, cols string, n int) string {
	vals := make([]string, n)
	for i := range vals {
		vals[i] = fmt.Sprintf("v->>%d", i)
	}
	return "WITH r(v) AS MATERIALIZED (SELECT value FROM json_each(?)) INSERT INTO " + table + " (" + cols + ") SELECT " + strings.Join(vals, ", ") + " FROM r"
}

// packedRunInsert: see runStatements. Each row is taken from json_each
// once, into a materialized table, as in packedInsert; the ID and the
// position follow from the row's index (key). A text is cut out of the
// blob of texts by bytes and read as the UTF-8 it is.
func (sqliteDialect) packedRunInsert() string {
	return `WITH r(k, v) AS MATERIALIZED (SELECT key, value FROM json_each(?1))
		INSERT INTO statements (` + statementCols + `)
		SELECT ?2 + k, ?3, v->>0, ?4 + k, v->>1, CAST(substr(?5, v->>2, v->>3) AS TEXT), v->>4, v->>5,
			?6, v->>6, v->>7, ?7, ?7, 1, ?8, ?9 FROM r`
}

// lightCache: a large import fills the page cache with pages written once
// and never read again; a small cache spills them to the log sooner.
func (d sqliteDialect) lightCache(tx *gorm.DB) (func() error, error) {
	if err := tx.Exec("PRAGMA cache_size = -2048").Error; err != nil {
		return nil, err
	}
	return func() error { return tx.Exec("PRAGMA cache_size = " + d.cacheSize()).Error }, nil
}

func init() {
	// parley_fold spaces out CJK characters so that FTS5's unicode61
	// tokenizer sees each as a word: a two-character query such as 人权 then
	// becomes the phrase "人 权" and finds 中欧人权对话.
	sqlitedriver.MustRegisterDeterministicScalarFunction("parley_fold", 1,
		func(_ *sqlitedriver.FunctionContext, args []driver.Value) (driver.Value, error) {
			switch v := args[0].(type) {
			case string:
				return foldCJK(v), nil
			case []byte:
				return foldCJK(string(v)), nil
			case nil:
				return "", nil
			}
			return nil, errors.New("parley_fold: want text")
		})
}

// zwsp separates the CJK characters in the index; unicode61 treats it as a
// separator, and it is invisible if it ever leaks into a snippet.
const zwsp = '\u200b'

func isCJK(r rune) bool {
	if r < 0x1100 { // below Hangul Jamo: Latin, Greek, Cyrillic, Arabic, ...
		return false
	}
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r)
}

// cacheSize is every connection's page cache: 16 MB.
func (sqliteDialect) cacheSize() string { return "-16384" }

// foldCJK puts a zero-width space after every CJK character. Text
// without any is returned as it is, and other text is sized exactly:
// storing a 10 MB English source copied it into 15 MB for nothing.
func foldCJK(s string) string {
	n := 0
	for _, r := range s {
		if r >= 0x1100 && isCJK(r) {
			n++
		}
	}
	if n == 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + n*utf8.RuneLen(zwsp))
	for _, r := range s {
		b.WriteRune(r)
		if isCJK(r) {
			b.WriteRune(zwsp)
		}
	}
	return b.String()
}

// unfoldCJK removes what foldCJK added.
func unfoldCJK(s string) string { return strings.ReplaceAll(s, string(zwsp), "") }

// openMode is how a connection opens the file.
type openMode int

const (
	modeWrite         openMode = iota // the one writer: WAL, immediate transactions
	modeRead                          // readers: query_only, mode=ro
	modeImmutable                     // read-only file in a read-only folder
	modeCopy                          // read-only, but may write a copy elsewhere
	modeCopyImmutable                 // modeCopy for a project read as immutable
)

func (sqliteDialect) open(path string, mode openMode) gorm.Dialector {
	q := url.Values{}
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "busy_timeout(5000)")
	// A larger page cache: SQLite's default 2 MB makes every query at a
	// million statements go back to the file. No memory-mapped reads: they
	// gave the compare query nothing measurable (BenchmarkTopicSwitch at 1M)
	// and count every page a search touches in the window's resident memory.
	q.Add("_pragma", "cache_size("+sqliteDialect{}.cacheSize()+")")
	if mode != modeWrite {
		// Nothing the file defines (a view, a trigger, a generated column)
		// may call a function or a virtual table that is not harmless.
		// The writer cannot have it: SQLite 3.41's FTS5 is not marked
		// harmless, so Parley's own search triggers would be refused. The
		// writer opens only after the schema was found to be exactly
		// Parley's (verifySchema), and checks it again in its first
		// transaction.
		q.Add("_pragma", "trusted_schema(0)")
	}
	// No defensive mode (SQLITE_DBCONFIG_DEFENSIVE): the driver has no
	// option for it, only reflection into its unexported connection fields
	// reaches sqlite3_db_config. Tried that way, it broke Parley's own
	// writes: FTS5 flushes its index when a statement's savepoint is
	// released, which for gorm's INSERT … RETURNING inside a transaction
	// happens when the driver resets the statement, outside its execution,
	// where defensive mode refuses FTS5's shadow-table write ("SQL logic
	// error"). On the read-only connections it would add nothing to
	// query_only and mode=ro.
	switch mode {
	case modeWrite:
		q.Add("_pragma", "journal_mode(WAL)")
		q.Add("_pragma", "synchronous(NORMAL)")
		q.Set("_txlock", "immediate")
	case modeRead:
		q.Add("_pragma", "query_only(1)")
		q.Set("mode", "ro")
	case modeCopy:
		q.Set("mode", "ro")
	case modeCopyImmutable:
		q.Set("mode", "ro")
		q.Set("immutable", "1")
	case modeImmutable:
		q.Add("_pragma", "query_only(1)")
		q.Set("mode", "ro")
		q.Set("immutable", "1")
	}
	return sqlite.Open("file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode())
}

// isCantOpen reports the error SQLite gives when it cannot open (or
// create) a file it needs, such as a WAL project's -shm file.
func (sqliteDialect) isCantOpen(err error) bool {
	m := err.Error()
	return strings.Contains(m, "unable to open") || strings.Contains(m, "SQLITE_CANTOPEN") ||
		strings.Contains(m, "SQLITE_READONLY_CANTINIT") || strings.Contains(m, "readonly database")
}

func (sqliteDialect) hasTable(db *gorm.DB, name string) (bool, error) {
	var n int64
	err := db.Raw("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?", name).Scan(&n).Error
	return n > 0, err
}

func (sqliteDialect) isCorrupt(err error) bool {
	m := err.Error()
	return strings.Contains(m, "malformed") || strings.Contains(m, "not a database") ||
		strings.Contains(m, "SQLITE_CORRUPT") || strings.Contains(m, "SQLITE_NOTADB")
}

func (sqliteDialect) isReadOnly(err error) bool {
	m := err.Error()
	return strings.Contains(m, "readonly database") || strings.Contains(m, "SQLITE_READONLY")
}

func (sqliteDialect) isBusy(err error) bool {
	m := err.Error()
	return strings.Contains(m, "database is locked") || strings.Contains(m, "SQLITE_BUSY")
}

func (sqliteDialect) isConstraint(err error) bool {
	return strings.Contains(err.Error(), "constraint failed")
}

func (sqliteDialect) describeConstraint(err error) string {
	m := err.Error()
	switch {
	case strings.Contains(m, "UNIQUE"):
		return describeUnique(m)
	case strings.Contains(m, "FOREIGN KEY"):
		return "it refers to something that does not exist"
	case strings.Contains(m, "NOT NULL"):
		return "a required field is empty"
	}
	return "the change breaks a rule of the project"
}

// describeUnique names the rule a duplicate broke from the columns SQLite
// lists ("UNIQUE constraint failed: links.from_id, links.to_id, ...").
func describeUnique(m string) string {
	switch {
	case strings.Contains(m, "links.from_id"):
		return "the two statements are already linked that way"
	case strings.Contains(m, "assessments.dialogue_id"):
		return "the topic already has an assessment in this dialogue"
	case strings.Contains(m, ".name"), strings.Contains(m, ".title"):
		return "one with that name already exists"
	}
	return "it would duplicate one that already exists"
}

// searchTables maps each searchable table to its FTS5 twin and the columns
// it indexes.
var searchTables = []struct{ table, fts, cols string }{
	{"statements", "fts_statements", "text"},
	{"notes", "fts_notes", "body"},
	{"sources", "fts_sources", "title,text"},
}

// ensureSearch creates the FTS tables and the triggers that keep them in
// step; it runs after every migration because table rebuilds drop triggers.
// A trigger whose SQL is not exactly Parley's is dropped and created again,
// so that no trigger of the same name from elsewhere can survive.
func (sqliteDialect) ensureSearch(tx *gorm.DB) error {
	for _, t := range searchTables {
		cols := strings.Split(t.cols, ",")
		ddl := fmt.Sprintf("CREATE VIRTUAL TABLE IF NOT EXISTS %s USING fts5(%s, tokenize = 'unicode61 remove_diacritics 2')", t.fts, t.cols)
		if err := tx.Exec(ddl).Error; err != nil {
			return fmt.Errorf("create search table %s: %w", t.fts, err)
		}
		triggers := triggerSQL(t.table, t.fts, cols)
		if t.table == "sources" {
			triggers = sourceTriggerSQL() // indexed in pieces
		}
		for _, tr := range triggers {
			if err := exactTrigger(tx, tr.name, tr.sql); err != nil {
				return fmt.Errorf("create search trigger on %s: %w", t.table, err)
			}
		}
	}
	return nil
}

// exactTrigger makes sure trigger name exists with exactly ddl: when the
// stored SQL differs (or the trigger is missing) it is dropped and created.
func exactTrigger(tx *gorm.DB, name, ddl string) error {
	var have []string
	if err := tx.Raw("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?", name).Scan(&have).Error; err != nil {
		return err
	}
	if len(have) == 1 && have[0] == ddl {
		return nil
	}
	if err := tx.Exec("DROP TRIGGER IF EXISTS " + name).Error; err != nil {
		return err
	}
	return tx.Exec(ddl).Error
}

func foldList(prefix string, cols []string) string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = "parley_fold(" + prefix + c + ")"
	}
	return strings.Join(out, ", ")
}

// searchTrigger is one of the triggers that keep an FTS table in step.
type searchTrigger struct{ name, sql string }

// triggerSQL returns the triggers of one searchable table. Their text is
// stored in every project and checked on open (schema/v1.json): changing
// it, even its white space, changes the project format.
func triggerSQL(table, fts string, cols []string) []searchTrigger {
	list := strings.Join(cols, ", ")
	return []searchTrigger{
		{table + "_ai", fmt.Sprintf(`CREATE TRIGGER %[1]s_ai AFTER INSERT ON %[1]s BEGIN
			INSERT INTO %[2]s(rowid, %[3]s) VALUES (new.id, %[4]s); END`, table, fts, list, foldList("new.", cols))},
		{table + "_ad", fmt.Sprintf(`CREATE TRIGGER %[1]s_ad AFTER DELETE ON %[1]s BEGIN
			DELETE FROM %[2]s WHERE rowid = old.id; END`, table, fts)},
		{table + "_au", fmt.Sprintf(`CREATE TRIGGER %[1]s_au AFTER UPDATE OF %[3]s ON %[1]s BEGIN
			DELETE FROM %[2]s WHERE rowid = old.id;
			INSERT INTO %[2]s(rowid, %[3]s) VALUES (new.id, %[4]s); END`, table, fts, list, foldList("new.", cols))},
	}
}

// insertSources stores sources and indexes them for search in pieces (see
// indexSource) rather than through their trigger, which indexes a whole
// text as one row: every path that writes a source comes here (an import,
// a JSON import, a rescue, a project brought from a server). The trigger
// is put back, by its exact SQL, in the same transaction.
func (sqliteDialect) insertSources(tx *gorm.DB, srcs []Source) error {
	if len(srcs) == 0 {
		return nil
	}
	if err := tx.Exec("DROP TRIGGER IF EXISTS sources_ai").Error; err != nil {
		return err
	}
	for start := 0; start < len(srcs); start += sourceBatch {
		batch := srcs[start:min(start+sourceBatch, len(srcs))]
		if err := tx.Create(&batch).Error; err != nil {
			return err
		}
		for _, src := range batch {
			if err := indexSource(tx, src.ID, src.Title, src.Text); err != nil {
				return fmt.Errorf("source %d: %w", src.ID, err)
			}
		}
	}
	return sqliteDialect{}.ensureSearch(tx)
}

// pauseStatementIndex and resumeStatementIndex let a bulk load skip the
// per-row trigger and index the new rows in one statement, which is about
// twice as fast. Both run inside the load's transaction, so a failed load
// leaves the trigger in place.
func (sqliteDialect) pauseStatementIndex(tx *gorm.DB) error {
	return tx.Exec("DROP TRIGGER IF EXISTS statements_ai").Error
}

func (sqliteDialect) resumeStatementIndex(tx *gorm.DB, afterID int64) error {
	err := tx.Exec("INSERT INTO fts_statements(rowid, text) SELECT id, parley_fold(text) FROM statements WHERE id > ?", afterID).Error
	if err != nil {
		return fmt.Errorf("index new statements: %w", err)
	}
	return sqliteDialect{}.ensureSearch(tx)
}

// indexStatements indexes the statements first…last while the trigger
// is paused: an import indexes each batch as it stores it, while the
// next is being proposed, rather than all of them at the end, when
// nothing else is left to do (5 of the 22 s of storing 50 MB).
func (sqliteDialect) indexStatements(tx *gorm.DB, first, last int64) (bool, error) {
	err := tx.Exec("INSERT INTO fts_statements(rowid, text) SELECT id, parley_fold(text) FROM statements WHERE id BETWEEN ? AND ?", first, last).Error
	if err != nil {
		return false, fmt.Errorf("index statements %d–%d: %w", first, last, err)
	}
	return true, nil
}

// dropIndexes drops the indexes of tables that SQLite does not keep for a
// constraint and returns the SQL that creates them again (createIndexes):
// a bulk load into an empty project then builds each index once, sorted,
// instead of inserting into six B-trees per statement. The SQL is the
// file's own, so the schema comes back exactly as it was.
func (sqliteDialect) dropIndexes(tx *gorm.DB, tables ...string) ([]string, error) {
	var idx []struct{ Name, SQL string }
	err := tx.Raw("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ? ORDER BY name", tables).
		Scan(&idx).Error
	if err != nil {
		return nil, fmt.Errorf("list indexes: %w", err)
	}
	var out []string
	for _, i := range idx {
		if err := tx.Exec(`DROP INDEX "` + strings.ReplaceAll(i.Name, `"`, `""`) + `"`).Error; err != nil {
			return nil, fmt.Errorf("drop index %s: %w", i.Name, err)
		}
		out = append(out, i.SQL)
	}
	return out, nil
}

// createIndexes runs the SQL dropIndexes returned.
func (sqliteDialect) createIndexes(tx *gorm.DB, sqls []string) error {
	for _, q := range sqls {
		if err := tx.Exec(q).Error; err != nil {
			return fmt.Errorf("build index: %w", err)
		}
	}
	return nil
}

// reserveIDs numbers the new rows after the highest id table has ever
// handed out. With AUTOINCREMENT a deleted row's id is never reused (undo
// puts rows back under their old ids), so explicit ids must start above
// sqlite_sequence as well as max(id). The one writer holds the file, so
// nobody takes them meanwhile; SQLite moves sqlite_sequence on by itself.
func (sqliteDialect) reserveIDs(tx *gorm.DB, table string, n int) ([]int64, error) {
	var last int64
	err := tx.Raw(`SELECT max(coalesce((SELECT max(id) FROM `+table+`), 0),
		coalesce((SELECT seq FROM sqlite_sequence WHERE name = ?), 0))`, table).Scan(&last).Error
	if err != nil {
		return nil, fmt.Errorf("read last id of %s: %w", table, err)
	}
	ids := make([]int64, n)
	for i := range ids {
		ids[i] = last + int64(i) + 1
	}
	return ids, nil
}

// syncIDs has nothing to do: SQLite keeps sqlite_sequence at the highest
// id inserted, explicit or not.
func (sqliteDialect) syncIDs(*gorm.DB, ...string) error { return nil }

// matchExpr turns phrases into an FTS5 query: every word or phrase
// quoted, so that operators and punctuation typed by the user are only
// ever words. For the index of sources it is the list of words each
// source must hold (sourceTerms).
func (d sqliteDialect) matchExpr(fts string, phrases []queryPhrase) string {
	if fts == sourceIndex {
		return sourceTerms(phrases)
	}
	var pos, neg []string
	for _, p := range phrases {
		if p.exclude {
			neg = append(neg, d.phraseExpr(fts, p))
		} else {
			pos = append(pos, d.phraseExpr(fts, p))
		}
	}
	expr := strings.Join(pos, " AND ")
	for _, n := range neg {
		expr += " NOT " + n
	}
	return expr
}

// phraseExpr is one phrase as FTS5 reads it: "words", * for a prefix; for
// the index of sources, the list of its words.
func (sqliteDialect) phraseExpr(fts string, p queryPhrase) string {
	if fts == sourceIndex {
		p.exclude = false
		return sourceTerms([]queryPhrase{p})
	}
	q := `"` + strings.Join(p.words, " ") + `"`
	if p.prefix {
		q += "*"
	}
	return q
}

// scopeMode is how a search's scope (its filters) is applied.
type scopeMode int

const (
	scopeNone scopeMode = iota
	scopeList           // argument: a subquery of the ids in scope
	scopeRow            // argument: a subquery true for a row in scope (see rowRef)
)

// candidatesSQL returns the newest matches of one FTS table with the text
// of column col (arguments: match expression, [lowest and highest rowid,]
// [scope subquery,] limit). FTS5 walks its index in rowid order and stops
// at the limit, so this costs the same for a rare word and for "the";
// ranking with bm25() would first count every match of every word (400 ms
// for "the" at a million rows).
//
// A list scope is applied as "+rowid IN (...)": the plus keeps SQLite from
// handing the list to FTS5, which would run the whole full-text query once
// per listed row (seconds). A rowid range does reach FTS5, which skips to it.
//
// Sources are found by their words in any of their pieces
// (sourceCandidatesSQL).
func (sqliteDialect) candidatesSQL(fts, col string, ranged bool, mode scopeMode) string {
	if fts == sourceIndex {
		return sourceCandidatesSQL(mode)
	}
	where := fts + " MATCH ?"
	if ranged {
		where += " AND rowid BETWEEN ? AND ?"
	}
	switch mode {
	case scopeList:
		where += " AND +rowid IN (?)"
	case scopeRow:
		where += " AND EXISTS (?)"
	}
	return fmt.Sprintf("SELECT rowid AS id, %s AS body FROM %s WHERE %s ORDER BY rowid DESC LIMIT ?", col, fts, where)
}

// loose: FTS5 finds exactly the statements and notes that hold the
// phrases; a source's phrases may run from one piece into the next, so
// they are checked on its text.
func (sqliteDialect) loose(fts string) bool { return fts == sourceIndex }

// rowRef names the row id of the FTS table's current row, for a scopeRow
// subquery.
func (sqliteDialect) rowRef(fts string) string {
	if fts == sourceIndex {
		return "m.id"
	}
	return fts + ".rowid"
}

// densitySQL returns how many of the newest sample matches of a phrase
// there are and the lowest rowid among them (arguments: match expression,
// sample size), from which the phrase's document count is estimated.
func (sqliteDialect) densitySQL(fts string) string {
	if fts == sourceIndex {
		return sourceMatches + " SELECT count(*) AS n, coalesce(min(id), 0) AS low FROM (SELECT id FROM m ORDER BY id DESC LIMIT ?)"
	}
	return fmt.Sprintf(`SELECT count(*) AS n, coalesce(min(rowid), 0) AS low
		FROM (SELECT rowid FROM %[1]s WHERE %[1]s MATCH ? ORDER BY rowid DESC LIMIT ?)`, fts)
}

// rowCountSQL estimates the rows of an FTS table by its highest rowid;
// count(*) would read them all.
func (sqliteDialect) rowCountSQL(fts string) string {
	if fts == sourceIndex {
		return fmt.Sprintf("SELECT coalesce(max(rowid) >> %d, 0) FROM fts_sources", pieceBits)
	}
	return "SELECT coalesce(max(rowid), 0) FROM " + fts
}

// saveCopy writes a consistent copy of the open database to path.
func (sqliteDialect) saveCopy(ctx context.Context, s *Store, path string) error {
	// The readers are query_only, which refuses VACUUM INTO; the writer,
	// or for a read-only project a plain read-only connection, may run it.
	db := s.w
	if db == nil {
		mode := modeCopy
		if s.immutable {
			mode = modeCopyImmutable
		}
		c, err := openDB(s.path, mode)
		if err != nil {
			return err
		}
		defer closeDB(c)
		db = c
	}
	return db.WithContext(ctx).Exec("VACUUM INTO ?", path).Error
}

// integrityCheck runs SQLite's own check and the search index's.
func (sqliteDialect) integrityCheck(db *gorm.DB, searchIndex bool) (string, error) {
	var res []string
	if err := db.Raw("PRAGMA integrity_check").Scan(&res).Error; err != nil {
		if CodeOf(err) == CodeCorrupt {
			return err.Error(), nil
		}
		return "", err
	}
	if len(res) != 1 || res[0] != "ok" {
		return strings.Join(res, "; "), nil
	}
	if !searchIndex {
		return "ok", nil
	}
	for _, t := range searchTables {
		if err := db.Exec(fmt.Sprintf("INSERT INTO %[1]s(%[1]s, rank) VALUES('integrity-check', 1)", t.fts)).Error; err != nil {
			return fmt.Sprintf("search index %s: %v", t.fts, err), nil
		}
	}
	return "ok", nil
}
