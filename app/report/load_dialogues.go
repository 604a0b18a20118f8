package report

import (
	"context"
	"fmt"
	"sort"

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
	if len(d.Options.Dialogues) == 0 {
		// The whole project: one read of everything costs less than five
		// queries per dialogue (a third of the reading at 10k statements
		// in 100 dialogues).
		p := d.readDialogue(ctx, st, 0)
		if p.err != nil {
			return p.err
		}
		d.addByDialogue(p)
		progress(0.8)
		return nil
	}
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

// readDialogue reads one dialogue's part (id 0: all dialogues); it touches
// nothing of d but what Load set before (options, topics).
func (d *Data) readDialogue(ctx context.Context, st *storage.Store, id int64) dialoguePart {
	f := d.filter(id)
	var p dialoguePart
	if p.views, p.times, p.err = st.TimedViews(ctx, f); p.err != nil {
		if id != 0 { // 0 is every dialogue, read at once
			p.err = fmt.Errorf("dialogue %d: %w", id, p.err)
		}
		return p
	}
	if d.rowsOnly {
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

// addByDialogue adds the part read for all dialogues at once, dialogue by
// dialogue in report order. The statements arrive in dialogue ID order;
// a stable sort by the report's order keeps each dialogue's own order.
func (d *Data) addByDialogue(p dialoguePart) {
	rank := make(map[int64]int, len(d.Dialogues))
	for i, dlg := range d.Dialogues {
		rank[dlg.ID] = i
	}
	sort.SliceStable(p.views, func(i, j int) bool { return rank[p.views[i].DialogueID] < rank[p.views[j].DialogueID] })
	sort.SliceStable(p.assessments, func(i, j int) bool {
		return rank[p.assessments[i].DialogueID] < rank[p.assessments[j].DialogueID]
	})
	if len(d.Statements) == 0 && len(d.Times) == 0 {
		d.Statements, d.Times = p.views, p.times
		p.views, p.times = nil, nil
	}
	d.add(p)
}
