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
		{name: "a call opened by reflecting on an event tells it", author: "United Kingdom",
			text: "PM call with President Macron\n\nThe Prime Minister spoke to President Macron this afternoon.\n\nThe Prime Minister began by reflecting on the success of the summit in Tirana.",
			kind: storage.KindAccount, reason: "from 'reflecting'"},
	})
}
