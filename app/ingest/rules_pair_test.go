package ingest

import (
	"testing"

	"parley/storage"
)

// TestPairsTitlesAndQuotes holds the cases of the party and speaker rules
// worked out on the late development readouts of 6 Dec 2026 (UK Prime
// Minister's calls, State Department and White House calls, a European
// Council news item): principals the list of known officials places,
// bare titles joined by "and", "both" and "the two" alone, where
// remarks end, and quotations attributed after them.
func TestPairsTitlesAndQuotes(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "a surname that is a month", author: "UK",
			text:    "Prime Minister Theresa May spoke to President Donald Trump about trade.",
			parties: "United Kingdom", speaker: "Theresa May"},
		{name: "a known official's full name opening the sentence", author: "UK",
			text:    "Theresa May spoke with the German Chancellor about the summit.",
			parties: "United Kingdom", speaker: "Theresa May", reason: "a known official's full name"},
		{name: "a bare name in passing is no speaker", author: "UK",
			text:    "Relations between Theresa May and the Chancellor were discussed.",
			speaker: "-"},
		{name: "the list of known officials places the object of a call: they are the pair", author: "UK",
			text:    "Prime Minister David Cameron called Chancellor Merkel today.\n\nA Number 10 spokesperson said:\n\nOn migration, they agreed that progress had been made.",
			parties: "Germany+United Kingdom", speaker: "-"},
		{name: "both alone before a verb", author: "UK",
			text:    "The Prime Minister spoke to German Chancellor Angela Merkel. Both concluded that more work was needed.",
			parties: "Germany+United Kingdom", speaker: "-"},
		{name: "the two alone before a verb", author: "UK",
			text:    "The Prime Minister spoke to German Chancellor Angela Merkel. The two also discussed the NATO summit.",
			parties: "Germany+United Kingdom", speaker: "-"},
		{name: "an abbreviated title and a bare title", author: "UK",
			text:    "The Prime Minister spoke to German Chancellor Angela Merkel. The PM and Chancellor agreed to stay in contact.",
			parties: "Germany+United Kingdom", speaker: "-", kind: storage.KindAgreement},
		{name: "the author's official and the Chancellor", author: "UK",
			text:    "The Prime Minister spoke to German Chancellor Angela Merkel. The Prime Minister and the Chancellor discussed the migration deal.",
			parties: "Germany+United Kingdom", speaker: "-"},
		{name: "a titled speaker and a bare title after and", author: "US",
			text:    "Secretary of State Antony J. Blinken met Iraqi Prime Minister Mohammed Shiaa al-Sudani in New York. The Secretary and Prime Minister discussed the region.",
			parties: "Iraq+United States", speaker: "-"},
		{name: "the two leaders with no pair yet are the author and the person it met", author: "UK",
			text:    "During the Prime Minister’s meeting with Chancellor Merkel in Berlin, the two leaders held productive talks.",
			parties: "Germany+United Kingdom", speaker: "-"},
		{name: "their talks", author: "UK",
			text:    "During the Prime Minister’s meeting with Chancellor Merkel in Berlin, the two leaders held talks. Their talks began with trade.",
			parties: "Germany+United Kingdom", speaker: "-"},
		{name: "an adverb before the author's official's verb", author: "UK",
			text:    "The Prime Minister met Chancellor Merkel. The Prime Minister also looked forward to welcoming Chancellor Merkel to London.",
			parties: "United Kingdom", speaker: "-"},
		{name: "a modal after both sides goes on with the remarks", author: "China",
			text:    "Foreign Minister Wang Yi held talks with Secretary of State John Kerry. Wang Yi expressed that the coming summit was important. Both sides should join efforts to focus on cooperation and manage differences at the meeting.",
			parties: "China", speaker: "Wang Yi", kind: storage.KindProposal},
		{name: "a verb in the past tense after both sides narrates", author: "US",
			text:    "President Joe Biden spoke with Prime Minister Fumio Kishida of Japan. The President welcomed the visit of the Foreign Minister. The two leaders recommitted to the alliance.",
			parties: "Japan+United States", speaker: "-"},
		{name: "the author's official by title narrates", author: "US",
			text:    "President Joe Biden spoke with Prime Minister Fumio Kishida of Japan. Prime Minister Kishida stressed Japan's support for the region. The President welcomed his remarks.",
			parties: "United States", speaker: "Joe Biden"},
		{name: "the conversation itself is the narrator's", author: "India",
			text:    "Prime Minister Narendra Modi spoke with President Donald Trump. Prime Minister Modi said that the visit had been memorable. The exceptional warmth of the conversation reflected the special ties.",
			parties: "India", speaker: "-"},
		{name: "a noun of meeting does not end the remarks", author: "UK",
			text:    "The Prime Minister spoke to German Chancellor Angela Merkel. The Chancellor said that the meeting would be informal. No decisions would be taken at the meeting.",
			parties: "Germany", speaker: "Angela Merkel"},
		{name: "a quotation attributed after it, with a phrase of time", author: "EU",
			text:    "President Tusk consulted the leaders.\n\n\"The main challenges are clear,\" said President Tusk before his meeting with Swedish Prime Minister Stefan Löfven in Stockholm. \"My ambition is that we can agree on the priorities.\"",
			parties: "European Union", speaker: "Tusk"},
		{name: "a state the gazetteer knows by its king", author: "US",
			text:    "The President invited His Majesty King Abdullah of Jordan to join the call. King Abdullah stressed Jordan's support for Iraq.",
			parties: "Jordan", speaker: "Abdullah"},
		{name: "a Chinese title ending in 委员", author: "China",
			text:    "新华社北京4月16日电 国务委员杨洁篪16日应约同美国国务卿蒂勒森通电话。",
			parties: "China", speaker: "杨洁篪"},
		{name: "a first-person genre after the speaker's name in the heading", author: "EU",
			text:    "High Representative / Vice-President Federica Mogherini - Joint press point with YANG Jiechi, Chinese State Councillor\n\nIt is a pleasure to be here today.",
			parties: "European Union", speaker: "Federica Mogherini"},
	})
}
