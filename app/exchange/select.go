package exchange

import "parley/storage"

// Selection narrows an export to some statements. Empty fields select
// everything; a statement is kept when it matches every non-empty field
// (any of the parties, any of the tags). TopicIDs are the exact topics
// wanted: expand subtrees first.
type Selection struct {
	DialogueIDs []int64
	TopicIDs    []int64
	PartyIDs    []int64
	TagIDs      []int64
}

// Empty reports whether sel selects the whole project.
func (sel Selection) Empty() bool {
	return len(sel.DialogueIDs)+len(sel.TopicIDs)+len(sel.PartyIDs)+len(sel.TagIDs) == 0
}

// Select keeps the statements sel picks and what hangs off them, so that
// the result is itself a consistent project: the chosen dialogues (all
// when none is named), their sources and those the kept statements cite,
// links between two kept statements, the assessments of the kept
// dialogues (of the chosen topics, when topics are named), and the notes
// on whatever is kept. Series, parties, speakers, topics and tags are all
// kept, so every name a statement uses still resolves.
func Select(r storage.ProjectRows, sel Selection) storage.ProjectRows {
	if sel.Empty() {
		return r
	}
	dialogues, topics := set(sel.DialogueIDs), set(sel.TopicIDs)
	parties, tags := set(sel.PartyIDs), set(sel.TagIDs)
	out := r
	out.Dialogues = keep(r.Dialogues, func(d storage.Dialogue) bool { return len(dialogues) == 0 || dialogues[d.ID] })
	kept := idSet(out.Dialogues, func(d storage.Dialogue) int64 { return d.ID })
	out.Statements = keep(r.Statements, func(in storage.StatementInput) bool {
		return kept[in.DialogueID] && (len(topics) == 0 || (in.TopicID != nil && topics[*in.TopicID])) &&
			(len(parties) == 0 || anyIn(in.PartyIDs, parties)) && (len(tags) == 0 || anyIn(in.TagIDs, tags))
	})
	stmts := idSet(out.Statements, func(in storage.StatementInput) int64 { return in.ID })
	cited := map[int64]bool{}
	for _, in := range out.Statements {
		if in.SourceID != nil {
			cited[*in.SourceID] = true
		}
	}
	out.Sources = keep(r.Sources, func(s storage.Source) bool {
		return cited[s.ID] || (s.DialogueID != nil && kept[*s.DialogueID])
	})
	out.Links = keep(r.Links, func(l storage.Link) bool { return stmts[l.FromID] && stmts[l.ToID] })
	links := idSet(out.Links, func(l storage.Link) int64 { return l.ID })
	out.Assessments = keep(r.Assessments, func(a storage.Assessment) bool {
		return kept[a.DialogueID] && (len(topics) == 0 || topics[a.TopicID])
	})
	assessments := idSet(out.Assessments, func(a storage.Assessment) int64 { return a.ID })
	out.Notes = keep(r.Notes, func(n storage.Note) bool {
		return (n.StatementID != nil && stmts[*n.StatementID]) || (n.LinkID != nil && links[*n.LinkID]) ||
			(n.AssessmentID != nil && assessments[*n.AssessmentID])
	})
	out.Register = selectRegister(r.Register, stmts)
	return out
}

func set(ids []int64) map[int64]bool {
	m := make(map[int64]bool, len(ids))
	for _, id := range ids {
		m[id] = true
	}
	return m
}

func idSet[T any](rows []T, id func(T) int64) map[int64]bool {
	m := make(map[int64]bool, len(rows))
	for _, r := range rows {
		m[id(r)] = true
	}
	return m
}

func keep[T any](rows []T, ok func(T) bool) []T {
	var out []T
	for _, r := range rows {
		if ok(r) {
			out = append(out, r)
		}
	}
	return out
}

func anyIn(ids []int64, m map[int64]bool) bool {
	for _, id := range ids {
		if m[id] {
			return true
		}
	}
	return false
}
