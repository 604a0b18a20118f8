package ingest

import (
	"testing"

	"parley/storage"
)

// TestMeetingSense holds the kinds of kind_meeting_sense.go, worked out
// on the late part's position-as-account misses of 8 Dec 2026 (DIRCO,
// EEAS, New Zealand, Australia's Prime Minister): a verb of meeting in a
// sense that tells no meeting is no account; in its meeting sense it
// still is one. Each of the first seven fails without the rule.
func TestMeetingSense(t *testing.T) {
	const remarks = "Opening remarks by Minister Nkoana-Mashabane at the Bi-National Commission with Namibia\n\n"
	runRuleCases(t, []ruleCase{
		{name: "held in high esteem is a regard", author: "South Africa",
			text: remarks + "South Africa holds Namibia in high esteem as a beacon of stability, peace and progress in our region.",
			kind: storage.KindPosition, reason: "is a regard, not a meeting held"},
		{name: "meeting as a habit tells no meeting", author: "South Africa",
			text: remarks + "Indeed, we do meet frequently, that we can state confidently.",
			kind: storage.KindPosition, reason: "a word of habit"},
		{name: "focused in the present tells where attention is", author: "European Union",
			text: "Press remarks by High Representative Kaja Kallas upon arrival at the Foreign Affairs Council\n\nSo, Ministers are very much focused on the diplomatic solution.",
			kind: storage.KindPosition, reason: "tells where attention is"},
		{name: "well received is how a thing was taken", author: "Australia",
			text: "Press conference by Prime Minister Anthony Albanese in Apia\n\nAnd it was very well received by the heads of government and by the delegates to this important conference.",
			kind: storage.KindPosition, reason: "how a thing was taken"},
		{name: "starting points are a noun", author: "New Zealand",
			text: "Speech by Foreign Minister Winston Peters to the China Council\n\nThese are excellent starting points for today.",
			kind: storage.KindPosition, reason: "is a noun"},
		{name: "holding the centre of a region is no meeting", author: "Australia",
			text: "Press conference by Foreign Minister Penny Wong in Jakarta\n\nASEAN holds the centre of a region that is stable, that is prosperous, that is secure.",
			kind: storage.KindPosition, reason: "holds no meeting, talk or event"},
		{name: "a ceasefire that held its test is no meeting", author: "European Union",
			text: "Press remarks by High Representative Kaja Kallas upon arrival at the Foreign Affairs Council\n\nThe ceasefire held its first stress test.",
			kind: storage.KindPosition, reason: "holds no meeting, talk or event"},
		{name: "a round of a dialogue held is still a meeting", author: "European Union",
			text: "The EU and Vietnam held on 11 September 2013 in Hanoi the third round of their annual enhanced Dialogue on Human Rights.",
			kind: storage.KindAccount},
		{name: "a meeting that was focused on relations is still told", author: "Switzerland",
			text: "Federal Councillor Ignazio Cassis met German Foreign Minister Johann Wadephul in Bern.\n\nThe meeting between Mr Cassis and Mr Wadephul was focused on the excellent bilateral relations.",
			kind: storage.KindAccount},
		{name: "talks held are still a meeting", author: "Germany",
			text: "Foreign Minister Steinmeier travels to Norway\n\nOn 28 and 29 April Foreign Minister Steinmeier holds talks with the Norwegian Government.",
			kind: storage.KindAccount},
		{name: "a visitor received is still a meeting", author: "Chile",
			text: "Foreign Minister Roberto Ampuero received the United Kingdom Secretary of State for Foreign Affairs, Boris Johnson, in Santiago.",
			kind: storage.KindAccount},
	})
}
