package ingest

import (
	"testing"

	"parley/storage"
)

// TestKindWhose holds the kinds of kind_whose.go and the rules landed
// with it, worked out on batch "late 27": a kind noun another side holds,
// a hope about what has been, a "will" of a thing named before, a
// reported passive modal with no doer, a courtesy after "would like to
// also", a hope that the two leaders act, a summit concluded, "Let us
// start with", a lead-in put before what it announces and a Roman "I".
// Each case but the controls fails without its rule.
func TestKindWhose(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "another side's commitment applauded is a view", author: "G7",
			text:   "Statement of the G7 Foreign Ministers\n\nG7 members reaffirmed their unwavering support for Ukraine.\n\nG7 members applauded Ukraine’s commitment to an immediate ceasefire, which is an essential step towards a just peace.",
			kind:   storage.KindPosition,
			reason: "is another's"},
		{name: "a side praised for its commitment is a view", author: "NATO",
			text:   "The NATO Secretary General met Prime Minister Edi Rama of Albania.\n\nThe Secretary General also praised Albania for its commitment to promoting stability across the Western Balkans.",
			kind:   storage.KindPosition,
			reason: "'for its commitment'"},
		{name: "the desire of the people is theirs", author: "South Africa",
			text:   "Minister Ronald Lamola met his counterpart from the DRC.\n\nHe stressed the desire of the people in eastern DRC for peace and normalcy.",
			kind:   storage.KindPosition,
			reason: "'desire of the people'"},
		{name: "control: the holder's own commitment still undertakes", author: "Japan",
			text: "Prime Minister Kishida held a meeting with President Biden.\n\nPrime Minister Kishida reiterated Japan's commitment to the peace and stability of the region.",
			kind: storage.KindCommitment},
		{name: "a hope about what has been asks no one", author: "South Africa",
			text:   "Opening Remarks by Minister Ronald Lamola during the Bilateral Meeting with Foreign Secretary Lammy\n\nYour Excellency, I am pleased to welcome you to South Africa, and I hope that since your arrival this morning, you have experienced the warmth of South African hospitality.",
			kind:   storage.KindPosition,
			reason: "a hope about what has been"},
		{name: "a will of a thing named before foresees", author: "United Kingdom",
			text:   "PM meeting with Prime Minister Ishiba\n\nThe Prime Minister met the Prime Minister of Japan Shigeru Ishiba today.\n\nThey agreed to launch a new Economic 2+2.\n\nThis will further advance the UK and Japan’s bilateral cooperation on international trade.",
			kind:   storage.KindPosition,
			reason: "'This will'"},
		{name: "control: the holder's will still undertakes", author: "United Kingdom",
			text: "PM meeting with Prime Minister Ishiba\n\nThe Prime Minister met the Prime Minister of Japan Shigeru Ishiba today.\n\nThe UK will further advance its cooperation with Japan on international trade.",
			kind: storage.KindCommitment},
		{name: "a reported passive modal with no doer asks those concerned", author: "G7",
			text:   "Statement of the G7 Foreign Ministers\n\nG7 members reaffirmed their unwavering support for Ukraine.\n\nThey emphasized that any ceasefire must be respected.",
			kind:   storage.KindDemand,
			reason: "reported with no doer named"},
		{name: "a courtesy after would like to also is a view", author: "South Africa",
			text: "Opening Remarks by Minister Ronald Lamola during the Bilateral Meeting with Foreign Secretary Lammy\n\nI would like to also welcome the rest of your delegation to the Mother City.",
			kind: storage.KindPosition},
		{name: "a hope that the leaders act proposes a step", author: "United Kingdom",
			text:   "PM call with President Xi Jinping\n\nThe Prime Minister spoke to President Xi Jinping of China this morning.\n\nThe Prime Minister added that he hoped the leaders would be able to have open, frank and honest discussions.",
			kind:   storage.KindProposal,
			reason: "a hope that both sides act"},
		{name: "a meeting told by a word of judgement is a view", author: "European Union",
			text:   "EU-Japan Summit in Tokyo\n\nThe 30th EU-Japan Summit took place in Tokyo on 23 July.\n\nIt was truly a memorable visit.",
			kind:   storage.KindPosition,
			reason: "a meeting told by a word of judgement"},
		{name: "control: a meeting told by what it was stays an account", author: "European Union",
			text: "EU-Japan Summit in Tokyo\n\nThe 30th EU-Japan Summit took place in Tokyo on 23 July.\n\nIt was the first summit in Tokyo since 2019.",
			kind: storage.KindAccount},
		{name: "a numbered summit concluded is told", author: "European Union",
			text: "Remarks by President António Costa following the EU-China Summit in Beijing\n\nWe have just concluded the 25th EU-China Summit.",
			kind: storage.KindAccount},
		{name: "let us start with an item orders the remarks", author: "European Union",
			text: "Statement by President von der Leyen at the press conference following the EU-Japan Summit\n\nLet us start with competitiveness.",
			kind: storage.KindAccount},
		{name: "a lead-in put before the overview is skipped", author: "Japan",
			text: "Japan-EU Summit\n\nMr. ISHIBA Shigeru, Prime Minister of Japan, held the 30th Japan-EU Summit with President Costa.\n\nBelow is the overview of the Summit and working dinner.",
			kind: storage.KindAccount, reason: "skipped"},
		{name: "a Roman I numbers an attachment, no speaker's I", author: "Japan",
			text: "Japan-EU Summit\n\nMr. ISHIBA Shigeru, Prime Minister of Japan, held the 30th Japan-EU Summit with President Costa.\n\nIn addition, the Japan-EU Joint Statement and “Attachment I: Deliverables and Priorities” were issued on the occasion of the Summit.",
			kind: storage.KindAccount},
		{name: "how things are, told in the present, is a view", author: "Switzerland",
			text:   "Federal Councillor Ignazio Cassis met German Foreign Minister Johann Wadephul in Bern.\n\nThe geopolitical situation in Europe, in particular Russia's war against Ukraine, remains a significant challenge.",
			kind:   storage.KindPosition,
			reason: "says how things are"},
		{name: "control: what an event is stays an account", author: "ASEAN",
			text: "ASEAN Foreign Ministers' Retreat\n\nThe Retreat is the first gathering of the ASEAN Foreign Ministers in Singapore in 2018.",
			kind: storage.KindAccount},
		{name: "control: a document's lead-in stays an account", author: "United States",
			text: "Joint Statement of the Quad Foreign Ministers\n\nThe following is the joint statement released by the Foreign Ministers of Australia, India, Japan and the United States.",
			kind: storage.KindAccount},
		{name: "who was also present is told", author: "Japan",
			text:   "Japan-U.S. Summit Meeting\n\nPrime Minister Kan held a summit meeting with President Obama.\n\nAlso present at the meeting were Minister for Foreign Affairs Maehara and Ambassador Fujisaki.",
			kind:   storage.KindAccount,
			reason: "tells who took part"},
		{name: "the work a side is doing, told in the first person, is an account", author: "European Union",
			text: "EU-Japan Summit in Tokyo\n\nThe 30th EU-Japan Summit took place in Tokyo.\n\nWe are investing heavily in innovation, we are improving the business climate and cutting red tape.",
			kind: storage.KindAccount},
	})
}
