package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"gorm.io/gorm"
)

// What the importer learns from the analyst's corrections lives in the
// lessons table: under a rule, a key maps to a value, confirmed Count
// times. The importer (app/ingest) decides what the rules and keys are;
// storage keeps them, adds them up and takes them back.

// The rules of lessons (Lesson.Rule); app/ingest says what each means. A
// lesson under another rule would never be used, so a project or an
// exchange file holding one is refused rather than kept as dead weight.
const (
	RuleSpeakerParty = "speaker_party"
	RuleSpeakerName  = "speaker_name"
	RulePhraseKind   = "phrase_kind"
	RulePhraseTopic  = "phrase_topic"
	RuleSubjectParty = "subject_party"
)

// LessonRules are the rules a lesson may have, in alphabetical order.
var LessonRules = []string{RulePhraseKind, RulePhraseTopic, RuleSpeakerName, RuleSpeakerParty, RuleSubjectParty}

// CheckLesson says what is wrong with a lesson, naming it: no rule or
// key, a rule Parley does not know, fields that are not text or too long,
// a negative count.
func CheckLesson(l Lesson) error {
	name := fmt.Sprintf("the lesson %s %q → %q", l.Rule, l.Key, l.Value)
	switch {
	case strings.TrimSpace(l.Rule) == "":
		return invalid("%s has no rule", name)
	case !slices.Contains(LessonRules, l.Rule):
		return invalid("%s has a rule Parley does not know (%q; it knows %s)", name, l.Rule, strings.Join(LessonRules, ", "))
	case strings.TrimSpace(l.Key) == "":
		return invalid("%s has no key", name)
	case l.Count < 0:
		return invalid("%s has a negative count (%d)", name, l.Count)
	}
	for _, f := range []string{l.Key, l.Value} {
		if len(f) > maxLessonField || !utf8.ValidString(f) {
			return invalid("the lesson %s %.40q… must have a key and a value of text of at most %d bytes", l.Rule, l.Key, maxLessonField)
		}
	}
	return nil
}

// maxLessonField bounds a lesson's rule, key and value: they are names and
// short phrases, and a project file from elsewhere may hold anything.
const maxLessonField = 1000

// Learnt is what Learn changed, so that Unlearn can take it back: each
// lesson touched, as it was before (Count 0 when it was new).
type Learnt struct {
	before []Lesson
}

// Empty reports whether nothing was learnt.
func (l Learnt) Empty() bool { return len(l.before) == 0 }

// Lessons returns every lesson of the project, by rule, key and count
// (the most confirmed value of a key first).
func (s *Store) Lessons(ctx context.Context) ([]Lesson, error) {
	out, err := readLessons(s.read(ctx), nil, `"rule", "key", "count" DESC, id`)
	if err != nil {
		return nil, fmt.Errorf("list lessons: %w", err)
	}
	return out, nil
}

// readLessons reads the lessons ids (every lesson when ids is empty) in
// order. A time that is not one (the project edited outside Parley) is
// read as the zero time: lessons were read with the driver's scan, and
// one such lesson stopped every import into the project, its listing and
// its forgetting; a lesson's times only say when it was learnt.
func readLessons(db *gorm.DB, ids []int64, order string) ([]Lesson, error) {
	q := `SELECT id, "rule", "key", "value", "count", CAST(created_at AS TEXT), CAST(updated_at AS TEXT) FROM lessons`
	var args []any
	if len(ids) > 0 {
		q += " WHERE id IN ?"
		args = append(args, ids)
	}
	rows, err := db.Raw(q+" ORDER BY "+order, args...).Rows()
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Lesson
	for rows.Next() {
		var l Lesson
		var created, updated sql.NullString
		if err := rows.Scan(&l.ID, &l.Rule, &l.Key, &l.Value, &l.Count, &created, &updated); err != nil {
			return nil, err
		}
		l.CreatedAt, l.UpdatedAt = timeOrZero(created.String), timeOrZero(updated.String)
		out = append(out, l)
	}
	return out, rows.Err()
}

// timeOrZero reads a datetime column read as text, as timeText does, and
// gives the zero time for a text that is no time.
func timeOrZero(s string) time.Time {
	var t time.Time
	if (timeText{t: &t}).Scan(s) != nil {
		return time.Time{}
	}
	return t
}

// Learn runs edit (nil for none) and records lessons, in one write
// transaction: a correction and what is learnt from it are kept or lost
// together. Each lesson adds its Count (1 when 0) to the lesson of the
// same rule, key and value, or is created. Unlearn takes it back.
func (s *Store) Learn(ctx context.Context, lessons []Lesson, edit func(ctx context.Context) error) (Learnt, error) {
	var l Learnt
	err := s.change(ctx, "learn from a correction", func(ctx context.Context) error {
		if edit != nil {
			if err := edit(ctx); err != nil {
				return err
			}
		}
		var err error
		l, err = learn(txOf(ctx).db, lessons)
		return err
	})
	if err != nil {
		return Learnt{}, err
	}
	return l, nil
}

// Unlearn runs undo (nil for none) and takes back what Learn learnt, in
// one write transaction: a lesson that Learn created goes, one it added
// to gets its count and time back.
func (s *Store) Unlearn(ctx context.Context, l Learnt, undo func(ctx context.Context) error) error {
	return s.change(ctx, "take back a correction", func(ctx context.Context) error {
		if undo != nil {
			if err := undo(ctx); err != nil {
				return err
			}
		}
		tx := txOf(ctx).db
		for _, b := range l.before {
			q := tx.Model(&Lesson{}).Where(`"rule" = ? AND "key" = ? AND "value" = ?`, b.Rule, b.Key, b.Value)
			if b.Count == 0 {
				if err := q.Delete(&Lesson{}).Error; err != nil {
					return fmt.Errorf("take back lesson %s %q: %w", b.Rule, b.Key, err)
				}
				continue
			}
			if err := q.Updates(map[string]any{"count": b.Count, "updated_at": b.UpdatedAt}).Error; err != nil {
				return fmt.Errorf("take back lesson %s %q: %w", b.Rule, b.Key, err)
			}
		}
		return nil
	})
}

// ForgetLessons deletes the lessons ids, or every lesson when ids is
// empty, and returns them as they were, for RestoreLessons.
func (s *Store) ForgetLessons(ctx context.Context, ids []int64) ([]Lesson, error) {
	var gone []Lesson
	err := s.write(ctx, "forget lessons", func(tx *gorm.DB) error {
		var err error
		if gone, err = readLessons(tx, ids, "id"); err != nil {
			return err
		}
		if len(ids) > 0 && len(gone) < len(idSet(ids)) {
			return newErr(CodeNotFound, nil, "%d of the %d lessons to forget are not in the project (forgotten already?)",
				len(idSet(ids))-len(gone), len(idSet(ids)))
		}
		if len(gone) == 0 {
			return nil
		}
		return tx.Where("id IN ?", lessonIDs(gone)).Delete(&Lesson{}).Error
	})
	if err != nil {
		return nil, err
	}
	return gone, nil
}

// RestoreLessons puts back lessons that ForgetLessons returned, with their
// IDs, counts and times.
func (s *Store) RestoreLessons(ctx context.Context, ls []Lesson) error {
	if len(ls) == 0 {
		return nil
	}
	return s.write(ctx, "restore lessons", func(tx *gorm.DB) error {
		return tx.CreateInBatches(ls, 200).Error
	})
}

// learn adds lessons in tx and returns what undoes it.
func learn(tx *gorm.DB, lessons []Lesson) (Learnt, error) {
	merged, err := mergeLessons(lessons)
	if err != nil {
		return Learnt{}, err
	}
	var l Learnt
	now := time.Now().UTC()
	for _, in := range merged {
		var old Lesson
		err := tx.Where(`"rule" = ? AND "key" = ? AND "value" = ?`, in.Rule, in.Key, in.Value).Take(&old).Error
		switch {
		case errors.Is(err, gorm.ErrRecordNotFound):
			l.before = append(l.before, Lesson{Rule: in.Rule, Key: in.Key, Value: in.Value})
			row := Lesson{Rule: in.Rule, Key: in.Key, Value: in.Value, Count: in.Count, CreatedAt: now, UpdatedAt: now}
			if err := tx.Create(&row).Error; err != nil {
				return Learnt{}, fmt.Errorf("learn %s %q: %w", in.Rule, in.Key, err)
			}
		case err != nil:
			return Learnt{}, fmt.Errorf("read lesson %s %q: %w", in.Rule, in.Key, err)
		default:
			l.before = append(l.before, old)
			if err := tx.Model(&Lesson{}).Where("id = ?", old.ID).
				Updates(map[string]any{"count": old.Count + in.Count, "updated_at": now}).Error; err != nil {
				return Learnt{}, fmt.Errorf("learn %s %q: %w", in.Rule, in.Key, err)
			}
		}
	}
	return l, nil
}

// mergeLessons checks lessons and adds up those of the same rule, key and
// value, in a stable order.
func mergeLessons(lessons []Lesson) ([]Lesson, error) {
	type rkv struct{ rule, key, value string }
	sum := map[rkv]int64{}
	var order []rkv
	for _, in := range lessons {
		k := rkv{strings.TrimSpace(in.Rule), strings.TrimSpace(in.Key), strings.TrimSpace(in.Value)}
		if err := CheckLesson(Lesson{Rule: k.rule, Key: k.key, Value: k.value, Count: in.Count}); err != nil {
			return nil, err
		}
		if _, ok := sum[k]; !ok {
			order = append(order, k)
		}
		sum[k] += max(in.Count, 1)
	}
	sort.SliceStable(order, func(i, j int) bool {
		a, b := order[i], order[j]
		if a.rule != b.rule {
			return a.rule < b.rule
		}
		if a.key != b.key {
			return a.key < b.key
		}
		return a.value < b.value
	})
	out := make([]Lesson, len(order))
	for i, k := range order {
		out[i] = Lesson{Rule: k.rule, Key: k.key, Value: k.value, Count: sum[k]}
	}
	return out, nil
}

func lessonIDs(ls []Lesson) []int64 {
	ids := make([]int64, len(ls))
	for i, l := range ls {
		ids[i] = l.ID
	}
	return ids
}

func idSet(ids []int64) map[int64]bool {
	m := make(map[int64]bool, len(ids))
	for _, id := range ids {
		m[id] = true
	}
	return m
}
