package ingest

import (
	"testing"

	"parley/storage"
)

// TestKindRemarksViews holds the kind rules worked out on batch "late 37"
// (8 Dec 2026, the EU institutions' remarks and releases): what a thing
// will do, what the one addressed did, "we are going to", what the
// speaker's side is doing with an adverb before it, what a fact shows,
// a hope about how things go, what a meeting will focus on, the topics
// a speaker wants to go through, a reason without a verb and money
// committed. Each case names the reason, so it fails without the rule.
func TestKindRemarksViews(t *testing.T) {
	const remarks = "Remarks by High Representative Josep Borrell after the meeting\n\n"
	runRuleCases(t, []ruleCase{
		{name: "it will is what a thing will do", author: "European Union",
			text: remarks + "We signed a Security and Defence Partnership. It will strengthen Canada's role in Europe's defence architecture.",
			kind: storage.KindPosition, reason: "'It will' tells what a thing will do"},
		{name: "it will never is still a pledge", author: "China",
			text: "Remarks by State Councilor Wang Yi at the press conference\n\nChina has no intention of challenging the international order, and it will never seek hegemony.",
			kind: storage.KindCommitment},
		{name: "what the one addressed did is praised", author: "European Union",
			text: "Press statement by President von der Leyen following the EU-Republic of Korea Summit\n\nDear President Yoon,\n\nYou condemned this war of aggression from the start.",
			kind: storage.KindPosition, reason: "is what the one addressed did"},
		{name: "what the one addressed said keeps its kind", author: "European Union",
			text: "Statement by President von der Leyen at the joint press conference with Prime Minister Carney\n\nAnd you said, at this moment, we have to turn the many challenges into change.",
			kind: storage.KindProposal},
		{name: "we are going to undertakes", author: "European Union",
			text: remarks + "We are going to nominate a Special European Union Envoy for the Gulf region.",
			kind: storage.KindCommitment, reason: "going to nominate"},
		{name: "I'm going to steers the talk", author: "Australia",
			text: "Doorstop interview, Canberra\n\nPENNY WONG: I'm going to leave it there.",
			kind: storage.KindPosition},
		{name: "what we are actively doing is told", author: "European Union",
			text: remarks + "We are actively supporting peace and security on the African continent.",
			kind: storage.KindAccount, reason: "'we are supporting' tells what is being done"},
		{name: "what a fact shows is a view", author: "European Union",
			text: "Dear President,\n\nThese threats — and this war — show that deeper cooperation between the EU and Korea is not a luxury.",
			kind: storage.KindPosition, reason: "from 'show that'"},
		{name: "a hope about how things go is a view", author: "European Union",
			text: remarks + "Q. So, today you will release the Joint Communiqué?\n\nI hope so, why not?",
			kind: storage.KindPosition},
		{name: "a hope that another side acts asks it", author: "European Union",
			text: remarks + "I hope that China will use its influence on Russia.",
			kind: storage.KindDemand},
		{name: "what a meeting will focus on is an account", author: "European Union",
			text: remarks + "Tonight, as you can imagine, the Ministers will focus on the situation in the Middle East.",
			kind: storage.KindAccount, reason: "will focus on"},
		{name: "we will focus on may undertake", author: "European Union",
			text: remarks + "We will focus on strengthening our defence industry.",
			kind: storage.KindCommitment},
		{name: "the topics a speaker wants to go through are an account", author: "European Union",
			text: "Statement by President von der Leyen after the EU-India summit\n\nAnd I want to focus on the other topics.",
			kind: storage.KindAccount, reason: "tells what the remarks cover"},
		{name: "reflecting on topics is an account as well", author: "European Union",
			text: "Statement by President von der Leyen after the EU-Brazil meeting\n\nWe have discussed several topics. I want to reflect on some of them.",
			kind: storage.KindAccount, reason: "i want to reflect"},
		{name: "a reason without a verb is a view", author: "European Union",
			text: remarks + "We are going to nominate a Special Envoy for the Gulf. Not only because of Iran.",
			kind: storage.KindPosition},
		{name: "money committed is told", author: "European Union",
			text: "The EU and Africa\n\nNearly €150 billion in investment has been committed under the Global Gateway strategy.",
			kind: storage.KindAccount, reason: "from 'committed'"},
	})
}

// TestKindSharedTalk holds the talks told by what both sides shared,
// worked out with batch "late 37" on the late part's readouts: points of
// view, analyses, and what was "shared with each other" tell a talk, as
// "shared views" does.
func TestKindSharedTalk(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "points of view shared tell a talk", author: "Canada",
			text: "Minister Joly meets French counterpart\n\nDuring their meeting, the ministers shared their points of view on the buildup of Russian troops.",
			kind: storage.KindAccount},
		{name: "analyses shared tell a talk", author: "European Union",
			text: "EU-Indonesia Political Dialogue\n\nBoth parties also shared their analyses on other major foreign policy issues.",
			kind: storage.KindAccount},
		{name: "what was shared with each other is told", author: "South Korea",
			text: "Foreign Minister Kang Kyung-wha spoke with Secretary of State Pompeo.\n\nOver the phone, the two top diplomats shared with each other the recent developments on the Korean Peninsula.",
			kind: storage.KindAccount},
	})
}
