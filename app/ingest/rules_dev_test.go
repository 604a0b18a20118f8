package ingest

import (
	"testing"

	"parley/storage"
)

// TestGeneralRules holds the cases of the rules worked out on the
// development part after the corpus grew: titles only one government
// gives, "we agreed", and a modal that only says what something ought to
// be.
func TestGeneralRules(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "a title only India gives makes an Indian speaker", author: "EU",
			text:    "The High Representative welcomed the talks. External Affairs Minister S Jaishankar said that the partnership was strong.",
			parties: "India", speaker: "Jaishankar", kind: storage.KindPosition},
		{name: "a British Secretary of State for … is no American", author: "UK",
			text:    "Secretary of State for Foreign Affairs David Lammy said that the talks were useful.",
			parties: "United Kingdom", speaker: "David Lammy"},
		{name: "an American Secretary of State", author: "UK",
			text:    "The Foreign Secretary met the US delegation. Secretary of State Marco Rubio said that the talks were useful.",
			parties: "United States", speaker: "Marco Rubio"},
		{name: "we agreed is both sides", author: "EU",
			text:    "High Representative Kaja Kallas met Foreign Minister Wang Yi of China. We agreed to meet again in the autumn.",
			parties: "China+European Union", speaker: "-", kind: storage.KindAgreement, reason: "party: joint, 'we agreed"},
		{name: "we discussed is both sides' account", author: "EU",
			text:    "High Representative Kaja Kallas met Foreign Minister Wang Yi of China. We discussed the situation in Hong Kong.",
			parties: "China+European Union", speaker: "-", kind: storage.KindAccount, reason: "party: joint, 'We discussed'"},
		{name: "we stressed stays the author's", author: "EU",
			text:    "High Representative Kaja Kallas met Foreign Minister Wang Yi of China. We stressed the importance of free speech.",
			parties: "European Union"},
		{name: "a modal before be is a view", author: "China",
			text: "Foreign Minister Wang Yi said that China-EU relations should be a positive cycle.",
			kind: storage.KindPosition},
		{name: "a passive modal with an actor still proposes", author: "China",
			text: "Foreign Minister Wang Yi said that both sides should be guided by mutual respect.",
			kind: storage.KindProposal},
		{name: "a reported modal without an actor is a view", author: "China",
			text: "Foreign Minister Wang Yi said that the differences should be handled properly.",
			kind: storage.KindPosition},
		{name: "it is hoped asks whoever is named", author: "China",
			text: "Foreign Minister Wang Yi said it is hoped that the U.S. side will honour its word.",
			kind: storage.KindDemand},
		{name: "a modal with an actor proposes", author: "China",
			text: "Foreign Minister Wang Yi said that both sides should seek win-win cooperation.",
			kind: storage.KindProposal},
	})
}

func TestTitledOfficials(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "an unnamed High Representative is the EU's", author: "UK",
			text:    "The High Representative and I agreed to deepen our cooperation on sanctions.",
			parties: "European Union+United Kingdom", kind: storage.KindAgreement},
		{name: "a named one is a speaker", author: "UK",
			text:    "The High Representative Kaja Kallas and I agreed to deepen our cooperation.",
			parties: "European Union+United Kingdom"},
	})
}

func TestTitlesJoinedByAnd(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "the Prime Minister and a named president are two people", author: "UK",
			text:    "The Prime Minister spoke to Joe Biden, President of the United States. The Prime Minister and President Biden met today at the G7.",
			parties: "United Kingdom+United States", speaker: "-", kind: storage.KindAccount},
		{name: "titles joined without the are one person's", author: "China",
			text:    "State Councilor and Foreign Minister Wang Yi said that the talks were useful.",
			parties: "China", speaker: "Wang Yi"},
		{name: "with a demonym too", author: "EU",
			text:    "Chinese State Councilor and Foreign Minister Wang Yi said that the talks were useful.",
			parties: "China", speaker: "Wang Yi"},
	})
}

func TestOthersWill(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "what another party will do is a view", author: "China",
			text: "Foreign Minister Wang Yi met Josep Borrell. He also believed that the EU will play a bigger role in the world.",
			kind: storage.KindPosition, reason: "'EU will' is not the holder's own undertaking"},
		{name: "what the holder will do is a commitment", author: "China",
			text: "Foreign Minister Wang Yi stressed that China will honour all its commitments.",
			kind: storage.KindCommitment},
	})
}
