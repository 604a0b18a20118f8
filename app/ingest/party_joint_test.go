package ingest

import (
	"context"
	"strings"
	"testing"

	"parley/storage"
)

// TestJointWithoutJointSubject holds the cases of party_joint.go: what
// both sides did, told without naming them as the subject (the late
// readouts' "joint as one side" misses of 7 Dec 2026), and what stays
// one side's.
func TestJointWithoutJointSubject(t *testing.T) {
	const kantei = "Japan-Philippines Summit Meeting\n\nOn March 3, Prime Minister Ishiba held a summit meeting with President Marcos of the Philippines. "
	runRuleCases(t, []ruleCase{
		{name: "the meeting preceded by a ceremony is both sides'", author: "Japan",
			text:    kantei + "The meeting was preceded by a welcome ceremony.",
			parties: "Japan+Philippines", speaker: "-", reason: "the meeting of both sides"},
		{name: "part of the meeting held between the leaders", author: "Japan",
			text:    kantei + "The first 20 minutes of the summit meeting was held between the two leaders alone.",
			parties: "Japan+Philippines"},
		{name: "the dialogue allowed for a discussion", author: "EU",
			text:    "The European Union and Vietnam held their Human Rights Dialogue today. Deputy Managing Director Paola Pampaloni met Vice Minister Le Hoai Trung of Vietnam. The Dialogue allowed for an open discussion on a wide range of human rights issues.",
			parties: "European Union+Vietnam"},
		{name: "there were discussions", author: "EU",
			text:    "Deputy Managing Director Paola Pampaloni met Vice Minister Le Hoai Trung of Vietnam. There were extensive discussions on legal and judicial reforms in Vietnam.",
			parties: "European Union+Vietnam", kind: storage.KindAccount},
		{name: "an exchange of views took place", author: "Russia",
			text:    "Foreign Minister Sergey Lavrov held talks with Norwegian Foreign Minister Jonas Gahr Store. An exchange of views took place on cooperation in the Arctic, including preparations for the Lisbon summit.",
			parties: "Norway+Russia"},
		{name: "a meeting described in the present is the narrator's note", author: "US",
			text:    "National Security Advisor Jake Sullivan met with Director Wang Yi of China in Malta. This meeting follows on recent high-level engagements.",
			parties: "United States"},
		{name: "a meeting told by a copula is the narrator's", author: "US",
			text:    "National Security Advisor Jake Sullivan met with Director Wang Yi of China in Malta. This meeting was part of ongoing efforts to maintain open lines of communication.",
			parties: "United States"},
		{name: "a meeting hosted by a third is not both sides'", author: "China",
			text:    "Wang Yi met US Secretary of State Antony Blinken. The discussion with Wang Yi was hosted by the Aspen Security Group.",
			parties: "China"},
		{name: "a meeting preceded by one side's visit is that side's", author: "EU",
			text:    "EU Special Representative Eamon Gilmore met Vice Minister Li Baodong of China. The Dialogue was preceded by a visit of the EU delegation to Xizang.",
			parties: "European Union"},
		{name: "a view of the conversation is no meeting told", author: "India",
			text:    "Prime Minister Shri Narendra Modi had a telephone conversation with President Donald Trump. The exceptional warmth and candour of the conversation reflected the special nature of the Indo-US ties.",
			parties: "India"},
		{name: "without a counterpart a meeting stays the author's", author: "EU",
			text: "The dialogue took place in Chongqing, China, on Monday. The dialogue was followed by a visit.", parties: "European Union"},
		{name: "two people as one subject, one with no country", author: "Singapore",
			text:    "Minister for Foreign Affairs Dr Vivian Balakrishnan hosted his Chinese counterpart to lunch today. Minister Balakrishnan and Minister Song reaffirmed the excellent state of bilateral relations.",
			parties: "China+Singapore", speaker: "-", kind: storage.KindAgreement, reason: "two people as one subject"},
		{name: "the other side's assent to what was said", author: "UK",
			text:    "The Prime Minister spoke to President Biden this evening. President Biden said that the UK remains America's closest ally, and the Prime Minister agreed on the huge strength of the relationship.",
			parties: "United Kingdom+United States", speaker: "-", kind: storage.KindAgreement, reason: "both sides' agreement"},
		{name: "agreeing with the other side's position", author: "Canada",
			text:    "Prime Minister Justin Trudeau met with President Donald Trump of the United States. The President agreed with Canada's position on the detention of two Canadians in China.",
			parties: "Canada+United States", kind: storage.KindAgreement},
		{name: "one side's own agreeing stays its own", author: "Canada",
			text:    "Prime Minister Justin Trudeau met with President Donald Trump of the United States. The Prime Minister agreed to send a delegation.",
			parties: "Canada"},
		{name: "we cooperate in a speaker's remarks with a counterpart", author: "Russia",
			text:    "Sergey Lavrov's opening remarks during talks with Minister of Foreign Affairs of the DPRK Choe Son Hui\n\nMadam Minister, we are pleased to welcome you. Geographically, we cooperate on security issues in the Asia-Pacific region.",
			parties: "North Korea+Russia", speaker: "-", reason: "no side does that alone"},
		{name: "we support in a speaker's remarks stays the speaker's", author: "Russia",
			text:    "Sergey Lavrov's opening remarks during talks with Minister of Foreign Affairs of the DPRK Choe Son Hui\n\nMadam Minister, we are pleased to welcome you. We support your efforts.",
			parties: "Russia"},
		{name: "I am happy that we have agreed", author: "EU",
			text:    "Remarks by President Donald Tusk following the EU-India summit\n\nI welcomed Prime Minister Modi to Brussels. So, I am happy that today we have agreed to further develop the political dimension of our relationship.",
			parties: "European Union+India", speaker: "-", kind: storage.KindAgreement},
		{name: "I am happy that we will: the speaker's", author: "EU",
			text:    "Remarks by President Donald Tusk following the EU-India summit\n\nI welcomed Prime Minister Modi to Brussels. So, I am happy that we will host the next summit.",
			parties: "European Union"},
	})
}

// TestJointMeetingsTold holds the cases of the second set of rules of
// party_joint.go and segment_sections.go, worked out on batch "late 18".
func TestJointMeetingsTold(t *testing.T) {
	const cassis = "Federal Councillor Cassis meets German foreign minister Wadephul in Berlin\n\nFederal Councillor Ignazio Cassis, the head of the FDFA, was in Berlin, where he met Germany's foreign minister Johann Wadephul for official talks. "
	const uk = "PM meeting with Austrian Chancellor Karl Nehammer\n\nThe Prime Minister met Austrian Chancellor Karl Nehammer in Downing Street today. "
	runRuleCases(t, []ruleCase{
		{name: "the counterpart named in the object of the first meeting", author: "Switzerland",
			text:    cassis + "The meeting between Mr Cassis and Mr Wadephul was focused on the excellent bilateral relations.",
			parties: "Germany+Switzerland", reason: "the meeting of both sides"},
		{name: "what was discussed in the passive", author: "Switzerland",
			text:    cassis + "At the meeting in Berlin, security policy matters were also discussed in detail.",
			parties: "Germany+Switzerland", reason: "with no one named"},
		{name: "an item on the agenda", author: "Switzerland",
			text:    cassis + "The geopolitical situation was another item on the agenda.",
			parties: "Germany+Switzerland", reason: "on the agenda"},
		{name: "what was raised in the passive stays the author's", author: "Switzerland",
			text:    cassis + "The situation in Ukraine was also raised.",
			parties: "Switzerland"},
		{name: "the author's person and his counterpart as one subject", author: "Switzerland",
			text:    "Bern, 28.11.2018 - Federal Councillor Ignazio Cassis, the head of the Federal Department of Foreign Affairs FDFA, and his Russian counterpart, Foreign Minister Sergei Lavrov, discussed bilateral, multilateral and global issues during a working lunch in Geneva.",
			parties: "Russia+Switzerland", speaker: "-", reason: "his Russian counterpart"},
		{name: "they agreed after one side's words", author: "UK",
			text:    uk + "The Prime Minister said thinking outside the box was crucial, and they agreed stronger action must be taken to end people smuggling.",
			parties: "Austria+United Kingdom", speaker: "-", kind: storage.KindAgreement},
		{name: "the leaders agreed after one side's words", author: "UK",
			text:    uk + "The Prime Minister said it was a deeply unhelpful development and the leaders agreed there could be no equivalence.",
			parties: "Austria+United Kingdom", kind: storage.KindAgreement},
		{name: "one side's words alone stay its own", author: "UK",
			text:    uk + "The Prime Minister said it was a deeply unhelpful development.",
			parties: "United Kingdom"},
		{name: "where they agreed", author: "Argentina",
			text:    "Foreign Minister Felipe Solá joined President Alberto Fernández in his meeting with the Acting Assistant Secretary of the U.S. Department of State, Michael Kozak, where they agreed to create a permanent consultation system.",
			parties: "Argentina+United States", kind: storage.KindAgreement},
		{name: "people of both sides present", author: "Japan",
			text:    "Prime Minister Kan held a Japan-U.S. summit meeting with President Obama on November 13. (Also present at the meeting were Minister for Foreign Affairs Maehara from the Japanese side; Ambassador of the United States to Japan Roos from the U.S. side).",
			parties: "Japan+United States", speaker: "-", reason: "lists people of both sides"},
		{name: "one side's delegation present stays its own", author: "Argentina",
			text:    "Foreign Minister Felipe Solá met the Acting Assistant Secretary of the U.S. Department of State, Michael Kozak. The U.S. delegation consisted of the U.S. Ambassador to Argentina, Edward Prado, and advisor Mariju Bofill, who were also present at the meeting.",
			parties: "United States"},
		{name: "they after a meeting with the other side's minister", author: "Qatar",
			text:    "The State of Qatar met on Sunday with the Minister of Foreign Affairs of the sisterly United Arab Emirates HH Sheikh Abdullah bin Zayed Al Nahyan. During the meeting, they discussed cooperation relations between the two countries.",
			parties: "Qatar+United Arab Emirates", reason: "those who met"},
		{name: "HE is His Excellency, no pronoun", author: "Qatar",
			text:    "Doha, Qatar: Prime Minister and Minister of Foreign Affairs HE Sheikh Mohammed bin Abdulrahman Al Thani met on Sunday with the Minister of Foreign Affairs of the sisterly United Arab Emirates HH Sheikh Abdullah bin Zayed Al Nahyan. During the meeting, they discussed cooperation relations between the two countries. HE Sheikh Mohammed reiterated the State of Qatar's full support for Syria's sovereignty.",
			parties: "Qatar"},
		{name: "one person holding two titles", author: "Qatar",
			text:    "Qatar PM, Turkish FM Discuss Ties\n\nHE the Prime Minister and Minister of Foreign Affairs, Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani on Sunday received the Minister of Foreign Affairs of the Republic of Turkiye, HE Hakan Fidan.",
			parties: "Qatar"},
		{name: "two people with honorifics as one subject", author: "Switzerland",
			text:    "Federal Councillor Ignazio Cassis received his counterpart Michael Pompeo in Bellinzona. Mr Cassis and Mr Pompeo underlined the good bilateral relations between their countries.",
			parties: "Switzerland+United States", speaker: "-"},
		{name: "a plural meeting with no article", author: "Switzerland",
			text:    "Federal Councillor Ignazio Cassis received his counterpart Michael Pompeo in Bellinzona. Mr Cassis and Mr Pompeo underlined the good bilateral relations between their countries. Discussions centred on Switzerland's good offices.",
			parties: "Switzerland+United States", reason: "the meeting of both sides"},
		{name: "the two men are both sides", author: "Switzerland",
			text:    "Federal Councillor Ignazio Cassis received his counterpart Michael Pompeo in Bellinzona. The two men also discussed the escalating situation in Venezuela.",
			parties: "Switzerland+United States"},
		{name: "a capital alone before a dash is a dateline", author: "Vietnam",
			text:    "Jakarta – Vietnamese Minister of Foreign Affairs Bui Thanh Son met with ASEAN Secretary-General Kao Kim Hourn on July 11.",
			parties: "Vietnam"},
		{name: "a party's own name before a dash is none", author: "EU",
			text:    "China – EU relations were discussed by the two sides. China – the largest trading partner – rejected the report.",
			parties: "China"},
		{name: "a title with its portfolio and the name after the comma", author: "Italy",
			text:    "President of the Council of Ministers Meloni meets with President Macron in Rome\n\nThe President of the Council of Ministers, Giorgia Meloni, had a cordial and fruitful meeting with the President of the French Republic, Emmanuel Macron, this evening.",
			parties: "Italy", speaker: "Giorgia Meloni"},
		{name: "a meeting placed ahead of one side's act", author: "UK",
			text:    "The Prime Minister met Italian Prime Minister Giorgia Meloni in Downing Street this morning. The meeting came ahead of the Prime Minister convening international leaders in London today.",
			parties: "United Kingdom"},
	})
}

// TestSectionTitlesAndLeadIns: a summary's numbered section titles are
// headings, and "The outline of the meeting follows." a lead-in.
func TestSectionTitlesAndLeadIns(t *testing.T) {
	press := "18 February 2017\nInformación para la Prensa N°: 042/17\nToday, Minister Susana Malcorra met the Foreign Minister of Ukraine in Munich."
	d, err := NewProposer().Propose(context.Background(), Document{Text: press}, "Argentina", nil)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(d.Proposals); n != 3 || !d.Proposals[1].Skip || !strings.HasPrefix(d.Proposals[2].Text, "Today, Minister") {
		for _, pr := range d.Proposals {
			t.Logf("skip=%v %q", pr.Skip, pr.Text)
		}
		t.Errorf("a press release's number line should be a line of its own, skipped")
	}
	text := "Japan-Israel Summit Meeting\n\nOn November 30, Mr. Shinzo Abe, Prime Minister of Japan, held a summit meeting with Prime Minister Netanyahu of Israel. The outline of the meeting follows.\n\n1. Bilateral relations\n\n(1) Overall\n\nPrime Minister Abe stated that relations had steadily developed.\n\n(2) Politics and security\n\nBoth leaders welcomed the continued dialogue."
	d, err = NewProposer().Propose(context.Background(), Document{Text: text}, "Japan", nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"The outline of the meeting follows", "Bilateral relations", "Overall", "Politics and security"} {
		found := false
		for _, pr := range d.Proposals {
			if strings.HasPrefix(pr.Text, want) {
				found = true
				if !pr.Skip {
					t.Errorf("%q proposed as a statement (%s)", pr.Text, strings.Join(pr.Reasons, "; "))
				}
			}
		}
		if !found {
			t.Errorf("no proposal starts %q", want)
		}
	}
}
