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

// Search runs a ranked full-text search over statements, notes and sources.
// A query beyond MaxQueryTerms or MaxQueryBytes is cut (see CapQuery). Its
// queries run in one read transaction.
func (s *Store) Search(ctx context.Context, q SearchQuery) ([]Hit, error) {
	hits, err := viewed(ctx, s, func(ctx context.Context) ([]Hit, error) { return s.search(ctx, q) })
	if err != nil && indexDamaged(err) && CodeOf(err) != CodeIndexDamaged {
		// Met while rows were read, where no hook sees it.
		return nil, indexDamagedErr(s.Name(), err)
	}
	return hits, err
}

func (s *Store) search(ctx context.Context, q SearchQuery) ([]Hit, error) {
	q.Query, _ = CapQuery(q.Query)
	phrases, err := parseQuery(q.Query)
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
		h, err := s.searchTable(ctx, k, phrases, page, q.Filter)
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
		len(f.SpeakerIDs) > 0 || len(f.IDs) > 0 || len(f.Authors) > 0
	if !stmtOnly && f.DialogueID == 0 && len(f.PartyIDs) == 0 {
		return nil, true
	}
	statements := f.where(db.Table("statements s").Select("s.id"))
	switch kind {
	case HitStatement:
		return statements, true
	case HitNote:
		// Notes are few: check each one's statement rather than list the
		// statements, which may be half the project. rowCheck looks a
		// filter on parties or tags up in their join tables, without
		// reading each note's statement. The conditions are grouped so that
		// candidateQuery can tie them to one note.
		onStatement := f.rowCheck(db, "n.statement_id")
		onLink := db.Table("links l").Select("1").Where("l.id = n.link_id").
			Where(db.Where("EXISTS (?)", f.rowCheck(db, "l.from_id")).Or("EXISTS (?)", f.rowCheck(db, "l.to_id")))
		cond := db.Where("EXISTS (?)", onStatement).Or("EXISTS (?)", onLink)
		if len(f.PartyIDs) == 0 && len(f.TagIDs) == 0 && len(f.Kinds) == 0 && len(f.SpeakerIDs) == 0 && len(f.IDs) == 0 && len(f.Authors) == 0 {
			a := db.Table("assessments a").Select("a.id")
			if f.DialogueID != 0 {
				a = a.Where("a.dialogue_id = ?", f.DialogueID)
			}
			if len(f.TopicIDs) > 0 {
				a = a.Where("a.topic_id IN ?", f.TopicIDs)
			}
			cond = cond.Or("n.assessment_id IN (?)", a)
		}
		return db.Table("notes n").Select("n.id").Where(cond), true
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

// queryPhrase is one word or "phrase" of a search, its words as the index
// holds them (CJK characters one by one).
type queryPhrase struct {
	words           []string
	prefix, exclude bool
}

// parseQuery splits what a user typed into phrases; it fails with
// CodeInvalid when nothing is left to look for.
func parseQuery(input string) ([]queryPhrase, error) {
	var out []queryPhrase
	positive := false
	for _, t := range splitQuery(input) {
		exclude := strings.HasPrefix(t.text, "-") && !t.quoted && len(t.text) > 1
		text := t.text
		if exclude {
			text = text[1:]
		}
		prefix := !t.quoted && strings.HasSuffix(text, "*")
		text = strings.TrimRight(text, "*")
		words := indexWords(text)
		if len(words) == 0 {
			continue
		}
		r := []rune(text)
		out = append(out, queryPhrase{words: words, exclude: exclude, prefix: prefix && len(r) > 0 && !isCJK(r[len(r)-1])})
		positive = positive || !exclude
	}
	switch {
	case !positive && len(out) > 0:
		// "-china" reads as "everything but china", which is no search.
		return nil, newErr(CodeInvalid, nil, "a search cannot only exclude words: add a word to look for, or put the word in quotes (\"-china\") to look for it")
	case !positive:
		return nil, newErr(CodeInvalid, nil, "type a word to search for")
	}
	return out, nil
}

// indexWords splits text into words as the search index does: runs of
// letters and digits, each CJK character a word of its own, lower case.
func indexWords(text string) []string {
	return strings.FieldsFunc(strings.ToLower(foldCJK(text)), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Mn, r))
	})
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
