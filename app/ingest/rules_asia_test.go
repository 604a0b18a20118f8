package ingest

import (
	"testing"

	"parley/storage"
)

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
		{name: "a known official of another side ends the remarks without a verb of saying", author: "China",
			text:    "王毅說，高層交往對中日關係發展具有重要意義。\n\n魯比奧就指，美方願同中方坦誠溝通，妥善處理分歧。",
			parties: "United States", speaker: "魯比奧"},
		{name: "the person quoted holds what the side quoting him relays", author: "China",
			text:    "王毅表示，高層交往對中日關係發展具有重要意義。\n\n中方引述茂木敏充表示，日方從來無意同中方脫鉤斷鏈。",
			parties: "Japan", speaker: "茂木敏充"},
		{name: "a Chinese title alone is the person of that title named before", author: "China",
			text:    "国务院总理李强在北京会见德国总理朔尔茨。总理表示，中方愿同德方加强合作。",
			parties: "China", speaker: "李强", reason: "'总理' refers to 李强"},
		{name: "a title addressed is no subject", author: "United States",
			text:    "Secretary Blinken met State Councilor Yang Jiechi. Thank you, State Councilor.",
			speaker: "-"},
	})
}

// TestAsianKinds holds the kind rules worked out on the same readouts.
func TestAsianKinds(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "both sides decided", author: "South Korea",
			text: "Minister Park Jin spoke with Foreign Minister Wang Yi of China. The two Foreign Ministers decided to hold close consultations for mutual visits.",
			kind: storage.KindAgreement, reason: "both sides 'decided'"},
		{name: "an invitation extended is a proposal", author: "India",
			text: "Prime Minister Modi spoke with President Trump of the United States. In this context, he extended an invitation to Prime Minister Modi to attend the next G-7 Summit.",
			kind: storage.KindProposal},
		{name: "encouraged after a copula is a feeling", author: "Japan",
			text: "Prime Minister Kishida stated that he was encouraged that the meeting had sent a strong message.",
			kind: storage.KindPosition},
		{name: "a call received is no call for anything", author: "India",
			text: "The Prime Minister, Shri Narendra Modi, received a call from President Trump. In a post on X, Shri Modi said; “Received a call from President Trump and had a useful exchange of views. India supports de-escalation.”",
			kind: storage.KindPosition},
		{name: "不愿意 is no undertaking", author: "China",
			text: "王毅表示，乌克兰局势发展到今天这个地步，是中方不愿意看到的。",
			kind: storage.KindPosition},
		{name: "a country before 问题 is the matter, not who must act", author: "China",
			text: "王毅表示，中方始终根据是非曲直决定立场。乌克兰问题错综复杂，既要聚焦当下危机的解决，也要着眼地区长治久安。",
			kind: storage.KindProposal},
		{name: "a second clause of what was said undertakes", author: "Japan",
			text: "Mr. ISHIBA Shigeru, Prime Minister of Japan, held a meeting with Mr. Narendra Modi, Prime Minister of India. In response, Prime Minister Ishiba stated that Japan-India relations have developed tremendously, and that he would like to further develop Japan-India relations.",
			kind: storage.KindCommitment, reason: "and that"},
		{name: "what the speaker's side undertakes with another is no other side's undertaking", author: "Japan",
			text: "Press Conference by Prime Minister KISHIDA Fumio\n\nPRIME MINISTER KISHIDA: I held a summit meeting with President Biden. We confirmed that Japan and the United States will further strengthen the alliance.",
			kind: storage.KindCommitment},
		{name: "both sides exchanged views and believed", author: "China",
			text:    "On August 3, 2018, Foreign Minister Wang Yi met with Foreign Minister Kang Kyung-wha of the Republic of Korea. Both sides exchanged views on the situation of the Korean Peninsula, and believed that the situation should be cherished.",
			parties: "China+South Korea", kind: storage.KindAgreement},
		{name: "looking forward to a forthcoming visit welcomes it", author: "India",
			text: "Prime Minister Shri Narendra Modi spoke with the King of Bhutan. Prime Minister also mentioned that he was looking forward to forthcoming visit of the King to India.",
			kind: storage.KindPosition},
		{name: "a date after the name, month and day", author: "China",
			text:    "中國國務委員兼外長王毅12月17日於布魯塞爾，與歐洲理事會主席米歇爾會面。",
			parties: "China", speaker: "王毅"},
		{name: "通报 presents a position", author: "China",
			text:    "王毅同美国国务卿布林肯通电话。布林肯通報了美方对当前乌克兰局势的看法和立场。",
			parties: "United States", kind: storage.KindPosition},
	})
}
