package ingest

import (
	"testing"

	"parley/storage"
)

// TestKindBoundaries holds the kinds of kind_boundary.go, worked out on
// the late readouts' English misses of 7 Dec 2026: an undertaking
// reported after a clause of contrast or a second "that", a "will" of a
// thing that foresees, a modal that frames the words or compares, and a
// call opened by reflecting on an event. Each case fails without its rule.
func TestKindBoundaries(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "an undertaking reported after a clause of contrast commits", author: "Japan",
			text: "Prime Minister Kan met with President Obama.\n\nPrime Minister Kan stated that while recovering without fail, Japan would participate in various activities with the U.S.",
			kind: storage.KindCommitment, reason: "what the holder's side will do, reported"},
		{name: "an undertaking in a second that-clause commits", author: "Japan",
			text: "Prime Minister Abe met with President Obama.\n\nPrime Minister Abe stated that the relationship should be instrumental in addressing global issues, and that Japan would like to strengthen cooperation on counterterrorism.",
			kind: storage.KindCommitment, reason: "would like to"},
		{name: "an aside after the reported subject is stepped over", author: "Japan",
			text: "Prime Minister Abe met with Chancellor Merkel.\n\nIn response, Prime Minister Abe stated that he was delighted to meet Chancellor Merkel again, and that Japan, which will serve as the chair country next year, intends to cooperate more closely with Germany.",
			kind: storage.KindCommitment, reason: "intends to"},
		{name: "what another side would do after a clause of contrast undertakes nothing", author: "Japan",
			text: "Prime Minister Abe met with Premier Li.\n\nPrime Minister Abe stated that while the situation is difficult, China would reconsider its position.",
			kind: storage.KindPosition},
		{name: "a will in a relative clause of a thing foresees", author: "Switzerland",
			text: "Federal Councillor Ignazio Cassis met German Foreign Minister Johann Wadephul.\n\nMr Cassis then turned to the upcoming measures that will strengthen the partnership.",
			kind: storage.KindAccount, reason: "tells what will happen to a thing"},
		{name: "a will of what the speaker's side has foresees", author: "Russia",
			text: "Foreign Minister Sergey Lavrov's opening remarks during talks with Wang Yi\n\nI am confident that our coordinated work will continue during these forums.",
			kind: storage.KindPosition, reason: "a forecast"},
		{name: "a will of the speaker's countries still undertakes", author: "Russia",
			text: "Foreign Minister Sergey Lavrov's opening remarks during talks with Wang Yi\n\nOur two countries will work together in these forums.",
			kind: storage.KindCommitment},
		{name: "a modal framing the speaker's words proposes nothing", author: "United States",
			text: "Remarks by Secretary Blinken before his meeting with Foreign Minister Park Jin\n\nAnd I must say, it's also wonderful to see my friend the ambassador here with us.",
			kind: storage.KindPosition, reason: "'I must' frames the words"},
		{name: "a modal of comparison proposes nothing", author: "South Korea",
			text: "Opening Remarks H.E. Cho Tae-yul, Minister of Foreign Affairs\n\nOur democracy was upheld, and the democratic process functioned as it should under the Constitution.",
			kind: storage.KindPosition, reason: "'it should' frames the words or compares"},
		{name: "a modal with a step still proposes", author: "South Korea",
			text: "Opening Remarks H.E. Cho Tae-yul, Minister of Foreign Affairs\n\nWe must strengthen our cooperation with our partners.",
			kind: storage.KindProposal},
		{name: "a worry as the second verb of the subject is a concern", author: "European Union",
			text: "The EU and Vietnam held their human rights dialogue in Hanoi.\n\nThe EU commended Vietnam for continued progress in socio-economic rights while expressing persisting concerns over political and civil rights.",
			kind: storage.KindConcern, reason: "the worry does more"},
		{name: "a worry after but is a concern", author: "European Union",
			text: "The EU and Vietnam held their human rights dialogue in Hanoi.\n\nThe EU welcomed the release of two prisoners, but expressed concern over the arrests of bloggers.",
			kind: storage.KindConcern, reason: "the worry does more"},
		{name: "a welcome alone stays a view", author: "European Union",
			text: "The EU and Vietnam held their human rights dialogue in Hanoi.\n\nThe EU welcomed the release of two prisoners and expressed its appreciation.",
			kind: storage.KindPosition},
		{name: "a readiness welcomed is the other side's, no invitation", author: "European Union",
			text: "The High Representative met Kosovo's Prime Minister Albin Kurti.\n\nThe High Representative welcomed Kosovo's readiness to invite the EU to observe the upcoming municipal elections.",
			kind: storage.KindPosition},
		{name: "leaders welcomed to attend are still invited", author: "China",
			text: "Premier Li Qiang met European Council President Charles Michel.\n\nPremier Li also welcomed newly elected EU leaders to attend the leaders' meeting in China.",
			kind: storage.KindProposal},
		{name: "a hope about a visit named with an apposition asks no one", author: "South Africa",
			text: "President Cyril Ramaphosa's opening remarks at the meeting with President de Sousa\n\nWe hope that this, your first visit to South Africa will be a productive one.",
			kind: storage.KindPosition, reason: "hopes for how things go"},
		{name: "a hope that both countries act proposes a step", author: "China",
			text: "Chinese President Xi Jinping spoke with US President Donald Trump on the phone.\n\nThe US president added that he hopes their two countries will make joint efforts to prepare for the meeting.",
			kind: storage.KindProposal, reason: "a hope that both sides act"},
		{name: "a hope that the other side acts stays a demand", author: "China",
			text: "Chinese President Xi Jinping spoke with US President Donald Trump on the phone.\n\nXi said he hopes the U.S. side will honor its commitments.",
			kind: storage.KindDemand},
		{name: "what the person addressed did, in a relative clause, is no offer", author: "United States",
			text: "Remarks by Secretary Blinken before his meeting with Prime Minister Kishida\n\nFirst let me say thank you for the moment of silence that you offered to former Prime Minister Abe.",
			kind: storage.KindPosition, reason: "is what another did"},
		{name: "a reply that he would like to act still undertakes", author: "Japan",
			text: "Prime Minister Ishiba held a meeting with President Marcos.\n\nIn response, President Marcos responded that he would like to promote cooperation in a wide range of areas.",
			kind: storage.KindCommitment},
		{name: "a deed after an opening date tells what was done", author: "United Kingdom",
			text: "Speech by Foreign Secretary David Lammy at Locarno House\n\nIn January 1946, Bevin stared into the geopolitical fog.",
			kind: storage.KindAccount, reason: "tells what was done"},
		{name: "a plan after an opening date is no deed", author: "United Kingdom",
			text: "Speech by Foreign Secretary David Lammy at Locarno House\n\nIn May, we will host the summit in London.",
			kind: storage.KindCommitment},
		{name: "opening the remarks with an item is the agenda", author: "South Korea",
			text: "Opening Remarks H.E. Cho Tae-yul, Minister of Foreign Affairs\n\nLet me start with the situation on the Korean Peninsula.",
			kind: storage.KindAccount},
		{name: "a call opened by reflecting on an event tells it", author: "United Kingdom",
			text: "PM call with President Macron\n\nThe Prime Minister spoke to President Macron this afternoon.\n\nThe Prime Minister began by reflecting on the success of the summit in Tirana.",
			kind: storage.KindAccount, reason: "from 'reflecting'"},
	})
}
