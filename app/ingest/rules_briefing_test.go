package ingest

import (
	"context"
	"strings"
	"testing"

	"parley/storage"
)

// Spokespersons' briefings and press transcripts (transcript_briefing.go,
// kind_briefing.go, worked out on development batch "late 20"). The cases
// are general forms, not the batch's sentences.
func TestBriefingSpeakers(t *testing.T) {
	const mou = "Regular Briefing by Spokesperson Park Min-ho\n\nDate: Monday, March 4, 2024\n\n"
	runRuleCases(t, []ruleCase{
		{name: "'Regular Briefing by Spokesperson …' names who speaks", author: "South Korea",
			text:    mou + "Minister Lee will attend the cabinet meeting tomorrow.",
			parties: "South Korea", speaker: "Park Min-ho", reason: "named in the heading"},
		{name: "the spokesperson in the possessive before 'Regular Press Conference'", author: "China",
			text:    "Foreign Ministry Spokesperson Lin Jian’s Regular Press Conference on May 6, 2024\n\nThe Chinese government will continue to protect the rights of its citizens.",
			parties: "China", speaker: "Lin Jian"},
		{name: "a briefing's heading naming no one, the spokesperson on the line after it", author: "South Korea",
			text:    "Spokesperson's Press Briefing (May 2, 2024)\n\nPress Briefing\n\nSpokesperson and Deputy Minister for Public Affairs Kim Dong-jin\n\nMay 2, 2024 14:30 KST\n\nGood afternoon. Let me start today's briefing.",
			parties: "South Korea", speaker: "Kim Dong-jin", kind: storage.KindAccount},
		{name: "a question marked 'Q)' is skipped", author: "South Korea",
			text:   mou + "Q) What is the Ministry's assessment of the launch?",
			reason: "a journalist's question"},
		{name: "the answer marked 'A)' is the spokesperson's, the label no part of it", author: "South Korea",
			text:    mou + "Q) What is the Ministry's assessment of the launch?\n\nA) We urge the North to stop its provocations.",
			parties: "South Korea", speaker: "Park Min-ho", kind: storage.KindDemand},
		{name: "'A.' after 'Q.' too", author: "South Korea",
			text:    mou + "Q. What is the Government's position?\n\nA. We will make every effort to resume the talks.",
			parties: "South Korea", speaker: "Park Min-ho", kind: storage.KindCommitment},
		{name: "a label printed without a space after its colon", author: "Japan",
			text:    "Press Conference by Press Secretary TANAKA Ichiro\n\nAsahi Shimbun, Sato:Could you comment on the visit?\n\nPress Secretary Tanaka:We welcome the visit.",
			parties: "Japan", speaker: "TANAKA Ichiro"},
		{name: "an outlet and a journalist's name before the colon with no space: a question", author: "Japan",
			text:   "Press Conference by Press Secretary TANAKA Ichiro\n\nAsahi Shimbun, Sato:Could you comment on the visit?",
			reason: "a journalist's question"},
		{name: "a journalist labelled with the outlet in brackets asks", author: "Singapore",
			text:   "Transcript of Minister for Foreign Affairs Dr Vivian Balakrishnan's Live Interview with CNA, 1 March 2024\n\nJohn Tan (CNA): Relations with Malaysia have been close for decades.",
			reason: "a journalist's question"},
		{name: "and later by family name alone", author: "Singapore",
			text:   "Transcript of Minister for Foreign Affairs Dr Vivian Balakrishnan's Live Interview with CNA, 1 March 2024\n\nJohn Tan (CNA): Welcome, Minister.\n\nMinister: Thank you.\n\nTan: How do you see relations with Malaysia?",
			reason: "a journalist's question"},
		{name: "a bare title label is the person of that title the heading named", author: "Singapore",
			text:    "Transcript of Minister for Foreign Affairs Dr Vivian Balakrishnan's Live Interview with CNA, 1 March 2024\n\nJohn Tan (CNA): How do you see relations with Malaysia?\n\nMinister: Our relations are excellent.",
			parties: "Singapore", speaker: "Vivian Balakrishnan"},
		{name: "an honorific and a family name in capitals label a turn", author: "Philippines",
			text:    "Press Briefing of Ms. Ana Cruz with the Department of Foreign Affairs\n\nMS. CRUZ: Good morning.\n\nDFA ASEC. REYES: Thank you. The summit will be a follow-on to the May summit.",
			parties: "Philippines", speaker: "Reyes"},
		{name: "a statement the speaker reads out after her own lead-in stays hers", author: "Philippines",
			text:    "Press Briefing of Ms. Ana Cruz with the Department of Foreign Affairs\n\nASEC. REYES: Let me read to you the statement on the President's participation:\n\nThe President will attend the summit in Jakarta.",
			parties: "Philippines", speaker: "Reyes"},
		{name: "a briefing's officials, one after another, are all the author's", author: "India",
			text:    "Transcript of Special Briefing by Foreign Secretary on Prime Minister's visit to USA\n\nShri Amit Rao, Official Spokesperson: Thank you for joining us.\n\nShri Vikram Das, Foreign Secretary: The Prime Minister will meet the President of the United States.",
			parties: "India"},
		{name: "a label of a known official takes his side first (officials.tsv)", author: "United States",
			text:    "Antony J. Blinken, Secretary of State\n\nPRIME MINISTER MITSOTAKIS: It is a real pleasure to welcome you to our house.",
			parties: "Greece", speaker: "Mitsotakis"},
		{name: "a ministry's note on its translation is skipped", author: "Japan",
			text:   "Press Conference by Press Secretary TANAKA Ichiro\n\nThis is a provisional translation by an external company for reference purpose only.",
			reason: "a greeting or a note"},
	})
}

// What a briefing tells: its agenda and the deeds it dates are accounts;
// "concerned" meaning "in question" is no worry.
func TestBriefingKinds(t *testing.T) {
	const head = "Regular Briefing by Spokesperson Park Min-ho\n\n"
	runRuleCases(t, []ruleCase{
		{name: "an update announced orders the briefing", author: "South Korea",
			text: head + "I have a short update on the evacuation flights.", kind: storage.KindAccount, reason: "orders the briefing"},
		{name: "the guest on the dais", author: "South Korea",
			text: head + "Also joining us on the dais is the Director-General for Asian Affairs.", kind: storage.KindAccount},
		{name: "'Allow me to start with …'", author: "South Korea",
			text: head + "Allow me to start with the bilateral issues.", kind: storage.KindAccount},
		{name: "a deed with its date", author: "South Korea",
			text: head + "The naval ship left the port on 24th October with the aid.", kind: storage.KindAccount, reason: "with its date"},
		{name: "a deed someone said was done is what he said", author: "South Korea",
			text: head + "He said the ship left the port on 24th October as planned.", kind: storage.KindPosition},
		{name: "a deed in a clause of something else", author: "South Korea",
			text: "Remarks by Minister Naledi Pandor at the Media Briefing\n\nGreat to carry on the conversations we had a month ago, when we signed the declaration.", kind: storage.KindPosition},
		{name: "'the countries concerned' is no worry", author: "South Korea",
			text: head + "This gesture has been greatly appreciated by the countries concerned.", kind: storage.KindPosition},
		{name: "'as far as … is concerned' is no worry", author: "South Korea",
			text: head + "Globalisation, as far as Korea is concerned, has been the recipe for our prosperity.", kind: storage.KindPosition},
		{name: "a rebuttal's word of judgement objects", author: "India",
			text: head + "As before, the report is deeply biased and lacks understanding of our society.", kind: storage.KindObjection, reason: "judges what the speaker rejects"},
		{name: "the thing rejected, taken apart in the next sentence", author: "India",
			text: head + "We reject the report. It seeks to question the need for such laws.", kind: storage.KindObjection, reason: "goes on with what the sentence before rejected"},
		{name: "a view of its own after a rejection stays a view", author: "India",
			text: head + "We reject the report. But this is a question for the courts.", kind: storage.KindPosition},
		{name: "an event to come in the passive is told", author: "Japan",
			text: head + "Based on the results of the summit, the dialogue will be held in Seoul for the first time in nine years.", kind: storage.KindAccount, reason: "an event to come"},
		{name: "'have been able to' tells what was achieved", author: "Singapore",
			text: head + "We have even been able to sign trade agreements with partners in South America.", kind: storage.KindAccount},
		{name: "a deed in the perfect with no date", author: "China",
			text: head + "Three citizens wrongfully detained abroad have returned safely to China.", kind: storage.KindAccount},
		{name: "praise of the one addressed is no deed told", author: "European Union",
			text: head + "The motto of your Presidency was security, and you have delivered on it.", kind: storage.KindPosition},
		{name: "a dated visit in the present progressive", author: "India",
			text: head + "The Prime Minister is visiting Egypt on 24th and 25th of June at the invitation of the President.", kind: storage.KindAccount},
		{name: "a guest who was invited proposes nothing", author: "Indonesia",
			text: head + "Our President was also invited to the summit.", kind: storage.KindPosition},
		{name: "'is set to' undertakes, as 'is ready to' does", author: "Philippines",
			text: head + "Next week, the President is set to attend the summit in Jakarta.", kind: storage.KindCommitment},
		{name: "looking forward to a commission's sitting one co-chairs", author: "South Africa",
			text: head + "I am looking forward to the ministerial segment of our Bi-National Commission.", kind: storage.KindCommitment},
		{name: "'Let me start by …': what the speaker goes on to do decides", author: "South Korea",
			text: head + "Let me start by extending a warm welcome to our guests.", kind: storage.KindPosition},
	})
}

// A journalist's "Press" is no official's "Press Secretary"; "A." opens
// no answer when no question came before it.
func TestBriefingLabelEdges(t *testing.T) {
	if !isQuestioner("Press") || isQuestioner("Press Secretary Kobayashi") {
		t.Fatal("'Press' asks, 'Press Secretary Kobayashi' answers")
	}
	text := "Minutes of the Meeting\n\nA. The talks were held in Seoul."
	d, err := NewProposer().Propose(context.Background(), Document{Text: text}, "South Korea", nil)
	if err != nil {
		t.Fatal(err)
	}
	last := d.Proposals[len(d.Proposals)-1]
	if !strings.HasPrefix(last.Text, "A. The talks") {
		t.Fatalf("%q: 'A.' with no question before it was read as a label", last.Text)
	}
}

// Lines of address in hard-wrapped remarks, and ordinals, as the
// segmenter reads them.
func TestBriefingSegments(t *testing.T) {
	text := "Press Statement\nColleagues from the media,\nLadies and gentlemen,\nDear Mike, welcome back to Jakarta.\nIt is always an honor for me to have you back in Indonesia after your last visit two years ago, and\nit reflects your commitment."
	r := []rune(text)
	var got []string
	for _, s := range Segments(text) {
		got = append(got, strings.TrimSpace(s.Text(r)))
	}
	if len(got) != 5 || got[1] != "Colleagues from the media," || got[2] != "Ladies and gentlemen," {
		t.Fatalf("segments %q, want each line of address alone", got)
	}
	if n := len(Segments("The programme starts in the morning of the 21st. You would recall the resolution.")); n != 2 {
		t.Fatalf("%d segments, want an ordinal to end its sentence", n)
	}
	if n := len(Segments("The meeting began at 6.15p.m. (local time) and lasted an hour.")); n != 1 {
		t.Fatalf("%d segments, want a time's 'p.m.' to end nothing", n)
	}
}

// Joint press remarks: a counterpart by given name and what the guest
// asked for (transcript_given_name.go, transcript_others.go).
func TestPressRemarksCounterpart(t *testing.T) {
	const head = "Joint press conference, Canberra\n\nPenny Wong, Foreign Minister: Good morning. It is wonderful to welcome Foreign Minister Mahuta to Canberra.\n\n"
	runRuleCases(t, []ruleCase{
		{name: "the counterpart's given name and 'I' are both sides", author: "Australia",
			text:    head + "Nanaia and I worked together at the forum last year.",
			parties: "Australia+New Zealand", speaker: "-", reason: "'Nanaia and I'"},
		{name: "a given name no one of the other side bears stays the speaker's", author: "Australia",
			text:    head + "Chris and I worked together at the forum last year.",
			parties: "Australia", speaker: "Penny Wong"},
		{name: "what the guest asked for is hers", author: "Australia",
			text:    head + "Minister Mahuta asked whether the delegation could visit the library, so we went there.",
			parties: "New Zealand", speaker: "Mahuta", kind: storage.KindDemand},
	})
}
