package ingest

import (
	"testing"

	"parley/storage"
)

// TestWhichSide holds the rules of which side a sentence belongs to,
// worked out on batch "late 31" (summit summaries and releases of 7 Dec
// 2026): a chair's release speaks for the group, the parties a plural
// title lists are all who met, the guest a host received is no subject,
// what a meeting took up and a signing are both sides', and a Chinese
// phrase of "regarding" or a meeting a party names is no subject.
func TestWhichSide(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "a chair's press release: the Ministers are the group", author: "ASEAN",
			text:    "Press Release by the Chairman of the ASEAN Foreign Ministers' Retreat\n\nI chaired the ASEAN Foreign Ministers' Retreat today. The Retreat is the first gathering of the ASEAN Foreign Ministers under the Philippines' ASEAN Chairmanship in 2017. The Ministers exchanged views on regional and international issues.",
			parties: "ASEAN", speaker: "-", kind: storage.KindAccount},
		{name: "the states a plural title lists are all who met", author: "India",
			text:    "Joint Statement of the First meeting of the Foreign Ministers\n\nForeign Ministers of the Islamic Republic of Afghanistan, the Republic of India, the Republic of Kazakhstan, the Kyrgyz Republic, the Republic of Tajikistan, Turkmenistan and the Republic of Uzbekistan participated in the meeting. All Sides condemned terrorism in all its forms and manifestations.",
			parties: "Afghanistan+India+Kazakhstan+Kyrgyzstan+Tajikistan+Turkmenistan+Uzbekistan", speaker: "-", kind: storage.KindObjection},
		{name: "the list opens the sentence: all the states it names", author: "India",
			text:    "Foreign Ministers of the Republic of India, the Republic of Kazakhstan and the Kyrgyz Republic participated in the meeting.",
			parties: "India+Kazakhstan+Kyrgyzstan", reason: "the 3 states a plural title lists"},
		{name: "a list after 'released by' is the publisher's note", author: "US",
			text:    "The text of the following statement was released by the Secretary and Foreign Ministers of the United States of America, Australia, and Japan.",
			parties: "United States"},
		{name: "the guest a host received is no subject", author: "Switzerland",
			text:    "On 21 January 2010, the Head of the Swiss Federal Department of Foreign Affairs, Federal Councillor Micheline Calmy-Rey, received the Croatian Foreign Minister, Gordan Jandroković, for a working visit.",
			parties: "Switzerland", speaker: "-", reason: "the guest after 'received' is no subject"},
		{name: "treaties signed in the passive are both sides'", author: "Switzerland",
			text:    "Federal Councillor Micheline Calmy-Rey received the Croatian Foreign Minister, Gordan Jandroković, for a working visit. In addition, two treaties were signed.",
			parties: "Croatia+Switzerland", speaker: "-", reason: "a signing takes both sides"},
		{name: "a signing ceremony and a joint press conference held are both sides'", author: "Japan",
			text:    "On May 3, Mr. KISHIDA Fumio, Prime Minister of Japan, held a meeting with H.E. Mr. Luiz Inacio Lula da Silva, President of the Federative Republic of Brazil. A signing ceremony of memorandums of understanding (MOUs) and a joint press conference were held afterwards.",
			parties: "Brazil+Japan", speaker: "-", reason: "an event of both sides"},
		{name: "a dinner hosted by one side stays that side's", author: "Japan",
			text:    "On May 3, Mr. KISHIDA Fumio, Prime Minister of Japan, held a meeting with H.E. Mr. Luiz Inacio Lula da Silva, President of the Federative Republic of Brazil. After that, a joint dinner hosted by Prime Minister Kishida was held.",
			parties: "Japan"},
		{name: "the agenda of the meeting past an opening phrase", author: "Switzerland",
			text:    "On Tuesday, Federal Councillor Micheline Calmy-Rey met the Foreign Minister of Singapore, George Yeo, in Bern for talks. In addition to a discussion on bilateral relations, the agenda of the meeting included international issues such as co-operation within the United Nations.",
			parties: "Singapore+Switzerland", speaker: "-", reason: "'the agenda' is the meeting of both sides"},
		{name: "the authorities during the meeting are those who met", author: "Chile",
			text:    "Foreign Minister Roberto Ampuero received the United Kingdom Secretary of State for Foreign Affairs, Boris Johnson, in an audience today. During the meeting, the authorities highlighted the excellent state of the bilateral relationship.",
			parties: "Chile+United Kingdom", speaker: "-", reason: "'the authorities' during the meeting are those who met"},
		{name: "a Chinese phrase of regarding is no subject", author: "Japan",
			text:    "石破首相与李强总理举行了会谈。对于东海局势和中国军队活动频发的情况，石破首相再次表达了严重关切。",
			parties: "Japan", kind: storage.KindConcern, reason: "after the phrase of 'regarding'"},
		{name: "a party that names a meeting in Chinese is no subject", author: "Japan",
			text:    "当地时间10月10日，正在老挝出席东盟系列领导人会议的石破茂首相与李强总理举行了会谈。",
			parties: "Japan"},
		{name: "a parliament's speaker is no meeting", author: "South Korea",
			text:    "南韩国会议长朴炳锡27日在国会大楼接见正在南韩访问的中国国务委员兼外交部长王毅。",
			parties: "South Korea"},
		{name: "the office after a courtesy-titled name gives the guest's country", author: "Japan",
			text:    "On August 20, Mr. IWAYA Takeshi, Minister for Foreign Affairs, held a meeting with H.E. Ambassador Yusuf Maitama TUGGAR, Minister of Foreign Affairs of Federal Republic of Nigeria, who is visiting Japan. In response, Minister Tuggar expressed his gratitude for Japan's support.",
			parties: "Nigeria", reason: "party: Nigeria (the speaker's)"},
		{name: "the desire to act, named after a view, undertakes", author: "Japan",
			text:    "Prime Minister Abe held a meeting with President Museveni of Uganda. In response, President Museveni expressed gratitude for Japanese ODA to date, and expressed the desire to promote a sustainable business relationship with Japan.",
			parties: "Uganda", kind: storage.KindCommitment, reason: "the subject's own undertaking, named"},
		{name: "the intent announced undertakes", author: "Japan",
			text:    "Prime Minister Abe held a meeting with President Museveni of Uganda. Furthermore, he announced the intent to provide Loan Aid up to the amount of approximately 13.6 billion yen.",
			parties: "Japan", kind: storage.KindCommitment},
		{name: "a second object sharing the first's possessive keeps the first's kind", author: "US",
			text: "President Joseph R. Biden, Jr. spoke today with Chancellor Olaf Scholz of Germany. President Biden reaffirmed his support for robust U.S.-German relations and desire to further strengthen transatlantic cooperation.",
			kind: storage.KindPosition},
	})
}
