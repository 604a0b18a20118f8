package ingest

import "testing"

// TestAsianConventions holds the cases of the rules worked out on the
// Asian governments' readouts of batch late 7 and the development
// readouts of the same publishers: India's bare and abbreviated titles
// ("Prime Minister conveyed …", "PM Modi", "EAM Jaishankar"), a title
// that goes on to its own name after an opening phrase, and a person of
// the speaker's side narrated in the middle of his remarks.
func TestAsianConventions(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "an opening phrase is no apposition of the title after it", author: "India",
			text:    "On the occasion of the New Year, Prime Minister Shri Narendra Modi today had a telephone conversation with Mr. Mahinda Rajapaksa, Prime Minister of Sri Lanka.",
			parties: "India", speaker: "Narendra Modi"},
		{name: "a bare title at the head of the sentence is the official met before", author: "India",
			text:    "Prime Minister Shri Narendra Modi today spoke with Mr. Mahinda Rajapaksa, Prime Minister of Sri Lanka. Prime Minister conveyed his New Year greetings.",
			parties: "India", speaker: "Narendra Modi", reason: "'Prime Minister' refers to Narendra Modi"},
		{name: "a bare title after a participle clause is the subject, not an apposition", author: "India",
			text:    "Prime Minister Shri Narendra Modi today spoke with leaders of the region. Speaking to the Prime Minister of Sri Lanka Mr. Mahinda Rajapaksa, Prime Minister reiterated India's commitment to the partnership.",
			parties: "India", speaker: "Narendra Modi"},
		{name: "the author's office-holder before another's of an unknown country", author: "India",
			text:    "Prime Minister Shri Narendra Modi today spoke with Mr. Lotay Tshering, Prime Minister of Bhutan. In his conversation, the Prime Minister highlighted the achievements of the last year.",
			parties: "India", speaker: "Narendra Modi"},
		{name: "PM before a name is a title", author: "India",
			text:    "PM Narendra Modi held talks with Prime Minister Kishida Fumio of Japan. PM thanked Prime Minister Kishida for the invitation.",
			parties: "India", speaker: "Narendra Modi", reason: "'PM' refers to Narendra Modi"},
		{name: "EAM before an honorific and a name is India's", author: "",
			text:    "EAM Dr. S. Jaishankar met Foreign Minister Hayashi of Japan in New Delhi.",
			parties: "India", speaker: "S. Jaishankar"},
		{name: "a person of the speaker's side narrated sets the remarks aside", author: "China",
			text:    "Wang Yi said that China values its relations with the UK. Chinese President Xi Jinping made a state visit to the UK last year.",
			parties: "China", speaker: "Xi Jinping"},
		{name: "the remarks go on after the aside", author: "China",
			text:    "Wang Yi said that China values its relations with the UK. Chinese President Xi Jinping made a state visit to the UK last year. The two countries are implementing the outcomes of the visit.",
			parties: "China", speaker: "Wang Yi", reason: "continues Wang Yi's remarks"},
		{name: "a name in traditional characters is a known official's", author: "China",
			text:    "王毅會見意大利總統。馬塔雷拉表示，意中都倡導多邊主義。",
			parties: "Italy", speaker: "馬塔雷拉", reason: "a known official of Italy"},
		{name: "a reply opens the other side's remarks", author: "China",
			text:    "王毅表示，中方願同歐方加強溝通。歐洲理事會主席米歇爾（Charles Michel）回應表示，歐方堅信多邊主義。歐中有必要進一步強化對話。",
			parties: "European Union", speaker: "米歇爾", reason: "continues 米歇爾's remarks"},
		{name: "a title after the name, and no verb taken for a name", author: "China",
			text:    "欧盟驻华代表团团长史伟大使邀请王毅出席午餐会。史伟代表欧方表示，欧盟期待同中方加强合作。",
			parties: "European Union", speaker: "史伟"},
		{name: "a title addressed is no subject", author: "United States",
			text:    "Secretary Blinken met State Councilor Yang Jiechi. Thank you, State Councilor.",
			speaker: "-"},
	})
}
