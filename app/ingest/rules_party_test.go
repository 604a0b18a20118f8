package ingest

import (
	"testing"

	"parley/storage"
)

// TestPrincipalsAndVoices holds the cases of the party and speaker rules
// worked out on the development readouts of UK calls, EEAS remarks and
// joint statements: officials named by title and government, the pair
// of principals when the author's is unnamed, opening phrases, remarks
// under a "Remarks by" heading and "we" for what both sides did.
func TestPrincipalsAndVoices(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "a surname met first gets the full name and party", author: "UK",
			text:    "PM call with President Biden\n\nThe Prime Minister spoke to the President of the United States, Joe Biden, this evening. President Biden said that the alliance was strong.",
			parties: "United States", speaker: "Joe Biden"},
		{name: "an unnamed author's official and a named counterpart are the pair", author: "UK",
			text:    "The Prime Minister spoke to the President of the United States, Joe Biden, this evening. They discussed Ukraine.",
			parties: "United Kingdom+United States", speaker: "-", reason: "the two principals"},
		{name: "two officials named by title and government are both sides", author: "",
			text:    "The President of the European Commission and the Prime Minister of the United Kingdom met today and agreed to strengthen the relationship.",
			parties: "European Union+United Kingdom", speaker: "-"},
		{name: "an opening phrase holds no subject", author: "UK",
			text:    "The Prime Minister met President Biden of the United States. Looking ahead to this week's NATO Summit, the Prime Minister and President Biden agreed on the need to strengthen the alliance.",
			parties: "United Kingdom+United States", speaker: "-", kind: storage.KindAgreement},
		{name: "on … issues, they agreed", author: "UK",
			text:    "The Prime Minister met President Biden of the United States. On broader NATO issues, they agreed on the need for unity.",
			parties: "United Kingdom+United States"},
		{name: "both the author's official and a title only one country gives", author: "UK",
			text:    "The Prime Minister spoke to the Irish Taoiseach this afternoon. Both the Prime Minister and Taoiseach welcomed the closer relationship.",
			parties: "Ireland+United Kingdom", speaker: "-"},
		{name: "titles joined by a slash", author: "EU",
			text:    "High Representative/Vice-President Josep Borrell said that the talks were frank.",
			parties: "European Union", speaker: "Josep Borrell"},
		{name: "a name with particles", author: "",
			text:    "President of the European Commission Ursula von der Leyen said that the partnership was strong.",
			parties: "European Union", speaker: "Ursula von der Leyen"},
		{name: "remarks under their heading are the speaker's, narration included", author: "EU",
			text:    "Remarks by High Representative Josep Borrell at the press conference\n\nIt has been a long meeting with Foreign Minister Wang Yi of China.",
			parties: "European Union", speaker: "Josep Borrell", kind: storage.KindAccount},
		{name: "we had an exchange: both sides", author: "EU",
			text:    "Remarks by High Representative Josep Borrell at the press conference\n\nThe meeting with Foreign Minister Wang Yi of China was long. We had a very open and frank dialogue.",
			parties: "China+European Union", speaker: "-", reason: "what both sides did"},
		{name: "we want: the speaker's side", author: "EU",
			text:    "Remarks by High Representative Josep Borrell at the press conference\n\nThe meeting with Foreign Minister Wang Yi of China was long. We want the agenda to be mutually satisfactory.",
			parties: "European Union", speaker: "Josep Borrell"},
		{name: "we will stays the author's", author: "EU",
			text:    "High Representative Kaja Kallas met Foreign Minister Wang Yi of China. We will raise the situation in Hong Kong again.",
			parties: "European Union"},
		{name: "the HR/VP is the High Representative met before", author: "EU",
			text:    "High Representative/Vice-President Kaja Kallas met Foreign Minister Wang Yi of China. The HR/VP reaffirmed the EU's commitment to engage.",
			parties: "European Union", speaker: "Kaja Kallas", reason: "'the HR/VP' refers to Kaja Kallas"},
		{name: "a bare title of an office the author has is the author's", author: "UK",
			text:    "PM meeting with Prime Minister Kishida of Japan\n\nThe Prime Minister met with Fumio Kishida, the Prime Minister of Japan, at the G7 Summit. The Prime Minister thanked him for his support.",
			parties: "United Kingdom", speaker: "-"},
		{name: "a bare title of an office only the other side has is theirs", author: "UK",
			text:    "The Prime Minister met President Biden of the United States. The President welcomed the comments.",
			parties: "United States", speaker: "Biden"},
		{name: "the pair", author: "UK",
			text:    "The Foreign Secretary spoke to Russian Foreign Minister Lavrov today. The pair agreed to speak again soon.",
			parties: "Russia+United Kingdom", speaker: "-"},
		{name: "a portfolio between by and the title", author: "UK",
			text:    "The ministers agreed to work closely together. This follows a recent visit by Immigration Minister Robert Jenrick.",
			parties: "United Kingdom", speaker: "-"},
		{name: "a Chinese dateline is where, not who", author: "China",
			text:    "新华社北京6月26日电 国务委员兼外长王毅26日应约同日本外相河野太郎通电话。",
			parties: "China", speaker: "王毅"},
		{name: "a surname with particles after the words", author: "China",
			text:    "Premier Li Keqiang held a phone call with European Commission President-elect Ursula von der Leyen. The call shows the EU attaches great importance to the relations, von der Leyen said.",
			parties: "European Union", speaker: "Ursula von der Leyen"},
		{name: "remarks go on past a dateline", author: "EU",
			text:    "Remarks by EU High Representative Catherine Ashton following her meeting with Iranian Foreign Minister Mohammad Javad Zarif\n\nNew York, 23 September 2013\n\nI have just had my first meeting with Foreign Minister Zarif.",
			parties: "European Union", speaker: "Catherine Ashton"},
		{name: "an aside in brackets holds no subject", author: "Japan",
			text:    "On November 17, commencing past 18:40 local time (the same day, 20:40 Japan time) for approximately 45 minutes, Mr. KISHIDA Fumio, Prime Minister of Japan, held a meeting with Mr. Xi Jinping, President of the People's Republic of China.",
			parties: "Japan", speaker: "KISHIDA Fumio"},
		{name: "his U.S. counterpart is a person of the United States", author: "China",
			text:    "Chinese President Xi Jinping held telephone talks with his U.S. counterpart Barack Obama. Offering his congratulations, Obama said the two countries have cooperated broadly.",
			parties: "United States", speaker: "Barack Obama"},
		{name: "a press conference by someone is their remarks", author: "Japan",
			text:    "Press Conference by Prime Minister Takaichi Sanae regarding the Japan-China Summit Meeting\n\nToday, I held my first summit meeting with President Xi Jinping.",
			parties: "Japan", speaker: "Takaichi Sanae"},
		{name: "a name with an initial and Jr. set off by commas", author: "Japan",
			text:    "Mr. KISHIDA Fumio, Prime Minister of Japan, had a talk with the Honorable Joseph R. Biden, Jr., President of the United States of America. Prime Minister Kishida expressed his gratitude to President Biden. In response, President Biden expressed his intention to continue working closely with Prime Minister Kishida.",
			parties: "United States", speaker: "Joseph R. Biden"},
		{name: "the other side and myself", author: "EU",
			text:    "Remarks by High Representative Federica Mogherini with State Counsellor Yang Jiechi\n\nThe State Counsellor and myself talked at length on the phone.",
			parties: "China+European Union", speaker: "-"},
		{name: "a person with no country beside one side's is the other side's", author: "",
			text:    "Statement on strategic cooperation between the United Kingdom and the European Union\n\nPrime Minister Keir Starmer and President of the European Commission Ursula von der Leyen released a joint statement. The European Union and the United Kingdom agreed to meet again.",
			parties: "European Union+United Kingdom"},
		{name: "a readout's long title is a heading", author: "United States",
			text:    "Readout of National Security Advisor Jake Sullivan's Meeting with Director of the Office of the Central Foreign Affairs Commission Wang Yi",
			parties: "", speaker: "-"},
		{name: "an unnamed counterpart by demonym makes the pair", author: "UK",
			text:    "The Prime Minister spoke to his Italian counterpart this afternoon. They discussed the situation in Ukraine.",
			parties: "Italy+United Kingdom", speaker: "-"},
		{name: "an unnamed official by demonym and title makes the pair", author: "UK",
			text:    "The Foreign Secretary met the Chinese Foreign Minister in Beijing. The two ministers discussed trade.",
			parties: "China+United Kingdom", speaker: "-"},
		{name: "an opening phrase ends where a pronoun subject comes", author: "EU",
			text:    "Remarks by High Representative Federica Mogherini with State Counsellor Yang Jiechi\n\nIn particular we already discussed this morning cooperation between the EU and China in the Middle East, which is essential.",
			parties: "China+European Union", speaker: "-"},
		{name: "we in a joint statement is both sides, whoever published it", author: "US",
			text:    "Joint Statement on the India-U.S. 2+2 Ministerial Dialogue\n\nSecretary of State Antony J. Blinken hosted External Affairs Minister Dr. S. Jaishankar. We reaffirm our commitment to a free and open Indo-Pacific.",
			parties: "India+United States", speaker: "-"},
		{name: "a joint statement's sentence without a subject is both sides'", author: "US",
			text:    "Joint Statement on the India-U.S. 2+2 Ministerial Dialogue\n\nSecretary of State Antony J. Blinken hosted External Affairs Minister Dr. S. Jaishankar. Close cooperation on maritime security remains essential.",
			parties: "India+United States", speaker: "-"},
		{name: "we in a joint statement of four is the four", author: "US",
			text:    "Joint Statement of the Quad Ministerial Meeting in New Delhi\n\nWe, the Foreign Ministers of Australia, India and Japan and the Secretary of State of the United States of America met in New Delhi. We reiterate our conviction that the Quad will be guided by the priorities of the region.",
			parties: "Australia+India+Japan+United States", speaker: "-"},
		{name: "three people joined by commas and 'and' are three sides; 'They' then all three", author: "US",
			text:    "The following is the joint statement issued by the United States Secretary of State and the Foreign Ministers of the Governments of the Republic of Korea and Japan.\n\nUS Secretary of State Antony J. Blinken, Japanese Foreign Minister Hayashi Yoshimasa, and Republic of Korea (ROK) Foreign Minister Park Jin met today. They condemned the DPRK's ballistic missile launches.",
			parties: "Japan+South Korea+United States", speaker: "-"},
		{name: "the publisher's note before a joint statement is the publisher's", author: "US",
			text:    "Joint Statement of the Quad Ministerial Meeting in New Delhi\n\nThe following is the joint statement released by the Secretary of State of the United States and the Foreign Ministers of the Governments of Australia, India, and Japan.",
			parties: "United States"},
		{name: "a lead-in 'X said:' makes all that follows X's words", author: "Japan",
			text:    "On November 6, Shinzo Abe, Prime Minister of Japan, held a summit meeting with the Honorable Donald J. Trump, President of the United States of America.\n\nIn response, President Trump said:\n\nIt has been an absolutely great two days. Prime Minister Abe has become my very close friend.",
			parties: "United States", speaker: "Donald J. Trump"},
		{name: "we will be discussing: the talks both sides hold", author: "Japan",
			text:    "On November 6, Shinzo Abe, Prime Minister of Japan, held a summit meeting with the Honorable Donald J. Trump, President of the United States of America. From now we will be discussing trade, North Korea, and others.",
			parties: "Japan+United States", speaker: "-"},
		{name: "an editor's insertion does not hide a preposition", author: "EU",
			text:    "The talks with the [State Councillor and] Foreign Minister of China, Wang Yi, were long.",
			parties: "European Union", speaker: "-"},
	})
}

// TestKindFollowsHolders checks that a kind the analyst changed to or from
// an agreement together with giving the sentence to both sides (or back)
// teaches nothing about the phrase, while the same kind change with the
// holders kept does.
func TestKindFollowsHolders(t *testing.T) {
	keys := LessonKeys{Phrase: "agreed to"}
	one := Reading{Parties: []string{"United Kingdom"}, Kind: storage.KindCommitment}
	both := Reading{Parties: []string{"China", "United Kingdom"}, Kind: storage.KindAgreement}
	for _, l := range Learn(keys, one, both, false) {
		if l.Rule == RulePhraseKind {
			t.Errorf("learnt %v from a kind that followed the holders", l)
		}
	}
	oneAgreed := Reading{Parties: []string{"United Kingdom"}, Kind: storage.KindAgreement}
	found := false
	for _, l := range Learn(keys, one, oneAgreed, false) {
		found = found || l.Rule == RulePhraseKind
	}
	if !found {
		t.Error("a kind changed with the holders kept taught nothing")
	}
}

// TestBriefing checks the remarks of someone briefing the press: what
// both sides agreed, told in between, does not end them, and another
// side's stance without "should" is that side's.
func TestBriefing(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "the speaker's remarks go on after both sides' agreement", author: "China",
			text:    "Foreign Minister Wang Yi briefed reporters after the strategic dialogue with the EU. Wang Yi said that the dialogue reached broad consensus. The two sides agreed to strengthen dialogue. This year marks the 20th anniversary of the partnership.",
			parties: "China", speaker: "Wang Yi"},
		{name: "both sides' agreement in a briefing is theirs", author: "China",
			text:    "Foreign Minister Wang Yi briefed reporters after the strategic dialogue with the EU. Wang Yi said that the dialogue reached broad consensus. The two sides agreed to strengthen dialogue.",
			parties: "China+European Union", speaker: "-"},
		{name: "another side's stance in a briefing is theirs", author: "China",
			text:    "国务委员兼外交部部长王毅就中美元首会晤举行中外媒体吹风会。王毅在会上说，中方阐述了原则立场。美方赞赏中方发挥的积极作用。",
			parties: "United States", speaker: "-"},
	})
}

// TestNoOneSpeaksForBoth checks that striking a speaker out of a sentence
// given to both sides teaches nothing about the name, while striking it
// out of one side's sentence does.
func TestNoOneSpeaksForBoth(t *testing.T) {
	was := Reading{Parties: []string{"European Union"}, Speaker: "Ursula von der Leyen", Kind: storage.KindAccount}
	joint := Reading{Parties: []string{"European Union", "United Kingdom"}, Kind: storage.KindAccount}
	for _, l := range Learn(LessonKeys{}, was, joint, false) {
		if l.Rule == RuleSpeakerName {
			t.Errorf("learnt %v from a sentence given to both sides", l)
		}
	}
	one := Reading{Parties: []string{"European Union"}, Kind: storage.KindAccount}
	found := false
	for _, l := range Learn(LessonKeys{}, was, one, false) {
		found = found || l.Rule == RuleSpeakerName
	}
	if !found {
		t.Error("a speaker struck out of one side's sentence taught nothing")
	}
}
