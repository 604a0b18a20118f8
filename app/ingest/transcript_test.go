package ingest

import (
	"context"
	"strings"
	"testing"

	"parley/storage"
)

// First-person texts: press remarks, transcripts with speaker labels,
// doorstops and interviews.
func TestTranscript(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "a label gives the turn to its speaker", author: "United States",
			text:    "Secretary Antony J. Blinken and Chinese Foreign Minister Wang Yi Before Their Meeting\n\nSECRETARY BLINKEN: Good evening. I'm very pleased to welcome Foreign Minister Wang Yi.\n\nFOREIGN MINISTER WANG: China and the United States are two major countries. We have disagreements.",
			parties: "China", speaker: "Wang Yi", kind: storage.KindPosition, reason: "Wang Yi's turn, labelled 'FOREIGN MINISTER WANG'"},
		{name: "the turn lasts over paragraphs without a label", author: "United States",
			text:    "Secretary Antony J. Blinken and Chinese Foreign Minister Wang Yi Before Their Meeting\n\nSECRETARY BLINKEN: Good evening. I'm very pleased to welcome Foreign Minister Wang Yi.\n\nFOREIGN MINISTER WANG: China and the United States are two major countries.\n\nWe are confident that history will give its verdict.",
			parties: "China", speaker: "Wang Yi"},
		{name: "a reporter's question is skipped", author: "Japan",
			text:   "Press Conference by the Chief Cabinet Secretary\n\nREPORTER: Have you received a report about the Japan-China summit meeting?",
			reason: "a journalist's question (labelled 'REPORTER')"},
		{name: "and so is the rest of its paragraph", author: "Japan",
			text:   "Press Conference by the Chief Cabinet Secretary\n\nREPORTER: I have a related question. Did the Prime Minister make any requests?",
			reason: "goes on with the question asked in sentence 2"},
		{name: "the answer after a labelled question is the speaker's", author: "Japan",
			text:    "Press Conference by the Chief Cabinet Secretary\n\nREPORTER: Have you received a report?\n\nCHIEF CABINET SECRETARY SUGA: I have received a report that the meeting was held.",
			parties: "Japan", speaker: "Suga"},
		{name: "a host introduced with his role asks later by surname", author: "Australia",
			text:   "Interview with Peter Stefanovic, Sky News\n\nPeter Stefanovic, Host: Joining us is the Foreign Minister Penny Wong.\n\nPenny Wong, Foreign Minister: Good to be with you.\n\nStefanovic: It's an ally to both nations.",
			reason: "a journalist's question (labelled 'Stefanovic')"},
		{name: "a bare role label is the speaker it was given to", author: "Australia",
			text:    "Interview with Peter Stefanovic, Sky News\n\nPeter Stefanovic, Host: What is your response?\n\nPenny Wong, Foreign Minister: Good to be with you.\n\nStefanovic: Is it justified?\n\nForeign Minister: We condemn the attack.",
			parties: "Australia", speaker: "Penny Wong", kind: storage.KindObjection},
		{name: "a news outlet's label asks", author: "China",
			text:   "Foreign Minister Wang Yi Meets the Press\n\nWang Yi: Friends of the press, good morning.\n\nXinhua News Agency: What does China hope to achieve at the forum?",
			reason: "labelled 'Xinhua News Agency'"},
		{name: "the heading names who meets the press", author: "China",
			text:    "Foreign Minister Wang Yi Meets the Press\n\nEvery year, the NPC schedules my press conference for 8 March.",
			parties: "China", speaker: "Wang Yi", reason: "remarks of Wang Yi, named in the heading"},
		{name: "a press conference by the Prime Minister", author: "Japan",
			text:    "Press Conference by Prime Minister Takaichi Sanae regarding the Japan-China Summit Meeting\n\nI stated clearly that there are pending issues between our two countries.",
			parties: "Japan", speaker: "Takaichi Sanae", kind: storage.KindPosition},
		{name: "Q. in a doorstop is skipped", author: "European Union",
			text:   "Foreign Affairs Council: Remarks by High Representative Josep Borrell upon arrival\n\nWe have a long meeting.\n\nQ. Do you think more measures are needed?",
			reason: "a journalist's question (labelled 'Q')"},
		{name: "the unlabelled answer to a Q. is the remarks' speaker's", author: "European Union",
			text:    "Foreign Affairs Council: Remarks by High Representative Josep Borrell upon arrival\n\nWe have a long meeting.\n\nQ. Do you think more measures are needed?\n\nMore measures are needed, certainly.",
			parties: "European Union", speaker: "Josep Borrell", reason: "remarks of Josep Borrell, named in the heading"},
		{name: "a question summed up in brackets is skipped", author: "Japan",
			text:   "Press Conference by Prime Minister ISHIBA Shigeru\n\nI had a telephone talk with President Trump.\n\n(On whether the next summit talk was discussed)",
			reason: "summed up in brackets"},
		{name: "the answer after it", author: "Japan",
			text:    "Press Conference by Prime Minister ISHIBA Shigeru\n\nI had a telephone talk with President Trump.\n\n(On whether the next summit talk was discussed)\n\nNothing concrete has been decided at present.",
			parties: "Japan", speaker: "ISHIBA Shigeru"},
		{name: "handing over to the next speaker is no statement", author: "United States",
			text:   "SECRETARY BLINKEN: Good evening. I'm very pleased to welcome Foreign Minister Wang Yi.\n\nMr. Minister.",
			reason: "addresses the next speaker"},
		{name: "a label on a line of its own", author: "United States",
			text:    "Secretary Antony J. Blinken and Chinese Foreign Minister Wang Yi Before Their Meeting\n\nSECRETARY BLINKEN:\n\nI very much appreciate the opportunity to spend time with Foreign Minister Wang Yi.",
			parties: "United States", speaker: "Antony J. Blinken"},
		{name: "quoted paragraphs after 'X said:'", author: "United Kingdom",
			text:    "Foreign Secretary and US Secretary of State press conference\n\nSpeaking at the press conference today in London, Foreign Secretary William Hague said:\n\n\"It is a great honour to welcome Secretary of State John Kerry to London.\n\n\"There is no more urgent priority than restarting negotiations.",
			parties: "United Kingdom", speaker: "William Hague", reason: "William Hague's words, quoted after sentence 2"},
		{name: "the speaker and a person of the other side together", author: "Japan",
			text:    "Press Conference by Prime Minister ISHIBA Shigeru\n\nI had a summit telephone talk with President Trump of the United States of America. President Trump and I engaged in a wide-ranging exchange of views.",
			parties: "Japan+United States", speaker: "-", kind: storage.KindAccount},
		{name: "we decided after a meeting is both sides'", author: "European Union",
			text:    "Remarks by High Representative Josep Borrell at the Joint Press Statement with US Secretary of State Antony Blinken\n\nI am pleased to welcome Secretary Blinken. We decided to continue meetings at the senior official level.",
			parties: "European Union+United States", speaker: "-", kind: storage.KindAgreement},
		{name: "another person's words inside the remarks are his", author: "Japan",
			text:    "Press Conference by Prime Minister ISHIBA Shigeru\n\nI had a telephone talk with President Trump of the United States of America. President Trump replied that he is looking forward to that opportunity as well.",
			parties: "United States", speaker: "Trump"},
		{name: "and the remarks go on after them", author: "Japan",
			text:    "Press Conference by Prime Minister ISHIBA Shigeru\n\nI had a telephone talk with President Trump of the United States of America. President Trump replied that he is looking forward to that opportunity as well. That is all for my opening statement.",
			parties: "Japan", speaker: "ISHIBA Shigeru"},
		{name: "a doorstop's 'we have a meeting' is the speaker's side", author: "European Union",
			text:    "Foreign Affairs Council: Remarks by High Representative Josep Borrell upon arrival\n\nGood morning,\n\nWe will talk about Ethiopia. We are going to have the Ministerial meeting and then the Summit in December.",
			parties: "European Union", speaker: "Josep Borrell"},
		{name: "we share interests is the speaker's view", author: "United States",
			text:    "SECRETARY BLINKEN: Good evening. I welcome Chinese Foreign Minister Wang Yi.\n\nFOREIGN MINISTER WANG: At the same time, we also share important common interests.",
			parties: "China", speaker: "Wang Yi"},
		{name: "the text's first line is its title however long", author: "United States",
			text:   "Secretary Antony J. Blinken and Chinese Director of the CCP Foreign Affairs Commission and Foreign Minister Wang Yi Before Their Meeting",
			reason: "the text's title"},
		{name: "a one-word answer after a label is said, not page furniture", author: "Australia",
			text:    "Interview with Kieran Gilbert, Sky News\n\nKieran Gilbert, Host: Do you see that as diplomacy?\n\nPenny Wong, Foreign Minister: Good to be with you.\n\nGilbert: Is that how you see it?\n\nForeign Minister: Absolutely.",
			parties: "Australia", speaker: "Penny Wong"},
		{name: "someone the interview replays speaks for neither side", author: "Australia",
			text:   "Interview with Karl Stefanovic, Today Show\n\nKarl Stefanovic, Host: How long do you give her?\n\nPenny Wong, Foreign Minister: Good to see you, Karl.\n\nFiona Scott: I don't know.",
			reason: "'Fiona Scott' speaks for neither side"},
		{name: "a Chinese journalist's question is skipped", author: "China",
			text:   "王毅谈中欧关系\n\n十二届全国人大五次会议新闻中心举行记者会,邀请外交部部长王毅回答中外记者的提问。\n\n埃菲社记者:中国如何看待欧盟的未来?",
			reason: "a journalist's question (labelled '埃菲社记者')"},
		{name: "a Chinese label gives the turn to its speaker", author: "China",
			text:    "王毅谈中欧关系\n\n十二届全国人大五次会议新闻中心举行记者会,邀请外交部部长王毅回答中外记者的提问。\n\n埃菲社记者:中国如何看待欧盟的未来?\n\n王毅:欧盟是二战以后启动最早的区域合作机制。我们愿意同欧洲继续践行多边主义。",
			parties: "China", speaker: "王毅", kind: storage.KindCommitment, reason: "王毅's turn"},
		{name: "答 answers for the speaker the question interrupted", author: "China",
			text:    "王毅接受专访\n\n外交部长王毅表示,中欧是伙伴。\n\n问:中方如何看待中欧关系?\n\n答:中欧关系稳定发展。",
			parties: "China", speaker: "王毅"},
		{name: "a readout's 'Note:' is no speaker label", author: "China",
			text:    "Foreign Minister Wang Yi met EU High Representative Josep Borrell.\n\nNote: the two sides exchanged views on regional issues.",
			parties: "China+European Union"},
	})
}

// A label is read only at the head of a line: the same words inside a
// paragraph are what was said.
func TestTranscriptLabelOnlyAtLineStart(t *testing.T) {
	d, err := NewProposer().Propose(context.Background(), Document{Text: "Wang Yi met Josep Borrell. Wang Yi said the two sides are partners. Borrell: it is an important moment."}, "China", nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, pr := range d.Proposals {
		if pr.Skip {
			t.Errorf("%q skipped: %v", pr.Text, pr.Reasons)
		}
	}
}

// The label says who speaks; the statement is what was said: its text and
// span start after the label, and splitting it in the review still works.
func TestTranscriptLabelOutsideTheStatement(t *testing.T) {
	ctx := context.Background()
	p := NewProposer()
	text := "SECRETARY BLINKEN: Good evening. I welcome Chinese Foreign Minister Wang Yi.\n\nFOREIGN MINISTER WANG: China and the United States are two major countries. We have differences."
	d, err := p.Propose(ctx, Document{Text: text}, "United States", nil)
	if err != nil {
		t.Fatal(err)
	}
	at := -1
	for i, pr := range d.Proposals {
		if got := string(d.Runes[pr.Start:pr.End]); got != pr.Text {
			t.Errorf("proposal %d: span %q, text %q", i, got, pr.Text)
		}
		if strings.HasPrefix(pr.Text, "China and") {
			at = i
		}
		if strings.Contains(pr.Text, "BLINKEN:") || strings.Contains(pr.Text, "WANG:") {
			t.Errorf("the label is in the statement: %q", pr.Text)
		}
	}
	if at < 0 {
		t.Fatalf("no statement starts 'China and': %+v", d.Proposals)
	}
	pr := d.Proposals[at]
	if pr.Speaker == nil || pr.Speaker.Name != "Wang Yi" || strings.Join(pr.Parties, "+") != "China" {
		t.Fatalf("got %v %v, want Wang Yi of China (%v)", pr.Parties, pr.Speaker, pr.Reasons)
	}
	cut := pr.Start + len([]rune("China and the United States"))
	if err := p.Split(ctx, d, at, cut); err != nil {
		t.Fatal(err)
	}
	for _, half := range d.Proposals[at : at+2] {
		if half.Speaker == nil || half.Speaker.Name != "Wang Yi" {
			t.Errorf("after the split %q is %v's", half.Text, half.Speaker)
		}
	}
}
