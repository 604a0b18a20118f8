package exchange

import (
	"fmt"

	"parley/storage"
)

// RegisterLists are the lists versions 2 and 3 of the format add: the
// register of individual cases, the analyst's marks on stock phrases and
// on commitments, what the importer learnt from corrections, the log of
// who changed what, and (version 3) the suggestions the analyst
// dismissed. A version-1 document has none of them, a version-2 one no
// dismissals.
type RegisterLists struct {
	Cases            []Case            `json:"cases"`
	PhraseMarks      []PhraseMark      `json:"phrase_marks"`
	CommitmentChecks []CommitmentCheck `json:"commitment_checks"`
	Lessons          []Lesson          `json:"lessons"`
	EditLog          []EditEntry       `json:"edit_log"`
	Dismissals       []Dismissal       `json:"dismissals"`
}

// Dismissal is a suggestion the analyst dismissed, so that it is not made
// again: Kind "pairing" (a link between the two readouts of a dialogue)
// or "repeat" (the Evolution view's pairing of the later round's
// statement From with the earlier round's To); Type is the link it
// proposed.
type Dismissal struct {
	ID   int64  `json:"id"`
	Kind string `json:"kind"`
	From int64  `json:"from"`
	To   int64  `json:"to"`
	Type string `json:"type"`
	Stamps
}

// Case is a person or case of the register. OtherNames are spellings
// merged into it; Mentions are the analyst's additions to (state
// "manual") and removals from ("excluded") the statements that raise it.
type Case struct {
	ID          int64         `json:"id"`
	Name        string        `json:"name"`
	Description string        `json:"description"`
	OtherNames  []string      `json:"other_names"`
	Mentions    []CaseMention `json:"mentions"`
	Stamps
}

// CaseMention is the analyst's word on whether a statement (an ID) raises
// the case.
type CaseMention struct {
	Statement int64  `json:"statement"`
	State     string `json:"state"`
	CreatedAt Time   `json:"created_at"`
	CreatedBy string `json:"created_by,omitempty"`
}

// PhraseMark pins ("pinned") or hides ("hidden") a stock phrase.
type PhraseMark struct {
	Phrase string `json:"phrase"`
	State  string `json:"state"`
	Stamps
}

// CommitmentCheck is the status of the commitment stated by Statement in
// the next round; FollowUp is the statement of that round that bears it
// out, if any.
type CommitmentCheck struct {
	Statement int64  `json:"statement"`
	Status    string `json:"status"`
	FollowUp  *int64 `json:"follow_up"`
	Note      string `json:"note"`
	Stamps
}

// Lesson is something the importer learnt from the analyst: under Rule,
// Key maps to Value, confirmed Count times.
type Lesson struct {
	Rule      string `json:"rule"`
	Key       string `json:"key"`
	Value     string `json:"value"`
	Count     int64  `json:"count"`
	CreatedAt Time   `json:"created_at"`
	UpdatedAt Time   `json:"updated_at"`
}

// EditEntry is one edit of the log: when, by whom, what, and to which row
// (a table and an ID of this document).
type EditEntry struct {
	ID     int64  `json:"id"`
	At     Time   `json:"at"`
	Author string `json:"author"`
	Action string `json:"action"`
	Table  string `json:"table"`
	Row    int64  `json:"row"`
	Detail string `json:"detail"`
}

// registerLists turns the register's rows into the document's lists.
func registerLists(r storage.Register) RegisterLists {
	out := RegisterLists{Cases: []Case{}, PhraseMarks: []PhraseMark{}, CommitmentChecks: []CommitmentCheck{},
		Lessons: []Lesson{}, EditLog: []EditEntry{}, Dismissals: []Dismissal{}}
	at := map[int64]int{}
	for _, v := range r.Cases {
		at[v.ID] = len(out.Cases)
		out.Cases = append(out.Cases, Case{ID: v.ID, Name: v.Name, Description: v.Description, OtherNames: []string{},
			Mentions: []CaseMention{}, Stamps: st(v.CreatedAt, v.UpdatedAt, v.Revision)})
	}
	for _, v := range r.CaseNames {
		if i, ok := at[v.CaseID]; ok {
			out.Cases[i].OtherNames = append(out.Cases[i].OtherNames, v.Name)
		}
	}
	for _, v := range r.CaseMentions {
		if i, ok := at[v.CaseID]; ok {
			out.Cases[i].Mentions = append(out.Cases[i].Mentions, CaseMention{Statement: v.StatementID, State: v.State,
				CreatedAt: Time{v.CreatedAt}, CreatedBy: v.CreatedBy})
		}
	}
	for _, v := range r.PhraseMarks {
		out.PhraseMarks = append(out.PhraseMarks, PhraseMark{Phrase: v.Phrase, State: v.State,
			Stamps: st(v.CreatedAt, v.UpdatedAt, storage.Revision{CreatedBy: v.CreatedBy})})
	}
	for _, v := range r.CommitmentChecks {
		out.CommitmentChecks = append(out.CommitmentChecks, CommitmentCheck{Statement: v.StatementID, Status: v.Status,
			FollowUp: v.FollowUpID, Note: v.Note, Stamps: st(v.CreatedAt, v.UpdatedAt, v.Revision)})
	}
	for _, v := range r.Lessons {
		out.Lessons = append(out.Lessons, Lesson{Rule: v.Rule, Key: v.Key, Value: v.Value, Count: v.Count,
			CreatedAt: Time{v.CreatedAt}, UpdatedAt: Time{v.UpdatedAt}})
	}
	for _, v := range r.EditLog {
		out.EditLog = append(out.EditLog, EditEntry{ID: v.ID, At: Time{v.At}, Author: v.Author, Action: v.Action,
			Table: v.RowTable, Row: v.RowID, Detail: v.Detail})
	}
	for _, v := range r.Dismissals {
		out.Dismissals = append(out.Dismissals, Dismissal{ID: v.ID, Kind: v.Kind, From: v.FromID, To: v.ToID, Type: string(v.Type),
			Stamps: st(v.CreatedAt, v.UpdatedAt, v.Revision)})
	}
	return out
}

// writeRegister writes the register's lists, the last of the document.
func writeRegister(e *rowEncoder, r *RegisterLists) {
	writeList(e, "cases", r.Cases, ",")
	writeList(e, "phrase_marks", r.PhraseMarks, ",")
	writeList(e, "commitment_checks", r.CommitmentChecks, ",")
	writeList(e, "lessons", r.Lessons, ",")
	writeList(e, "edit_log", r.EditLog, ",")
	writeList(e, "dismissals", r.Dismissals, "")
}

// register resolves the register's lists; every statement they name must
// be in the document.
func (x *resolver) register(r *storage.ProjectRows) error {
	d := &x.doc.RegisterLists
	g := &r.Register
	cases := map[int64]bool{}
	names := map[string]bool{} // a case's name or other spelling names one case
	named := func(n string) error {
		if names[n] {
			return fmt.Errorf("the name %q is given twice in the register of cases (as a case's name or another spelling)", n)
		}
		names[n] = true
		return nil
	}
	for _, v := range d.Cases {
		if v.ID <= 0 || cases[v.ID] {
			return fmt.Errorf("case %q needs an \"id\" of its own (a positive number)", v.Name)
		}
		cases[v.ID] = true
		for _, n := range append([]string{v.Name}, v.OtherNames...) {
			if err := named(n); err != nil {
				return err
			}
		}
		g.Cases = append(g.Cases, storage.Case{ID: v.ID, Name: v.Name, Description: v.Description, Revision: v.revision(),
			CreatedAt: v.CreatedAt.Time, UpdatedAt: v.UpdatedAt.Time})
		for _, n := range v.OtherNames {
			g.CaseNames = append(g.CaseNames, storage.CaseName{CaseID: v.ID, Name: n})
		}
		for _, m := range v.Mentions {
			if !x.hasStmt[m.Statement] {
				return fmt.Errorf("case %d (%q) is mentioned in statement %d, which is not in the export's statements", v.ID, v.Name, m.Statement)
			}
			g.CaseMentions = append(g.CaseMentions, storage.CaseMention{CaseID: v.ID, StatementID: m.Statement, State: m.State,
				CreatedBy: m.CreatedBy, CreatedAt: m.CreatedAt.Time})
		}
	}
	marked := map[string]bool{}
	for _, v := range d.PhraseMarks {
		if marked[v.Phrase] {
			return fmt.Errorf("the phrase %q is marked twice", v.Phrase)
		}
		marked[v.Phrase] = true
		g.PhraseMarks = append(g.PhraseMarks, storage.PhraseMark{Phrase: v.Phrase, State: v.State, CreatedBy: v.CreatedBy,
			CreatedAt: v.CreatedAt.Time, UpdatedAt: v.UpdatedAt.Time})
	}
	checked := map[int64]bool{}
	for _, v := range d.CommitmentChecks {
		for _, id := range []*int64{&v.Statement, v.FollowUp} {
			if id != nil && !x.hasStmt[*id] {
				return fmt.Errorf("the commitment check of statement %d names statement %d, which is not in the export's statements", v.Statement, *id)
			}
		}
		if checked[v.Statement] {
			return fmt.Errorf("statement %d has two commitment checks", v.Statement)
		}
		checked[v.Statement] = true
		if v.FollowUp != nil && *v.FollowUp == v.Statement {
			return fmt.Errorf("the commitment check of statement %d names the statement itself as its follow-up", v.Statement)
		}
		g.CommitmentChecks = append(g.CommitmentChecks, storage.CommitmentCheck{StatementID: v.Statement, Status: v.Status,
			FollowUpID: v.FollowUp, Note: v.Note, Revision: v.revision(), CreatedAt: v.CreatedAt.Time, UpdatedAt: v.UpdatedAt.Time})
	}
	learnt := map[[3]string]bool{}
	for _, v := range d.Lessons {
		if err := storage.CheckLesson(storage.Lesson{Rule: v.Rule, Key: v.Key, Value: v.Value, Count: v.Count}); err != nil {
			return err
		}
		k := [3]string{v.Rule, v.Key, v.Value}
		if learnt[k] {
			return fmt.Errorf("the lesson %s %q → %q is listed twice", v.Rule, v.Key, v.Value)
		}
		learnt[k] = true
		g.Lessons = append(g.Lessons, storage.Lesson{Rule: v.Rule, Key: v.Key, Value: v.Value, Count: max(v.Count, 1),
			CreatedAt: v.CreatedAt.Time, UpdatedAt: v.UpdatedAt.Time})
	}
	for _, v := range d.EditLog {
		g.EditLog = append(g.EditLog, storage.EditLog{ID: v.ID, At: v.At.Time, Author: v.Author, Action: v.Action,
			RowTable: v.Table, RowID: v.Row, Detail: v.Detail})
	}
	return x.dismissals(g)
}

// dismissals resolves the dismissed suggestions: both statements must be
// in the document; the rest storage checks as it checks the dismissals
// of any project (storage.CheckDismissals), here before the project is
// made.
func (x *resolver) dismissals(g *storage.Register) error {
	for _, v := range x.doc.Dismissals {
		for _, end := range []int64{v.From, v.To} {
			if !x.hasStmt[end] {
				return fmt.Errorf("dismissal %d joins statement %d, which is not in the export's statements", v.ID, end)
			}
		}
		g.Dismissals = append(g.Dismissals, storage.Dismissal{ID: v.ID, Kind: v.Kind, FromID: v.From, ToID: v.To,
			Type: storage.LinkType(v.Type), Revision: v.revision(), CreatedAt: v.CreatedAt.Time, UpdatedAt: v.UpdatedAt.Time})
	}
	return storage.CheckDismissals(g.Dismissals)
}

// selectRegister keeps the register's rows that concern kept statements:
// cases, phrase marks and lessons whole; the mentions and commitment
// checks of kept statements (a follow-up that is not kept is dropped); the
// dismissals of suggestions between two kept statements; and no edit log,
// whose rows may name what the selection leaves out.
func selectRegister(r storage.Register, stmts map[int64]bool) storage.Register {
	out := r
	out.CaseMentions = keep(r.CaseMentions, func(m storage.CaseMention) bool { return stmts[m.StatementID] })
	out.CommitmentChecks = nil
	for _, c := range r.CommitmentChecks {
		if !stmts[c.StatementID] {
			continue
		}
		if c.FollowUpID != nil && !stmts[*c.FollowUpID] {
			c.FollowUpID = nil
		}
		out.CommitmentChecks = append(out.CommitmentChecks, c)
	}
	out.Dismissals = keep(r.Dismissals, func(d storage.Dismissal) bool { return stmts[d.FromID] && stmts[d.ToID] })
	out.EditLog = nil
	return out
}
