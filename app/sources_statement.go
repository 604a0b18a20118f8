package app

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"parley/app/ingest"
	"parley/storage"
)

// askStatement makes the selection a statement: a form pre-filled with
// what the importer proposes for it, stored with one CreateStatement.
func (v *SourcesView) askStatement() {
	if v.selFrom < 0 || v.cur.ID == 0 {
		return
	}
	ctx := context.Background()
	start, end := v.segs[v.selFrom].Start, v.segs[v.selTo].End
	text := string(v.runes[start:end])
	pr := v.propose(ctx, text)
	partyNames, byName := v.partyOptions()
	parties := widget.NewCheckGroup(partyNames, nil)
	parties.Horizontal = true
	for _, p := range pr.Parties {
		if _, ok := byName[p]; ok {
			parties.Selected = append(parties.Selected, p)
		}
	}
	kinds := make([]string, len(storage.Kinds))
	for i, k := range storage.Kinds {
		kinds[i] = string(k)
	}
	kind := widget.NewSelect(kinds, nil)
	kind.SetSelected(string(pr.Kind))
	paths, _ := v.st.TopicPaths(ctx)
	var topicNames []string
	for _, p := range paths {
		topicNames = append(topicNames, p)
	}
	sort.Strings(topicNames)
	topic := widget.NewSelectEntry(topicNames)
	topic.SetText(pr.Topic)
	speaker := widget.NewEntry()
	if pr.Speaker != nil {
		speaker.SetText(pr.Speaker.Name)
	}
	quote := widget.NewLabel(text)
	quote.Wrapping = fyne.TextWrapWord
	items := []*widget.FormItem{widget.NewFormItem("Text", quote), widget.NewFormItem("Parties", parties),
		widget.NewFormItem("Speaker", speaker), widget.NewFormItem("Kind", kind), widget.NewFormItem("Topic", topic)}
	d := dialog.NewForm("Make a statement", "Create", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		in := storage.StatementInput{Statement: storage.Statement{Text: text, Kind: storage.Kind(kind.Selected),
			Start: start, End: end, SourceID: &v.cur.ID, ReportedByID: v.cur.AuthorPartyID}}
		for _, n := range parties.Selected {
			in.PartyIDs = append(in.PartyIDs, byName[n])
		}
		if err := v.createStatement(ctx, &in, speaker.Text, topic.Text); err != nil {
			dialog.ShowError(err, v.win)
			return
		}
		v.open(v.cur.ID)
	}, v.win)
	d.Resize(fyne.NewSize(640, 0))
	d.Show()
}

// propose asks the importer what it makes of the selected text.
func (v *SourcesView) propose(ctx context.Context, text string) ingest.Proposal {
	p, err := ingest.LoadProposer(ctx, v.st)
	if err != nil {
		return ingest.Proposal{Kind: storage.KindPosition}
	}
	author := ""
	if v.cur.AuthorPartyID != nil {
		author = v.parties[*v.cur.AuthorPartyID].Name
	}
	d, err := p.Propose(ctx, ingest.Document{Text: text}, author, nil)
	if err != nil || len(d.Proposals) == 0 {
		return ingest.Proposal{Kind: storage.KindPosition}
	}
	pr := d.Proposals[0]
	// Match gazetteer names to the project's parties.
	for i, name := range pr.Parties {
		if e := p.Gaz.Lookup(name); e != nil && e.PartyID != 0 {
			pr.Parties[i] = v.parties[e.PartyID].Name
		}
	}
	return pr
}

func (v *SourcesView) partyOptions() ([]string, map[string]int64) {
	byName := map[string]int64{}
	var names []string
	ids := make([]int64, 0, len(v.parties))
	for id := range v.parties {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return v.parties[ids[i]].Position < v.parties[ids[j]].Position })
	for _, id := range ids {
		names = append(names, v.parties[id].Name)
		byName[v.parties[id].Name] = id
	}
	return names, byName
}

// createStatement resolves the speaker (created when new) and the topic
// path (created when new), then stores the statement.
func (v *SourcesView) createStatement(ctx context.Context, in *storage.StatementInput, speaker, topic string) error {
	if v.cur.DialogueID != nil {
		in.DialogueID = *v.cur.DialogueID
	} else {
		in.DialogueID = v.dialogueID
	}
	if in.DialogueID == 0 {
		return fmt.Errorf("the source belongs to no dialogue: choose a dialogue first")
	}
	if name := strings.TrimSpace(speaker); name != "" {
		sp, err := v.st.SpeakerByName(ctx, name, nil)
		if storage.CodeOf(err) == storage.CodeNotFound {
			sp = storage.Speaker{Name: name}
			if len(in.PartyIDs) == 1 {
				sp.PartyID = &in.PartyIDs[0]
			}
			err = v.st.CreateSpeaker(ctx, &sp)
		}
		if err != nil {
			return err
		}
		in.SpeakerID = &sp.ID
	}
	if path := strings.TrimSpace(topic); path != "" {
		t, err := v.st.EnsureTopicPath(ctx, path)
		if err != nil {
			return err
		}
		in.TopicID = &t.ID
	}
	return v.st.CreateStatement(ctx, in)
}
