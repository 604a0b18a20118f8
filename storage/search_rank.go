package storage

import (
	"context"
	"fmt"
	"math"
	"reflect"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"gorm.io/gorm"
)

// rankCap bounds how many matches per table are ranked: the newest rankCap
// matches of a query (scopedCap with filters). A word found in fewer rows
// is ranked over all of them; "the" is ranked over its newest 500 rows.
// Reading the candidates' text is most of a search's time.
const (
	rankCap   = 500
	scopedCap = 250
)

// densitySample is how many matches of a phrase are read to estimate in
// how many rows it occurs.
const densitySample = 400

// BM25's usual constants, as FTS5's bm25() uses them.
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// snippetWords is how many words a hit's snippet shows.
const snippetWords = 16

// searchTables' FTS twins, and the column whose text ranks and snippets a hit.
var ftsOf = map[HitKind]struct{ table, col string }{
	HitStatement: {"fts_statements", "text"},
	HitNote:      {"fts_notes", "body"},
	HitSource:    {"fts_sources", "text"},
}

type candidate struct {
	ID   int64
	Body string
	// Title is a source's title where the index does not hold phrases
	// (dialect.loose), for the check of the phrases.
	Title string
}

// searchTable finds the best n hits of one kind: the newest rankCap
// matches, scored with BM25 here rather than by SQLite (see candidatesSQL).
func (s *Store) searchTable(ctx context.Context, kind HitKind, phrases []queryPhrase, n int, f StatementFilter) ([]Hit, error) {
	db := s.read(ctx)
	sub, ok := f.scope(db, kind)
	if !ok {
		return nil, nil
	}
	t := ftsOf[kind]
	match := s.d.matchExpr(t.table, phrases)
	if match == "" {
		return nil, nil
	}
	q, args, err := s.candidateQuery(ctx, kind, t.table, t.col, match, sub, f, n)
	if err != nil {
		return nil, err
	}
	cands, err := scanCandidates(db, q, args)
	if err != nil {
		return nil, s.searchErr(err)
	}
	if s.d.loose(t.table) {
		cands = holding(cands, phrases)
	}
	if len(cands) == 0 {
		return nil, nil
	}
	var own *density
	if len(phrases) == 1 && sub == nil {
		// The candidates are the newest matches of the one phrase: they
		// tell its density without a second pass over the index.
		own = &density{N: float64(len(cands)), Low: float64(cands[len(cands)-1].ID), sample: float64(max(rankCap, n))}
	}
	idf, err := s.idfs(ctx, t.table, phrases, own)
	if err != nil {
		return nil, err
	}
	hits := rankCandidates(kind, cands, phrases, idf, n)
	return hits, s.placeHits(ctx, kind, hits)
}

// scanCandidates reads (id, text) rows without gorm's reflection, which
// costs more than the query for a thousand rows.
func scanCandidates(db *gorm.DB, q string, args []any) ([]candidate, error) {
	rows, err := db.Raw(q, args...).Rows()
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return nil, err
	}
	var out []candidate
	for rows.Next() {
		var c candidate
		dest := []any{&c.ID, &c.Body, &c.Title}
		if err := rows.Scan(dest[:len(cols)]...); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// holding keeps the candidates whose text or title holds every phrase to
// look for and none to exclude, as the words of the text are split for
// the index.
func holding(cands []candidate, phrases []queryPhrase) []candidate {
	has := func(text string, p queryPhrase) bool {
		toks := tokenize(text)
		for i := range toks {
			if p.matchAt(text, toks, i) {
				return true
			}
		}
		return false
	}
	out := cands[:0]
	for _, c := range cands {
		ok := true
		for _, p := range phrases {
			if (has(c.Body, p) || has(c.Title, p)) == p.exclude {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, c)
		}
	}
	return out
}

// listScope is the size up to which a scope is handed to SQLite as a list
// of ids (built once, then looked up per match); a larger scope is checked
// row by row, since then most matches pass and few are read.
const listScope = 20000

// candidateQuery builds the query for the candidates of one kind within
// scope sub (nil: everything).
func (s *Store) candidateQuery(ctx context.Context, kind HitKind, fts, col, match string, sub *gorm.DB, f StatementFilter, n int) (string, []any, error) {
	db := s.read(ctx)
	if sub == nil {
		return s.d.candidatesSQL(fts, col, false, scopeNone), []any{match, max(rankCap, n)}, nil
	}
	args := []any{match}
	ranged := kind == HitStatement && f.DialogueID != 0
	if ranged {
		// A dialogue's statements were mostly stored together: their id
		// range lets FTS5 skip straight to them.
		var r struct{ Lo, Hi int64 }
		if err := db.Raw("SELECT coalesce(min(id), 0) AS lo, coalesce(max(id), 0) AS hi FROM statements WHERE dialogue_id = ?", f.DialogueID).Scan(&r).Error; err != nil {
			return "", nil, s.searchErr(err)
		}
		args = append(args, r.Lo, r.Hi)
	}
	mode := scopeList
	if kind == HitNote {
		// Listing every note in scope looked up every note's statement
		// (10 ms at a million statements and 3,450 notes); checking the
		// notes that match, newest first, stops at the limit.
		mode = scopeRow
		sub = sub.Where("n.id = " + s.d.rowRef(fts))
	}
	if kind == HitStatement {
		size := int64(listScope) // nothing to count by: as broad as the project
		// A dialogue alone is not counted: within its id range nearly
		// every match is its own, so checking the matches one by one stops
		// at the limit soon, where counting and listing the dialogue's
		// statements read them all twice (15 ms at 10,000).
		dialogueOnly := ranged && reflect.DeepEqual(f, StatementFilter{DialogueID: f.DialogueID})
		if probe := f.sizeProbe(db); probe != nil && !dialogueOnly {
			var err error
			if size, err = s.scopeSize(db, f, probe); err != nil {
				return "", nil, s.searchErr(err)
			}
		}
		if size >= listScope {
			mode = scopeRow
			sub = f.rowCheck(db, s.d.rowRef(fts))
		}
	}
	args = append(args, sub, max(scopedCap, n)) // a scope makes FTS5 pass over matches outside it
	return s.d.candidatesSQL(fts, col, ranged, mode), args, nil
}

// density is how many of a phrase's newest sample matches were found and
// the lowest rowid among them.
type density struct {
	N, Low float64
	sample float64
}

// sizeProbe returns a cheap query with at least as many rows as the
// filter's scope, or nil when nothing narrows the scope but the kinds.
// Kinds have no index (counting them reads the statements themselves, 1.7 s
// for a common kind at a million rows), so the probe leaves them out; a
// filter on tags or parties alone is counted in its join table, without a
// look-up of every statement.
func (f StatementFilter) sizeProbe(db *gorm.DB) *gorm.DB {
	g := f
	g.Kinds = nil
	rest := g
	rest.TagIDs, rest.PartyIDs = nil, nil
	switch {
	case !reflect.DeepEqual(rest, StatementFilter{}):
		return g.where(db.Table("statements s").Select("s.id"))
	case len(g.TagIDs) > 0:
		return db.Table("statement_tags").Select("statement_id").Where("tag_id IN ?", g.TagIDs)
	case len(g.PartyIDs) > 0:
		return db.Table("statement_parties").Select("statement_id").Where("party_id IN ?", g.PartyIDs)
	}
	return nil
}

// rowCheck returns a subquery that is true when the statement whose id is
// ref passes the filter. A filter on tags or parties alone looks in the
// join tables only: reading each match's statement row as well took most
// of a filtered search's time at a million rows.
func (f StatementFilter) rowCheck(db *gorm.DB, ref string) *gorm.DB {
	rest := f
	rest.TagIDs, rest.PartyIDs = nil, nil
	if !reflect.DeepEqual(rest, StatementFilter{}) || len(f.TagIDs)+len(f.PartyIDs) == 0 {
		return f.apply(db.Table("statements s").Select("1").Where("s.id = "+ref), true)
	}
	var q *gorm.DB
	for _, j := range []struct {
		table, col string
		ids        []int64
	}{{"statement_parties", "party_id", f.PartyIDs}, {"statement_tags", "tag_id", f.TagIDs}} {
		switch {
		case len(j.ids) == 0:
		case q == nil:
			q = db.Table(j.table+" x").Select("1").Where("x.statement_id = "+ref+" AND x."+j.col+" IN ?", j.ids)
		default:
			q = q.Where("EXISTS (SELECT 1 FROM "+j.table+" y WHERE y.statement_id = "+ref+" AND y."+j.col+" IN ?)", j.ids)
		}
	}
	return q
}

// idfs returns the inverse document frequency of each phrase. Counting a
// common word's rows exactly costs as much as ranking them all, so the
// count is estimated from how densely its newest matches lie.
func (s *Store) idfs(ctx context.Context, fts string, phrases []queryPhrase, own *density) ([]float64, error) {
	db := s.read(ctx)
	var total float64
	if err := db.Raw(s.d.rowCountSQL(fts)).Scan(&total).Error; err != nil {
		return nil, s.searchErr(err)
	}
	out := make([]float64, len(phrases))
	for i, p := range phrases {
		if p.exclude {
			continue
		}
		expr := s.d.phraseExpr(fts, p)
		d := density{sample: densitySample}
		if own != nil {
			d = *own
		} else if err := db.Raw(s.d.densitySQL(fts), expr, densitySample).Scan(&d).Error; err != nil {
			return nil, s.searchErr(err)
		}
		df := d.N
		if d.N >= d.sample {
			df = min(total, d.N*total/max(1, total-d.Low+1))
		}
		out[i] = math.Log(1 + (total-df+0.5)/(df+0.5))
	}
	return out, nil
}

// token is where one word of a text sits, in bytes.
type token struct{ start, end int }

// tokenize splits text as the index does (see indexWords), keeping offsets.
func tokenize(text string) []token {
	var out []token
	start := -1
	flush := func(end int) {
		if start >= 0 {
			out = append(out, token{start, end})
			start = -1
		}
	}
	for i, r := range text {
		switch {
		case r < 0x80: // most of the text: no table look-ups
			if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' {
				if start < 0 {
					start = i
				}
			} else {
				flush(i)
			}
		case isCJK(r):
			flush(i)
			out = append(out, token{i, i + utf8.RuneLen(r)})
		case unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Mn, r):
			if start < 0 {
				start = i
			}
		default:
			flush(i)
		}
	}
	flush(len(text))
	return out
}

// matchAt reports whether phrase p starts at toks[i] of text.
func (p queryPhrase) matchAt(text string, toks []token, i int) bool {
	if i+len(p.words) > len(toks) {
		return false
	}
	for j, w := range p.words {
		got := text[toks[i+j].start:toks[i+j].end]
		if !isASCII(got) || !isASCII(w) {
			// The index folds diacritics ("Erdogan" finds "Erdoğan"); the
			// ranking and the snippet's marks must too.
			got, w = strings.ToLower(foldDiacritics(got)), strings.ToLower(foldDiacritics(w))
		}
		if p.prefix && j == len(p.words)-1 && len(got) > len(w) {
			got = got[:len(w)]
		}
		if !strings.EqualFold(got, w) {
			return false
		}
	}
	return true
}

type scored struct {
	hit  Hit
	toks []token
	text string
}

// rankCandidates scores the candidates with BM25 and returns the best n,
// with snippets.
func rankCandidates(kind HitKind, cands []candidate, phrases []queryPhrase, idf []float64, n int) []Hit {
	all := make([]scored, len(cands))
	var totalLen float64
	for i, c := range cands {
		text := unfoldCJK(c.Body)
		all[i] = scored{hit: Hit{Kind: kind, ID: c.ID}, toks: tokenize(text), text: text}
		totalLen += float64(len(all[i].toks))
	}
	avg := max(1, totalLen/float64(len(all)))
	for i := range all {
		toks := all[i].toks
		var score float64
		for k, p := range phrases {
			if p.exclude {
				continue
			}
			tf := 0.0
			for j := range toks {
				if p.matchAt(all[i].text, toks, j) {
					tf++
				}
			}
			score += idf[k] * tf * (bm25K1 + 1) / (tf + bm25K1*(1-bm25B+bm25B*float64(len(toks))/avg))
		}
		all[i].hit.Rank = -score // lower is better, as with FTS5's rank
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].hit.Rank < all[j].hit.Rank })
	all = all[:min(n, len(all))]
	out := make([]Hit, len(all))
	for i, sc := range all {
		out[i] = sc.hit
		out[i].Snippet = snippet(sc.text, sc.toks, phrases)
	}
	return out
}

// snippet shows up to snippetWords words of text around the match that
// has the most of the query's phrases near it (the earliest such), the
// matched words between SnippetStart and SnippetEnd. Around the first
// match alone, "rule of law" showed a source's first "of", paragraphs
// before the phrase.
func snippet(text string, toks []token, phrases []queryPhrase) string {
	marked := make([]bool, len(toks))
	var found []phraseAt
	for j := range toks {
		for i, p := range phrases {
			if !p.exclude && p.matchAt(text, toks, j) {
				for k := range p.words {
					marked[j+k] = true
				}
				found = append(found, phraseAt{j, i})
			}
		}
	}
	if len(toks) == 0 {
		return text
	}
	first := mostPhrasesNear(found, len(phrases))
	from := max(0, first-snippetWords/4)
	to := min(len(toks), from+snippetWords)
	from = max(0, min(from, to-snippetWords))
	var b strings.Builder
	pos := toks[from].start
	if from > 0 {
		b.WriteString("…")
	} else {
		pos = 0
	}
	// joined: a marked word right after another (Chinese characters) shares
	// its markers.
	joined := func(j int) bool { return j > from && marked[j-1] && toks[j-1].end == toks[j].start }
	for j := from; j < to; j++ {
		b.WriteString(text[pos:toks[j].start])
		if marked[j] && !joined(j) {
			b.WriteString(SnippetStart)
		}
		b.WriteString(text[toks[j].start:toks[j].end])
		if marked[j] && !(j+1 < to && marked[j+1] && joined(j+1)) {
			b.WriteString(SnippetEnd)
		}
		pos = toks[j].end
	}
	if to < len(toks) {
		b.WriteString("…")
	} else {
		b.WriteString(text[pos:])
	}
	return b.String()
}

// scopeSizes remembers how many statements filters select (up to
// listScope), until this process writes.
type scopeSizes struct {
	mu     sync.Mutex
	writes int64
	n      map[string]int64
}

// scopeSize counts the statements f selects, up to listScope, through
// probe. The count only chooses how the scope is checked, never what is
// found, so it is kept until this process writes: a search typed with a
// filter on counted a tag's or a party's statements again at every key
// (a quarter of a filtered search at a million statements). Another
// client's write to a team project can only make the choice slower.
func (s *Store) scopeSize(db *gorm.DB, f StatementFilter, probe *gorm.DB) (int64, error) {
	key := fmt.Sprintf("%+v", f)
	writes := s.writes.Load()
	c := &s.sizes
	c.mu.Lock()
	n, ok := c.n[key]
	if c.writes != writes || c.n == nil {
		c.writes, c.n, ok = writes, map[string]int64{}, false
	}
	c.mu.Unlock()
	if ok {
		return n, nil
	}
	if err := db.Table("(?) AS x", probe.Limit(listScope)).Count(&n).Error; err != nil {
		return 0, err
	}
	c.mu.Lock()
	if c.writes == writes && len(c.n) < 256 {
		c.n[key] = n
	}
	c.mu.Unlock()
	return n, nil
}

// phraseAt is a match: the query's phrase (its index) at a token.
type phraseAt struct{ tok, phrase int }

// mostPhrasesNear is the token of the match, in found (in text order),
// followed within a snippet's view by the most distinct phrases of the n;
// -1 when found is empty.
func mostPhrasesNear(found []phraseAt, n int) int {
	best, bestCount := -1, 0
	seen := make([]int, n) // the match whose window last saw each phrase, +1
	for i, f := range found {
		count := 0
		for _, g := range found[i:] {
			if g.tok >= f.tok+snippetWords-snippetWords/4 {
				break
			}
			if seen[g.phrase] != i+1 {
				seen[g.phrase] = i + 1
				count++
			}
		}
		if count > bestCount {
			best, bestCount = f.tok, count
		}
		if bestCount == n {
			break
		}
	}
	return best
}
