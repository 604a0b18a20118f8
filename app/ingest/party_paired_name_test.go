package ingest

import (
	"testing"

	"parley/storage"
)

// TestPairedByName holds the rule that two people paired by surname are
// both sides when the second was introduced once with a country before an
// office the speaker list does not know (party_paired_name.go).
func TestPairedByName(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "a guest introduced with a country before an office, then paired by surname", author: "Argentina",
			text:    "Today, Foreign Minister Diana Mondino received U.S. Senator Marco Rubio, who is visiting Argentina. Finally, Mondino and Rubio discussed the situation in the region, and agreed on the need for an investigation.",
			parties: "Argentina+United States", speaker: "-", reason: "Rubio, named before as 'Marco Rubio', is the other side (United States)"},
		{name: "honorifics before both surnames; the country's office comes before an organisation's", author: "Switzerland",
			text:    "Federal Councillor Ignazio Cassis went to Davos. To discuss the OSCE, Mr Cassis met with the Finnish foreign minister and current OSCE chairperson-in-office, Elina Valtonen. Mr Cassis and Ms Valtonen discussed the priorities for their chairpersonships.",
			parties: "Finland+Switzerland", speaker: "-", kind: storage.KindAccount, reason: "is the other side (Finland)"},
		{name: "a view both welcomed is their agreement", author: "Argentina",
			text:    "Foreign Minister Diana Mondino received U.S. Senator Marco Rubio. Mondino and Rubio welcomed the close ties between the two countries.",
			parties: "Argentina+United States", kind: storage.KindAgreement},
		{name: "a surname never introduced with a country stays the speaker's", author: "Argentina",
			text:    "Foreign Minister Diana Mondino met Senator Marco Rubio. Finally, Mondino and Rubio discussed the situation in the region.",
			parties: "Argentina"},
		{name: "a second person of the author's own country stays the author's", author: "Argentina",
			text:    "Foreign Minister Diana Mondino was joined by Argentine Ambassador Gerardo Werthein. Mondino and Werthein discussed the agenda with the delegation.",
			parties: "Argentina"},
		{name: "a country after 'and' is no person", author: "Argentina",
			text:    "Foreign Minister Diana Mondino received U.S. Senator Marco Rubio. Mondino and Argentina discussed the situation.",
			parties: "Argentina"},
	})
}
