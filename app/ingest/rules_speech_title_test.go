package ingest

import (
	"context"
	"strings"
	"testing"

	"parley/storage"
)

// Who speaks in a speech, opening remarks or a statement whose title
// alone names the speaker, by name or by office (worked out on batch
// "late 21": ministers' opening remarks at bi-national and joint
// commissions and strategic dialogues, keynote speeches, a statement
// after a meeting).
func TestSpeechTitleSpeakers(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "a known official after 'by' needs no title", author: "China",
			text:    "Address by Wang Yi at the Symposium on the International Situation\n\nDear Friends,\n\nOur diplomacy has made historic progress this year.",
			parties: "China", speaker: "Wang Yi"},
		{name: "a name after an honorific and 'by' is the speaker's, known or not", author: "Philippines",
			text:    "Remarks by Hon. Maria L. Cruz\nUndersecretary for Policy\nManila Forum\n\nGood afternoon.\n\nI wish to thank you for inviting me this afternoon.",
			parties: "Philippines", speaker: "Maria L. Cruz"},
		{name: "the name after the office and its comma", author: "India",
			text:    "Opening Remarks by External Affairs Minister, Dr. S. Jaishankar at the 7th Joint Consultative Commission\n\nJune 19, 2022\n\nA very warm welcome to you to this Joint Consultative Commission.",
			parties: "India", speaker: "S. Jaishankar"},
		{name: "after an abbreviated office too", author: "India",
			text:    "Opening Remarks by EAM, Dr. S. Jaishankar at the 5th Joint Commission\n\nLet me begin by saying how delighted we are to welcome you.",
			parties: "India", speaker: "S. Jaishankar"},
		{name: "'Speeches by the Foreign Minister' and the name written family name first", author: "Japan",
			text:    "Speeches by the Foreign Minister IWAYA Takeshi\n\nJanuary 24, 2025\n\nJapan will conduct diplomacy that achieves peace for Japan.",
			parties: "Japan", speaker: "IWAYA Takeshi"},
		{name: "the author's official at the head of a title in title case", author: "Australia",
			text:    "Penny Wong Delivers Speech To The Lowy Institute\n\nPublished: Fri 3 May 2024\n\nThank you for the invitation to speak to you today.",
			parties: "Australia", speaker: "Penny Wong"},
		{name: "another side's official at the head of a title is not the text's speaker", author: "Australia",
			text:    "Wang Yi Delivers Speech To The Lowy Institute\n\nPublished: Fri 3 May 2024\n\nAustralia values a stable relationship.",
			parties: "Australia", speaker: "-"},
		{name: "an office alone in the possessive: its holder in the text's month", author: "Philippines",
			text:    "The Secretary for Foreign Affairs' Remarks\n\n04 November 2024\n\nI am pleased to welcome you to our reception.",
			parties: "Philippines", speaker: "Enrique Manalo", reason: "the list of known officials"},
		{name: "an office at the head of the title with its country", author: "South Korea",
			text:    "Minister of Foreign Affairs of the Republic of Korea Keynote Address at \"Seoul Diplomacy Forum 2025\"\n\nTuesday, November 18, 2025\n\nIt is a great pleasure to deliver today's Keynote Address.",
			parties: "South Korea", speaker: "Cho Hyun"},
		{name: "the office after 'by' speaks, not the visitor the title names later", author: "Indonesia",
			text:    "Press Statement by Minister of Foreign Affairs of Indonesia, Visit of the U.S. Secretary of State Hon. Michael R. Pompeo, Jakarta, 29 October 2020\n\nIt is always an honor for me to have you back in Indonesia.",
			parties: "Indonesia", speaker: "Retno Marsudi"},
		{name: "a note under the title names who made the speech", author: "United Kingdom",
			text:    "Speech in Lagos\n\nThe speech made by James Cleverly, the Foreign Secretary, in Lagos, Nigeria on 1 August 2023.\n\nI'm delighted to be here.",
			parties: "United Kingdom", speaker: "James Cleverly"},
		{name: "the note itself is skipped", author: "United Kingdom",
			text:   "Speech in Lagos\n\nThe speech made by James Cleverly, the Foreign Secretary, in Lagos, Nigeria on 1 August 2023.",
			reason: "a note naming who made the speech"},
		{name: "an address between paragraphs names no speaker", author: "South Africa",
			text:    "Opening Remarks by Minister Naledi Pandor at the Bi-National Commission\n\nI thank you for the warm welcome.\n\nDear Co-Chair and Brother,\n\nOur two countries share a long history.",
			parties: "South Africa", speaker: "Naledi Pandor"},
		{name: "an address ending in a colon ends no remarks", author: "Philippines",
			text:    "The Secretary for Foreign Affairs' Remarks\n\n04 November 2024\n\nHis Excellency Archbishop Charles Brown, Dean of the Diplomatic Corps,\n\nExcellencies:\n\nI am pleased to welcome you to our reception.",
			parties: "Philippines", speaker: "Enrique Manalo"},
		{name: "the person addressed after 'you' is no speaker", author: "South Korea",
			text:    "Opening remarks at the Strategic Dialogue\n\nMy warm welcome to you, Secretary Lammy, and your delegation.",
			parties: "South Korea", speaker: "-", kind: storage.KindPosition},
		{name: "the speaker told of under the title did something: an account", author: "United Kingdom",
			text:    "Foreign Secretary statement in Washington DC, 16 September 2020\n\nForeign Secretary Dominic Raab gave a statement at a press conference in Washington.",
			parties: "United Kingdom", speaker: "Dominic Raab", kind: storage.KindAccount, reason: "told of in the third person"},
		{name: "'I’m' after an office is no name", author: "United Kingdom",
			text:    "Speech by the Foreign Secretary in Lagos\n\n1 August 2023\n\nNow, as the UK’s Foreign Secretary I’m not allowed to have a favourite continent.",
			parties: "United Kingdom", speaker: "James Cleverly"},
		{name: "the speaker's own lead-in ends no remarks", author: "China",
			text:    "Address by Wang Yi at the Symposium on the International Situation\n\nOur diplomacy has made historic progress.\n\nOn the new journey to build China into a modern socialist country:\n\nWe will stay committed to our original aspiration.",
			parties: "China", speaker: "Wang Yi", kind: storage.KindCommitment},
		{name: "'we meet here today' at a commission with a neighbour the gazetteer knows is both sides'", author: "South Africa",
			text:    "Opening Remarks by Minister Naledi Pandor at the Bi-National Commission between the Republic of South Africa and the Republic of Botswana, Pretoria, 21 April 2022\n\nWe meet here today in very trying times.",
			parties: "Botswana+South Africa", speaker: "-", kind: storage.KindAccount},
		{name: "'we have jointly <done>' with the country the title joins to the author's", author: "India",
			text:    "Opening Remarks by External Affairs Minister, Dr. S. Jaishankar at the 7th Round of India-Bangladesh Joint Consultative Commission\n\nJune 19, 2022\n\nExcellency, we have also jointly overcome the pandemic.",
			parties: "Bangladesh+India", speaker: "-", kind: storage.KindAccount},
		{name: "an interview's answers are the interviewee's, after each question", author: "India",
			text:    "Interview of External Affairs Minister Dr. S. Jaishankar with a newspaper (March 10, 2024)\n\nQuestion: How do you see relations with Japan?\n\nRelations are at their best.\n\nQuestion: What about the region?\n\nOur position is well known.",
			parties: "India", speaker: "S. Jaishankar"},
		{name: "an interview's questions set off without labels are skipped", author: "India",
			text:   "Interview of External Affairs Minister Dr. S. Jaishankar with a newspaper (March 10, 2024)\n\nHow do you see relations with Japan?",
			reason: "the interviewer's question"},
		{name: "and the answer after one is the interviewee's", author: "India",
			text:    "Interview of External Affairs Minister Dr. S. Jaishankar with a newspaper (March 10, 2024)\n\nHow do you see relations with Japan?\n\nRelations are at their best.",
			parties: "India", speaker: "S. Jaishankar"},
		{name: "answers labelled 'A:' too", author: "Japan",
			text:    "Interview with Foreign Minister Kamikawa Yoko by a newspaper\n\nMarch 3, 2024\n\nQ: What is your message?\n\nA: We seek a constructive and stable relationship.",
			parties: "Japan", speaker: "Kamikawa Yoko"},
		{name: "an op-ed by a titled official", author: "European Union",
			text:    "Op-ed by High Representative/Vice-President Josep Borrell: Why Europe needs Asia\n\n12 March 2023\n\nEurope and Asia share a stake in open sea lanes.",
			parties: "European Union", speaker: "Josep Borrell"},
		{name: "an op-ed under a tag, by an office in the possessive", author: "South Korea",
			text:    "[Contribution] Foreign Minister's op-ed on Korea-Japan relations\n\n2023-03-16\n\nKorea and Japan are close neighbours.",
			parties: "South Korea", speaker: "Park Jin"},
	})
}

// A speech whose title names no one is its "I"'s from the first
// statement, the office and the date saying who "I" is.
func TestSpeechTitleSelf(t *testing.T) {
	text := "Dinner Speech at the 17th Forum\n\n(September 15, 2022)\n\nDistinguished Guests, Ladies and Gentlemen,\n\nIt is a great pleasure to welcome you all to this beautiful island.\n\nI am pleased to host the dinner as Foreign Minister of the Republic of Korea."
	d, err := NewProposer().Propose(context.Background(), Document{Text: text}, "South Korea", nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, pr := range d.Proposals {
		if !strings.HasPrefix(pr.Text, "It is a great pleasure") {
			continue
		}
		checkProposal(t, pr, ruleCase{parties: "South Korea", speaker: "Park Jin", reason: "'I' is Park Jin"})
		return
	}
	t.Fatal("no sentence 'It is a great pleasure …'")
}

// "Korea" alone is the Republic of Korea, as Seoul's texts write it.
func TestKoreaAlone(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "'Korea' alone is South Korea", author: "Japan",
			text:    "Japan-Korea Foreign Ministers' Meeting\n\nJapan and Korea agreed to hold the next meeting in Tokyo.",
			parties: "Japan+South Korea", kind: storage.KindAgreement},
	})
}
