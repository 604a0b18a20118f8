package app

import (
	"context"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parley/storage"
	"parley/widgets"
)

// world is a window on a small project, driven on Fyne's test driver.
type world struct {
	t        *testing.T
	ws       *Workspace
	st       *storage.Store
	path     string
	d        storage.Dialogue
	china    storage.Party
	eu       storage.Party
	rights   storage.Topic
	xinjiang storage.Topic
	tibet    storage.Topic
	cnX, euX storage.Statement // on Xinjiang
	cnT, euT storage.Statement // on Tibet
	joint    storage.Statement // on Human rights, held by both
	tag      storage.Tag
}

func newWorld(t *testing.T) *world {
	t.Helper()
	a := test.NewTempApp(t)
	w := test.NewTempWindow(t, widget.NewLabel(""))
	w.Resize(fyne.NewSize(1280, 800))
	wd := &world{t: t, path: filepath.Join(t.TempDir(), "test"+storage.Extension)}
	st, err := storage.Create(wd.path)
	wd.must(err)
	wd.st = st
	wd.fill()
	wd.ws = newWorkspace(a, w, inlineRunner{})
	wd.ws.setProject(st)
	t.Cleanup(func() { wd.ws.close() })
	return wd
}

func (wd *world) must(err error) {
	wd.t.Helper()
	if err != nil {
		wd.t.Fatal(err)
	}
}

func (wd *world) fill() {
	ctx := context.Background()
	s := wd.st
	wd.d = storage.Dialogue{Title: "39th China-EU Human Rights Dialogue", Round: 39, Place: "Chongqing", StartDate: "2024-06-16"}
	wd.must(s.CreateDialogue(ctx, &wd.d))
	older := storage.Dialogue{Title: "38th China-EU Human Rights Dialogue", Round: 38, Place: "Brussels", StartDate: "2023-02-16"}
	wd.must(s.CreateDialogue(ctx, &older))
	wd.china = storage.Party{Name: "China", ShortName: "CN", Color: "#c8102e"}
	wd.eu = storage.Party{Name: "European Union", ShortName: "EU", Color: "#003399"}
	wd.must(s.CreateParty(ctx, &wd.china))
	wd.must(s.CreateParty(ctx, &wd.eu))
	wd.rights = storage.Topic{Name: "Human rights"}
	wd.must(s.CreateTopic(ctx, &wd.rights))
	wd.xinjiang = storage.Topic{Name: "Xinjiang", ParentID: &wd.rights.ID}
	wd.must(s.CreateTopic(ctx, &wd.xinjiang))
	wd.tibet = storage.Topic{Name: "Tibet", ParentID: &wd.rights.ID}
	wd.must(s.CreateTopic(ctx, &wd.tibet))
	mk := func(d storage.Dialogue, text string, topic int64, parties ...int64) storage.Statement {
		in := storage.StatementInput{PartyIDs: parties}
		in.DialogueID, in.Text, in.TopicID = d.ID, text, &topic
		wd.must(s.CreateStatement(ctx, &in))
		return in.Statement
	}
	wd.cnX = mk(wd.d, "Xinjiang affairs are purely China's internal affairs.", wd.xinjiang.ID, wd.china.ID)
	wd.euX = mk(wd.d, "The EU raised its concerns about the situation in Xinjiang.", wd.xinjiang.ID, wd.eu.ID)
	wd.cnT = mk(wd.d, "西藏的发展成就举世瞩目。", wd.tibet.ID, wd.china.ID)
	wd.euT = mk(wd.d, "The EU called for access to Tibet for independent observers.", wd.tibet.ID, wd.eu.ID)
	wd.joint = mk(wd.d, "Both sides agreed to hold the next round in Brussels.", wd.rights.ID, wd.china.ID, wd.eu.ID)
	wd.joint.Kind = storage.KindAgreement
	wd.must(s.UpdateStatement(ctx, &wd.joint))
	mk(older, "Last year the EU raised individual cases.", wd.xinjiang.ID, wd.eu.ID)
	wd.tag = storage.Tag{Name: "non-interference", Color: "#d1495b"}
	wd.must(s.CreateTag(ctx, &wd.tag))
}

// columnTexts is what each column shows, by card text.
func (wd *world) columnTexts() [][]string {
	var out [][]string
	for _, c := range wd.ws.view.cols {
		var texts []string
		for _, cd := range c.Cards() {
			texts = append(texts, cd.Text)
		}
		out = append(out, texts)
	}
	return out
}

// card returns the card data of statement id in column col.
func (wd *world) card(col int, id int64) (widgets.CardData, bool) {
	for _, cd := range wd.ws.view.cols[col].Cards() {
		if cd.ID == id {
			return cd, true
		}
	}
	return widgets.CardData{}, false
}

// pickTopic clicks a topic in the tree.
func (wd *world) pickTopic(id int64) {
	wd.ws.tree.tree.Select(string(topicKeyOf(&id)))
}

// pickCard selects a card the way a tap does.
func (wd *world) pickCard(col int, id int64) {
	wd.t.Helper()
	c := wd.ws.view.cols[col]
	for i, cd := range c.Cards() {
		if cd.ID == id {
			c.SelectIndex(i)
			c.OnSelected(id)
			return
		}
	}
	wd.t.Fatalf("statement %d is not in column %d", id, col)
}

func (wd *world) shortcut(s fyne.Shortcut) {
	// The test canvas does not pass shortcuts on; call what installKeys
	// registered on the canvas under the shortcut's name.
	wd.t.Helper()
	fn, ok := wd.ws.shortcuts[s.ShortcutName()]
	if !ok {
		wd.t.Fatalf("no shortcut %s", s.ShortcutName())
	}
	fn()
}
