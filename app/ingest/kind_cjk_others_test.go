package ingest

import (
	"testing"

	"parley/storage"
)

// TestKindCJKOthers holds the Chinese rules worked out on batch "late 22"
// (Chinese-language readouts): whose step a hope is, others in general
// before a modal, two sides joined before a modal, 需要 as a noun, the
// most important of a list, an invitation framing a visit, violations,
// invitations, discussions and decisions, 指 as a verb of saying, "X表示：
// “…”" as reported speech, and 两人 for both principals. Each case names
// the reason, so it fails without the rule.
func TestKindCJKOthers(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "希望同 another side is the holder's undertaking", author: "China",
			text: "王毅同法国外长通电话。\n\n法方希望同中方保持密切沟通，推动双边合作。",
			kind: storage.KindCommitment, reason: "希望同"},
		{name: "希望继续 is the holder's undertaking", author: "China",
			text: "王毅同法国外长通电话。\n\n法国外长表示，法方坚持一个中国政策，希望继续就国际问题与中方加强协调。",
			kind: storage.KindCommitment, reason: "希望继续"},
		{name: "希望 another side stays a demand", author: "China",
			text: "王毅同法国外长通电话。\n\n王毅表示，希望法方为中国企业提供公平的营商环境。",
			kind: storage.KindDemand, reason: "希望"},
		{name: "不反对 objects to nothing", author: "China",
			text: "王毅会见美国国务卿。\n\n国务卿说，美方不反对中国发展，也无意同中国冲突。",
			kind: storage.KindPosition},
		{name: "不会忘记 remembers, it undertakes nothing", author: "China",
			text: "习近平同法国总统通电话。\n\n习近平指出，中国人民不会忘记法国人民的宝贵支持。",
			kind: storage.KindPosition},
		{name: "违背 names a violation", author: "China",
			text: "李强会见美国议员代表团。\n\n李强指出，单边加征关税违背了多边贸易规则。",
			kind: storage.KindObjection, reason: "违背"},
		{name: "将 before a verb of doing undertakes", author: "China",
			text: "王毅会见韩国外长。\n\n王毅表示，中国是半岛的重要邻国，将始终发挥建设性作用。",
			kind: storage.KindCommitment, reason: "将始终"},
		{name: "各方应 asks others in general", author: "China",
			text: "王毅同韩国外长通电话。\n\n王毅表示，半岛局势事关各方利益。各方应加强沟通协调，维护半岛和平稳定。",
			kind: storage.KindDemand, reason: "各方应"},
		{name: "both sides joined before 有必要 propose", author: "Singapore",
			text: "维文与王毅在北京会面。\n\n王毅说，中国或新加坡作为地区的稳定力量，有必要随时加强战略沟通。",
			kind: storage.KindProposal, reason: "in the speaker's mouth"},
		{name: "的需要 is a noun, no step", author: "China",
			text: "李强会见意大利总理。\n\n李强表示，稳定的中意关系符合两国利益，也是两国发展的需要。",
			kind: storage.KindPosition},
		{name: "需要一个过程 takes time, no step", author: "China",
			text: "李强会见美国议员代表团。\n\n李强指出，有些经贸问题由来已久，需要一个过程。",
			kind: storage.KindPosition},
		{name: "其中最重要的是 names an item, no task", author: "South Korea",
			text: "韩国国会议长会见王毅。\n\n王毅表示，此访中双方达成了多项共识，其中最重要的是建立卫生合作机制。",
			kind: storage.KindPosition},
		{name: "应…邀请 frames a visit", author: "China",
			text: "王毅会见欧盟驻华代表团团长。\n\n王毅表示，中欧关系发展势头良好。\n\n2019年3月1日，外交部长王毅应欧盟驻华代表团团长邀请，出席欧盟国家驻华使节工作餐叙。",
			kind: storage.KindAccount},
		{name: "邀请 someone to visit proposes", author: "South Korea",
			text: "赵显同王毅在北京举行会谈。\n\n赵显邀请王毅在会议期间访问韩国。",
			kind: storage.KindProposal, reason: "邀请"},
		{name: "进行了讨论 is a discussion told", author: "China",
			text:    "王毅会见德国外长。\n\n王毅表示，中方愿同德方加强合作。\n\n双方还就乌克兰危机等问题进行了讨论。",
			parties: "China+Germany", kind: storage.KindAccount, reason: "讨论"},
		{name: "双方决定 is an agreement", author: "South Korea",
			text: "赵兑烈同王毅在纽约举行会谈。\n\n双方决定，在今年的多边会议上继续进行高层交流。",
			kind: storage.KindAgreement, reason: "双方决定"},
		{name: "指 before a comma is a verb of saying", author: "China",
			text:    "王毅與德國外長舉行視像會面。\n\n王毅指，中德兩國都應加強戰略溝通，捍衛多邊主義。",
			speaker: "王毅", kind: storage.KindProposal},
		{name: "X表示：“…” reports speech, it labels no turn", author: "South Korea",
			text:    "韩国外交部长朴振和中国外交部长王毅通过视频举行会谈。\n\n朴振表示：“朝鲜今年发射的弹道导弹数量创历史新高，对此深表担忧。”",
			speaker: "朴振", kind: storage.KindConcern, reason: "担忧"},
		{name: "两人 are both principals", author: "South Korea",
			text:    "韩国外交部长朴振和中国外交部长王毅通过视频举行会谈。\n\n关于上月的首脑会谈，两人表示，这是两国关系的重要里程碑。",
			parties: "China+South Korea", speaker: "-"},
	})
}
