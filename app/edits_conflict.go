package app

import (
	"fmt"

	"parley/storage"
)

// The answers to a refused save (see showConflict): keep theirs, keep
// mine (the user's version saved over theirs, as a new undoable edit
// based on theirs), or a merge made by hand, saved the same way.

// resolveStatement handles a statement edit refused because someone else
// saved the statement since the user read it (base).
func (ws *Workspace) resolveStatement(label string, base storage.Statement, change func(*storage.Statement), c *storage.EditConflict) {
	theirs, ok := c.Current.(storage.Statement)
	if !ok {
		ws.showError("Could not "+label, c)
		return
	}
	mine := base
	change(&mine)
	fields, pick := ws.statementFields(mine, theirs)
	if len(fields) == 0 {
		// They made the very change the user made: nothing to choose.
		return
	}
	what := fmt.Sprintf("statement %d", theirs.ID)
	showConflict(&ws.services, what, c, fields,
		func() { ws.editStatement(label, theirs, func(s *storage.Statement) { setStatementFields(s, mine) }) },
		func(merged []string) {
			m := pick(merged)
			ws.editStatement(label+" (merged)", theirs, func(s *storage.Statement) { setStatementFields(s, m) })
		})
}

// setStatementFields copies the fields the detail editor edits.
func setStatementFields(s *storage.Statement, from storage.Statement) {
	s.Text, s.Kind, s.TopicID, s.SpeakerID, s.ReportedByID = from.Text, from.Kind, from.TopicID, from.SpeakerID, from.ReportedByID
}

// statementFields lists the fields on which mine and theirs differ, in
// words, and returns the function that makes the merged statement from
// the merge form's answers.
func (ws *Workspace) statementFields(mine, theirs storage.Statement) ([]conflictField, func([]string) storage.Statement) {
	var fields []conflictField
	var apply []func(m *storage.Statement, answer string)
	add := func(f conflictField, set func(m *storage.Statement, answer string)) {
		if f.mine != f.theirs {
			fields = append(fields, f)
			apply = append(apply, set)
		}
	}
	add(conflictField{label: "Text", mine: mine.Text, theirs: theirs.Text, text: true},
		func(m *storage.Statement, a string) { m.Text = a })
	add(conflictField{label: "Kind", mine: kindLabel(mine.Kind), theirs: kindLabel(theirs.Kind)},
		func(m *storage.Statement, a string) { m.Kind = pickOf(a, mine.Kind, theirs.Kind) })
	add(conflictField{label: "Topic", mine: ws.topicWords(mine.TopicID), theirs: ws.topicWords(theirs.TopicID)},
		func(m *storage.Statement, a string) { m.TopicID = pickOf(a, mine.TopicID, theirs.TopicID) })
	add(conflictField{label: "Speaker", mine: ws.speakerWords(mine.SpeakerID), theirs: ws.speakerWords(theirs.SpeakerID)},
		func(m *storage.Statement, a string) { m.SpeakerID = pickOf(a, mine.SpeakerID, theirs.SpeakerID) })
	add(conflictField{label: "Reported by", mine: ws.partyWords(mine.ReportedByID), theirs: ws.partyWords(theirs.ReportedByID)},
		func(m *storage.Statement, a string) {
			m.ReportedByID = pickOf(a, mine.ReportedByID, theirs.ReportedByID)
		})
	return fields, func(answers []string) storage.Statement {
		m := theirs
		for i, set := range apply {
			set(&m, answers[i])
		}
		return m
	}
}

func pickOf[T any](answer string, mine, theirs T) T {
	if answer == takeTheirs {
		return theirs
	}
	return mine
}

func (ws *Workspace) topicWords(id *int64) string {
	if id == nil {
		return noTopicLabel
	}
	return ws.data.paths[*id]
}

func (ws *Workspace) speakerWords(id *int64) string {
	if id == nil {
		return notGiven
	}
	return ws.speakerLabel(*id)
}

func (ws *Workspace) partyWords(id *int64) string {
	if id == nil {
		return notGiven
	}
	return ws.data.partyByID[*id].Name
}

// resolveNote handles a note edit refused because someone else saved the
// note since.
func (ws *Workspace) resolveNote(body string, c *storage.EditConflict) {
	theirs, ok := c.Current.(storage.Note)
	if !ok {
		ws.showError("Could not edit note", c)
		return
	}
	if theirs.Body == body {
		return
	}
	showConflict(&ws.services, "this note", c, []conflictField{{label: "Note", mine: body, theirs: theirs.Body, text: true}},
		func() { ws.editNote(theirs, body) },
		func(merged []string) { ws.editNote(theirs, merged[0]) })
}

// resolveAssessment handles an assessment refused because someone else
// assessed the topic since the user saw it.
func (ws *Workspace) resolveAssessment(mine storage.Assessment, c *storage.EditConflict) {
	theirs, _ := c.Current.(storage.Assessment) // none: they removed it
	fields := []conflictField{
		{label: "Verdict", mine: verdictWords(mine.Verdict), theirs: verdictWords(theirs.Verdict)},
		{label: "Why", mine: mine.Text, theirs: theirs.Text, text: true},
	}
	save := func(v storage.Verdict, text string) {
		ws.setAssessment(mine.DialogueID, mine.TopicID, v, text, -1, theirs.Version)
	}
	showConflict(&ws.services, "the assessment of this topic", c, fields,
		func() { save(mine.Verdict, mine.Text) },
		func(merged []string) { save(pickOf(merged[0], mine.Verdict, theirs.Verdict), merged[1]) })
}

func verdictWords(v storage.Verdict) string {
	if v == "" {
		return notAssessed
	}
	return v.Label()
}
