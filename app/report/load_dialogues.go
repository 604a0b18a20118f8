package report

import (
	"context"
	"fmt"

	"parley/storage"
)

// dialoguePart is what one dialogue contributes to a report's data.
type dialoguePart struct {
	views       []storage.StatementView
	times       map[int64]storage.StatementTime
	assessments []storage.Assessment
	err         error
}

// loadDialogues reads the selected dialogues' statements, times and
// assessments, dialogue by dialogue. (Reading several dialogues at once
// on the project's read connections cost more CPU time in all: the
// driver's SQLite serialises its calls on shared mutexes.)
func (d *Data) loadDialogues(ctx context.Context, st *storage.Store, progress Progress) error {
	for i, dlg := range d.Dialogues {
		p := d.readDialogue(ctx, st, dlg.ID)
		if p.err != nil {
			return p.err
		}
		d.add(p)
		progress(0.8 * float64(i+1) / float64(len(d.Dialogues)))
	}
	return nil
}

// readDialogue reads one dialogue's part; it touches nothing of d but what
// Load set before (options, topics).
func (d *Data) readDialogue(ctx context.Context, st *storage.Store, id int64) dialoguePart {
	f := d.filter(id)
	var p dialoguePart
	if p.views, p.err = st.StatementViews(ctx, f, 0); p.err != nil {
		p.err = fmt.Errorf("dialogue %d: %w", id, p.err)
		return p
	}
	if p.times, p.err = st.StatementTimes(ctx, f); p.err != nil {
		p.err = fmt.Errorf("dialogue %d: %w", id, p.err)
		return p
	}
	if p.assessments, p.err = st.Assessments(ctx, id); p.err != nil {
		p.err = fmt.Errorf("assessments of dialogue %d: %w", id, p.err)
	}
	return p
}

func (d *Data) add(p dialoguePart) {
	d.Statements = append(d.Statements, p.views...)
	for k, v := range p.times {
		d.Times[k] = v
	}
	for _, a := range p.assessments {
		if d.TopicSet == nil || d.TopicSet[a.TopicID] {
			d.Assessments = append(d.Assessments, a)
		}
	}
}
