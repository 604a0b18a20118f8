package ingest

import (
	"testing"

	"parley/storage"
)

// TestKindNarration holds the kinds of narrated sentences worked out on
// batch "late 12" (7 Dec 2026; kind_narration.go): officials named by
// title alone, policies stated in the present, what was needed and for
// whom.
func TestKindNarration(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "a policy stated in the negated present is a view", author: "Vietnam",
			text: "Prime Minister Pham Minh Chinh received the Chinese Ambassador. Vietnam does not ally with one country to fight the other.",
			kind: storage.KindPosition, reason: "does not ally"},
		{name: "a deed told in the past stays an account", author: "Vietnam",
			text: "Prime Minister Pham Minh Chinh received the Chinese Ambassador. The talks lasted two hours.",
			kind: storage.KindAccount},
		{name: "what was done with the occasion decides", author: "Vietnam",
			text: "Prime Minister hosts US Secretary of State\n\nThe Prime Minister took the occasion to extend his wishes and regards to President Biden.",
			kind: storage.KindPosition, reason: "took the occasion to extend"},
		{name: "taking the occasion to invite proposes", author: "Vietnam",
			text: "Prime Minister hosts US Secretary of State\n\nThe Prime Minister took the opportunity to invite President Biden to visit Viet Nam.",
			kind: storage.KindProposal},
		{name: "an official named by title reports a step for both sides", author: "Vietnam",
			text: "Prime Minister hosts US Secretary of State\n\nThe Prime Minister emphasized that the two sides need to continue efforts in promoting trade.",
			kind: storage.KindProposal, reason: "named by title"},
		{name: "an official named by title reports how things are", author: "Vietnam",
			text: "Prime Minister hosts US Secretary of State\n\nThe Prime Minister emphasized that relations between the two countries have developed well.",
			kind: storage.KindPosition},
		{name: "the need for a thing in order to act is no demand", author: "Canada",
			text: "The Honourable Mélanie Joly, Minister of Foreign Affairs, today spoke with Marise Payne, Australia’s Minister for Foreign Affairs. Both ministers acknowledged the need for greater engagement in that area to maintain an open region.",
			kind: storage.KindAgreement},
		{name: "the need for someone to act is a demand", author: "United Kingdom",
			text: "The Prime Minister spoke to President Trump. He reiterated the need for the individual involved to return to the UK.",
			kind: storage.KindDemand},
		{name: "the importance for others to act is a demand", author: "United Nations",
			text: "The Secretary-General met with the Foreign Minister of Bangladesh. The Secretary-General stressed the critical importance for the political leaders of Bangladesh to engage in constructive dialogue.",
			kind: storage.KindDemand, reason: "importance for"},
		{name: "the importance for both sides to act is a proposal", author: "United Nations",
			text: "The Secretary-General met with the Foreign Minister of Bangladesh. The Secretary-General stressed the importance for both sides to keep talking.",
			kind: storage.KindProposal, reason: "importance for"},
		{name: "the importance of a thing is a view", author: "United Nations",
			text: "The Secretary-General met with the Foreign Minister of Bangladesh. The Secretary-General stressed the importance of regional cooperation.",
			kind: storage.KindPosition},
		{name: "a kind noun held by us with no verb of saying decides", author: "European Union",
			text: "Joint Statement of the EU-Japan Summit\n\nWe remain resolute in our support to Ukraine and our opposition to Russia's illegal war of aggression.",
			kind: storage.KindObjection, reason: "our … opposition"},
		{name: "a kind noun of another's held with no verb is no cue", author: "United States",
			text: "Remarks by Secretary Antony J. Blinken\n\nIt's a reflection of the fact that Korea has shown its commitment to the alliance.",
			kind: storage.KindPosition},
		{name: "an intensifier keeps the reported clause one", author: "Japan",
			text: "[Opening Statement by Prime Minister Ishiba]\n\nI also stated that I very much looked forward to having discussions with President Trump face to face.",
			kind: storage.KindCommitment},
		{name: "both sides asking of all others is a demand", author: "Germany",
			text: "Joint Statement by New Zealand Minister of Foreign Affairs Nanaia Mahuta and German Foreign Minister Annalena Baerbock\n\nWe underline that all Members of the United Nations must refrain from the threat or use of force.",
			kind: storage.KindDemand, reason: "all Members"},
		{name: "both sides underlining how things are agree", author: "Germany",
			text: "Joint Statement by New Zealand Minister of Foreign Affairs Nanaia Mahuta and German Foreign Minister Annalena Baerbock\n\nWe underline that the Convention is universal.",
			kind: storage.KindAgreement},
		{name: "a kind noun held in a copula's predicate decides", author: "Philippines",
			text: "Remarks of Secretary for Foreign Affairs Enrique A. Manalo\n\nWhat stood out from our discussion was our resounding commitment to sustaining the positive momentum of our relations.",
			kind: storage.KindCommitment},
		{name: "a kind noun another verb governs is no cue", author: "European Union",
			text: "Remarks by President Charles Michel\n\nWe strive for a relationship that delivers on our mutual commitments.",
			kind: storage.KindPosition},
		{name: "a spokesperson telling of a call is an account", author: "Egypt",
			text: "Official MFA Spokesperson Counselor Ahmed Abu Zeid stated that on the evening of Monday April 16, Foreign Minister Sameh Shoukry received a phone call from acting US Secretary of State John J. Sullivan.",
			kind: storage.KindAccount, reason: "spokesperson"},
		{name: "a spokesperson's view stays a view", author: "United Kingdom",
			text: "An FCDO spokesperson said that democratic elections depend on credible, competitive and participatory processes.",
			kind: storage.KindPosition},
		{name: "congruence between the sides is their agreement", author: "Egypt",
			text: "Minister of Foreign Affairs Sameh Shokry received a phone call from his Iranian counterpart. There was congruence on the necessity of a ceasefire.",
			kind: storage.KindAgreement, reason: "congruence"},
		{name: "warning of consequences is a worry", author: "Egypt",
			text: "Minister of Foreign Affairs Sameh Shokry received a phone call from his Iranian counterpart. In that framework, the Egyptian minister warned of precarious repercussions on the region.",
			kind: storage.KindConcern},
	})
}
