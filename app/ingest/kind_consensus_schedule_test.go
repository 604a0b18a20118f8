package ingest

import (
	"testing"

	"parley/storage"
)

// TestKindConsensusAndSchedule holds the kind rules worked out on batch
// "late 39" (8 Dec 2026) and the late part's misses of the same shapes:
// the leaders' meeting and the consensus it reached, told in Chinese
// (kind_cjk_consensus.go), and the cases it leaves alone; 务必 as a
// modal; a meeting a named official will hold, his name hyphenated
// ("Kang Kyung-wha will meet"); "will exchange views" as the plan of a
// meeting; and what both sides hold after they met (kind_joint_held.go).
// Each case names the reason, so it fails without the rule.
func TestKindConsensusAndSchedule(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "a speaker recalls the leaders' call and its consensus: told", author: "China",
			text:    "王毅同法國外長通電話。\n\n王毅表示,習近平主席同馬克龍總統最近舉行通話,就中法加強戰略協作達成重要共識。",
			speaker: "王毅", kind: storage.KindAccount, reason: "达成 … 共识"},
		{name: "the leaders' meeting and its consensus, in remarks that run on", author: "China",
			text: "李强同意大利总理会谈。\n\n李强表示，中方高度重视中意关系。去年11月，习近平主席同总理女士在印尼巴厘岛举行会晤，就中意加强团结合作达成重要共识。",
			kind: storage.KindAccount, reason: "会晤 … 达成 … 共识"},
		{name: "the consensus named as a thing is no meeting told", author: "China",
			text: "王毅同美国国务卿通电话。\n\n王毅表示，两国元首会晤达成的共识为中美关系指明了方向。",
			kind: storage.KindPosition},
		{name: "talks as the means of a consensus are no leaders' meeting told", author: "China",
			text: "王毅同美国国务卿通电话。\n\n王毅表示，通过吉隆坡经贸会谈，双方澄清了立场，就经贸问题达成框架共识。",
			kind: storage.KindPosition},
		{name: "务必 of another side asks it", author: "China",
			text: "王毅同美国国务卿通电话。\n\n王毅表示，在台湾等涉及中方核心利益的问题上，美方务必谨言慎行。",
			kind: storage.KindDemand, reason: "务必"},
		{name: "a meeting a named official will hold, his name hyphenated", author: "South Korea",
			text: "Foreign Minister Kang Kyung-wha met Secretary of State Pompeo.\n\nVice Foreign Minister Lim Sung-nam will meet with former US Ambassador Alexander Vershbow on April 25.",
			kind: storage.KindCommitment, reason: "from 'will'"},
		{name: "will exchange views tells what the meeting will cover", author: "South Korea",
			text: "Foreign Minister Kang Kyung-wha met Secretary of State Pompeo.\n\nIn the meetings, Vice Minister Lim will exchange views on the current situation on the Korean Peninsula.",
			kind: storage.KindAccount, reason: "will exchange"},
		{name: "both sides met, then a participle of assent: their agreement", author: "Japan",
			text:    "Japan-EU Foreign Ministers' Meeting\n\nBoth sides exchanged views on regional and international affairs, reaffirming their shared understanding that the security of Euro-Atlantic and Indo-Pacific is inseparable.",
			parties: "European Union+Japan", kind: storage.KindAgreement, reason: "exchanged … reaffirming"},
		{name: "both sides discussed, then a second verb of holding: their agreement", author: "United Kingdom",
			text: "PM call with Prime Minister Meloni\n\nThe Prime Minister spoke to Prime Minister Meloni today. The leaders discussed the latest situation in Gaza and underlined that the priority must now be to support the peace deal.",
			kind: storage.KindAgreement, reason: "discussed … underlined"},
		{name: "a participle of stressing after a meeting is left to the meeting", author: "United Kingdom",
			text: "PM call with the Amir of Qatar\n\nThe Prime Minister spoke to the Amir of Qatar today. They discussed deepening defence collaboration, highlighting the importance of the strategic partnership.",
			kind: storage.KindAccount},
	})
}
