package storage

import (
	"context"
	"testing"
)

func annotationWrites() []guiWrite {
	note := func(t *testing.T, f fixture) Note {
		n := Note{StatementID: &f.cn1.ID, Body: "Compare the 2023 readout."}
		noErr(t, f.s.CreateNote(context.Background(), &n))
		return n
	}
	link := func(t *testing.T, f fixture) Link {
		l := Link{FromID: f.eu1.ID, ToID: f.cn1.ID, Type: LinkContradicts}
		noErr(t, f.s.CreateLink(context.Background(), &l))
		return l
	}
	return []guiWrite{
		{"CreateNote", call(func(ctx context.Context, f fixture) error {
			return f.s.CreateNote(ctx, &Note{StatementID: &f.cn1.ID, Body: "See 2023."})
		})},
		{"UpdateNote", func(t *testing.T, f fixture) func(context.Context) error {
			n := note(t, f)
			return func(ctx context.Context) error { return errOf(f.s.UpdateNote(ctx, &Note{ID: n.ID, Body: "Edited."})) }
		}},
		{"DeleteNote", func(t *testing.T, f fixture) func(context.Context) error {
			n := note(t, f)
			return func(ctx context.Context) error { return errOf(f.s.DeleteNote(ctx, n.ID)) }
		}},
		{"RestoreNote", func(t *testing.T, f fixture) func(context.Context) error {
			gone, err := f.s.DeleteNote(context.Background(), note(t, f).ID)
			noErr(t, err)
			return func(ctx context.Context) error { return f.s.RestoreNote(ctx, gone) }
		}},
		{"CreateLink", call(func(ctx context.Context, f fixture) error {
			return f.s.CreateLink(ctx, &Link{FromID: f.eu1.ID, ToID: f.cn1.ID, Type: LinkRespondsTo})
		})},
		{"DeleteLink", func(t *testing.T, f fixture) func(context.Context) error {
			l := link(t, f)
			return func(ctx context.Context) error { return errOf2(f.s.DeleteLink(ctx, l.ID)) }
		}},
		{"RestoreLink", func(t *testing.T, f fixture) func(context.Context) error {
			l, notes, err := f.s.DeleteLink(context.Background(), link(t, f).ID)
			noErr(t, err)
			return func(ctx context.Context) error { return f.s.RestoreLink(ctx, l, notes) }
		}},
		{"SetAssessment", call(func(ctx context.Context, f fixture) error {
			return f.s.SetAssessment(ctx, &Assessment{DialogueID: f.d.ID, TopicID: f.xinjiang.ID, Verdict: VerdictDivergent})
		})},
		{"AssessTopic", call(func(ctx context.Context, f fixture) error {
			return errOf2(f.s.AssessTopic(ctx, Assessment{DialogueID: f.d.ID, TopicID: f.xinjiang.ID, Verdict: VerdictDivergent, Text: "Apart."}))
		})},
		{"Assess", call(func(ctx context.Context, f fixture) error {
			return errOf2(f.s.Assess(ctx, &Assessment{DialogueID: f.d.ID, TopicID: f.xinjiang.ID, Verdict: VerdictDivergent}))
		})},
		{"DeleteAssessment", call(func(ctx context.Context, f fixture) error {
			return f.s.DeleteAssessment(ctx, f.d.ID, f.xinjiang.ID)
		})},
	}
}

func vocabWrites() []guiWrite {
	return append(topicWrites(), []guiWrite{
		{"SaveParty/new", call(func(ctx context.Context, f fixture) error { return errOf(f.s.SaveParty(ctx, &Party{Name: "UN"})) })},
		{"SaveParty/edit", call(func(ctx context.Context, f fixture) error {
			p := f.eu
			p.Color = "#000080"
			return errOf(f.s.SaveParty(ctx, &p))
		})},
		{"SwapParties", call(func(ctx context.Context, f fixture) error { return errOf(f.s.SwapParties(ctx, f.china.ID, f.eu.ID)) })},
		{"SetPartyPositions", call(func(ctx context.Context, f fixture) error {
			return f.s.SetPartyPositions(ctx, Positions{f.china.ID: 2, f.eu.ID: 1})
		})},
		{"DeleteParty", call(func(ctx context.Context, f fixture) error { return errOf(f.s.DeleteParty(ctx, f.china.ID)) })},
		{"RestoreVocab", func(t *testing.T, f fixture) func(context.Context) error {
			snap, err := f.s.DeleteDialogue(context.Background(), f.d.ID)
			noErr(t, err)
			return func(ctx context.Context) error { return f.s.RestoreVocab(ctx, snap) }
		}},
		{"SaveSpeaker/new", call(func(ctx context.Context, f fixture) error {
			return errOf(f.s.SaveSpeaker(ctx, &Speaker{Name: "Miao Deyu", PartyID: &f.china.ID}, f.cn1.ID))
		})},
		{"RevertSpeaker", func(t *testing.T, f fixture) func(context.Context) error {
			sp := Speaker{Name: "Miao Deyu"}
			e, err := f.s.SaveSpeaker(context.Background(), &sp, f.cn1.ID)
			noErr(t, err)
			return func(ctx context.Context) error { return f.s.RevertSpeaker(ctx, sp.ID, e) }
		}},
		{"DeleteSpeaker", func(t *testing.T, f fixture) func(context.Context) error {
			sp := Speaker{Name: "Miao Deyu"}
			noErr(t, f.s.CreateSpeaker(context.Background(), &sp))
			return func(ctx context.Context) error { return errOf(f.s.DeleteSpeaker(ctx, sp.ID)) }
		}},
		{"CreateSpeaker", call(func(ctx context.Context, f fixture) error { return f.s.CreateSpeaker(ctx, &Speaker{Name: "Shen Bo"}) })},
		{"SaveDialogue/new with series", call(func(ctx context.Context, f fixture) error {
			return errOf(f.s.SaveDialogue(ctx, &Dialogue{Title: "40th round"}, "China-EU Human Rights Dialogue"))
		})},
		{"RevertDialogue", func(t *testing.T, f fixture) func(context.Context) error {
			d := Dialogue{Title: "40th round"}
			e, err := f.s.SaveDialogue(context.Background(), &d, "China-EU Human Rights Dialogue")
			noErr(t, err)
			return func(ctx context.Context) error { return f.s.RevertDialogue(ctx, d.ID, e) }
		}},
		{"SaveDialogue/edit", call(func(ctx context.Context, f fixture) error {
			d := f.d
			d.Place = "Brussels"
			return errOf(f.s.SaveDialogue(ctx, &d, ""))
		})},
		{"DeleteDialogue", call(func(ctx context.Context, f fixture) error { return errOf(f.s.DeleteDialogue(ctx, f.d.ID)) })},
	}...)
}

func topicWrites() []guiWrite {
	return []guiWrite{
		{"SaveTopic/new", call(func(ctx context.Context, f fixture) error { return errOf(f.s.SaveTopic(ctx, &Topic{Name: "Tibet"})) })},
		{"SaveTopic/rename", call(func(ctx context.Context, f fixture) error {
			tp := f.rights
			tp.Name = "Human rights in general"
			return errOf(f.s.SaveTopic(ctx, &tp))
		})},
		{"SwapTopics", func(t *testing.T, f fixture) func(context.Context) error {
			other := Topic{Name: "Trade"}
			noErr(t, f.s.CreateTopic(context.Background(), &other))
			return func(ctx context.Context) error { return errOf(f.s.SwapTopics(ctx, f.rights.ID, other.ID)) }
		}},
		{"SetTopicPositions", call(func(ctx context.Context, f fixture) error {
			return f.s.SetTopicPositions(ctx, Positions{f.rights.ID: 3})
		})},
		{"MoveTopic", call(func(ctx context.Context, f fixture) error { return errOf(f.s.MoveTopic(ctx, f.xinjiang.ID, nil, 0)) })},
		{"MergeTopics", call(func(ctx context.Context, f fixture) error {
			return errOf(f.s.MergeTopics(ctx, f.xinjiang.ID, f.rights.ID))
		})},
		{"DeleteTopic", call(func(ctx context.Context, f fixture) error { return errOf(f.s.DeleteTopic(ctx, f.rights.ID)) })},
		{"RestoreTopics", func(t *testing.T, f fixture) func(context.Context) error {
			snap, err := f.s.DeleteTopic(context.Background(), f.rights.ID)
			noErr(t, err)
			return func(ctx context.Context) error { return f.s.RestoreTopics(ctx, snap) }
		}},
	}
}
