package ingest

import (
	"testing"

	"parley/storage"
)

// TestKindDoorstop holds the kinds of kind_doorstop.go, worked out on
// batch "late 19" (7 Dec 2026): what remarks tell of the meeting itself,
// and what reported words undertake. Each case names the reason, so it
// fails without the rule.
func TestKindDoorstop(t *testing.T) {
	const head = "Press remarks by High Representative Kaja Kallas upon arrival\n\n"
	runRuleCases(t, []ruleCase{
		{name: "a meeting the speaker has today is told", author: "European Union",
			text: head + "Good morning. We have a long General Affairs Council today.",
			kind: storage.KindAccount, reason: "tells of the meeting"},
		{name: "a meeting had before the remarks is told", author: "European Union",
			text: head + "Today we have had a useful videoconference with the Foreign Minister of Canada.",
			kind: storage.KindAccount, reason: "tells of the meeting"},
		{name: "a meeting coming up is told", author: "European Union",
			text: head + "Unfortunately, not this week, but we have also a summit coming up in March.",
			kind: storage.KindAccount, reason: "tells of the meeting"},
		{name: "what the meeting will discuss is told", author: "European Union",
			text: head + "All the Member States have the report, and we will discuss it further.",
			kind: storage.KindAccount, reason: "tells of the meeting"},
		{name: "a meeting judged is a view", author: "European Union",
			text: head + "I think we had a very frank discussion.",
			kind: storage.KindPosition},
		{name: "a verbless item opened by a sequencer is the agenda", author: "European Union",
			text: head + "We discussed the situation in the Sahel. Then, of course, the Western Balkans.",
			kind: storage.KindAccount, reason: "names the next item of the agenda"},
		{name: "a phrase of means goes on with what was said", author: "European Union",
			text: head + "We must do more for our security. First, by investing together.",
			kind: storage.KindProposal},
		{name: "the line closing the remarks", author: "European Union",
			text: head + "We support Ukraine. That's all from me.",
			kind: storage.KindAccount, reason: "closes the remarks"},
		{name: "ending the statement", author: "European Union",
			text: head + "We support Ukraine. I will end my remarks here.",
			kind: storage.KindAccount, reason: "closes the remarks"},
		{name: "an opportunity taken to meet, told in the past", author: "Australia",
			text: head + "It was a welcome opportunity to discuss with the Chancellor our cooperation on energy.",
			kind: storage.KindAccount, reason: "tells a meeting had"},
		{name: "an opportunity in the present is a view", author: "Australia",
			text: head + "It is an opportunity to discuss our cooperation on energy.",
			kind: storage.KindPosition},
		{name: "a second verb expressing the holder's desire undertakes", author: "South Korea",
			text: "Minister Kim met the Ambassador of Canada. Minister Kim appreciated that cooperation grew last year, and expressed his desire to continue the momentum this year.",
			kind: storage.KindCommitment, reason: "by a second verb of the same subject"},
		{name: "looking forward to meeting, reported, undertakes", author: "China",
			text: "Chinese President Xi Jinping and US President Donald Trump spoke over the phone on trade.\n\nTrump said during the conversation that he looks forward to meeting Xi at the APEC summit so that they can have a candid discussion about trade.",
			kind: storage.KindCommitment, reason: "talks the holder will take part in"},
		{name: "the call in which something was said is no call for anything", author: "China",
			text: "Chinese President Xi Jinping and US President Donald Trump spoke over the phone on trade.\n\nTrump said during the call that the United States attaches importance to trade with China.",
			kind: storage.KindPosition, reason: "from 'said'"},
	})
}
