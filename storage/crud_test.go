package storage

import (
	"context"
	"path/filepath"
	"testing"
	"time"
)

func TestSeriesAndDialogueCRUD(t *testing.T) {
	s := mustOpen(t)
	ctx := context.Background()
	sr := Series{Name: "  China-EU Human Rights Dialogue ", Description: "annual"}
	noErr(t, s.CreateSeries(ctx, &sr))
	if sr.ID == 0 || sr.Name != "China-EU Human Rights Dialogue" {
		t.Fatalf("created series %+v", sr)
	}
	wantCode(t, s.CreateSeries(ctx, &Series{Name: sr.Name}), CodeConflict)
	wantCode(t, s.CreateSeries(ctx, &Series{Name: " "}), CodeInvalid)

	d := Dialogue{SeriesID: &sr.ID, Title: "39th round", Round: 39, Place: "Chongqing", StartDate: "2024-06-16"}
	noErr(t, s.CreateDialogue(ctx, &d))
	got, err := s.Dialogue(ctx, d.ID)
	noErr(t, err)
	if got.Place != "Chongqing" || *got.SeriesID != sr.ID {
		t.Fatalf("read back %+v", got)
	}
	created := got.CreatedAt

	t.Run("UpdateSavesZeroValues", func(t *testing.T) {
		time.Sleep(2 * time.Millisecond) // so that updated_at can differ from created_at
		got.Place, got.Round, got.SeriesID = "", 0, nil
		noErr(t, s.UpdateDialogue(ctx, &got))
		back, err := s.Dialogue(ctx, d.ID)
		noErr(t, err)
		if back.Place != "" || back.Round != 0 || back.SeriesID != nil || back.Title != "39th round" {
			t.Fatalf("after update: %+v", back)
		}
		if !back.CreatedAt.Equal(created) || !back.UpdatedAt.After(created) {
			t.Fatalf("times: created %v → %v, updated %v", created, back.CreatedAt, back.UpdatedAt)
		}
	})
	t.Run("UpdateKeepsCreatedAtWhenCallerHasNone", func(t *testing.T) {
		v := Dialogue{ID: d.ID, Title: "39th round (renamed)"}
		noErr(t, s.UpdateDialogue(ctx, &v))
		if !v.CreatedAt.Equal(created) {
			t.Fatalf("created_at %v, want %v", v.CreatedAt, created)
		}
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		wantCode(t, s.UpdateDialogue(ctx, &Dialogue{ID: 999, Title: "x"}), CodeNotFound)
		_, err := s.Dialogue(ctx, 999)
		wantCode(t, err, CodeNotFound)
		wantCode(t, errOf(s.DeleteDialogue(ctx, 999)), CodeNotFound)
	})
	byTitle, err := s.DialogueByTitle(ctx, " 39TH ROUND (renamed)")
	noErr(t, err)
	if byTitle.ID != d.ID {
		t.Fatalf("by title: %+v", byTitle)
	}
	ds, err := s.Dialogues(ctx)
	noErr(t, err)
	if len(ds) != 1 {
		t.Fatalf("dialogues: %+v", ds)
	}
}

func TestPartySpeakerTagCRUD(t *testing.T) {
	f := mustFixture(t)
	s, ctx := f.s, context.Background()
	if f.china.Position != 1 || f.eu.Position != 2 {
		t.Fatalf("positions %d %d", f.china.Position, f.eu.Position)
	}
	wantCode(t, s.CreateParty(ctx, &Party{Name: "X", Color: "red"}), CodeInvalid)
	wantCode(t, s.CreateParty(ctx, &Party{Name: "China"}), CodeConflict)
	p, err := s.PartyByName(ctx, "eu")
	noErr(t, err)
	if p.ID != f.eu.ID {
		t.Fatalf("by short name: %+v", p)
	}
	p.ShortName = ""
	noErr(t, s.UpdateParty(ctx, &p))
	if _, err := s.PartyByName(ctx, "eu"); CodeOf(err) != CodeNotFound {
		t.Fatalf("short name still found: %v", err)
	}

	sp := Speaker{Name: "Miao Deyu", Role: "Assistant Foreign Minister", PartyID: &f.china.ID}
	noErr(t, s.CreateSpeaker(ctx, &sp))
	found, err := s.SpeakerByName(ctx, "miao deyu", &f.china.ID)
	noErr(t, err)
	if found.ID != sp.ID {
		t.Fatalf("speaker by name %+v", found)
	}
	if _, err := s.SpeakerByName(ctx, "Miao Deyu", &f.eu.ID); CodeOf(err) != CodeNotFound {
		t.Fatalf("speaker in the wrong party: %v", err)
	}
	sp.Role = "Director-General"
	noErr(t, s.UpdateSpeaker(ctx, &sp))
	sps, err := s.Speakers(ctx)
	noErr(t, err)
	if len(sps) != 1 || sps[0].Role != "Director-General" {
		t.Fatalf("speakers %+v", sps)
	}

	tg := Tag{Name: "sovereignty"}
	noErr(t, s.CreateTag(ctx, &tg))
	if tg.Color != "#888888" {
		t.Fatalf("default colour %q", tg.Color)
	}
	tg.Color = "#aa0000"
	noErr(t, errOf(s.UpdateTag(ctx, &tg)))
	byName, err := s.TagByName(ctx, "SOVEREIGNTY")
	noErr(t, err)
	if byName.Color != "#aa0000" {
		t.Fatalf("tag %+v", byName)
	}
	wantCode(t, errOf(s.UpdateTag(ctx, &Tag{ID: tg.ID, Name: "x", Color: "#12"})), CodeInvalid)
}

func TestSourceCRUD(t *testing.T) {
	f := mustFixture(t)
	s, ctx := f.s, context.Background()
	src := Source{DialogueID: &f.d.ID, Title: "Readout", AuthorPartyID: &f.china.ID, Text: "第三十九次中欧人权对话在重庆举行。"}
	noErr(t, s.CreateSource(ctx, &src))
	if src.SHA256 != TextHash(src.Text) || src.ImportedAt.Location() != time.UTC {
		t.Fatalf("source %+v", src)
	}
	src.Title, src.Publisher, src.Text = "Readout (MFA)", "MFA", "changed text is ignored"
	noErr(t, s.UpdateSource(ctx, &src))
	back, err := s.Source(ctx, src.ID)
	noErr(t, err)
	if back.Title != "Readout (MFA)" || back.Publisher != "MFA" || back.SHA256 != TextHash(back.Text) || back.Text == "changed text is ignored" {
		t.Fatalf("after update %+v", back)
	}
	list, err := s.Sources(ctx, f.d.ID)
	noErr(t, err)
	if len(list) != 1 || list[0].Text != "" {
		t.Fatalf("Sources should list without text: %+v", list)
	}
	same, err := s.SourcesByHash(ctx, TextHash("第三十九次中欧人权对话在重庆举行。"))
	noErr(t, err)
	if len(same) != 1 {
		t.Fatalf("by hash %+v", same)
	}
	in := StatementInput{Statement: Statement{DialogueID: f.d.ID, Text: "x", SourceID: &src.ID, Start: 0, End: 4}, PartyIDs: []int64{f.china.ID}}
	noErr(t, s.CreateStatement(ctx, &in))
	noErr(t, s.DeleteSource(ctx, src.ID))
	st, err := s.Statement(ctx, in.ID)
	noErr(t, err)
	if st.SourceID != nil {
		t.Fatalf("statement keeps deleted source %d", *st.SourceID)
	}
}

func TestTimesAreUTC(t *testing.T) {
	f := mustFixture(t)
	s, ctx := f.s, context.Background()
	local := time.Date(2024, 6, 16, 9, 30, 0, 0, time.FixedZone("CST", 8*3600))
	n := Note{StatementID: &f.cn1.ID, Body: "restored", CreatedAt: local, UpdatedAt: local}
	noErr(t, s.RestoreNote(ctx, n))
	var raw string
	noErr(t, s.read(ctx).Raw("SELECT created_at || '' FROM notes WHERE body = 'restored'").Scan(&raw).Error)
	if raw[:19] != "2024-06-16 01:30:00" {
		t.Fatalf("stored %q, want the UTC time 2024-06-16 01:30:00", raw)
	}
	src := Source{Title: "t", Text: "x", ImportedAt: local}
	noErr(t, s.CreateSource(ctx, &src))
	back, err := s.Source(ctx, src.ID)
	noErr(t, err)
	if !back.ImportedAt.Equal(local) {
		t.Fatalf("imported at %v, want %v", back.ImportedAt, local)
	}
}

func TestStatementCRUD(t *testing.T) {
	f := mustFixture(t)
	s, ctx := f.s, context.Background()
	if f.cn1.Position != 1 || f.joint.Position != 3 {
		t.Fatalf("positions %d %d", f.cn1.Position, f.joint.Position)
	}
	for name, st := range map[string]Statement{
		"ErrNoText":     {DialogueID: f.d.ID, Text: "  "},
		"ErrKind":       {DialogueID: f.d.ID, Text: "x", Kind: "rant"},
		"ErrNoDialogue": {Text: "x"},
		"ErrSpan":       {DialogueID: f.d.ID, Text: "x", Start: 5, End: 2},
		"ErrUTF8":       {DialogueID: f.d.ID, Text: "bad \xff"},
	} {
		t.Run(name, func(t *testing.T) {
			wantCode(t, s.CreateStatement(ctx, &StatementInput{Statement: st}), CodeInvalid)
		})
	}
	t.Run("ErrUnknownParty", func(t *testing.T) {
		in := StatementInput{Statement: Statement{DialogueID: f.d.ID, Text: "x"}, PartyIDs: []int64{999}}
		wantCode(t, s.CreateStatement(ctx, &in), CodeConflict)
		if n := count(t, s, "statements", "text = 'x'"); n != 0 {
			t.Fatalf("a failed create left %d statements", n)
		}
	})
	st, err := s.Statement(ctx, f.eu1.ID)
	noErr(t, err)
	st.Kind, st.Text, st.TopicID = KindDemand, "The EU urged China to release detained lawyers.", nil
	noErr(t, s.UpdateStatement(ctx, &st))
	v, err := s.StatementView(ctx, f.eu1.ID)
	noErr(t, err)
	if v.Kind != KindDemand || v.TopicID != nil || !v.HeldBy(f.eu.ID) || v.Joint() {
		t.Fatalf("view after update %+v", v)
	}
	noErr(t, errOf(s.SetStatementParties(ctx, f.eu1.ID, []int64{f.eu.ID, f.china.ID, f.eu.ID})))
	v, err = s.StatementView(ctx, f.eu1.ID)
	noErr(t, err)
	if !v.Joint() {
		t.Fatalf("parties %v", v.PartyIDs)
	}
	_, err = s.StatementView(ctx, 999)
	wantCode(t, err, CodeNotFound)
}

func TestReadOnlyStoreRefusesEveryWrite(t *testing.T) {
	f := mustFixture(t)
	path := f.s.Path()
	noErr(t, f.s.Close())
	s, err := OpenWith(path, Options{ReadOnly: true})
	noErr(t, err)
	defer s.Close()
	ctx := context.Background()
	if !s.ReadOnly() {
		t.Fatal("ReadOnly() is false")
	}
	for name, err := range map[string]error{
		"tag":       s.CreateTag(ctx, &Tag{Name: "x"}),
		"statement": s.CreateStatement(ctx, &StatementInput{Statement: Statement{DialogueID: f.d.ID, Text: "x"}}),
		"bulk":      s.InsertStatements(ctx, []StatementInput{{Statement: Statement{DialogueID: f.d.ID, Text: "x"}}}, nil),
		"delete":    errOf(s.DeleteStatement(ctx, f.cn1.ID)),
		"merge":     errOf(s.MergeTopics(ctx, f.xinjiang.ID, f.rights.ID)),
	} {
		if CodeOf(err) != CodeReadOnly {
			t.Errorf("%s: %v, want CodeReadOnly", name, err)
		}
	}
	views, err := s.StatementViews(ctx, StatementFilter{DialogueID: f.d.ID}, 0)
	noErr(t, err)
	if len(views) != 3 {
		t.Fatalf("read %d statements", len(views))
	}
	hits, err := s.Search(ctx, SearchQuery{Query: "人权"})
	noErr(t, err)
	if len(hits) != 1 {
		t.Fatalf("search on read-only: %d hits", len(hits))
	}
	res, err := s.IntegrityCheck(ctx)
	noErr(t, err)
	if res != "ok" {
		t.Fatalf("integrity %q", res)
	}
}

func TestSaveCopy(t *testing.T) {
	f := mustFixture(t)
	ctx := context.Background()
	dst := filepath.Join(t.TempDir(), "copy"+Extension)
	noErr(t, f.s.SaveCopy(ctx, dst))
	wantCode(t, f.s.SaveCopy(ctx, dst), CodeExists)
	t.Run("FromReadOnly", func(t *testing.T) {
		ro, err := OpenWith(dst, Options{ReadOnly: true})
		noErr(t, err)
		defer ro.Close()
		noErr(t, ro.SaveCopy(ctx, dst+"2"))
		c, err := Open(dst + "2")
		noErr(t, err)
		noErr(t, c.Close())
	})
	c, err := Open(dst)
	noErr(t, err)
	defer c.Close()
	views, err := c.StatementViews(ctx, StatementFilter{DialogueID: f.d.ID}, 0)
	noErr(t, err)
	if len(views) != 3 {
		t.Fatalf("copy holds %d statements", len(views))
	}
	if hits, _ := c.Search(ctx, SearchQuery{Query: "人权"}); len(hits) != 1 {
		t.Fatalf("copy's search index: %d hits", len(hits))
	}
	res, err := c.IntegrityCheck(ctx)
	noErr(t, err)
	if res != "ok" {
		t.Fatalf("copy integrity %q", res)
	}
}
