package ingest

import (
	"context"
	"testing"

	"parley/storage"
)

// TestJointAndChairStatements holds the cases of the rules worked out on
// joint statements, chair's statements and a minister's first-person
// releases (late batch 6): who "we", "our peoples" and the opening list
// of ministers are, and when "we" is no meeting of two sides.
func TestJointAndChairStatements(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "a joint statement from three leaders: its we is all three", author: "US",
			text:    "Statement of the Atlantic Summit\n\nJoint Statement from US President George Bush, UK Prime Minister Tony Blair and Spanish Prime Minister Jose Maria Aznar. We, the leaders of three democracies, meet at a time of great challenge. We face painful choices.",
			parties: "Spain+United Kingdom+United States", speaker: "-", reason: "in a joint statement"},
		{name: "the line naming the joint statement is the publisher's", author: "US",
			text:    "Statement of the Atlantic Summit\n\nJoint Statement from US President George Bush, UK Prime Minister Tony Blair and Spanish Prime Minister Jose Maria Aznar.",
			parties: "United States"},
		{name: "we, the ministers of both sides, in a co-chairs' statement", author: "ASEAN",
			text:    "Co-Chairs' Statement of the Special ASEAN-United States Foreign Ministers' Meeting\n\nWe, the ASEAN Foreign Ministers and the United States Secretary of State held the Special ASEAN-United States Foreign Ministers' Meeting via video conference on 23 April 2020.",
			parties: "ASEAN+United States", kind: storage.KindAccount},
		{name: "a co-chairs' statement's sentence without a party", author: "ASEAN",
			text:    "Co-Chairs' Statement of the Special ASEAN-United States Foreign Ministers' Meeting\n\nWe, the ASEAN Foreign Ministers and the United States Secretary of State held the Special Meeting via video conference. The Meeting was co-chaired by the Minister of Foreign Affairs of the Lao PDR and the Secretary of State.",
			parties: "ASEAN+United States"},
		{name: "the ministers listed before the verb of a joint statement's opening", author: "Japan",
			text:    "Ninth Japan-Australia 2+2 Foreign and Defence Ministerial Consultations Joint Statement\n\nH.E. Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs of Japan, and H.E. Mr. KISHI Nobuo, Minister of Defense of Japan, Senator the Hon Marise Payne, the Australian Minister for Foreign Affairs, and the Hon Peter Dutton MP, the Australian Minister for Defence held the Ninth Japan-Australia 2+2 Consultations on 9 June 2021 via video conference.",
			parties: "Australia+Japan", speaker: "-", reason: "who issued the joint statement"},
		{name: "a phrase naming the other side before one side's verb", author: "Australia",
			text:    "Japan-Australia Joint Statement\n\nThe two Prime Ministers met in Tokyo. In a meeting with Japan's business leaders, Prime Minister Albanese welcomed Japan's investment in Australia.",
			parties: "Australia", speaker: "Albanese"},
		{name: "our peoples in a joint statement", author: "US",
			text:    "United States – Aotearoa New Zealand Joint Statement\n\nPresident Joseph R. Biden, Jr. is honored to welcome Prime Minister Jacinda Ardern of Aotearoa New Zealand to the White House. Our peoples have served side-by-side for over a century; 80 years ago, U.S. Marines arrived in New Zealand.",
			parties: "New Zealand+United States", speaker: "-", reason: "'Our peoples' in a joint statement"},
		{name: "a chair's we discussing is the group's own", author: "ASEAN",
			text:    "Press Statement by the Chairman of the ASEAN Foreign Ministers' Retreat\n\nI chaired the ASEAN Foreign Ministers' Retreat under Thailand's ASEAN Chairmanship. We had fruitful discussions on ASEAN's priorities for the year ahead.",
			parties: "ASEAN", kind: storage.KindAccount},
		{name: "a chair's we talking with a named counterpart is both sides'", author: "ASEAN",
			text:    "Chairman's Statement of the 26th ASEAN-China Summit\n\nThe 26th ASEAN-China Summit was held in Jakarta. We had a productive exchange of views with Premier Li Qiang.",
			parties: "ASEAN+China"},
		{name: "a chair's statement's leaders of the group's own summit", author: "ASEAN",
			text:    "Chairman's Statement of the 42nd ASEAN Summit\n\nThe 42nd ASEAN Summit was held in Labuan Bajo, Indonesia, on 10-11 May 2023. The Leaders welcomed Timor-Leste's progress towards full membership.",
			parties: "ASEAN", kind: storage.KindPosition, reason: "the group's own"},
		{name: "a chair's statement's leaders of a summit with a partner", author: "ASEAN",
			text:    "Chairman's Statement of the 25th ASEAN-Japan Summit\n\nThe Summit was chaired by the Prime Minister of Cambodia. The Leaders agreed to elevate relations to a Comprehensive Strategic Partnership.",
			parties: "ASEAN+Japan", kind: storage.KindAgreement},
		{name: "a chair's statement's leaders gathered", author: "ASEAN",
			text:    "Chairman's Statement of the 35th ASEAN Summit\n\nWe, the Heads of State/Government of ASEAN Member States, gathered in Bangkok for the 35th ASEAN Summit on 2-3 November 2019.",
			parties: "ASEAN", kind: storage.KindAccount},
		{name: "a joint media release of two ministers of one government is no joint statement", author: "Australia",
			text:    "Further support for Ukraine\n\nJoint media release\n\nToday we announce a further $50 million in support for Ukraine. We call on Russia to withdraw its forces.",
			parties: "Australia"},
		{name: "a minister's byline makes the release's I hers", author: "Australia",
			text:    "Meeting with China's State Councilor and Minister of Foreign Affairs, Wang Yi\n\nSenator the Hon Penny Wong, Minister for Foreign Affairs\n\nMedia release\n\nToday I met with China's State Councilor and Minister of Foreign Affairs, Wang Yi, in Bali. I raised Australia's concerns about a range of consular issues.",
			parties: "Australia", speaker: "Penny Wong", kind: storage.KindConcern, reason: "named in the heading"},
		{name: "two ministers' bylines name no one speaker", author: "Australia",
			text:    "Further support for Ukraine\n\nSenator the Hon Penny Wong, Minister for Foreign Affairs\n\nSenator the Hon Don Farrell, Minister for Trade\n\nJoint media release\n\nToday we announce a further $50 million in support for Ukraine.",
			parties: "Australia", speaker: "-"},
		{name: "the heading lists who issued the joint statement", author: "",
			text:    "Joint Communiqué of the Leaders of the United States, Japan and the Republic of Korea\n\nThe leaders held their first trilateral summit at Camp David. We are determined to stand together. The three leaders condemned Russia's war against Ukraine.",
			parties: "Japan+South Korea+United States", reason: "the 3 who issued the statement"},
		{name: "the heading's list ends before its subject", author: "Japan",
			text:    "Joint Statement by the Foreign Ministers of Australia and Japan on Ukraine\n\nThe Ministers met in Manila. They condemned Russia's aggression against Ukraine.",
			parties: "Australia+Japan"},
		{name: "a hyphen in the heading joins who issued it", author: "EU",
			text:    "Joint Statement on the Outcome of the EU-Japan Summit\n\nThe leaders met in Brussels. China was discussed at length. We agreed to hold the next summit in Tokyo.",
			parties: "European Union+Japan"},
		{name: "without a chair's heading we had discussions is both sides'", author: "EU",
			text:    "High Representative Kaja Kallas met Foreign Minister Wang Yi of China. We had fruitful discussions on the year ahead.",
			parties: "China+European Union"},
		{name: "it is important that we meet: the speaker's view", author: "Australia",
			text:    "Today I met with China's State Councilor and Minister of Foreign Affairs, Wang Yi. It is important that we meet today after discussions at the G20 Summit in Indonesia.",
			parties: "Australia"},
		{name: "a minister's release naming both sides without an act of theirs", author: "Australia",
			text:    "Today I met with China's State Councilor and Minister of Foreign Affairs, Wang Yi. Australia and China have gained much through the strength of our economic and people-to-people ties.",
			parties: "Australia", reason: "whose minister speaks in the first person"},
		{name: "both sides agreeing in a minister's release stay joint", author: "Australia",
			text:    "Today I met with China's State Councilor and Minister of Foreign Affairs, Wang Yi. Australia and China agreed to resume the dialogue.",
			parties: "Australia+China"},
	})
	d, err := NewProposer().Propose(context.Background(), Document{Text: "Doorstop - Parliament House\n\nPenny Wong, Foreign Minister: Can I first congratulate Liz Truss on being elected. Happy to take questions."}, "Australia", nil)
	if err != nil {
		t.Fatal(err)
	}
	if last := d.Proposals[len(d.Proposals)-1]; !last.Skip {
		t.Errorf("%q proposed as %v %s, want skipped as a turn to the floor", last.Text, last.Parties, last.Kind)
	}
}

// TestDeterminationAndOthersCommitments holds the kind rules of the same
// batch: a renewed determination of one's own is a commitment, another's
// commitment welcomed is no commitment, and "we will know" no
// undertaking.
func TestDeterminationAndOthersCommitments(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "reaffirmed their determination", author: "Australia",
			text: "The Ministers of Japan and Australia met in Tokyo. They reaffirmed their determination to further enhance the Special Strategic Partnership.",
			kind: storage.KindCommitment},
		{name: "renew our determination", author: "Japan",
			text: "Japan-Australia Joint Statement\n\nTogether, we renew our determination to deepen cooperation.",
			kind: storage.KindCommitment},
		{name: "another's resolve reiterated is no determination of one's own", author: "US",
			text: "Secretary Blinken reiterated President Biden’s resolve to protect U.S. citizens.",
			kind: storage.KindPosition},
		{name: "another's commitment welcomed", author: "Japan",
			text: "Japan-Australia Joint Statement\n\nWe welcome the strong commitment of the United States to the region.",
			kind: storage.KindAgreement, reason: "another party's"},
		{name: "the holders' own commitment underscored", author: "US",
			text: "President Joseph R. Biden, Jr. spoke today with Chancellor Olaf Scholz of Germany. They underscored the continued commitment of the United States and Germany to provide Ukraine with support.",
			kind: storage.KindCommitment},
		{name: "the privilege of holding a dialogue is an account of it", author: "Australia",
			text:    "Press conference, Beijing, China\n\nFOREIGN MINISTER PENNY WONG: Thank you. I've just had the privilege of holding the 6th Australia-China Foreign and Strategic Dialogue.",
			speaker: "Penny Wong", kind: storage.KindAccount},
		{name: "we will know is no undertaking", author: "Australia",
			text: "Otherwise, we will know yet again that the opposition is in charge of the policy.",
			kind: storage.KindPosition},
	})
}

// TestTitledLabels holds the transcript labels of Australian doorstops
// and press conferences that carry a title with no name the text gave.
func TestTitledLabels(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "a bare title label is the site's own minister", author: "Australia",
			text:    "Doorstop interview, Jakarta\n\nTranscript, E&OE\n\nFOREIGN MINISTER: Good afternoon. I've just met with my counterpart, Foreign Minister Retno Marsudi.",
			parties: "Australia", speaker: "Foreign Minister", reason: "labelled 'FOREIGN MINISTER'"},
		{name: "a title and a family name the text never gave", author: "Australia",
			text:    "Press conference with Foreign Minister of Japan\n\nTranscript\n\nSENATOR WONG: It is a pleasure to welcome Minister Kamikawa to Adelaide. Japan is one of Australia's closest partners.",
			parties: "Australia", speaker: "Wong"},
		{name: "the other minister's label after it", author: "Australia",
			text:    "Press conference with Foreign Minister of Japan\n\nTranscript\n\nSENATOR WONG: It is a pleasure to welcome Minister Kamikawa to Adelaide.\n\nMINISTER KAMIKAWA: Thank you, Minister Wong. Japan and Australia are special strategic partners.",
			parties: "Japan", speaker: "Kamikawa"},
		{name: "a named minister after a bare title is still the author's", author: "Australia",
			text:    "Doorstop interview, Jakarta\n\nTranscript, E&OE\n\nFOREIGN MINISTER: I've just met with my counterpart, Foreign Minister Retno Marsudi.\n\nJOURNALIST: What did Indonesia say?\n\nMINISTER WONG: Indonesia has its own views, and I respect them.",
			parties: "Australia", speaker: "Wong"},
		{name: "a title with a nationality", author: "Australia",
			text:    "Joint press conference\n\nTranscript\n\nFOREIGN MINISTER: Welcome to Adelaide.\n\nNEW ZEALAND FOREIGN MINISTER: Thank you. New Zealand and Australia share a deep bond.",
			parties: "New Zealand"},
	})
}
