package ingest

import (
	"testing"

	"parley/storage"
)

// TestKindHolder holds the kind rules worked out on batch "late 10" and
// the kinds missed across the development readouts (7 Dec 2026): who
// holds a sentence and what its verb governs.
func TestKindHolder(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "a worry raised in the passive is a concern", author: "Russia",
			text: "During the talks on the region, concerns were raised about the escalation of the fighting.",
			kind: storage.KindConcern, reason: "concerns were raised"},
		{name: "a worry voiced in the passive is a concern", author: "EU",
			text: "Serious concern was also voiced about the detention of journalists.",
			kind: storage.KindConcern},
		{name: "pleasure that we could meet is the speaker's view", author: "India",
			text:    "Remarks by EAM Dr. S. Jaishankar\n\nI'm also glad that we could meet today on the sidelines of the summit.",
			parties: "India", kind: storage.KindPosition, reason: "glad that we"},
		{name: "the meeting itself told is an account", author: "India",
			text: "Remarks by EAM Dr. S. Jaishankar\n\nWe met today on the sidelines of the summit.",
			kind: storage.KindAccount},
		{name: "what the one addressed will do is no undertaking", author: "India",
			text: "Remarks by EAM Dr. S. Jaishankar\n\nYou will also appreciate that the state of the border will be reflected in our ties.",
			kind: storage.KindPosition, reason: "'you will'"},
		{name: "what the speaker will do is an undertaking", author: "India",
			text: "Remarks by EAM Dr. S. Jaishankar\n\nWe will work to restore peace and tranquillity in the border areas.",
			kind: storage.KindCommitment},
		{name: "one side agreeing within itself states its position", author: "EU",
			text:    "Remarks by President Charles Michel\n\nThe 27 leaders agreed that the sanctions must be fully implemented.",
			parties: "European Union", kind: storage.KindPosition, reason: "within one side"},
		{name: "I agree assents to the other side", author: "United States",
			text: "Remarks by Secretary Antony J. Blinken\n\nI agree with the Foreign Minister on the importance of this work.",
			kind: storage.KindAgreement},
		{name: "both sides concluding that is their agreement", author: "United Kingdom",
			text:    "The Prime Minister spoke to Chancellor Merkel this afternoon. Both concluded that a solution must be found quickly.",
			parties: "Germany+United Kingdom", kind: storage.KindAgreement, reason: "concluded that"},
		{name: "a meeting concluded is an account", author: "EU",
			text: "Remarks by President Charles Michel\n\nWe have just concluded the European Council.",
			kind: storage.KindAccount},
		{name: "both sides considering a matter discussed it", author: "Russia",
			text: "Foreign Minister Sergey Lavrov met with Foreign Minister Naledi Pandor of South Africa. Additionally, the Ministers considered some aspects of the situation in Africa.",
			kind: storage.KindAccount, reason: "'considered' a matter"},
		{name: "the Prime Ministers are both sides", author: "India",
			text:    "Prime Minister Fumio Kishida of Japan visited India for the Annual Summit with Prime Minister Narendra Modi. The Prime Ministers recognized that the Summit was taking place at a significant time.",
			parties: "India+Japan", kind: storage.KindAgreement},
		{name: "recommitted undertakes", author: "United States",
			text:    "President Biden spoke with Prime Minister Sudani of Iraq. The two leaders recommitted to the strategic framework agreement.",
			parties: "Iraq+United States", kind: storage.KindCommitment},
		{name: "a negated acceptance after a verb of saying objects", author: "China",
			text: "Wang Yi stressed that China has always abided by international law, and will not accept any groundless hype.",
			kind: storage.KindObjection, reason: "stressed … accept"},
		{name: "hoping that we act is a proposal", author: "India",
			text: "Remarks by EAM Dr. S. Jaishankar\n\nI hope that this meeting will allow us to give guidance to our officials.",
			kind: storage.KindProposal},
		{name: "hoping that the other side acts is a demand", author: "India",
			text: "Remarks by EAM Dr. S. Jaishankar\n\nI hope that China will respect the agreements signed in the past.",
			kind: storage.KindDemand},
		{name: "looking forward to others' deeds and to one's own work undertakes", author: "United Kingdom",
			text:    "The Prime Minister spoke to Chancellor Merkel. Both leaders looked forward to the formation of a new government and to continuing to work closely together.",
			parties: "Germany+United Kingdom", kind: storage.KindCommitment},
		{name: "looking forward only to others' deeds is a view", author: "United Kingdom",
			text: "The Prime Minister spoke to Chancellor Merkel. The Prime Minister looked forward to the formation of a new government.",
			kind: storage.KindPosition},
		{name: "disappointment objects", author: "United Kingdom",
			text: "The Foreign Secretary reiterated his disappointment at the decision to reject the extradition request.",
			kind: storage.KindObjection},
		{name: "shared after a preposition describes", author: "United States",
			text: "Joint Statement of the United States and New Zealand\n\nTogether we honor that history of shared resolve in the face of aggression.",
			kind: storage.KindPosition},
		{name: "we note is a verb", author: "United States",
			text: "Joint Statement of the United States and New Zealand\n\nWe note that our ties have broadened and deepened.",
			kind: storage.KindAgreement},
	})
}
