package ingest

import (
	"testing"

	"parley/storage"
)

// TestKindCJKHope holds two readings of 希望 worked out on the late part's
// misses of 8 Dec 2026 (CCTV relayed in Taiwan, Xinhua): 希 standing for
// 希望 before 同/与 and a side is the holder's own step hoped for, as
// 希望同 is; 希望 closing a list (传递信心和希望。) is the noun "hope",
// no one asked. The first three fail without the rules.
func TestKindCJKHope(t *testing.T) {
	const call = "王毅同柬埔寨副首相兼外交大臣布拉索昆通电话。\n\n"
	runRuleCases(t, []ruleCase{
		{name: "希同 a side is the holder's undertaking", author: "China",
			text: call + "布拉索昆表示，柬方希同中方加快推进柬中自贸区建设。",
			kind: storage.KindCommitment, reason: "希同"},
		{name: "希與 a side in traditional characters is the holder's undertaking", author: "China",
			text: call + "赤幾希與中方進一步加強相互支持，充分挖掘合作潛力。",
			kind: storage.KindCommitment, reason: "希与"},
		{name: "希望 closing a list is a noun", author: "China",
			text: "王毅出席二十国集团外长会。\n\n国际社会期待二十国集团凝聚国际共识、促进国际合作，为充满不确定性的世界传递信心和希望。",
			kind: storage.KindPosition},
		{name: "希望 another side still asks it", author: "China",
			text: call + "王毅表示，希望美方尊重中方核心利益。",
			kind: storage.KindDemand},
	})
}
