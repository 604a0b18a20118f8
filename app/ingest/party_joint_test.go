package ingest

import (
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
			text:    "Minister of the International Department of the Communist Party of China Song Tao called on Minister for Foreign Affairs Dr Vivian Balakrishnan today. Minister Balakrishnan and Minister Song reaffirmed the excellent state of bilateral relations.",
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
