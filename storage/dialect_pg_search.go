package storage

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"gorm.io/gorm"
)

// PostgreSQL's search index. parley_fold (SQL) turns a text into the words
// the search sees, exactly as the Go side splits a query (indexWords,
// tokenize): accented Latin letters to their base letter (the same table
// as foldDiacritics), combining accents dropped, lower case, anything but
// letters and digits a space, and every Chinese, Japanese or Korean
// character a word of its own. Its character classes are generated from
// Go's Unicode tables, so the server's locale plays no part. Statements and
// notes keep the words' positions (tsvector), for phrases; a source keeps
// only its distinct words, since a long readout's positions would exceed
// what a tsvector holds, and its phrases are checked on the text itself
// (see loose).

// pgSearch describes one searchable table's index.
type pgSearch struct {
	table, fts string
	doc        string // the tsvector of a row r
	row        bool   // a row-level trigger (sources: few, large rows)
}

var pgSearches = []pgSearch{
	{"statements", "fts_statements", "to_tsvector('simple', parley_fold(r.text))", false},
	{"notes", "fts_notes", "to_tsvector('simple', parley_fold(r.body))", false},
	{"sources", "fts_sources", "parley_words(r.title || ' ' || r.text)", true},
}

// pgFoldSQL is the definition of parley_fold and parley_words.
var pgFoldSQL = func() string {
	var from, to strings.Builder
	keys := make([]rune, 0, len(diacriticBase))
	for r := range diacriticBase {
		keys = append(keys, r)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, r := range keys {
		from.WriteRune(r)
		to.WriteRune(diacriticBase[r])
	}
	marks := regexClass(0, unicode.Mn)
	word := regexClass(0, unicode.L, unicode.N)
	cjk := regexClass(0x1100, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
	return fmt.Sprintf(`CREATE OR REPLACE FUNCTION parley_fold(t text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fold$
SELECT regexp_replace(regexp_replace(lower(regexp_replace(translate(t, '%s', '%s'), '[%s]', '', 'g')),
	'[^%s]+', ' ', 'g'), '([%s])', ' \1 ', 'g')
$fold$;
CREATE OR REPLACE FUNCTION parley_words(t text) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $words$
SELECT array_to_tsvector(coalesce(array_agg(DISTINCT w), '{}')) FROM unnest(string_to_array(parley_fold(t), ' ')) AS w
WHERE w <> '' AND octet_length(w) < 2000
$words$;`, from.String(), to.String(), marks, word, cjk)
}()

// regexClass lists the runes of tables at or above low as the inside of a
// regular expression's bracket, as literal characters.
func regexClass(low rune, tables ...*unicode.RangeTable) string {
	var b strings.Builder
	add := func(lo, hi, stride rune) {
		lo = max(lo, low)
		if lo > hi {
			return
		}
		if stride == 1 {
			b.WriteRune(lo)
			if hi > lo {
				b.WriteByte('-')
				b.WriteRune(hi)
			}
			return
		}
		for r := lo; r <= hi; r += stride {
			b.WriteRune(r)
		}
	}
	for _, t := range tables {
		for _, r := range t.R16 {
			add(rune(r.Lo), rune(r.Hi), rune(r.Stride))
		}
		for _, r := range t.R32 {
			add(rune(r.Lo), rune(r.Hi), rune(r.Stride))
		}
	}
	return b.String()
}

// ensureSearch creates (or brings up to date) the fold functions, the
// index tables and the triggers that keep them in step. A row's index
// goes with it (ON DELETE CASCADE). Inserts and updates are indexed by
// statement-level triggers, so a bulk load of many rows indexes them in
// one statement.
func (pgDialect) ensureSearch(tx *gorm.DB) error {
	if err := tx.Exec(pgFoldSQL).Error; err != nil {
		return fmt.Errorf("create the search functions: %w", err)
	}
	for _, t := range pgSearches {
		for _, q := range pgSearchDDL(t) {
			if err := tx.Exec(q).Error; err != nil {
				return fmt.Errorf("create search index %s: %w", t.fts, err)
			}
		}
	}
	return nil
}

func pgSearchDDL(t pgSearch) []string {
	ddl := []string{
		fmt.Sprintf(`CREATE TABLE IF NOT EXISTS %s (id bigint PRIMARY KEY REFERENCES %s(id) ON DELETE CASCADE, doc tsvector NOT NULL)`, t.fts, t.table),
		fmt.Sprintf(`CREATE INDEX IF NOT EXISTS %[1]s_doc ON %[1]s USING gin (doc)`, t.fts),
	}
	if t.row {
		return append(ddl,
			fmt.Sprintf(`CREATE OR REPLACE FUNCTION parley_index_%[1]s() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
	INSERT INTO %[2]s(id, doc) SELECT r.id, %[3]s FROM (SELECT NEW.*) AS r
	ON CONFLICT (id) DO UPDATE SET doc = excluded.doc;
	RETURN NULL;
END $body$`, t.table, t.fts, t.doc),
			fmt.Sprintf(`CREATE OR REPLACE TRIGGER %[1]s_search AFTER INSERT OR UPDATE OF title, text ON %[1]s
FOR EACH ROW EXECUTE FUNCTION parley_index_%[1]s()`, t.table))
	}
	return append(ddl,
		fmt.Sprintf(`CREATE OR REPLACE FUNCTION parley_index_%[1]s_ins() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
	INSERT INTO %[2]s(id, doc) SELECT r.id, %[3]s FROM new_rows r;
	RETURN NULL;
END $body$`, t.table, t.fts, t.doc),
		fmt.Sprintf(`CREATE OR REPLACE FUNCTION parley_index_%[1]s_upd() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
	UPDATE %[2]s f SET doc = %[3]s FROM new_rows r JOIN old_rows o ON o.id = r.id
	WHERE f.id = r.id AND %[4]s IS DISTINCT FROM %[5]s;
	RETURN NULL;
END $body$`, t.table, t.fts, t.doc, docCol(t, "r"), docCol(t, "o")),
		fmt.Sprintf(`CREATE OR REPLACE TRIGGER %[1]s_search_ai AFTER INSERT ON %[1]s
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION parley_index_%[1]s_ins()`, t.table),
		fmt.Sprintf(`CREATE OR REPLACE TRIGGER %[1]s_search_au AFTER UPDATE ON %[1]s
REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION parley_index_%[1]s_upd()`, t.table))
}

// docCol is the indexed column of t's row alias.
func docCol(t pgSearch, alias string) string {
	if t.table == "notes" {
		return alias + ".body"
	}
	return alias + ".text"
}

// insertSources: the row trigger indexes each source's distinct words,
// which hold far less than the text.
func (pgDialect) insertSources(tx *gorm.DB, srcs []Source) error {
	return tx.CreateInBatches(&srcs, sourceBatch).Error
}

// pauseStatementIndex has nothing to do: the statement-level trigger
// indexes a multi-row INSERT's rows at once.
func (pgDialect) pauseStatementIndex(*gorm.DB) error { return nil }

// indexStatements: the server indexes each row as it is stored.
func (pgDialect) indexStatements(*gorm.DB, int64, int64) (bool, error) { return false, nil }

// analyzeAfter is how many statements a load must add for the server's
// statistics to be brought up to date at once.
const analyzeAfter = 5000

// resumeStatementIndex brings the planner's statistics up to date after a
// large load: until autovacuum came round, the searches of a freshly
// loaded project were planned without knowing how common its words are
// (2–5 times slower at 100k statements). A role that does not own the
// tables gets a warning from ANALYZE, not an error, and the load stands.
func (pgDialect) resumeStatementIndex(tx *gorm.DB, afterID int64) error {
	var n int64
	if err := tx.Raw("SELECT count(*) FROM (SELECT 1 FROM statements WHERE id > ? LIMIT ?) AS x", afterID, analyzeAfter).Scan(&n).Error; err != nil {
		return fmt.Errorf("count new statements: %w", err)
	}
	if n < analyzeAfter {
		return nil
	}
	if err := tx.Exec("ANALYZE statements, fts_statements, statement_parties, statement_tags").Error; err != nil {
		return fmt.Errorf("update the statistics: %w", err)
	}
	return nil
}

// pgLexeme is a word as parley_fold leaves it, quoted for a tsquery; ""
// when nothing of it is left.
func pgLexeme(w string) string {
	w = strings.ToLower(foldDiacritics(w))
	if w == "" {
		return ""
	}
	return "'" + strings.NewReplacer(`'`, `''`, `\`, `\\`).Replace(w) + "'"
}

// loose reports whether fts's index finds rows by their words alone (a
// source's): the phrases are then checked on the candidates' text.
func (pgDialect) loose(fts string) bool { return fts == "fts_sources" }

// phraseExpr is one phrase as a tsquery: 'a' <-> 'b', :* for a prefix; in
// a loose index its words in any order.
func (d pgDialect) phraseExpr(fts string, p queryPhrase) string {
	op := " <-> "
	if d.loose(fts) {
		op = " & "
	}
	var ws []string
	for _, w := range p.words {
		if l := pgLexeme(w); l != "" {
			ws = append(ws, l)
		}
	}
	if len(ws) == 0 {
		return ""
	}
	if p.prefix {
		ws[len(ws)-1] += ":*"
	}
	return "(" + strings.Join(ws, op) + ")"
}

// matchExpr joins the phrases: all must match, none excluded. A loose
// index leaves the exclusions to the check on the text.
func (d pgDialect) matchExpr(fts string, phrases []queryPhrase) string {
	var parts []string
	positive := false
	for _, p := range phrases {
		e := d.phraseExpr(fts, p)
		switch {
		case e == "":
		case !p.exclude:
			parts = append(parts, e)
			positive = true
		case !d.loose(fts):
			parts = append(parts, "!"+e)
		}
	}
	if !positive {
		return "" // nothing left to look for: no row matches
	}
	return strings.Join(parts, " & ")
}

// candidatesSQL: see sqliteDialect.candidatesSQL. The newest matches are
// found in the index first and only then joined to the base table for
// their text: joining first made PostgreSQL read the table backwards
// alongside the index (a merge join), 12 ms of a rare word's 15 at 100k
// statements.
func (d pgDialect) candidatesSQL(fts, col string, ranged bool, mode scopeMode) string {
	table := strings.TrimPrefix(fts, "fts_")
	where := "f.doc @@ ?::tsquery"
	if ranged {
		where += " AND f.id BETWEEN ? AND ?"
	}
	switch mode {
	case scopeList:
		where += " AND f.id IN (?)"
	case scopeRow:
		where += " AND EXISTS (?)"
	}
	extra := ""
	if d.loose(fts) {
		extra = ", base.title"
	}
	return fmt.Sprintf(`SELECT c.id, base.%s AS body%s FROM (SELECT f.id FROM %s f WHERE %s ORDER BY f.id DESC LIMIT ?) AS c
		JOIN %s base ON base.id = c.id ORDER BY c.id DESC`, col, extra, fts, where, table)
}

func (pgDialect) rowRef(string) string { return "f.id" }

func (pgDialect) densitySQL(fts string) string {
	return fmt.Sprintf(`SELECT count(*) AS n, coalesce(min(id), 0) AS low
		FROM (SELECT id FROM %s WHERE doc @@ ?::tsquery ORDER BY id DESC LIMIT ?) AS x`, fts)
}

func (pgDialect) rowCountSQL(fts string) string {
	return "SELECT coalesce(max(id), 0) FROM " + fts
}
