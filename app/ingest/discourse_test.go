package ingest

import (
	"testing"

	"parley/storage"
)

// The discourse model: sentences are read with what came before them.
func TestDiscourse(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "remarks go on without a verb", author: "China",
			text:    "Foreign Minister Wang Yi held talks with EU High Representative Josep Borrell. Wang Yi said that China and the EU are partners. Relations between the two sides are at a crossroads.",
			parties: "China", speaker: "Wang Yi", kind: storage.KindPosition, reason: "continues Wang Yi's remarks begun in sentence 2"},
		{name: "both sides should in a speaker's mouth is a proposal", author: "China",
			text:    "Foreign Minister Wang Yi held talks with EU High Representative Josep Borrell. Wang Yi said that China and the EU are partners. The two sides should strengthen dialogue.",
			parties: "China", speaker: "Wang Yi", kind: storage.KindProposal, reason: "in the speaker's mouth"},
		{name: "the other side should is a demand", author: "China",
			text:    "Foreign Minister Wang Yi spoke with U.S. Secretary of State Marco Rubio. Wang Yi emphasized that the Taiwan question concerns China's sovereignty. The U.S. side should honor its commitments.",
			parties: "China", speaker: "Wang Yi", kind: storage.KindDemand},
		{name: "the speaker's own side goes on with him", author: "China",
			text:    "Foreign Minister Wang Yi met Josep Borrell, the EU High Representative. Wang Yi said that the two sides are partners. China firmly opposes interference in its internal affairs.",
			parties: "China", speaker: "Wang Yi", kind: storage.KindObjection},
		{name: "narration closes the remarks", author: "China",
			text:    "Foreign Minister Wang Yi held talks with EU High Representative Josep Borrell. Wang Yi said that China and the EU are partners. The two sides also exchanged views on regional issues.",
			parties: "China+European Union", speaker: "-", kind: storage.KindAccount},
		{name: "a heading closes the remarks", author: "China",
			text:    "Foreign Minister Wang Yi held talks with EU High Representative Josep Borrell. Wang Yi said that China and the EU are partners.\n\n2 Regional issues\n\nRelations between the two sides are at a crossroads.",
			speaker: "-"},
		{name: "Chinese remarks go on", author: "China",
			text:    "外交部长王毅同欧盟外交与安全政策高级代表博雷利举行会谈。王毅表示，中欧是伙伴。双方应加强对话。",
			parties: "China", speaker: "王毅", kind: storage.KindProposal, reason: "continues 王毅's remarks"},
		{name: "attribution after the quotation", author: "China",
			text:    "Foreign Minister Wang Yi met Josep Borrell, the EU High Representative. \"China firmly supports the European integration process. It is normal for some differences to exist,\" Wang said.",
			parties: "China", speaker: "Wang Yi", kind: storage.KindPosition, reason: "named after what was said"},
		{name: "they after the two principals", author: "United Kingdom",
			text:    "PM meeting with President Biden of the United States\n\nThe Prime Minister met President Biden at the White House. They discussed the war in Ukraine.",
			parties: "United Kingdom+United States", speaker: "-", kind: storage.KindAccount, reason: "two principals"},
		{name: "the title is the author's person", author: "United States",
			text:    "President Joseph R. Biden met with President Reuven Rivlin of Israel today. The President stressed that Iran would never get a nuclear weapon.",
			parties: "United States", speaker: "Joseph R. Biden", kind: storage.KindPosition},
		{name: "two people of two sides are no one speaker", author: "United States",
			text:    "Secretary Blinken met today with Israeli Foreign Minister Yair Lapid. The Secretary and the Foreign Minister discussed a range of issues.",
			parties: "Israel+United States", speaker: "-", kind: storage.KindAccount},
		{name: "a lead-in opens the remarks it announces", author: "Japan",
			text:    "Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs of Japan, held a meeting with H.E. Mr. Wang Yi.\n\nThe overview of Minister Motegi's response is as follows.\n\nJapan asks China to continue to take all possible efforts.",
			parties: "Japan", speaker: "MOTEGI Toshimitsu", kind: storage.KindDemand, reason: "begun in sentence 2"},
		{name: "a heading's remarks by opens the remarks", author: "European Union",
			text:    "Press remarks by High Representative Kaja Kallas at the joint press point\n\nThe European Union and India are natural partners. I regret the tragic loss of lives.",
			parties: "European Union", speaker: "Kaja Kallas", kind: storage.KindConcern},
		{name: "someone unknown saying closes the remarks", author: "China",
			text:    "Foreign Minister Wang Yi met members of the U.S. strategic community. Wang Yi said that the two sides should keep talking. The participants said a stable relationship is in both sides' interests.",
			speaker: "-"},
		{name: "the person who led a delegation", author: "European Union",
			text:    "The EU and China held the dialogue in Brussels. The EU delegation was led by Gerhard Sabathil, Director for North-East Asia and the Pacific, European External Action Service.",
			parties: "European Union", speaker: "Gerhard Sabathil", kind: storage.KindAccount},
		{name: "a four-character Chinese name", author: "China",
			text:    "李强会见欧盟委员会主席冯德莱恩。李强表示，中欧应当团结合作。冯德莱恩表示，欧中交往不断加强。",
			parties: "European Union", speaker: "冯德莱恩", kind: storage.KindPosition},
		{name: "a spokesperson's attribution opens no remarks", author: "United States",
			text:    "The below is attributable to Spokesperson Ned Price:\n\nSecretary Blinken met today with Israeli Foreign Minister Yair Lapid.",
			parties: "United States", speaker: "Blinken", kind: storage.KindAccount},
		{name: "the meeting as the subject is both sides'", author: "European Union",
			text:    "High Representative Kaja Kallas met External Affairs Minister of India S. Jaishankar in Brussels. The exchanges underscored the importance of close cooperation on security.",
			parties: "European Union+India", speaker: "-", kind: storage.KindAgreement},
	})
}
