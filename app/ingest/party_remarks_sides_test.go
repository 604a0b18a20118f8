package ingest

import (
	"testing"

	"parley/storage"
)

// TestPartyRemarksSides holds the party rules worked out on batch "late
// 37" (8 Dec 2026, the EU institutions' remarks and releases with Asian,
// Latin American, African and Gulf partners): the two sides a heading
// sets apart by a dash, the Gulf Cooperation Council as a party, "we
// both" as both sides whatever the verb, a meeting "we had" through a
// transcript's square brackets, and a name addressed after a lead-in.
// Each case names the reason, so it fails without the rule.
func TestPartyRemarksSides(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "a dash in the heading names the other side", author: "European Union",
			text:    "European Union - African Union: press remarks by High Representative Kaja Kallas at the Ministerial meeting\n\nToday we had a broad and very engaging meeting.",
			parties: "African Union+European Union", speaker: "-", kind: storage.KindAccount, reason: "what both sides did at the meeting"},
		{name: "an en dash does as well", author: "European Union",
			text:    "EU – Japan: Remarks by President Charles Michel after the summit\n\nWe had a very open and frank discussion.",
			parties: "European Union+Japan", reason: "what both sides did at the meeting"},
		{name: "with no other side named, we had a meeting stays the speaker's", author: "European Union",
			text:    "Foreign Affairs Council: Press remarks by High Representative Kaja Kallas\n\nToday we had a broad and very engaging meeting.",
			parties: "European Union", speaker: "Kaja Kallas"},
		{name: "the GCC is a party", author: "European Union",
			text:    "EU-GCC: Press remarks by High Representative Josep Borrell ahead of the Ministerial dinner\n\nWe had a High-Level Forum on Regional Security and Cooperation in April, in Luxembourg.",
			parties: "European Union+Gulf Cooperation Council", reason: "… forum': what both sides did"},
		{name: "a transcript's brackets do not end the meeting told", author: "European Union",
			text:    "EU-GCC: Press remarks by High Representative Josep Borrell ahead of the Ministerial dinner\n\nWe had a [EU-GCC] Structured [Security] Dialogue in January in Riyadh.",
			parties: "European Union+Gulf Cooperation Council", kind: storage.KindAccount, reason: "We had … dialogue"},
		{name: "we are both going to co-chair a meeting is both sides'", author: "European Union",
			text:    "EU-GCC Joint Council: Remarks by High Representative Josep Borrell upon arrival\n\nWe are both going to co-chair an important meeting of the European Union and the Gulf countries.",
			parties: "European Union+Gulf Cooperation Council", speaker: "-", kind: storage.KindAccount, reason: "'We both'"},
		{name: "a view we both hold is an agreement", author: "South Korea",
			text:    "Opening remarks by Foreign Minister Cho Tae-yul at the strategic dialogue with UK Foreign Secretary David Lammy\n\nFurthermore, we both recognize the critical importance of cooperation on the multilateral stage.",
			parties: "South Korea+United Kingdom", kind: storage.KindAgreement, reason: "'we both'"},
		{name: "a name addressed after a lead-in is no subject", author: "European Union",
			text:    "Statement by President von der Leyen at the joint press conference with President Lula\n\nAnd indeed, President Lula, you brought Brazil back to where it belongs, as a major global player.",
			parties: "European Union", speaker: "von der Leyen", reason: "is the one addressed, not the subject"},
		{name: "a name in apposition after a comma stays the subject", author: "European Union",
			text:    "The High Representative visited Brazil.\n\nIn Brasilia, President Lula underlined the importance of the agreement.",
			parties: "Brazil"},
	})
}
