package ingest

import "testing"

// TestSummitItemsAndSharedResolve holds the rules worked out on batch
// "late 32" for summit releases and joint undertakings: "leaders" with no
// article after an opening phrase (party_bare_leaders.go), "reconfirmed"
// as "reaffirmed", "told … that the UK remains committed to"
// (kind_govern.go) and "we share a commitment to" (transcript_we.go).
func TestSummitItemsAndSharedResolve(t *testing.T) {
	const summit = "The 7th EU-Brazil summit focused on economic issues.\n\n"
	runRuleCases(t, []ruleCase{
		{name: "leaders after an opening phrase are both sides", author: "European Union",
			text:    summit + "Firstly, leaders discussed the economic outlook for the EU and Brazil.",
			parties: "Brazil+European Union", kind: "account", reason: "'leaders'"},
		{name: "their 'they' is both sides too", author: "European Union",
			text:    summit + "In particular, leaders looked at how to accelerate growth. They also welcomed important progress in negotiations.",
			parties: "Brazil+European Union", kind: "agreement"},
		{name: "leaders after a clause are not read so", author: "European Union",
			text:    summit + "As we discussed, leaders must act.",
			parties: "European Union"},
		{name: "reconfirmed a commitment undertakes", author: "European Union",
			text: "HR/VP Mogherini met President Macri. The meetings reconfirmed their shared commitment to the UN system.",
			kind: "commitment", reason: "reconfirmed … commitment"},
		{name: "what the person told remains committed to is undertaken", author: "United Kingdom",
			text: "The Prime Minister met the Emir of Qatar. The Prime Minister told His Highness that the UK remains committed to Gulf unity.",
			kind: "commitment", reason: "told … committed"},
		{name: "both sides sharing a commitment undertake together", author: "European Union",
			text:    "Remarks by High Representative Kaja Kallas at the joint press conference with Secretary Enrique Manalo\n\nThank you for the productive discussion we had today with the Philippines. First of all, we share a commitment to upholding the rules-based international order.",
			parties: "European Union+Philippines", kind: "commitment"},
		{name: "both sides sharing a view agree", author: "European Union",
			text: "Remarks by High Representative Kaja Kallas at the joint press conference with Secretary Enrique Manalo\n\nThank you for the productive discussion we had today with the Philippines. We share an assessment of the situation in the South China Sea.",
			kind: "agreement"},
	})
}
