package app

import (
	"context"
	"errors"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"parley/app/ingest"
	"parley/storage"
	"parley/widgets"
)

// askStatement makes the selection a statement: a form pre-filled with
// what the importer proposes for it (worked out on the runner: the
// proposer reads the project's coded statements), with the detail pane's
// labels and speaker picker, stored as one undoable edit.
func (v *SourcesView) askStatement() {
	if v.selFrom < 0 || v.cur.ID == 0 {
		return
	}
	start, end := v.segs[v.selFrom].Start, v.segs[v.selTo].End
	text := string(v.runes[start:end])
	author, parties := "", make(map[int64]storage.Party, len(v.parties))
	for id, p := range v.parties {
		parties[id] = p
	}
	if v.cur.AuthorPartyID != nil {
		author = parties[*v.cur.AuthorPartyID].Name
	}
	st, src := v.svc.store(), v.cur.ID
	var pr ingest.Proposal
	v.svc.run.run(func() { pr = proposeSelection(context.Background(), st, text, author, parties) }, func() {
		if v.cur.ID == src {
			v.statementForm(start, end, text, pr)
		}
	})
}

// statementForm is the Make a statement form for runes [start, end).
func (v *SourcesView) statementForm(start, end int, text string, pr ingest.Proposal) {
	partyNames, byName, labelOf := v.partyOptions()
	parties := widget.NewCheckGroup(partyNames, nil)
	parties.Horizontal = true
	for _, p := range pr.Parties {
		if l, ok := labelOf[p]; ok {
			parties.Selected = append(parties.Selected, l)
		}
	}
	kind := widget.NewSelect(kindLabels(), nil)
	kind.SetSelected(kindLabel(pr.Kind))
	speaker, newSpeaker := v.speakerPicker(pr.Speaker)
	topic := newPickEntry(v.vocab.topicPaths())
	topic.SetText(pr.Topic)
	topic.Validator = checkTypedTopic // topic_depth.go: Create waits for a path Parley can keep
	// The hint keeps the line under the field, where a path too deep
	// says so, from covering the buttons.
	topicItem := widget.NewFormItem("Topic", topic)
	topicItem.HintText = "a new topic's path: Regional issues/Xinjiang"
	// A label lays out a huge selection for minutes; the statement made
	// still holds the whole of it.
	shown, _ := editableText(text)
	quote := widget.NewLabel(shown)
	quote.Wrapping = fyne.TextWrapWord
	items := []*widget.FormItem{widget.NewFormItem("Text", quote), widget.NewFormItem("Parties", parties),
		widget.NewFormItem("Speaker", speaker), widget.NewFormItem("Kind", kind), topicItem}
	d := dialog.NewForm("Make a statement", "Create", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		in := storage.StatementInput{Statement: storage.Statement{Text: text, Kind: kindOf(kind.Selected),
			Start: start, End: end, SourceID: &v.cur.ID, ReportedByID: v.cur.AuthorPartyID}}
		for _, n := range parties.Selected {
			in.PartyIDs = append(in.PartyIDs, byName[n])
		}
		var sp *storage.Speaker
		if newSpeaker != "" && speaker.Selected == newSpeaker {
			sp = &storage.Speaker{Name: pr.Speaker.Name, Role: pr.Speaker.Role}
			if len(in.PartyIDs) == 1 {
				sp.PartyID = &in.PartyIDs[0]
			}
		} else {
			in.SpeakerID = v.vocab.speakerByLabel(speaker.Selected)
		}
		v.makeStatement(in, sp, topic.Text)
	}, v.win)
	d.Resize(fyne.NewSize(640, 0))
	showForm(v.win, d, "Make a statement", items)
}

// speakerPicker is the detail pane's choice of the project's speakers,
// with the speaker the importer found selected; when the project does not
// know that speaker yet, an extra choice creates them, and its label is
// returned too.
func (v *SourcesView) speakerPicker(found *ingest.Speaker) (*widget.Select, string) {
	opts := append([]string{notGiven}, v.vocab.speakerLabels()...)
	pick := widget.NewSelect(opts, nil)
	pick.SetSelected(notGiven)
	if found == nil || strings.TrimSpace(found.Name) == "" {
		return pick, ""
	}
	for _, s := range v.vocab.speakers {
		if s.ID == found.ID || strings.EqualFold(s.Name, found.Name) {
			pick.SetSelected(v.vocab.speakerText(s))
			return pick, ""
		}
	}
	add := "New speaker: " + found.Name
	pick.Options = append(pick.Options, add)
	pick.SetSelected(add)
	return pick, add
}

// proposeSelection asks the importer what it makes of text, from a source that
// author wrote; it names parties as the project does.
func proposeSelection(ctx context.Context, st *storage.Store, text, author string, parties map[int64]storage.Party) ingest.Proposal {
	p, err := ingest.LoadProposer(ctx, st)
	if err != nil {
		return ingest.Proposal{Kind: storage.KindPosition}
	}
	d, err := p.Propose(ctx, ingest.Document{Text: text}, author, nil)
	if err != nil || len(d.Proposals) == 0 {
		return ingest.Proposal{Kind: storage.KindPosition}
	}
	pr := d.Proposals[0]
	// Match gazetteer names to the project's parties.
	for i, name := range pr.Parties {
		if e := p.Gaz.Lookup(name); e != nil && e.PartyID != 0 {
			pr.Parties[i] = parties[e.PartyID].Name
		}
	}
	return pr
}

// partyOptions labels the project's parties for Make a statement, in
// column order: the labels, the party each stands for, and the label of
// each party's name.
func (v *SourcesView) partyOptions() (labels []string, byLabel map[string]int64, labelOf map[string]string) {
	ids := make([]int64, 0, len(v.parties))
	for id := range v.parties {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return v.parties[ids[i]].Position < v.parties[ids[j]].Position })
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = cutToWidth(widgets.Visible(v.parties[id].Name), holderNameWidth)
	}
	// Labels cut as under Held by: the boxes stand in one row, and a party
	// named as its office widened the form past a 1024 px window.
	c := newChoiceLabels(ids, names)
	labelOf = make(map[string]string, len(ids))
	for _, id := range ids {
		labelOf[v.parties[id].Name] = c.byID[id]
	}
	return c.labels, c.byText, labelOf
}

// makeStatement stores the statement (with its new speaker and topics,
// if any) as one edit: Ctrl+Z takes it out again, and shows this source.
func (v *SourcesView) makeStatement(in storage.StatementInput, sp *storage.Speaker, topicPath string) {
	if v.cur.DialogueID != nil {
		in.DialogueID = *v.cur.DialogueID
	} else {
		in.DialogueID = v.dialogueID
	}
	if in.DialogueID == 0 {
		v.svc.showError("Could not make the statement", errors.New("the source belongs to no dialogue: choose a dialogue first"))
		return
	}
	var made storage.StatementMade
	v.svc.edit(&command{label: "make statement",
		do: func(ctx context.Context) error {
			if made.Statement.ID != 0 {
				return v.svc.store().RemakeStatement(ctx, made)
			}
			var err error
			made, err = v.svc.store().MakeStatement(ctx, in, sp, topicPath)
			return err
		},
		undo:  func(ctx context.Context) error { return v.svc.store().UnmakeStatement(ctx, made) },
		at:    place{dialogueID: in.DialogueID, sourceID: v.cur.ID},
		after: func(*command) { v.open(v.cur.ID) },
	})
}
