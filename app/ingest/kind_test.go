package ingest

import (
	"testing"

	"parley/storage"
)

// TestKindGoverning holds the rules of which cue decides the kind when a
// sentence has several, worked out on the development part.
func TestKindGoverning(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "after 表示 what was said decides: 愿 is a commitment", author: "China",
			text: "王毅表示，中欧都倡导多边主义，我们愿同欧盟一道，推进世界多极化。",
			kind: storage.KindCommitment, reason: "表示 … 愿"},
		{name: "after 表示 a modal before the strong cue proposes", author: "China",
			text: "王毅表示，中欧应携手合作，共同反对保护主义。", kind: storage.KindProposal},
		{name: "说 before a comma reports speech", author: "China",
			text: "王毅说，中欧作为两大力量，应保持经常性战略沟通。", parties: "China", speaker: "王毅", kind: storage.KindProposal},
		{name: "核心关切 is a noun, 要 a modal", author: "China",
			text: "王毅说，世界局势变乱加剧。双方要尊重彼此核心关切，筹备好新一次中欧领导人会晤。",
			kind: storage.KindProposal},
		{name: "应约 is no modal", author: "China",
			text: "外交部长王毅应约会见欧盟外交与安全政策高级代表博雷利。", kind: storage.KindAccount},
		{name: "应对 is no modal", author: "China",
			text: "博雷利表示，欧方愿与中方深化务实合作，共同应对挑战。", kind: storage.KindCommitment},
		{name: "a modal governs the cue after it", author: "China",
			text: "The two sides should remain committed to a comprehensive strategic partnership, Li said.",
			kind: storage.KindProposal},
		{name: "we had a discussion is both sides' account", author: "EU",
			text:    "High Representative Catherine Ashton met Foreign Minister Zarif of Iran. We had a good and constructive discussion.",
			parties: "European Union+Iran", speaker: "-", kind: storage.KindAccount},
		{name: "a verb of meeting in remarks is an account", author: "EU",
			text: "Remarks by High Representative Federica Mogherini\n\nThe Chinese side hosted us last year. So today we took the opportunity to prepare the summit.",
			kind: storage.KindAccount},
		{name: "the person addressed is not the subject", author: "EU",
			text:    "Remarks by High Representative Federica Mogherini\n\nJohn, thank you for your visit here.",
			parties: "European Union", speaker: "Federica Mogherini", kind: storage.KindPosition},
		{name: "both sides confirming what they will do agree", author: "Japan",
			text: "Prime Minister Kishida met President Biden of the United States. The two leaders confirmed that they will continue close coordination.",
			kind: storage.KindAgreement, reason: "both sides 'confirmed"},
		{name: "discussed and welcomed is an agreement", author: "EU",
			text: "High Representative Kaja Kallas met Foreign Minister Wang Yi of China. They discussed the Middle East and welcomed the de-escalation.",
			kind: storage.KindAgreement},
		{name: "will inside a clause of how is no undertaking", author: "EU",
			text: "This was the first meeting in order to establish how we will work together.",
			kind: storage.KindAccount},
		{name: "will foreseeing is no undertaking", author: "China",
			text: "The next year will be a milestone and the relations will witness major exchanges.",
			kind: storage.KindAccount},
		{name: "conveyed his intention is a commitment", author: "Japan",
			text: "Prime Minister Kishida conveyed his intention to continue working together.",
			kind: storage.KindCommitment},
	})
}
