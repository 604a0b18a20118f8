package storage

import "fmt"

// rescuePrune makes the rows of a rescue hang together when a table could
// not be read: as the project's foreign keys would on a delete, a row that
// needs a missing row is left out and an optional reference to one is
// cleared. It returns what it left out.
func rescuePrune(r *ProjectRows) []string {
	ids := func(n int, id func(int) int64) map[int64]bool {
		m := make(map[int64]bool, n)
		for i := 0; i < n; i++ {
			m[id(i)] = true
		}
		return m
	}
	series := ids(len(r.Series), func(i int) int64 { return r.Series[i].ID })
	dialogues := ids(len(r.Dialogues), func(i int) int64 { return r.Dialogues[i].ID })
	parties := ids(len(r.Parties), func(i int) int64 { return r.Parties[i].ID })
	speakers := ids(len(r.Speakers), func(i int) int64 { return r.Speakers[i].ID })
	sources := ids(len(r.Sources), func(i int) int64 { return r.Sources[i].ID })
	topics := ids(len(r.Topics), func(i int) int64 { return r.Topics[i].ID })
	tags := ids(len(r.Tags), func(i int) int64 { return r.Tags[i].ID })
	for i := range r.Dialogues {
		clearRef(&r.Dialogues[i].SeriesID, series)
	}
	for i := range r.Speakers {
		clearRef(&r.Speakers[i].PartyID, parties)
	}
	for i := range r.Sources {
		clearRef(&r.Sources[i].DialogueID, dialogues)
		clearRef(&r.Sources[i].AuthorPartyID, parties)
	}
	for i := range r.Topics {
		clearRef(&r.Topics[i].ParentID, topics)
	}
	var left []string
	r.Statements, left = keep(left, "statements", r.Statements, func(in *StatementInput) bool {
		st := &in.Statement
		clearRef(&st.TopicID, topics)
		clearRef(&st.ReportedByID, parties)
		clearRef(&st.SpeakerID, speakers)
		if clearRef(&st.SourceID, sources) {
			st.Start, st.End = 0, 0
		}
		in.PartyIDs = only(in.PartyIDs, parties)
		in.TagIDs = only(in.TagIDs, tags)
		return dialogues[st.DialogueID]
	})
	statements := ids(len(r.Statements), func(i int) int64 { return r.Statements[i].ID })
	r.Links, left = keep(left, "links", r.Links, func(l *Link) bool { return statements[l.FromID] && statements[l.ToID] })
	r.Assessments, left = keep(left, "assessments", r.Assessments, func(a *Assessment) bool { return dialogues[a.DialogueID] && topics[a.TopicID] })
	links := ids(len(r.Links), func(i int) int64 { return r.Links[i].ID })
	assessments := ids(len(r.Assessments), func(i int) int64 { return r.Assessments[i].ID })
	r.Notes, left = keep(left, "notes", r.Notes, func(n *Note) bool {
		return refOK(n.StatementID, statements) && refOK(n.LinkID, links) && refOK(n.AssessmentID, assessments)
	})
	return pruneRegister(r, statements, left)
}

// clearRef clears *ref when it points to nothing in ids and reports it.
func clearRef(ref **int64, ids map[int64]bool) bool {
	if *ref != nil && !ids[**ref] {
		*ref = nil
		return true
	}
	return false
}

func refOK(ref *int64, ids map[int64]bool) bool { return ref == nil || ids[*ref] }

func only(list []int64, ids map[int64]bool) []int64 {
	out := list[:0]
	for _, id := range list {
		if ids[id] {
			out = append(out, id)
		}
	}
	return out
}

// keep returns the rows ok accepts, noting in left how many it dropped.
func keep[T any](left []string, what string, rows []T, ok func(*T) bool) ([]T, []string) {
	out := rows[:0]
	for i := range rows {
		if ok(&rows[i]) {
			out = append(out, rows[i])
		}
	}
	if n := len(rows) - len(out); n > 0 {
		left = append(left, fmt.Sprintf("%s: %d left out because what they belong to could not be read", what, n))
	}
	return out, left
}
