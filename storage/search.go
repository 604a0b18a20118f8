package storage

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"unicode"

	"gorm.io/gorm"
)

// HitKind says what a search hit is.
type HitKind string

// The kinds of search hit.
const (
	HitStatement HitKind = "statement"
	HitNote      HitKind = "note"
	HitSource    HitKind = "source"
)

// SnippetStart and SnippetEnd bracket the matched words in a Hit's Snippet.
const (
	SnippetStart = "\x02"
	SnippetEnd   = "\x03"
)

// Hit is one search result. StatementID is set for statements and for
// notes on a statement; DialogueID when the hit belongs to a dialogue.
type Hit struct {
	Kind        HitKind
	ID          int64
	StatementID int64
	DialogueID  int64
	Snippet     string
	Rank        float64
}

// SearchQuery is what to look for and where. Query is the user's text:
// words (all must match), "quoted phrases", -word to exclude, word* for a
// prefix. Filters restrict statement hits (and notes on statements).
type SearchQuery struct {
	Query  string
	Filter StatementFilter
	Kinds  []HitKind // empty: all
	Limit  int       // per page; 0 means 50
	Offset int
}

// rankCap bounds how many matches bm25 ranks per table, so that a very
// common word answers in milliseconds; hits beyond it come unranked.
const rankCap = 2000

// Search runs a ranked full-text search over statements, notes and sources.
func (s *Store) Search(ctx context.Context, q SearchQuery) ([]Hit, error) {
	match, err := MatchExpr(q.Query)
	if err != nil {
		return nil, err
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 50
	}
	want := func(k HitKind) bool {
		if len(q.Kinds) == 0 {
			return true
		}
		for _, x := range q.Kinds {
			if x == k {
				return true
			}
		}
		return false
	}
	var hits []Hit
	page := limit + q.Offset
	for _, k := range []HitKind{HitStatement, HitNote, HitSource} {
		if !want(k) {
			continue
		}
		h, err := s.searchTable(ctx, k, match, page, q.Filter)
		if err != nil {
			return nil, err
		}
		hits = append(hits, h...)
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].Rank < hits[j].Rank })
	if q.Offset >= len(hits) {
		return nil, nil
	}
	hits = hits[q.Offset:]
	if len(hits) > limit {
		hits = hits[:limit]
	}
	return hits, nil
}

// scope returns the ids of kind's rows that filter f lets through, as a
// subquery; nil when f lets everything through, and ok false when no row
// of that kind can pass (a source has no topic, tag, kind or speaker).
func (f StatementFilter) scope(db *gorm.DB, kind HitKind) (sub *gorm.DB, ok bool) {
	stmtOnly := len(f.TopicIDs) > 0 || f.NoTopic || len(f.TagIDs) > 0 || len(f.Kinds) > 0 ||
		len(f.SpeakerIDs) > 0 || len(f.IDs) > 0
	if !stmtOnly && f.DialogueID == 0 && len(f.PartyIDs) == 0 {
		return nil, true
	}
	statements := f.where(db.Table("statements s").Select("s.id"))
	switch kind {
	case HitStatement:
		return statements, true
	case HitNote:
		q := db.Table("notes n").Select("n.id").Where("n.statement_id IN (?)", statements).
			Or("n.link_id IN (SELECT l.id FROM links l WHERE l.from_id IN (?) OR l.to_id IN (?))", statements, statements)
		if len(f.PartyIDs) == 0 && len(f.TagIDs) == 0 && len(f.Kinds) == 0 && len(f.SpeakerIDs) == 0 && len(f.IDs) == 0 {
			a := db.Table("assessments a").Select("a.id")
			if f.DialogueID != 0 {
				a = a.Where("a.dialogue_id = ?", f.DialogueID)
			}
			if len(f.TopicIDs) > 0 {
				a = a.Where("a.topic_id IN ?", f.TopicIDs)
			}
			q = q.Or("n.assessment_id IN (?)", a)
		}
		return q, true
	default:
		if stmtOnly {
			return nil, false
		}
		q := db.Table("sources src").Select("src.id")
		if f.DialogueID != 0 {
			q = q.Where("src.dialogue_id = ?", f.DialogueID)
		}
		if len(f.PartyIDs) > 0 {
			q = q.Where("src.author_party_id IN ?", f.PartyIDs)
		}
		return q, true
	}
}

var ftsOf = map[HitKind]struct {
	table string
	col   int // the column whose snippet is shown
}{HitStatement: {"fts_statements", 0}, HitNote: {"fts_notes", 0}, HitSource: {"fts_sources", 1}}

func (s *Store) searchTable(ctx context.Context, kind HitKind, match string, n int, f StatementFilter) ([]Hit, error) {
	db := s.read(ctx)
	sub, ok := f.scope(db, kind)
	if !ok {
		return nil, nil
	}
	var rows []struct {
		ID      int64
		Rank    float64
		Snippet string
	}
	t := ftsOf[kind]
	var err error
	if sub == nil {
		err = db.Raw(dialect.matchSQL(t.table, t.col, max(rankCap, n)), match, n, match).Scan(&rows).Error
	} else {
		err = db.Raw(dialect.matchInSQL(t.table, t.col, max(rankCap, n)), match, sub, n, match).Scan(&rows).Error
	}
	if err != nil {
		return nil, s.searchErr(err)
	}
	hits := make([]Hit, len(rows))
	for i, r := range rows {
		hits[i] = Hit{Kind: kind, ID: r.ID, Rank: r.Rank, Snippet: unfoldCJK(r.Snippet)}
	}
	return hits, s.placeHits(ctx, kind, hits)
}

// placeHits fills in the statement and dialogue of each hit.
func (s *Store) placeHits(ctx context.Context, kind HitKind, hits []Hit) error {
	if len(hits) == 0 {
		return nil
	}
	ids := make([]int64, len(hits))
	for i, h := range hits {
		ids[i] = h.ID
	}
	var rows []struct{ ID, StatementID, DialogueID int64 }
	var q string
	switch kind {
	case HitStatement:
		q = "SELECT id, id AS statement_id, dialogue_id FROM statements WHERE id IN ?"
	case HitNote:
		q = `SELECT n.id, coalesce(n.statement_id, l.from_id, 0) AS statement_id, coalesce(s.dialogue_id, a.dialogue_id, 0) AS dialogue_id
			FROM notes n LEFT JOIN links l ON l.id = n.link_id LEFT JOIN assessments a ON a.id = n.assessment_id
			LEFT JOIN statements s ON s.id = coalesce(n.statement_id, l.from_id) WHERE n.id IN ?`
	case HitSource:
		q = "SELECT id, 0 AS statement_id, coalesce(dialogue_id, 0) AS dialogue_id FROM sources WHERE id IN ?"
	}
	if err := s.read(ctx).Raw(q, ids).Scan(&rows).Error; err != nil {
		return fmt.Errorf("place search hits: %w", err)
	}
	by := map[int64]int{}
	for i, h := range hits {
		by[h.ID] = i
	}
	for _, r := range rows {
		hits[by[r.ID]].StatementID, hits[by[r.ID]].DialogueID = r.StatementID, r.DialogueID
	}
	return nil
}

func (s *Store) searchErr(err error) error {
	if strings.Contains(err.Error(), "fts5") || strings.Contains(err.Error(), "syntax") {
		return newErr(CodeInvalid, err, "the search could not be understood; try plain words")
	}
	return fmt.Errorf("search: %w", err)
}

// MatchExpr turns what a user typed into a safe FTS5 query: every word or
// "phrase" becomes a quoted phrase, so operators and punctuation typed by
// the user are only ever words. -word excludes, word* matches a prefix.
func MatchExpr(input string) (string, error) {
	var pos, neg []string
	for _, t := range splitQuery(input) {
		exclude := strings.HasPrefix(t.text, "-") && !t.quoted && len(t.text) > 1
		text := t.text
		if exclude {
			text = text[1:]
		}
		prefix := !t.quoted && strings.HasSuffix(text, "*")
		text = strings.TrimRight(text, "*")
		words := strings.FieldsFunc(foldCJK(text), func(r rune) bool {
			return !(unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Mn, r))
		})
		if len(words) == 0 {
			continue
		}
		phrase := `"` + strings.Join(words, " ") + `"`
		if prefix && !isCJK([]rune(text)[len([]rune(text))-1]) {
			phrase += "*"
		}
		if exclude {
			neg = append(neg, phrase)
		} else {
			pos = append(pos, phrase)
		}
	}
	if len(pos) == 0 {
		return "", newErr(CodeInvalid, nil, "type a word to search for")
	}
	expr := strings.Join(pos, " AND ")
	for _, n := range neg {
		expr += " NOT " + n
	}
	return expr, nil
}

type queryTerm struct {
	text   string
	quoted bool
}

// splitQuery splits on spaces, keeping "double-quoted phrases" together; an
// unclosed quote runs to the end.
func splitQuery(s string) []queryTerm {
	var out []queryTerm
	var cur strings.Builder
	quoted := false
	flush := func(q bool) {
		if cur.Len() > 0 {
			out = append(out, queryTerm{cur.String(), q})
			cur.Reset()
		}
	}
	for _, r := range s {
		switch {
		case r == '"' || r == '“' || r == '”':
			flush(quoted)
			quoted = !quoted
		case unicode.IsSpace(r) && !quoted:
			flush(false)
		default:
			cur.WriteRune(r)
		}
	}
	flush(quoted)
	return out
}
