package ingest

import (
	"testing"

	"parley/storage"
)

// TestKindClauses holds the kinds of kind_way.go, kind_aside.go,
// kind_cjk_embedded.go, kind_cjk_meeting_told.go and kind_frame.go,
// worked out on batch "late 33" and the late part's misses: a step named
// as the only way or the time for it, an attribution or a participle set
// off by commas inside the sentence, a Chinese verb of saying that is
// what a view welcomes, a Chinese word of meeting that tells no meeting,
// and a judgement that frames what happened. Each case but the controls
// fails without its rule.
func TestKindClauses(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "the only way named in remarks proposes a step", author: "European Union",
			text:   "Remarks by the High Representative after the Foreign Affairs Council\n\nGood afternoon.\n\nWe discussed the situation in Sudan.\n\nThe only way to stop the fighting is to bring both generals back to the table.",
			kind:   storage.KindProposal,
			reason: "names the step to take"},
		{name: "the time for a step proposes it", author: "European Union",
			text:   "Remarks by the President of the European Council after the summit\n\nWe discussed the Western Balkans.\n\nNow is the time to open the next negotiating clusters.",
			kind:   storage.KindProposal,
			reason: "now is the time to"},
		{name: "the only way for another side to act asks it", author: "European Union",
			text:   "Remarks by the High Representative after the Foreign Affairs Council\n\nWe discussed the war in Ukraine.\n\nThe only way to peace is for Russia to withdraw its troops.",
			kind:   storage.KindDemand,
			reason: "names another side's step"},
		{name: "control: a step reported after a verb of saying stays a view", author: "United Kingdom",
			text: "PM call with Chancellor Scholz\n\nThe Prime Minister spoke to Chancellor Scholz this afternoon.\n\nHe said the only answer that would work for both sides is to keep talking.",
			kind: storage.KindPosition},
		{name: "what follows an attribution between commas decides", author: "China",
			text:   "BEIJING, March 4 (Xinhua) -- Chinese Foreign Minister Wang Yi held talks with Brazilian Foreign Minister Mauro Vieira on Tuesday.\n\nThis year, Vieira said, Brazil is ready to deepen cooperation with China in agriculture.",
			kind:   storage.KindCommitment,
			reason: "said … ready"},
		{name: "control: a participle after the attribution goes on with the view", author: "China",
			text: "BEIJING, March 4 (Xinhua) -- Chinese Foreign Minister Wang Yi held talks with Brazilian Foreign Minister Mauro Vieira on Tuesday.\n\nChina values its partnership with Brazil, Wang said, adding that China will keep supporting Brazil's presidency.",
			kind: storage.KindPosition},
		{name: "the verb after a participle set off by commas decides", author: "South Korea",
			text:   "Foreign Minister Meets with the Australian Foreign Minister\n\nForeign Minister Park met Australian Foreign Minister Wong on May 2.\n\nMinister Wong, noting the progress made in defence cooperation, proposed that the two countries hold the next 2+2 meeting in Canberra.",
			kind:   storage.KindProposal,
			reason: "the verb after the aside decides"},
		{name: "another side's words welcomed open no second speaker", author: "China",
			text:   "王毅会见巴西外长维埃拉\n\n王毅表示，中方赞赏巴方重申坚持一个中国原则，愿同巴方加强各领域交流合作。",
			kind:   storage.KindCommitment,
			reason: "愿同"},
		{name: "control: a second speaker's words after a comma are not the first's", author: "China",
			text: "王毅会见巴西外长维埃拉\n\n王毅表示，中方阐述了原则立场，巴方表示愿同中方加强合作。",
			kind: storage.KindPosition},
		{name: "a meeting in what was said gives way to the undertaking after it", author: "China",
			text:   "王毅会见巴西外长维埃拉\n\n有线新闻报道，外长王毅在北京与巴西外长维埃拉会面。\n\n王毅称国家主席习近平早前与巴西总统卢拉在北京会晤，为两国关系作出战略部署，中方愿同巴方加强协作。",
			kind:   storage.KindCommitment,
			reason: "the meeting is in what was said"},
		{name: "a meeting judged a success is a view", author: "China",
			text:   "李肇星出席欧盟驻华使节工作晚餐\n\n11月21日，李肇星外长出席欧盟驻华使节工作晚餐。\n\n第九次中欧领导人会晤取得圆满成功，为中欧合作指明了方向。",
			kind:   storage.KindPosition,
			reason: "judged"},
		{name: "an agreement signed, before 的, tells no meeting", author: "China",
			text:   "崔世安会见佛得角代表团\n\n崔世安表示，澳门与佛得角合作基础稳固。\n\n双方此前签署的协议将会延续下去，澳门将在力所能及情况下提供协助，致力加强双边关系。",
			kind:   storage.KindCommitment,
			reason: "names a thing"},
		{name: "a meeting framed by a judgement is a view", author: "Australia",
			text:   "Remarks by Foreign Minister Wong before her meeting with Foreign Minister Wang\n\nThank you, Minister.\n\nIt is important that we meet today after the talks in New York.",
			kind:   storage.KindPosition,
			reason: "judges what it frames"},
		{name: "a judgement after an opening clause frames the rest", author: "South Korea",
			text:   "Briefing by the Ministry of Unification spokesperson\n\nThe two leaders met in Panmunjom on Sunday.\n\nAs the two sides have resumed their meetings, it is significant that they were able to meet again.",
			kind:   storage.KindPosition,
			reason: "judges what it frames"},
		{name: "a meeting framed by a worry is a concern", author: "South Korea",
			text:   "Opening remarks by the Minister of Foreign Affairs at a meeting with foreign correspondents\n\nGood afternoon.\n\nIt is deeply regrettable that our meeting is taking place under these circumstances.",
			kind:   storage.KindConcern,
			reason: "voices a worry"},
		{name: "control: pleasure at a meeting told in the past stays an account", author: "European Union",
			text: "Statement by President Michel after his call with President Lula\n\nIt was a pleasure to speak with President Lula today.",
			kind: storage.KindAccount},
		{name: "control: a meeting told by the narrator stays an account", author: "China",
			text: "外交部消息\n\n据巴西外交部称，中国外长王毅同巴西外长维埃拉在北京举行会谈。",
			kind: storage.KindAccount},
	})
}
