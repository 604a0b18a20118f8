package storage

import (
	"fmt"
	"unicode/utf8"
)

// CheckRows checks r as WriteRows will, without writing anything: an
// import can refuse a file, naming the record, before it asks where to
// put the new project. WriteRows does not check the same rows twice.
func CheckRows(r *ProjectRows) error {
	if err := checkRows(r); err != nil {
		return err
	}
	if _, err := rowsParentsFirst(r.Topics); err != nil {
		return err
	}
	r.checked = true
	return nil
}

// checkRows checks every row of r as the Create functions would, plus what
// only a whole project shows: IDs present and unique, statement spans inside
// their source's text. It also sets each source's hash from its text.
func checkRows(r *ProjectRows) error {
	ids := func(what string, n int, id func(int) int64) error {
		seen := make(map[int64]bool, n)
		for i := 0; i < n; i++ {
			v := id(i)
			if v < 0 {
				return invalid("%s number %d has ID %d; IDs count from 1", noun(what), i+1, v)
			}
			if v == 0 {
				return invalid("%s number %d has no ID", noun(what), i+1)
			}
			if seen[v] {
				return invalid("two %s have ID %d", what, v)
			}
			seen[v] = true
		}
		return nil
	}
	checks := []error{
		ids("series", len(r.Series), func(i int) int64 { return r.Series[i].ID }),
		ids("dialogues", len(r.Dialogues), func(i int) int64 { return r.Dialogues[i].ID }),
		ids("parties", len(r.Parties), func(i int) int64 { return r.Parties[i].ID }),
		ids("speakers", len(r.Speakers), func(i int) int64 { return r.Speakers[i].ID }),
		ids("sources", len(r.Sources), func(i int) int64 { return r.Sources[i].ID }),
		ids("topics", len(r.Topics), func(i int) int64 { return r.Topics[i].ID }),
		ids("tags", len(r.Tags), func(i int) int64 { return r.Tags[i].ID }),
		ids("statements", len(r.Statements), func(i int) int64 { return r.Statements[i].ID }),
		ids("links", len(r.Links), func(i int) int64 { return r.Links[i].ID }),
		ids("assessments", len(r.Assessments), func(i int) int64 { return r.Assessments[i].ID }),
		ids("notes", len(r.Notes), func(i int) int64 { return r.Notes[i].ID }),
		rowsCheckNames(r),
		rowsCheckStatements(r),
		rowsCheckAnnotations(r),
		checkRegister(&r.Register),
	}
	for _, err := range checks {
		if err != nil {
			return err
		}
	}
	return nil
}

// checkNames checks (and trims, as checkName does) the name that name
// points to in every row.
func checkNames[T any](what string, rows []T, name func(*T) *string) error {
	for i := range rows {
		n := name(&rows[i])
		var err error
		if *n, err = checkName(what, *n); err != nil {
			return err
		}
	}
	return nil
}

func rowsCheckNames(r *ProjectRows) error {
	var err error
	if err := checkNames("series", r.Series, func(x *Series) *string { return &x.Name }); err != nil {
		return err
	}
	if err := checkNames("dialogue", r.Dialogues, func(x *Dialogue) *string { return &x.Title }); err != nil {
		return err
	}
	for i := range r.Parties {
		p := &r.Parties[i]
		if p.Name, err = checkName("party", p.Name); err != nil {
			return err
		}
		if err := checkColor(p.Color); err != nil {
			return fmt.Errorf("party %q: %w", p.Name, err)
		}
	}
	if err := checkNames("speaker", r.Speakers, func(x *Speaker) *string { return &x.Name }); err != nil {
		return err
	}
	for i := range r.Sources {
		src := &r.Sources[i]
		if src.Title, err = checkName("source", src.Title); err != nil {
			return err
		}
		if err := checkText("source text", src.Text); err != nil {
			return fmt.Errorf("source %d: %w", src.ID, err)
		}
		src.SHA256 = TextHash(src.Text)
	}
	if err := checkNames("topic", r.Topics, func(x *Topic) *string { return &x.Name }); err != nil {
		return err
	}
	for i := range r.Tags {
		t := &r.Tags[i]
		if t.Name, err = checkName("tag", t.Name); err != nil {
			return err
		}
		if err := checkColor(t.Color); err != nil {
			return fmt.Errorf("tag %q: %w", t.Name, err)
		}
	}
	return nil
}

func rowsCheckStatements(r *ProjectRows) error {
	runes := make(map[int64]int, len(r.Sources))
	for _, src := range r.Sources {
		runes[src.ID] = utf8.RuneCountInString(src.Text)
	}
	for i := range r.Statements {
		st := &r.Statements[i].Statement
		if err := checkStatement(st); err != nil {
			return fmt.Errorf("statement %d: %w", st.ID, err)
		}
		if st.SourceID == nil {
			continue
		}
		n, ok := runes[*st.SourceID]
		if !ok {
			return invalid("statement %d cites source %d, which does not exist", st.ID, *st.SourceID)
		}
		if st.End > n {
			return invalid("statement %d: its span %d–%d runs past the end of source %d (%d characters)", st.ID, st.Start, st.End, *st.SourceID, n)
		}
	}
	return nil
}

func rowsCheckAnnotations(r *ProjectRows) error {
	for _, l := range r.Links {
		if !l.Type.Valid() {
			return invalid("link %d: %q is not a type of link", l.ID, l.Type)
		}
		if l.FromID == l.ToID {
			return invalid("link %d links statement %d to itself", l.ID, l.FromID)
		}
	}
	for _, a := range r.Assessments {
		if !a.Verdict.Valid() {
			return invalid("assessment %d: %q is not a verdict", a.ID, a.Verdict)
		}
		if err := checkText("assessment", a.Text); err != nil {
			return fmt.Errorf("assessment %d: %w", a.ID, err)
		}
	}
	for i := range r.Notes {
		if err := checkNote(&r.Notes[i]); err != nil {
			return fmt.Errorf("note %d: %w", r.Notes[i].ID, err)
		}
	}
	return nil
}
