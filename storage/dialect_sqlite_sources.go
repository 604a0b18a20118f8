package storage

import (
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"

	"gorm.io/gorm"
)

// The search index of sources in a project file (project format 4) holds
// each source in pieces: the rows of fts_sources numbered source id ×
// 2^pieceBits + piece, the title in piece 0. FTS5 builds the index of a
// row in memory and keeps copies of its text while it does: as one row, a
// 50 MB source took about four times its text on top of what the import
// held (an import of 32 MB peaked at 232 MB), in pieces a few hundred
// kilobytes. A search then finds a source whose words are spread over
// several pieces as PostgreSQL's index of a source's words does: every
// word in some piece of the source, and the phrases and exclusions checked
// on its text (loose).
//
// Parley stores every source through insertSources, which indexes it in
// pieces; the triggers, which index a source as one piece, only keep the
// index in step with a source stored by some other program.

const (
	sourceIndex = "fts_sources"
	// pieceBits numbers the pieces of a source: up to 512. A row's id is
	// at most 2^53 (countersInRange), so id << pieceBits stays below 2^62.
	pieceBits = 9
	maxPieces = 1 << pieceBits
	// pieceBytes is the size of a piece, raised for a text longer than
	// maxPieces of them (a 128 MB text, the most the reader takes, in
	// pieces of 256 KB); pieceSlack is how far past it a piece may run to
	// end at a line or a space rather than inside a word.
	pieceBytes = 64 << 10
	pieceSlack = 4 << 10
	// sourceBatch is how many sources one INSERT stores (insertSources).
	sourceBatch = 200
)

// sourceTriggerSQL returns the triggers that keep fts_sources in step with
// sources. A changed title is set on piece 0 alone; the text of a source
// never changes (statements point into it), but if it did, the source is
// indexed again as one piece. Their text is checked on open
// (schema/v4.json): changing it changes the project format.
func sourceTriggerSQL() []searchTrigger {
	pieces := fmt.Sprintf("rowid BETWEEN old.id << %d AND (old.id << %d) + %d", pieceBits, pieceBits, maxPieces-1)
	return []searchTrigger{
		{"sources_ai", fmt.Sprintf(`CREATE TRIGGER sources_ai AFTER INSERT ON sources BEGIN
			INSERT INTO fts_sources(rowid, title, text) VALUES (new.id << %d, parley_fold(new.title), parley_fold(new.text)); END`, pieceBits)},
		{"sources_ad", fmt.Sprintf(`CREATE TRIGGER sources_ad AFTER DELETE ON sources BEGIN
			DELETE FROM fts_sources WHERE %s; END`, pieces)},
		{"sources_au", fmt.Sprintf(`CREATE TRIGGER sources_au AFTER UPDATE OF text ON sources WHEN new.text IS NOT old.text BEGIN
			DELETE FROM fts_sources WHERE %s;
			INSERT INTO fts_sources(rowid, title, text) VALUES (new.id << %d, parley_fold(new.title), parley_fold(new.text)); END`, pieces, pieceBits)},
		{"sources_at", fmt.Sprintf(`CREATE TRIGGER sources_at AFTER UPDATE OF title ON sources WHEN new.title IS NOT old.title BEGIN
			UPDATE fts_sources SET title = parley_fold(new.title) WHERE rowid = new.id << %d; END`, pieceBits)},
	}
}

// indexSource adds source id's title and text to fts_sources in pieces
// (eachPiece), the title with the first. Each piece is folded and handed
// to SQLite on its own: the text is never copied whole.
func indexSource(tx *gorm.DB, id int64, title, text string) error {
	return eachPiece(text, func(k int, piece string) error {
		var t string
		if k == 0 {
			t = foldCJK(title)
		}
		err := tx.Exec("INSERT INTO fts_sources(rowid, title, text) VALUES (?, ?, ?)", id<<pieceBits+int64(k), t, foldCJK(piece)).Error
		if err != nil {
			return fmt.Errorf("index the source: %w", err)
		}
		return nil
	})
}

// eachPiece calls f with the pieces of text in order, numbered from 0: at
// most maxPieces of about pieceBytes or more, each ending at a line break
// or a space where there is one near, so that no word is cut. An empty
// text is one empty piece.
func eachPiece(text string, f func(k int, piece string) error) error {
	size := max(pieceBytes, (len(text)+maxPieces-1)/maxPieces)
	for k, start := 0, 0; k == 0 || start < len(text); k++ {
		end := len(text)
		if k < maxPieces-1 && len(text)-start > size {
			end = pieceEnd(text, start+size)
		}
		if err := f(k, text[start:end]); err != nil {
			return err
		}
		start = end
	}
	return nil
}

// pieceEnd returns where a piece meant to end at byte i of text ends: after
// the next line break or else the next space within pieceSlack bytes, or
// else at the next character.
func pieceEnd(text string, i int) int {
	near := text[i:min(len(text), i+pieceSlack)]
	if j := strings.IndexByte(near, '\n'); j >= 0 {
		return i + j + 1
	}
	if j := strings.IndexByte(near, ' '); j >= 0 {
		return i + j + 1
	}
	for i < len(text) && !utf8.RuneStart(text[i]) {
		i++
	}
	return i
}

// reindexSources indexes every source again in pieces, one source at a
// time: format 4's step from earlier formats, whose index held each
// source as one row numbered by its id. Only the sources are read, so a
// project of a million statements migrates in the time its sources take.
func reindexSources(tx *gorm.DB) error {
	for _, q := range []string{"DROP TRIGGER IF EXISTS sources_ai", "DROP TRIGGER IF EXISTS sources_au",
		"DROP TRIGGER IF EXISTS sources_ad", "DROP TABLE IF EXISTS fts_sources"} {
		if err := tx.Exec(q).Error; err != nil {
			return err
		}
	}
	if err := (sqliteDialect{}).ensureSearch(tx); err != nil {
		return err
	}
	var ids []int64
	if err := tx.Raw("SELECT id FROM sources ORDER BY id").Scan(&ids).Error; err != nil {
		return fmt.Errorf("list the sources: %w", err)
	}
	for _, id := range ids {
		var src struct{ Title, Text string }
		if err := tx.Raw("SELECT title, text FROM sources WHERE id = ?", id).Scan(&src).Error; err != nil {
			return fmt.Errorf("read source %d: %w", id, err)
		}
		if err := indexSource(tx, id, src.Title, src.Text); err != nil {
			return fmt.Errorf("source %d: %w", id, err)
		}
	}
	return nil
}

// sourceTerms lists the FTS5 queries of the words of the phrases to look
// for, one word each (the last word of a prefix phrase with its *), as
// the JSON array the source queries take; "" when there is none.
func sourceTerms(phrases []queryPhrase) string {
	var terms []string
	for _, p := range phrases {
		if p.exclude {
			continue
		}
		for i, w := range p.words {
			t := `"` + strings.ReplaceAll(w, `"`, `""`) + `"`
			if p.prefix && i == len(p.words)-1 {
				t += "*"
			}
			terms = append(terms, t)
		}
	}
	if len(terms) == 0 {
		return ""
	}
	b, _ := json.Marshal(terms) // a list of strings always encodes
	return string(b)
}

// sourceMatches is a WITH clause whose table m(id) holds the sources that
// have each term of the JSON array argument in one of their pieces.
var sourceMatches = fmt.Sprintf(`WITH w(term) AS (SELECT DISTINCT value FROM json_each(?)),
	m(id) AS (SELECT fts_sources.rowid >> %d FROM w, fts_sources WHERE fts_sources MATCH w.term
		GROUP BY 1 HAVING count(DISTINCT w.term) = (SELECT count(*) FROM w))`, pieceBits)

// sourceCandidatesSQL: the newest sources that hold every term, with their
// title and text (arguments: terms, [scope subquery,] limit).
func sourceCandidatesSQL(mode scopeMode) string {
	where := ""
	switch mode {
	case scopeList:
		where = "WHERE m.id IN (?)"
	case scopeRow:
		where = "WHERE EXISTS (?)" // the subquery refers to m.id (rowRef)
	}
	return sourceMatches + ` SELECT m.id, base.text AS body, base.title FROM m JOIN sources base ON base.id = m.id ` +
		where + ` ORDER BY m.id DESC LIMIT ?`
}
