package ingest

import "testing"

// TestReleaseGenresOfEuropeanMinistries holds the rules worked out on
// batch "late 32" for the genres of European ministries' releases: a
// press statement titled by the minister's name and title
// (heading_name_title.go), the title repeated with a full stop under it,
// No 10's readout given in quotation marks (kind_quoted_readout.go),
// "pressing issues" (kind_pressing.go) and another side's doing that
// must end (kind_modal_whose.go).
func TestReleaseGenresOfEuropeanMinistries(t *testing.T) {
	const statement = "Press statement Wopke Hoekstra, Minister of Foreign Affairs, Beijing 23 May 2023\n\n"
	runRuleCases(t, []ruleCase{
		{name: "a genre, a name and a title after a comma name the speaker", author: "Netherlands",
			text:    statement + "I very much valued the open conversation and meaningful discussion we had.",
			parties: "Netherlands", speaker: "Wopke Hoekstra", reason: "named in the heading"},
		{name: "a genre and an occasion name no one", author: "Netherlands",
			text:    "Statement on Ukraine, Minister of Foreign Affairs\n\nI very much valued the open conversation we had.",
			speaker: "-"},
		{name: "the title repeated with a full stop is skipped", author: "Netherlands",
			text:   statement + "Press statement by Wopke Hoekstra, Minister of Foreign Affairs, Beijing 23 May 2023.",
			reason: "skipped: a heading"},
		{name: "a remarks title with a verb is a sentence", author: "United States",
			text:    "Remarks by the President were broadcast in Beijing.",
			parties: "United States"},
		{name: "pressing before a noun urges no one", author: "Netherlands",
			text: statement + "We, the world, we are facing a number of pressing international issues.",
			kind: "position"},
		{name: "pressing before its object urges", author: "Netherlands",
			text: statement + "We are pressing China to end its support for the war.",
			kind: "demand"},
		{name: "another side's doing that must stop is a demand", author: "Netherlands",
			text: statement + "Russia’s aggression against Ukraine must stop.",
			kind: "demand", reason: "another side's doing"},
		{name: "a modal with a subject of its own after another side's thing", author: "United Kingdom",
			text: "Foreign Secretary James Cleverly met his Polish counterpart. He said that Ukraine’s territorial gains highlighted how we must all redouble our efforts.",
			kind: "proposal"},
		{name: "the official opening a quoted No 10 readout is the holder of the office", author: "United Kingdom",
			text:    "PM meeting with US Secretary of State Blinken: 4 May 2021\n\nA Downing Street spokesperson said:\n\n“The Prime Minister met US Secretary of State Antony Blinken in Downing Street today.",
			parties: "United Kingdom", speaker: "Boris Johnson", kind: "account"},
		{name: "both officials opening a quoted readout agree together", author: "United Kingdom",
			text:    "PM meeting with US Secretary of State Blinken: 4 May 2021\n\nA Downing Street spokesperson said:\n\n“The Prime Minister met US Secretary of State Antony Blinken today.\n\n“The Prime Minister and Secretary Blinken agreed that the global roll out of vaccines will be key.",
			parties: "United Kingdom+United States", speaker: "-", kind: "agreement"},
		{name: "a spokesperson's own quoted words stay his view", author: "United States",
			text: "The spokesperson said:\n\n“The United States strongly supports the talks.",
			kind: "position"},
	})
}
