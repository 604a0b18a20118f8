package app

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"parley/storage"
)

const topLevel = "(top level)"

// showTopics is Project → Topics…: create, rename, nest ("Move to…"),
// reorder, merge and delete topics.
func (ws *Workspace) showTopics() {
	if ws.store() == nil {
		return
	}
	rows := func() []string {
		out := make([]string, len(ws.data.topics))
		for i, t := range ws.data.topics {
			out[i] = managerTopicRow(strings.Count(ws.data.paths[t.ID], storage.TopicPathSep), t.Name)
		}
		return out
	}
	var m *manager
	at := func(i int) storage.Topic { return ws.data.topics[i] }
	m = ws.showManager("Topics", rows,
		action{label: "New…", run: func(i int) {
			var parent *int64
			if i >= 0 && i < len(ws.data.topics) {
				parent = &ws.data.topics[i].ID
			}
			if err := ws.data.checkTopicParent(parent); err != nil { // topic_depth.go
				ws.showError("Could not make a topic there", err)
				return
			}
			ws.askTopicName("New topic", "", func(name string) { ws.saveTopic(storage.Topic{Name: name, ParentID: parent}) })
		}},
		action{label: "Rename…", needsRow: true, run: func(i int) {
			t := at(i)
			ws.askTopicName("Rename topic", t.Name, func(name string) { t.Name = name; ws.saveTopic(t) })
		}},
		action{label: "Move to…", needsRow: true, run: func(i int) { ws.askMoveTopic(at(i)) }},
		action{label: "Move up", needsRow: true, run: func(i int) { ws.stepTopic(m, at(i), -1) }},
		action{label: "Move down", needsRow: true, run: func(i int) { ws.stepTopic(m, at(i), 1) }},
		action{label: "Merge into…", needsRow: true, run: func(i int) { ws.askMergeTopic(at(i)) }},
		action{label: "Delete…", needsRow: true, run: func(i int) { ws.confirmDeleteTopic(at(i)) }},
	)
}

// maxRowIndent is how many levels the list of topics indents: deeper ones
// would be pushed out of the dialog, so they say their level instead.
const maxRowIndent = 8

// managerTopicRow is the list's row of a topic depth levels below the top.
func managerTopicRow(depth int, name string) string {
	if depth > maxRowIndent {
		return strings.Repeat("      ", maxRowIndent) + fmt.Sprintf("(level %d) ", depth+1) + name
	}
	return strings.Repeat("      ", depth) + name
}

func (ws *Workspace) askTopicName(title, name string, then func(string)) {
	e := newTextLine()
	e.SetText(name)
	d := dialog.NewForm(title, "Save", "Cancel", []*widget.FormItem{widget.NewFormItem("Name", e)}, func(ok bool) {
		if n := strings.TrimSpace(e.Text); ok && n != "" {
			then(n)
		}
	}, ws.win)
	d.Resize(fyne.NewSize(420, 160))
	showEditor(ws.win, d, title, func() bool { return e.Text != name })
	ws.win.Canvas().Focus(e)
}

// otherTopics lists the paths of the topics that are not t or under t.
func (ws *Workspace) otherTopics(t storage.Topic) []string {
	skip := map[int64]bool{}
	for _, id := range subtree(ws.data.topics, t.ID) {
		skip[id] = true
	}
	var out []string
	for _, x := range ws.data.topics {
		if !skip[x.ID] {
			out = append(out, ws.data.paths[x.ID])
		}
	}
	return out
}

// askMoveTopic nests t under another topic or moves it to the top level.
func (ws *Workspace) askMoveTopic(t storage.Topic) {
	sel := widget.NewSelect(append([]string{topLevel}, ws.otherTopics(t)...), nil)
	sel.SetSelected(topLevel)
	if t.ParentID != nil {
		sel.SetSelected(ws.data.paths[*t.ParentID])
	}
	d := dialog.NewForm("Move "+t.Name+" to…", "Move", "Cancel", []*widget.FormItem{widget.NewFormItem("Under", sel)}, func(ok bool) {
		if !ok {
			return
		}
		parent := ws.topicByPath(sel.Selected)
		ws.changeTopics("move topic", func(ctx context.Context) (storage.TopicSnapshot, error) {
			return ws.store().MoveTopic(ctx, t.ID, parent, 0)
		})
	}, ws.win)
	d.Resize(fyne.NewSize(460, 160))
	showModal(ws.win, d)
}

// stepTopic swaps t with its previous or next sibling.
func (ws *Workspace) stepTopic(m *manager, t storage.Topic, step int) {
	var sibs []storage.Topic
	for _, x := range ws.data.topics {
		if (x.ParentID == nil && t.ParentID == nil) || (x.ParentID != nil && t.ParentID != nil && *x.ParentID == *t.ParentID) {
			sibs = append(sibs, x)
		}
	}
	for i, x := range sibs {
		if x.ID == t.ID && i+step >= 0 && i+step < len(sibs) {
			ws.swapTopics(t, sibs[i+step])
			ws.onLoad = append(ws.onLoad, func() {
				for j, y := range ws.data.topics {
					if y.ID == t.ID {
						m.selectRow(j)
					}
				}
			})
			return
		}
	}
}

// askMergeTopic merges t into another topic.
func (ws *Workspace) askMergeTopic(t storage.Topic) {
	msg := fmt.Sprintf("The statements, subtopics and assessments of %s move to the topic you choose; %s is then deleted.\nYou can undo this with Edit › Undo.", t.Name, t.Name)
	ws.askMergeInto("Merge "+t.Name+" into…", msg, "topic", ws.otherTopics(t), func(path string) {
		into := ws.topicByPath(path)
		if into == nil {
			return
		}
		if ws.topic.id() == t.ID {
			ws.topic = topicKeyOf(into)
		}
		ws.changeTopics("merge topics", func(ctx context.Context) (storage.TopicSnapshot, error) {
			return ws.store().MergeTopics(ctx, t.ID, *into)
		})
	})
}

// confirmDeleteTopic says what happens to the statements before deleting.
func (ws *Workspace) confirmDeleteTopic(t storage.Topic) {
	ids := subtree(ws.data.topics, t.ID)
	var n int64
	var err error
	ws.run.run(func() {
		n, err = ws.store().CountStatements(context.Background(), storage.StatementFilter{TopicIDs: ids})
	}, func() {
		if err != nil {
			ws.showError("Could not count the statements", err)
			return
		}
		dest := "will have no topic"
		if t.ParentID != nil {
			dest = "move to " + ws.data.paths[*t.ParentID]
		}
		sub := ""
		if len(ids) > 1 {
			sub = fmt.Sprintf(" and its %d subtopics", len(ids)-1)
		}
		msg := fmt.Sprintf("%s%s will be deleted. Their %s (in every dialogue) %s kept and %s; the assessments of these topics are removed.\nYou can undo this with Edit › Undo.", t.Name, sub, statementsText(int(n)), isAre(n), dest)
		ws.confirm("Delete this topic?", msg, func(ok bool) {
			if !ok {
				return
			}
			for _, id := range ids {
				if ws.topic.id() == id {
					ws.topic = topicAll
				}
			}
			ws.changeTopics("delete topic", func(ctx context.Context) (storage.TopicSnapshot, error) {
				return ws.store().DeleteTopic(ctx, t.ID)
			})
		})
	})
}
