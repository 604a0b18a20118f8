package storage

import (
	"fmt"
	"reflect"
	"time"

	"gorm.io/gorm"
)

// Register is what project formats 2 and 3 add to a project's rows: the
// register of individual cases, the analyst's marks on stock phrases and
// commitments, what the importer learnt, who changed what, and (format 3)
// the suggestions the analyst dismissed. A whole
// project's export and import carry it, so that moving a project (to a
// server and back, or through JSON) loses none of it.
type Register struct {
	Cases            []Case
	CaseNames        []CaseName // other spellings, by case
	CaseMentions     []CaseMention
	PhraseMarks      []PhraseMark
	CommitmentChecks []CommitmentCheck
	Lessons          []Lesson
	EditLog          []EditLog
	Dismissals       []Dismissal // from project format 3
}

// registerRead is one table of the register: its model, what to call it,
// the order its rows are read in, and where they go.
type registerRead struct {
	model any
	what  string
	order string
	out   any
}

// registerReads lists the register's tables for a whole project's read
// and write and for a rescue's; the order is the one they are written in,
// each after the rows it refers to.
func registerReads(r *Register) []registerRead {
	return []registerRead{
		{&Case{}, "cases", "id", &r.Cases},
		{&CaseName{}, "case names", "case_id, id", &r.CaseNames},
		{&CaseMention{}, "case mentions", "case_id, statement_id", &r.CaseMentions},
		{&PhraseMark{}, "phrase marks", "phrase", &r.PhraseMarks},
		{&CommitmentCheck{}, "commitment checks", "statement_id", &r.CommitmentChecks},
		{&Lesson{}, "lessons", "rule, key, value", &r.Lessons},
		{&EditLog{}, "edit log", "id", &r.EditLog},
		{&Dismissal{}, "dismissed suggestions", "id", &r.Dismissals},
	}
}

// readRegister reads every list of the register, each in a stable order.
// With bad set, a time that is none reads as the zero time and is noted
// there (see NoteBadTimes).
func readRegister(tx *gorm.DB, bad *BadTimes, r *Register) error {
	for _, rd := range registerReads(r) {
		if err := findTimes(tx.Order(rd.order), bad, rd.out); err != nil {
			return fmt.Errorf("read %s: %w", rd.what, err)
		}
	}
	return nil
}

// writeRegister stores the register after the statements it refers to.
func writeRegister(tx *gorm.DB, r *Register) error {
	for _, rd := range registerReads(r) {
		if err := rowsCreateAll(tx, rd.what, rd.out, reflect.ValueOf(rd.out).Elem().Len()); err != nil {
			return err
		}
	}
	return nil
}

// checkRegister checks the register's rows as their own Create functions
// would; references to statements and cases are checked by the database's
// foreign keys when the rows are stored.
func checkRegister(r *Register) error {
	cases := make(map[int64]bool, len(r.Cases))
	for i := range r.Cases {
		c := &r.Cases[i]
		var err error
		if c.Name, err = checkName("case", c.Name); err != nil {
			return err
		}
		if c.ID <= 0 || cases[c.ID] {
			return invalid("case %q has no ID of its own", c.Name)
		}
		cases[c.ID] = true
	}
	for i := range r.CaseNames {
		n := &r.CaseNames[i]
		var err error
		if n.Name, err = checkName("case name", n.Name); err != nil {
			return err
		}
		if !cases[n.CaseID] {
			return invalid("the name %q belongs to case %d, which does not exist", n.Name, n.CaseID)
		}
	}
	for _, m := range r.CaseMentions {
		if !cases[m.CaseID] {
			return invalid("a mention of case %d in statement %d: the case does not exist", m.CaseID, m.StatementID)
		}
		if m.State != MentionManual && m.State != MentionExcluded {
			return invalid("the mention of case %d in statement %d: %q is not %q or %q", m.CaseID, m.StatementID, m.State, MentionManual, MentionExcluded)
		}
	}
	for _, p := range r.PhraseMarks {
		if p.State != PhrasePinned && p.State != PhraseHidden {
			return invalid("the phrase %q: %q is not %q or %q", p.Phrase, p.State, PhrasePinned, PhraseHidden)
		}
		if err := checkText("phrase", p.Phrase); err != nil || p.Phrase == "" {
			return invalid("a marked phrase is empty or not text")
		}
	}
	for _, c := range r.CommitmentChecks {
		if !ValidCommitmentStatus(c.Status) {
			return invalid("the commitment of statement %d: %q is not a status", c.StatementID, c.Status)
		}
		if err := checkText("commitment note", c.Note); err != nil {
			return fmt.Errorf("the commitment of statement %d: %w", c.StatementID, err)
		}
	}
	for _, l := range r.Lessons {
		if err := CheckLesson(l); err != nil {
			return err
		}
	}
	return CheckDismissals(r.Dismissals)
}

// ValidCommitmentStatus reports whether s is one of the commitment
// statuses.
func ValidCommitmentStatus(s string) bool {
	switch s {
	case CommitmentKept, CommitmentRepeated, CommitmentNotMentioned, CommitmentContradicted:
		return true
	}
	return false
}

// stampRegister gives the register's rows without times the time now.
func stampRegister(r *Register, now time.Time) {
	at := func(ts ...*time.Time) {
		for _, t := range ts {
			if t.IsZero() {
				*t = now
			}
		}
	}
	for i := range r.Cases {
		at(&r.Cases[i].CreatedAt, &r.Cases[i].UpdatedAt)
	}
	for i := range r.CaseNames {
		at(&r.CaseNames[i].CreatedAt)
	}
	for i := range r.CaseMentions {
		at(&r.CaseMentions[i].CreatedAt)
	}
	for i := range r.PhraseMarks {
		at(&r.PhraseMarks[i].CreatedAt, &r.PhraseMarks[i].UpdatedAt)
	}
	for i := range r.CommitmentChecks {
		at(&r.CommitmentChecks[i].CreatedAt, &r.CommitmentChecks[i].UpdatedAt)
	}
	for i := range r.Lessons {
		at(&r.Lessons[i].CreatedAt, &r.Lessons[i].UpdatedAt)
	}
	for i := range r.EditLog {
		at(&r.EditLog[i].At)
	}
	for i := range r.Dismissals {
		at(&r.Dismissals[i].CreatedAt, &r.Dismissals[i].UpdatedAt)
	}
}
