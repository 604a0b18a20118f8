package ingest

import (
	"testing"

	"parley/storage"
)

// TestKindCJKConcernNamesJoint holds the Chinese kind rules worked out on
// batch "late 35" (Chinese-language readouts of Chinese ministers' meetings and
// calls): 表示关注 as a worry, 合作倡议 as a name, and both sides' words
// at the head of a sentence as their agreement. Each case names the
// reason or a kind the sentence had without the rule, so it fails without
// it.
func TestKindCJKConcernNamesJoint(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "表示关注 expresses concern", author: "China",
			text: "王毅与欧盟高级代表通电话。\n\n博雷利对香港最新局势表示关注，重申欧盟的立场。",
			kind: storage.KindConcern, reason: "表示关注"},
		{name: "表示關注 in traditional characters", author: "China",
			text: "王毅與歐盟高級代表通電話。\n\n博雷利對香港最新局勢表示關注，重申歐盟的立場。",
			kind: storage.KindConcern, reason: "表示关注"},
		{name: "密切关注 stays a view", author: "China",
			text: "王毅同美国国务卿通电话。\n\n布林肯表示美方密切关注中共二十大和大会报告。",
			kind: storage.KindPosition},
		{name: "合作倡议 names initiatives, it proposes nothing", author: "China",
			text: "王毅会见洪都拉斯外长雷纳。\n\n雷纳表示，拉方为习近平主席在开幕式讲话中提出的重要合作倡议深感振奋。",
			kind: storage.KindPosition},
		{name: "双方一致表示 with an undertaking is their agreement", author: "China",
			text:    "王毅同俄罗斯外长拉夫罗夫通电话。\n\n双方一致表示，将积极落实两国元首关于发展中俄关系的共识。",
			parties: "China+Russia", kind: storage.KindAgreement, reason: "what both sides said together"},
		{name: "双方强调 with a view and an undertaking is their agreement", author: "China",
			text:    "王毅同俄罗斯外长拉夫罗夫通电话。\n\n双方强调，中俄之间有着牢固的战略互信，将一如既往加强在国际和地区事务中的战略协作。",
			parties: "China+Russia", kind: storage.KindAgreement, reason: "what both sides said together"},
		{name: "双方就…交换了意见 stays an account", author: "China",
			text:    "王毅同俄罗斯外长拉夫罗夫通电话。\n\n双方就双边关系以及共同关心的国际地区问题进行了战略沟通。",
			parties: "China+Russia", kind: storage.KindAccount},
	})
}
