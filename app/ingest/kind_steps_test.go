package ingest

import (
	"testing"

	"parley/storage"
)

// TestKindSteps holds the kinds of kind_steps.go, worked out on batch
// "late 19" (7 Dec 2026): steps named without a modal, calls for a joint
// step, pushing others or for a step, a recall told, a concern as the
// subject. Each case names the reason, so it fails without the rule.
func TestKindSteps(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "the most important task for both sides proposes a step", author: "China",
			text: "Wang Yi spoke with Annalena Baerbock on the phone.\n\nWang Yi said, the most important task for China and Germany now is to implement the consensus of the two leaders.",
			kind: storage.KindProposal, reason: "names the step to take"},
		{name: "a priority held is a view", author: "European Union",
			text: "Remarks by President Charles Michel after the summit\n\nThe European Union's first priority is to end the war.",
			kind: storage.KindPosition},
		{name: "最重要的就是 proposes a step", author: "China",
			text: "王毅同德国外长贝尔伯克通电话。\n\n王毅说，当前推进中德关系最重要的就是落实好两国领导人达成的共识。",
			kind: storage.KindProposal, reason: "最重要的就是"},
		{name: "a call for coordination with the other side proposes a joint step", author: "South Korea",
			text: "Foreign Minister Cho Tae-yul spoke by phone with Australian Foreign Minister Penny Wong.\n\nWong, in response, called for close coordination with South Korea to advance the partnership.",
			kind: storage.KindProposal, reason: "a step of both sides"},
		{name: "a call on others stays a demand", author: "South Korea",
			text: "Foreign Minister Cho Tae-yul spoke by phone with Australian Foreign Minister Penny Wong.\n\nWong called for an immediate ceasefire in Gaza.",
			kind: storage.KindDemand},
		{name: "pushing others to act asks them", author: "United Kingdom",
			text: "PM call with President Ruto of Kenya\n\nThe Prime Minister spoke to President Ruto this morning.\n\nReflecting on the fighting in Sudan, he said that the UK is pushing all parties to agree a ceasefire.",
			kind: storage.KindDemand, reason: "pushing all parties to agree"},
		{name: "pushing for a step proposes it", author: "European Union",
			text: "Press remarks by High Representative Kaja Kallas upon arrival\n\nWe must keep up the pressure. That is why we are pushing for a new package of sanctions.",
			kind: storage.KindProposal, reason: "pushing for"},
		{name: "an envoy recalled is a deed told", author: "South Africa",
			text: "Media statement\n\nThe Department has acted on the findings. The Ambassador has been recalled from Lisbon to Pretoria for consultations.",
			kind: storage.KindAccount, reason: "been recalled"},
		{name: "the concerns as the subject are a worry", author: "European Union",
			text: "Press remarks by High Representative Kaja Kallas upon arrival\n\nWe are discussing the Middle East. Also, the concerns of an escalation in the region are huge.",
			kind: storage.KindConcern, reason: "the concerns"},
		{name: "an expectation of what others do asks it", author: "European Union",
			text: "Press remarks by High Representative Kaja Kallas after the meeting\n\nWe expect that the decision to leave the organisation will be reconsidered.",
			kind: storage.KindDemand, reason: "expect that"},
		{name: "an expectation hedged with would foresees", author: "Japan",
			text: "Press Conference by the Chief Cabinet Secretary\n\nI would expect that the Deputy Chief Cabinet Secretary is explaining the details in his briefing.",
			kind: storage.KindPosition},
		{name: "attaching importance states a view", author: "China",
			text: "Chinese President Xi Jinping and US President Donald Trump spoke over the phone.\n\nXi said he is glad to talk with Trump. He also attaches great importance to the relationship with Trump.",
			kind: storage.KindPosition, reason: "attaches great importance"},
		{name: "祝贺 states a view", author: "China",
			text: "王毅同德国外长贝尔伯克通电话。\n\n贝尔伯克首先祝贺中方成功举办博览会。",
			kind: storage.KindPosition, reason: "祝贺"},
		{name: "informing someone of an outcome is a briefing told", author: "South Korea",
			text: "Minister Park Jin spoke with Secretary Blinken on the phone.\n\nMinister Park informed Secretary Blinken of the outcome of the recent talks with China.",
			kind: storage.KindAccount, reason: "a briefing told"},
		{name: "sharing developments with someone is a briefing told", author: "South Korea",
			text: "Minister Park Jin spoke with Secretary Blinken on the phone.\n\nThe Secretary shared with the Minister the recent developments in the negotiations.",
			kind: storage.KindAccount, reason: "a briefing told"},
		{name: "informing someone that something holds is said", author: "South Korea",
			text: "Minister Park Jin spoke with Secretary Blinken on the phone.\n\nMinister Park informed Secretary Blinken that relations with China are stable.",
			kind: storage.KindPosition},
		{name: "a decision after the meeting told is their agreement", author: "United States",
			text: "President Biden spoke with President Macron of France.\n\nThe two leaders discussed the situation in the Sahel and resolved to continue their consultations.",
			kind: storage.KindAgreement, reason: "after the meeting told"},
		{name: "agreeing after a call made is an agreement", author: "South Korea",
			text: "President Yoon Suk Yeol made a phone call to U.S. President Joe Biden and agreed to hold a summit in the near future.",
			kind: storage.KindAgreement, reason: "and agreed to"},
	})
}
