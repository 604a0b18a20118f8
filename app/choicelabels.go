package app

import (
	"strconv"

	"parley/widgets"
)

// choiceLabels are the labels a choice list shows for names taken from a
// project (parties, speakers, topics, tags), each through widgets.Visible,
// and the ID each label stands for. Fyne's choice lists hand back the
// label chosen, so the lists look the ID up by label here: turning a label
// back into a name is impossible, as Visible shows several characters
// with one mark. Two names that Visible draws alike get labels told apart
// by a number, so that each can still be chosen.
type choiceLabels struct {
	labels []string
	byID   map[int64]string
	byText map[string]int64
}

// newChoiceLabels labels names[i], which stands for ids[i].
func newChoiceLabels(ids []int64, names []string) choiceLabels {
	c := choiceLabels{labels: make([]string, len(names)), byID: make(map[int64]string, len(ids)), byText: make(map[string]int64, len(ids))}
	for i, n := range names {
		shown := widgets.Visible(n)
		l := shown
		for k := 2; ; k++ {
			if _, taken := c.byText[l]; !taken {
				break
			}
			l = shown + " (" + strconv.Itoa(k) + ")"
		}
		c.labels[i], c.byID[ids[i]], c.byText[l] = l, l, ids[i]
	}
	return c
}

// id is the ID a label stands for; ok is false for a label of no name
// (such as "None" or "Any speaker").
func (c choiceLabels) id(label string) (id int64, ok bool) {
	id, ok = c.byText[label]
	return id, ok
}

// partyChoices labels the project's parties.
func (d *viewData) partyChoices() choiceLabels {
	ids, names := make([]int64, len(d.parties)), make([]string, len(d.parties))
	for i, p := range d.parties {
		ids[i], names[i] = p.ID, p.Name
	}
	return newChoiceLabels(ids, names)
}

// speakerChoices labels the project's speakers as "Name, Role (Party)".
func (d *viewData) speakerChoices() choiceLabels {
	ids, names := make([]int64, len(d.speakers)), make([]string, len(d.speakers))
	for i, s := range d.speakers {
		ids[i], names[i] = s.ID, d.speakerText(s)
	}
	return newChoiceLabels(ids, names)
}

// topicChoices labels the project's topics by their paths, in tree order.
func (d *viewData) topicChoices() choiceLabels {
	ids, names := make([]int64, len(d.topics)), make([]string, len(d.topics))
	for i, t := range d.topics {
		ids[i], names[i] = t.ID, d.paths[t.ID]
	}
	return newChoiceLabels(ids, names)
}

// tagChoices labels the project's tags.
func (d *viewData) tagChoices() choiceLabels {
	ids, names := make([]int64, len(d.tags)), make([]string, len(d.tags))
	for i, t := range d.tags {
		ids[i], names[i] = t.ID, t.Name
	}
	return newChoiceLabels(ids, names)
}
