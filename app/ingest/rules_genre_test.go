package ingest

import (
	"testing"

	"parley/storage"
)

// Genres that did poorly on unseen readouts (development batch late 9):
// remarks titled with the speaker's name in the possessive, transcript
// labels of known officials, a counterpart named in the heading.
func TestGenreVoices(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "a possessive heading names the speaker", author: "Russia",
			text:    "Foreign Minister Sergey Lavrov’s opening remarks during talks with Foreign Minister of Egypt Sameh Shoukry, Moscow, March 2023\n\nWe are glad to see you in Moscow. Our relations are developing steadily.",
			parties: "Russia", speaker: "Sergey Lavrov", kind: storage.KindPosition, reason: "remarks of Sergey Lavrov, named in the heading"},
		{name: "a known official's possessive name needs no title", author: "Russia",
			text:    "Sergey Lavrov's remarks and answers to media questions following talks with Foreign Minister Hakan Fidan\n\nGood afternoon. Our countries are close partners.",
			speaker: "Sergey Lavrov", reason: "named in the heading"},
		{name: "an office in the possessive names no one", author: "ASEAN",
			text:    "Chairman's Statement of the 35th ASEAN Summit\n\nWe reiterated the importance of continuity in ASEAN.",
			parties: "ASEAN", speaker: "-"},
		{name: "a labelled known official speaks for his side, not the author's", author: "United States",
			text:    "Blinken, Kamikawa Prep for US-Japan Foreign Ministers Meeting\n\nFOREIGN MINISTER KAMIKAWA: Secretary Blinken, today I am very pleased to see you.",
			parties: "Japan", speaker: "Kamikawa", kind: storage.KindPosition, reason: "a known official of Japan"},
		{name: "after the guest, the host's own label", author: "United States",
			text:    "FOREIGN MINISTER KAMIKAWA: Secretary Blinken, today I am very pleased to see you.\n\nSECRETARY BLINKEN: It's wonderful to see you so soon after our phone call.",
			parties: "United States", speaker: "Blinken"},
		{name: "a known official's label with a misspelt title", author: "Australia",
			text:    "Penny Wong, Foreign Minster: Thanks very much for coming. India is a leading power in the region.",
			parties: "Australia", speaker: "Penny Wong", reason: "labelled 'Penny Wong, Foreign Minster'"},
		{name: "the heading's counterpart, not a person named in passing, is the other side", author: "United States",
			text:    "Secretary Antony J. Blinken and Thai Deputy Prime Minister and Foreign Minister Don Pramudwinai Before Their Meeting\n\nSECRETARY BLINKEN: Thank you for the moment of silence that you offered to former Prime Minister Abe. We’ll talk about that, all the work done through ASEAN, and our own partnership.",
			parties: "Thailand+United States", speaker: "-", kind: storage.KindAccount},
		{name: "the counterpart after 'talks with' in a possessive heading", author: "Russia",
			text:    "Sergey Lavrov's opening remarks during talks with the Minister of Foreign Affairs of the Democratic People's Republic of Korea Choi Song-hee (Moscow, January 16, 2024)\n\nI am glad to welcome you. Today we will discuss in detail topical issues on the bilateral agenda.",
			parties: "North Korea+Russia", speaker: "-"},
		{name: "we had talks, in remarks with a counterpart", author: "United States",
			text:    "Blinken Meets South Korean Foreign Minister Cho\n\nSECRETARY BLINKEN: Well, good afternoon again, everyone. We had very productive 2+2 discussions this morning.",
			parties: "South Korea+United States", speaker: "-", kind: storage.KindAccount, reason: "'We had … talks'"},
		{name: "we address together, in remarks with a counterpart", author: "United States",
			text:    "Blinken Meets South Korean Foreign Minister Cho\n\nSECRETARY BLINKEN: Good afternoon. We're going to address together now that broader agenda.",
			parties: "South Korea+United States", speaker: "-", kind: storage.KindAccount},
		{name: "we had talks at a press conference at home is the speaker's", author: "Australia",
			text:    "Press conference, Canberra\n\nPenny Wong, Foreign Minister: Thanks for coming. We had very good discussions in Cabinet today.",
			parties: "Australia", speaker: "Penny Wong"},
	})
}
