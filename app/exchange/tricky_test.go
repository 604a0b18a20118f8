package exchange_test

import (
	"time"

	"parley/app/exchange"
	"parley/storage"
)

func ptr[T any](v T) *T { return &v }

func at(s string) exchange.Time {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		panic(err)
	}
	return exchange.Time{Time: t}
}

// tricky is a project that exercises every awkward corner of the format:
// Chinese text, markup, joint statements, a party without ID, speakers and
// topics sharing a name or path, a child topic with a smaller ID than its
// parent, notes on links and assessments, nulls everywhere they may be,
// times with offsets and nanoseconds.
func tricky() *exchange.Document {
	cn, eu := "中华人民共和国", "European Union"
	chinaText := "第三十九次中欧人权对话。中方强调，新疆、西藏、香港事务纯属中国内政。<b>&amp;</b> 双方同意继续对话。\n\t😀 end"
	ts := exchange.Stamps{CreatedAt: at("2024-06-16T09:00:00+08:00"), UpdatedAt: at("2024-06-16T01:00:00.123456789Z")}
	by := ts
	by.CreatedBy, by.UpdatedBy = "ana", "Бен \"ben\" <b>"
	return &exchange.Document{
		Format: exchange.FormatName, Version: exchange.Version,
		Settings: map[string]string{"last_dialogue": "7", "zeta": "\"quoted\""},
		Series:   []exchange.Series{{ID: 4, Name: "中欧人权对话", Description: "line one\nline two", Stamps: ts}},
		Dialogues: []exchange.Dialogue{
			{ID: 7, Series: ptr("中欧人权对话"), Title: "第三十九次", Round: 39, Place: "重庆", StartDate: "2024-06-16", Stamps: ts},
			{ID: 9, Title: "A dialogue without series", Stamps: ts},
		},
		Parties: []exchange.Party{
			{ID: 3, Name: cn, ShortName: "中国", Color: "#DE2910", Position: 1, Stamps: ts},
			{ID: 7, Name: eu, ShortName: "EU", Color: "#003399", Position: 2, Stamps: ts},
			{Name: "Observer \"quoted\" <party>", Color: "#123456", Position: 3, Stamps: ts},
		},
		Speakers: []exchange.Speaker{
			{ID: 1, Name: "苗得雨", Role: "外交部部长助理", Party: ptr(cn), Stamps: ts},
			{ID: 2, Name: "Li Wei", Role: "delegate", Party: ptr(cn), Stamps: ts},
			{ID: 3, Name: "Li Wei", Role: "delegate", Party: ptr(eu), Stamps: ts},
			{ID: 4, Name: "Nobody's", Stamps: ts},
		},
		Topics: []exchange.Topic{
			{ID: 1, Parent: ptr(int64(6)), Name: "Ürümqi", Position: 1, Stamps: ts},
			{ID: 2, Name: "Regional issues", Position: 1, Keywords: "region,地区", Stamps: ts},
			{ID: 4, Name: "A/B", Position: 2, Description: "a name with the separator", Stamps: ts},
			{ID: 5, Name: "A", Position: 3, Stamps: ts},
			{ID: 6, Parent: ptr(int64(2)), Name: "Xinjiang", Position: 1, Stamps: ts},
			{ID: 8, Parent: ptr(int64(5)), Name: "B", Position: 1, Stamps: ts},
		},
		Tags: []exchange.Tag{{ID: 2, Name: "非干涉", Color: "#d35400", Stamps: ts}, {ID: 5, Name: "double standards", Color: "#8e44ad", Stamps: ts}},
		Sources: []exchange.Source{{ID: 11, Dialogue: ptr(int64(7)), Title: "中方新闻稿", Author: ptr(cn), Format: "text",
			SHA256: storage.TextHash(chinaText), ImportedAt: at("2024-06-18T10:00:00Z"), Text: chinaText, Stamps: ts}},
		Statements: []exchange.Statement{
			{ID: 21, Dialogue: 7, Position: 2, Parties: []string{cn}, ReportedBy: ptr(cn), Speaker: ptr("苗得雨"),
				Topic: ptr("Regional issues/Xinjiang/Ürümqi"), Kind: "position", Text: "中方强调，新疆、西藏、香港事务纯属中国内政。<b>&amp;</b>",
				Source: ptr(int64(11)), Start: 12, End: 46, Tags: []string{"非干涉", "double standards"}, Stamps: ts},
			{ID: 22, Dialogue: 7, Position: 1, Parties: []string{eu, cn}, ReportedBy: ptr(cn), Speaker: ptr("Li Wei"), SpeakerID: ptr(int64(3)),
				Topic: ptr("Regional issues"), Kind: "agreement", Text: "双方同意继续对话。", Source: ptr(int64(11)), Start: 47, End: 56, Tags: []string{}, Stamps: ts},
			{ID: 30, Dialogue: 7, Position: 3, Parties: []string{eu}, Topic: ptr("A/B"), TopicID: ptr(int64(8)), Kind: "concern",
				Text: "Quotes \" and back\\slashes and\nnewlines", Tags: []string{}, Stamps: ts},
			{ID: 31, Dialogue: 9, Position: 1, Parties: []string{}, Kind: "account", Text: "Held by no party.", Tags: []string{}, Stamps: ts},
		},
		Links: []exchange.Link{
			{ID: 1, From: 30, To: 21, Type: "contradicts", Stamps: ts},
			{ID: 2, From: 22, To: 21, Type: "responds_to", Stamps: ts},
		},
		Assessments: []exchange.Assessment{{ID: 3, Dialogue: 7, Topic: "A/B", TopicID: ptr(int64(4)), Verdict: "not_addressed", Text: "", Stamps: ts}},
		Notes: []exchange.Note{
			{ID: 1, Statement: ptr(int64(21)), Body: "注：reported by China.", Stamps: ts},
			{ID: 2, Link: ptr(int64(1)), Body: "A note on a link.", Stamps: ts},
			{ID: 3, Assessment: ptr(int64(3)), Body: "A note on an assessment.", Stamps: by},
		},
		RegisterLists: exchange.RegisterLists{
			Cases: []exchange.Case{{ID: 2, Name: "伊力哈木·土赫提", Description: "economist", OtherNames: []string{"Ilham Tohti", "Ilham Toxti"},
				Mentions: []exchange.CaseMention{{Statement: 30, State: "manual", CreatedAt: ts.CreatedAt, CreatedBy: "ana"}, {Statement: 21, State: "excluded", CreatedAt: ts.CreatedAt}}, Stamps: by}},
			PhraseMarks:      []exchange.PhraseMark{{Phrase: "double standards", State: "hidden", Stamps: ts}, {Phrase: "internal affairs", State: "pinned", Stamps: ts}},
			CommitmentChecks: []exchange.CommitmentCheck{{Statement: 22, Status: "not_mentioned", FollowUp: ptr(int64(31)), Note: "not in the 40th", Stamps: by}},
			Lessons:          []exchange.Lesson{{Rule: "speaker_party", Key: "li wei", Value: "European Union", Count: 2, CreatedAt: ts.CreatedAt, UpdatedAt: ts.UpdatedAt}},
			EditLog:          []exchange.EditEntry{{ID: 1, At: ts.UpdatedAt, Author: "ana", Action: "edit statement", Table: "statements", Row: 21, Detail: "kind"}},
			Dismissals: []exchange.Dismissal{
				{ID: 4, Kind: "pairing", From: 30, To: 22, Type: "contradicts", Stamps: by},
				{ID: 9, Kind: "repeat", From: 31, To: 21, Type: "repeats", Stamps: ts},
			},
		},
	}
}
