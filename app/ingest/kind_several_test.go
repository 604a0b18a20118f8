package ingest

import (
	"testing"

	"parley/storage"
)

// TestKindsOfSeveralSides holds the cases of the kind rules worked out on
// batch "late 16" (kind_several.go and the vocabulary beside it).
func TestKindsOfSeveralSides(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "concerns discussed are a concern", author: "Canada",
			text: "Ministers met in Ottawa. Ministers discussed their shared concerns about the situation in Haiti.",
			kind: storage.KindConcern, reason: "the worry talked over"},
		{name: "a matter discussed is an account", author: "Canada",
			text: "Ministers met in Ottawa. Ministers discussed the situation in Haiti.",
			kind: storage.KindAccount},
		{name: "took note of, both sides", author: "US",
			text: "Secretary Blinken met Foreign Minister Kamikawa of Japan. They took note of the opportunity for cooperation at the UN.",
			kind: storage.KindAgreement, reason: "took note of"},
		{name: "what the signatories seek to do", author: "US",
			text: "Joint Statement of Japan and the United States\n\nWe seek to maintain stability in the region.",
			kind: storage.KindCommitment},
		{name: "a decision of the holder's government conveyed", author: "Japan",
			text: "Prime Minister Kishida met President Yoon. Prime Minister Kishida conveyed the Japanese government's decision to double the number of participants.",
			kind: storage.KindCommitment, reason: "a decision of the holder's side"},
		{name: "another's decision told is no undertaking of the holder's reading", author: "Japan",
			text: "Prime Minister Kishida met President Yoon. Prime Minister Kishida conveyed that the decision was welcome.",
			kind: storage.KindPosition},
		{name: "demand that, the verb", author: "EU",
			text: "Joint Statement of the EU and Japan\n\nThe EU and Japan demand that Russia immediately withdraw its forces from the internationally recognised territory of Ukraine.",
			kind: storage.KindDemand},
		{name: "we support at the head of a joint statement's sentence", author: "EU",
			text:    "Joint Statement of the EU and Japan\n\nWe support Ukraine in cooperation with the G7.",
			parties: "European Union+Japan", kind: storage.KindAgreement},
		{name: "resolute in their support and their opposition", author: "EU",
			text: "EU-Japan summit\n\nThe EU and Japan remain resolute in their support for Ukraine and their opposition to Russia's war of aggression.",
			kind: storage.KindObjection},
		{name: "shared their respective assessments is a talk", author: "US",
			text: "Secretary Blinken met Foreign Minister Kamikawa of Japan. They shared their respective assessments on trends in the region.",
			kind: storage.KindAccount},
		{name: "a lead-in with a note in brackets", author: "Japan",
			text:   "On May 7, Prime Minister Kishida held a summit meeting with President Yoon. The summary of the meeting is as follows (the plenary meeting lasted for approximately 65 minutes).",
			reason: "a lead-in"},
		{name: "views exchanged and commitments reaffirmed: the undertaking decides", author: "ASEAN",
			text: "Press Statement by the Chair of the ASEAN Foreign Ministers' Retreat\n\nWe also exchanged views on regional developments and reaffirmed our shared commitments to promoting peace.",
			kind: storage.KindCommitment, reason: "the verb that does more decides"},
		{name: "views exchanged alone are an account", author: "ASEAN",
			text: "Press Statement by the Chair of the ASEAN Foreign Ministers' Retreat\n\nWe also exchanged views on regional developments and on the commitments made last year.",
			kind: storage.KindAccount},
	})
}
