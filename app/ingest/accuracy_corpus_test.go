package ingest

import (
	"fmt"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// floors are the shares (in %) of sentences right below which a part of
// the corpus fails: set a little under what the importer reaches, so a
// change that loses ground fails the test.
type floors struct{ party, speaker, kind, topic float64 }

// devFloors hold for the development part, on which the rules were
// worked out (with general mechanisms, not per-document cases).
// The first-person readouts (the "t-" ones, 256 sentences, 79 % kind)
// took the part's kind from 93 % to 89 % when they joined; the floor
// follows, and the other readouts' figures did not move.
// Party and speaker went from 96.9 % and 96.8 % to 97.0 % and 96.9 % with
// the rules worked out on the late readouts of 6 Dec 2026 (below); their
// floors follow.
// Kind went from 93.4 % to 94.0 % with the kind rules of 7 Dec 2026 (who
// is to act decides a modal, looking forward to one's own talks, the
// kind signals of kind_signals.go); its floor went from 92 to 93.
// The kind rules of kind_holder.go (7 Dec 2026, worked out on batch "late
// 10" and the kinds missed across both parts), with labels made to follow
// the labelling guide, took it to 95.2 %; its floor went from 93 to 94.
// The kind rules worked out on batches "late 12" and "late 13" (publishers
// new to the corpus: kind_vocab.go, kind_narration.go,
// kind_joint_heading.go) took it from 95.3 % to 95.5 %; its floor went
// from 94 to 95.
var devFloors = floors{party: 97, speaker: 97, kind: 95, topic: 82}

// firstPersonFloors hold for the first-person readouts of the
// development part (first contact: party 77 %, speaker 61 %, kind 59 %).
var firstPersonFloors = floors{party: 95, speaker: 95, kind: 89}

// heldOutFloors hold for the held-out part: labelled before the rules
// were changed for it and never used to change them since.
// The topic floor went from 76 % to 74 % with batch 7, a new blind batch
// (14 readouts, 128 sentences, topic 48.3 % at first contact), which took
// the part's topic from 80.2 % to 75.2 %; nothing was changed for it.
// Batch 8 (16 readouts, 175 sentences, first contact 89.7 / 84.0 / 82.3 %,
// topic 82.3 %) left every figure of the part above its floor (91.5 / 91.1
// / 83.7 %, topic 76.9 %); the floors stay.
var heldOutFloors = floors{party: 82, speaker: 80, kind: 77, topic: 74}

// firstPersonPrefix names the readouts of the first-person genre (press
// remarks, speeches, transcripts with speaker labels), whose figures the
// test prints apart as well.
const firstPersonPrefix = "t-"

func TestAccuracy(t *testing.T) {
	runAccuracy(t, "accuracy", devFloors)
}

// lateFloors hold for development readouts labelled after the rules
// they test had landed (testdata/accuracy-late): kept apart from the
// corpus the lessons measurement halves (TestLessonsHelp), whose halves
// would change with every readout added.
//
// The 21 readouts added on 6 Dec 2026 (174 sentences: UK Prime
// Minister's calls and meetings, State Department and White House
// readouts, Chinese MFA in English, Xinhua in Chinese, Japan MOFA, India
// PMO, a European Council news item quoting its President; 2015–2023)
// were labelled before the importer read them; first contact: party
// 86.8 %, speaker 90.2 %, kind 84.5 % (the 6 readouts before them: 92.8,
// 84.1, 84.1 %). The rules for parties and speakers worked out on them
// took the 27 readouts from 88.5 / 88.5 / 84.4 % to the figures these
// floors sit under.
//
// The eighteen readouts of batch "late 2" (press remarks of the European
// Council and the High Representative, Chinese readouts in traditional
// characters, US and UK readouts, a joint statement of four) brought
// party and speaker down: the party and speaker misses there are of
// readouts the kind rules were not about.
// With both batches (45 readouts, 474 sentences) and the kind rules
// worked out on the second: party 89.9 %, speaker 92.2 %, kind 88.8 %.
// With batch "late 3" (8 readouts, 74 sentences, labelled after the
// party and speaker rules worked out on late 1) and those rules: 53
// readouts, 548 sentences, party 91.8 %, speaker 94.5 %, kind 88.5 %.
// With batch "late 4" (6 readouts, 76 sentences, labelled after the
// kind rules worked out on late 2) and the kind rules worked out on it:
// 59 readouts, 624 sentences, party 92.0 %, speaker 94.4 %, kind 89.4 %;
// with greetings and delivery notes skipped and the last kind rules:
// 92.6 / 95.0 / 90.5 %. With the party and speaker rules worked out next
// on late 1 to 3 (an office the author's government lacks, "their
// discussion covered", two sides agreeing in remarks): 94.1 / 95.8 /
// 90.9 %. With batch "late 5" (6 readouts, 35 sentences, first contact
// 91.4 / 100 / 85.7 %) and the portfolio rule worked out on it ("Minister
// of Europe and Foreign Affairs" is no party): 65 readouts, 659
// sentences, 94.4 / 96.1 / 90.6 %. With batch "late 6" (11 readouts,
// 121 sentences: joint statements of two, ASEAN chair's statements, the
// Australian Foreign Minister's releases and transcripts; first contact
// 90.9 / 86.8 / 79.3 %): 76 readouts, 780 sentences, 93.8 / 94.6 / 89.2 %
// before any rule changed for it; the speaker floor went from 95 to 94.
// The rules for joint statements, chair's statements and a minister's
// first-person release worked out on it took those 76 to 94.9 / 94.7 /
// 89.2 % (batch late 6: 97.5 / 87.6 / 82.6 %), and with the last of them
// (a chair's "we" meeting someone named, leaders who gathered, a turn to
// the floor skipped) batch late 6 reads 98.3 / 88.4 / 85.1 %.
// With batch "late 7" (10 readouts, 94 sentences: the Japanese Prime
// Minister's Office, India's Prime Minister's Office, Korea's Foreign
// Ministry, the Chinese Foreign Ministry in English and Chinese, a Hong
// Kong relay; first contact 96.8 / 90.4 / 81.9 %): 86 readouts, 874
// sentences, 94.2 / 94.2 / 88.4 % before any rule changed for it; the
// kind floor went from 89 to 88. The rules worked out on late 7 and the
// development readouts of the same publishers (India's bare and
// abbreviated titles, traditional-character names of known officials,
// Chinese replies and conveyed words, a person of the speaker's side
// narrated aside, both sides "decided", …) took late 7 to 98.9 / 100 /
// 93.6 % and the part (with the other helpers' changes of the same
// day) to 96.0 / 96.2 / 90.4 %; the floors follow.
// Batch "late 8" (8 readouts, 107 sentences, chosen where the kind is
// hardest: European Council remarks, EEAS, UK, White House; first contact
// 94.4 / 96.3 / 66.4 %) and the kind rules worked out on it and on the
// development part took the late kind to 91.2 % (94 readouts; 91.9 % on
// the 86 before it); the kind floor follows.
// Batch "late 10" (12 readouts, 111 sentences of 2022–2025 chosen for
// varied kinds: Japan MOFA, the Chinese MFA in English, State, the
// Russian MFA, India MEA remarks, India-Japan and EU-Japan joint
// statements, FCDO; first contact 74.8 / 74.8 / 73.9 %) took the part
// (106 readouts, 1,092 sentences) to 93.8 / 94.1 / 89.5 % before any
// rule changed for it; the floors went from 95 / 95 / 90 to 93 / 94 / 89.
// The kind rules worked out on it and on the kinds missed across the
// development and late readouts (kind_holder.go), with labels made to
// follow the labelling guide, took the part to 95.2 / 95.2 / 93.3 % (late
// 10: 88.3 / 84.7 / 91.0 %); the party and kind floors follow.
// Batch "late 9" (14 readouts, 172 sentences of the genres weakest on
// unseen texts: Russian MFA opening remarks, State remarks with a
// counterpart, EEAS dialogue, Chinese MFA press answers and relays,
// Kantei, Australia FM press conferences; first contact 87.8 / 76.7 /
// 81.4 %) and the party and speaker rules worked out on it took it to
// 97.1 / 96.5 / 86.0 % and the part (120 readouts, 1,264 sentences) to
// 95.9 / 95.5 / 92.4 %; the floors hold.
// Batch "late 11" (19 readouts, 220 sentences of PM offices,
// presidencies, speeches with salutations, ASEAN chair's statements, EEAS
// dialogues, White House readouts and a round-up of calls; first contact
// 86.8 / 81.8 / 79.5 %) took the part (139 readouts, 1,484 sentences) to
// 94.5 / 93.5 / 90.7 % before any rule changed for it; its kinds were
// left to the kind rules.
// Batch "late 12" (24 readouts, 213 sentences of publishers and genres
// the rules had never seen: Global Affairs Canada, a New Zealand-Australia
// and a German-New Zealand joint statement, UN Secretary-General readouts,
// the Vietnamese Government and Party, Korea MOFA, Saudi and Emirati news
// agencies, African Union communiqués, G7 chair's statements, Indonesia,
// Mexico and Singapore; first contact 72.3 / 70.0 / 77.0 %) took the part
// (144 readouts, 1,477 sentences) to 92.5 / 91.8 / 90.4 % before any rule
// changed for it; the floors went from 94 / 94 / 92 to 92 / 91 / 90.
// The kind rules worked out on late 12 (kind_vocab.go, kind_narration.go,
// kind_joint_heading.go) took it to 79.3 / 77.0 / 91.1 % and the part to
// 93.5 / 92.8 / 92.7 %. Batch "late 13" (8 readouts, 71 sentences,
// labelled after them: Egypt MFA, Philippines DFA remarks, Russia MFA,
// Germany's Federal Foreign Office, the Taoiseach; first contact 83.1 /
// 74.6 / 71.8 %) took the part (152 readouts, 1,548 sentences) to 93.0 /
// 92.0 / 91.7 % before any rule changed for it. The rules worked out on
// it (and the salutations before remarks) took late 13 to 87.3 / 78.9 /
// 91.5 % and the part to 93.2 / 92.2 / 93.0 % (the 120 readouts before
// late 12: kind 92.6 → about 93 %); the kind floor went from 90 to 91. Batch "late 14" (8 readouts, 51 sentences,
// labelled after those rules: NATO, Qatar, Kazakhstan; first contact
// 80.4 / 72.5 / 94.1 %) took the part (160 readouts, 1,599 sentences) to
// 92.8 / 91.6 / 93.1 % ("assessed" and "mentioned" then took late 14 to
// 98.0 % kind and the part to 93.2 %).
// Batch "late 15" (15 readouts, 244 sentences of the first-person and
// press genres weakest on unseen texts for the speaker: Kantei summit
// summary and press remarks, White House remarks, State, Korea MOFA and
// Office of the President, DIRCO, Brazil, EEAS HR/VP press remarks; first
// contact 85.2 / 62.3 / 76.6 %) took the part (194 readouts, 2,063
// sentences) from 92.9 / 91.7 / 92.1 % to 92.0 / 88.2 / 90.3 % before any
// rule changed for it; the floors went from 92 / 91 / 91 to 91 / 88 / 90.
// Batch "late 16" (16 readouts, 150 sentences of the genres whose party
// and kind held least on unseen texts: ASEAN and ASEAN Plus Three chairs'
// statements, a BRICS communique, Quad and US-Japan-ROK joint statements
// and readouts, the EEAS's and a joint EU-Japan summit text, Kantei and
// Korean summit readouts, CPIFA, Global Affairs Canada, a New
// Zealand-Australia joint statement; first contact 69.3 / 95.3 / 79.3 %)
// took the part, with late 15 (210 readouts, 2,213 sentences), to 90.4 /
// 88.7 / 89.6 % before any rule changed for it; the party and kind floors
// went from 91 / 90 to 90 / 89.
// The speaker rules worked out on late 15 (titles naming the speaker,
// labels ending in a full stop, agency English, greetings) took late 15
// to 95.1 / 95.5 / 83.2 % and the part (210 readouts, 2,213 sentences,
// with late 16 and its party rules) to 93.1 / 92.5 / 91.1 %; the speaker
// floor went from 88 to 91. The rules worked out on late 16 for
// statements of several sides and groupings (party_group.go,
// group_members.go, kind_several.go) took late 16 to 93.3 / 96.7 / 92.0 %
// and the part to 93.9 / 92.5 / 91.2 %; the party and kind floors went to
// 93 / 90.
// Batch "late 19" (16 readouts, 184 sentences chosen for the kinds of the
// publishers weakest on unseen texts: UK Prime Minister's calls, Japan
// Prime Minister's press conferences, the Chinese MFA in English and
// Xinhua in Chinese, Korea MOFA and Yonhap, EEAS HR/VP doorstops, a
// DIRCO briefing, Russia MFA readouts; first contact 89.1 / 85.3 / 70.7
// %) took the part (226 readouts, 2,397 sentences, before batch "late 17"
// joined) from 93.9 / 92.5 / 91.3 % to 93.5 / 92.1 / 89.7 % before any
// rule changed for it; the kind floor went from 90 to 89. The kind rules
// worked out on it (kind_doorstop.go, kind_steps.go) took it to 80.4 %
// kind and the part, with late 17, to 93.0 / 91.2 / 90.1 % (2,602
// sentences); the party floor went from 93 to 92, the parties of late 17
// and 19 being left to the party rules.
// Batch "late 17" (17 readouts, 205 sentences: ministers' first-person
// releases and written answers, Korea MOFA, DIRCO, Brazil's Presidency,
// France, Chinese MFA, EEAS, Global Affairs Canada; first contact 86.8 /
// 80.5 / 80.0 %) took the part to 93.3 / 91.6 / 90.4 % before any rule
// changed for it. The speaker rules worked out on it (who "I" is from
// the office and the date, first_person.go; a heading's office and the
// name after it; labels set off by a dash or heading a written answer;
// titles in lower case with a demonym; the speaker before what he
// holds) took late 17 to 90.7 / 93.7 / 84.4 % and the part to 93.6 /
// 93.4 / 90.7 % (before batches "late 18" and "late 19" joined); with
// them and their rules (243 readouts, 2,602 sentences) 93.3 / 92.9 /
// 90.9 %; the speaker floor went from 91 to 92.
// Batch "late 18" (20 readouts, 211 sentences of the publishers and genres
// whose party held least on unseen texts: Japan MOFA summaries, the
// Embassy of Japan in China, Swiss FDFA, Argentina and Chile MFA, Italy's
// Palazzo Chigi, No 10, Turkey MFA, DIRCO, Australia FM; first contact
// 81.0 / 80.6 / 77.3 %) and the party rules worked out on it and on the
// late part's misses (party_joint.go, segment_sections.go) took late 18
// to 91.5 / 86.7 / 83.4 % and the late part's first 210 readouts from
// 93.9 / 92.7 / 91.3 % to 95.0 / 94.0 / 92.1 % (with the speaker and kind
// rules of late 17 and 19); the part (263 readouts, 2,813 sentences) reads
// 94.2 / 93.0 / 90.4 %, and without late 18 (243 readouts) 94.4 / 93.5 /
// 91.0 %, where it read 93.3 / 92.9 / 90.9 % before these party rules; the
// party floor goes back from 92 to 93.
// Batch "late 21" (16 readouts, 237 sentences of single-speaker
// first-person texts named only by a title, a line under it or an
// office; first contact 87.8 / 39.7 / 74.7 %) took the part (279
// readouts, 3,050 sentences) to 93.7 / 88.8 / 89.2 % before any rule
// changed for it, below the speaker floor; the rules worked out on it
// (speech_title.go, months in the list of known officials, Southern
// African states in the gazetteer) take it to 96.6 / 96.6 / 81.4 % and
// the part to 94.4 / 93.2 / 89.7 %, above the floors, which stay.
var lateFloors = floors{party: 93, speaker: 92, kind: 89, topic: 0}

// lateFirstContact records how the importer did on each batch of late
// readouts when they were labelled, before any rule changed after them.
var lateFirstContact = []struct {
	batch                string
	readouts, sentences  int
	party, speaker, kind float64
}{
	{"late 1 (6 Dec 2026): UK PM, State, White House, Chinese MFA (en), Xinhua (zh), Japan MOFA, India PMO, European Council", 21, 174, 86.8, 90.2, 84.5},
	{"late 2 (6 Dec 2026): European Council, EEAS, Chinese MFA (en, zh), Xinhua (en, zh traditional), Hong Kong relays, State, UK, joint", 18, 231, 77.9, 84.8, 68.8},
	{"late 3 (6 Dec 2026, labelled after the rules for parties and speakers worked out on late 1 had landed): UK PM and Foreign Secretary, State, Chinese MFA (en), Xinhua (en)", 8, 74, 93.2, 79.7, 78.4},
	{"late 4 (6 Dec 2026, after the kind rules of late 2): European Council, Commission, Xinhua (en), CNA (zh traditional)", 6, 76, 94.7, 92.1, 73.7},
	{"late 5 (6 Dec 2026, labelled after the party and speaker rules worked out on late 1 to 3): UK PM, State, Japan MOFA, a French-British joint statement", 6, 35, 91.4, 100.0, 85.7},
	{"late 6 (7 Dec 2026): joint statements, ASEAN, Australia FM", 11, 121, 90.9, 86.8, 79.3},
	{"late 7 (7 Dec 2026): Kantei, India PMO/MEA, Korea MOFA, Chinese MFA (en, zh)", 10, 94, 96.8, 90.4, 81.9},
	{"late 8 (7 Dec 2026): kinds — European Council, EEAS, UK, White House", 8, 107, 94.4, 96.3, 66.4},
	{"late 9 (7 Dec 2026): genres weak on unseen texts — Russia MFA opening remarks, State remarks with a counterpart, EEAS dialogue, Chinese MFA press answers and relays, Kantei and MOFA summits, Australia FM press conferences", 14, 172, 87.8, 76.7, 81.4},
	{"late 10 (7 Dec 2026): kinds — Japan MOFA, Chinese MFA (en), State, Russia MFA, India MEA remarks, India-Japan and EU-Japan joint statements, UK FCDO", 12, 111, 74.8, 74.8, 73.9},
	{"late 11 (7 Dec 2026): genres weak on unseen texts — Kantei, No 10, Canada PMO, South Africa DIRCO and Presidency, Brazil, Korea, Indonesia, ASEAN chair, EEAS dialogues, White House, a round-up of calls, speeches with salutations", 19, 220, 86.8, 81.8, 79.5},
	{"late 12 (7 Dec 2026): publishers new to the corpus — Global Affairs Canada, New Zealand, Germany's Federal Foreign Office, UN Secretary-General, Viet Nam, Korea MOFA, Saudi Press Agency, WAM (UAE), African Union, G7 chairs, Indonesia MFA, Mexico SRE, Singapore MFA", 24, 213, 72.3, 70.0, 77.0},
	{"late 13 (7 Dec 2026, labelled after the kind rules worked out on late 12 had landed): Egypt MFA, Philippines DFA remarks, Russia MFA, Germany's Federal Foreign Office, the Taoiseach", 8, 71, 83.1, 74.6, 71.8},
	{"late 14 (7 Dec 2026, labelled after the kind rules worked out on late 12 and 13 had landed): NATO Secretary General, Qatar MFA relays, Kazakhstan MFA", 8, 51, 80.4, 72.5, 94.1},
	{"late 15 (7 Dec 2026): speakers of first-person and press texts — Kantei summit summary and press remarks, White House remarks (labels in capitals and with a full stop, 'Q.' questions), State, Korea MOFA and Office of the President, South Africa DIRCO, Brazil, EEAS HR/VP press remarks", 15, 244, 85.2, 62.3, 76.6},
	{"late 16 (7 Dec 2026): chairs' statements, statements of several sides, summit readouts — ASEAN and APT chairs, BRICS, Quad, US-Japan-ROK, EEAS, EU-Japan joint, Kantei, Korea, CPIFA, Global Affairs Canada, New Zealand-Australia", 16, 150, 69.3, 95.3, 79.3},
	{"late 17 (7 Dec 2026, measured at 3d5c3eb): speakers on weak genres — ministers' first-person releases, statements and written answers (Australia, New Zealand, Ireland), Korea MOFA, DIRCO, Brazil Presidency, France MFA, Chinese MFA (en), EEAS, Global Affairs Canada", 17, 205, 86.8, 80.5, 80.0},
	{"late 18 (7 Dec 2026, labelled after the party rules of party_joint.go had been written, measured at cbcdf8d): joint statements told without a joint subject, weak publishers — Japan MOFA summaries and an embassy's copy, Embassy of Japan in China (zh), Swiss FDFA, Argentina and Chile MFA, Italy PM's office, UK No 10, Turkey MFA, DIRCO, Australia FM", 20, 211, 81.0, 80.6, 77.3},
	{"late 19 (7 Dec 2026, measured at 3d5c3eb): kinds of the weakest publishers on unseen texts — UK PM calls, Japan PM press conferences, Chinese MFA (en) and Xinhua (zh), Korea MOFA and Yonhap, EEAS HR/VP press remarks, South Africa DIRCO, Russia MFA, a Chinese English report of a call", 16, 184, 89.1, 85.3, 70.7},
	{"late 20 (7 Dec 2026, measured at 55e7a09): transcripts and briefings — joint press remarks and conferences, spokespersons' regular briefings with questions and answers (Korea MOFA and Ministry of Unification, Japan MOFA press secretary, India MEA weekly and special briefings, Chinese MFA (en)), State, Singapore MFA interview, South Africa DIRCO bi-national commission openings, Australia FM, Indonesia, Philippines PCO; measured once more at the same commit with the labels as first written after one readout, a copy of the same Indonesian press statement that batch late 21 holds, was taken out", 15, 241, 71.8, 63.1, 58.9},
	{"late 21 (7 Dec 2026, measured at 55e7a09): single-speaker first-person texts whose speaker only a title, heading, byline or office names — ministers' opening remarks at bi-national and joint commissions and a strategic dialogue, keynote speeches and addresses, a statement after a meeting (South Africa DIRCO, Korea MOFA, New Zealand, India MEA, Japan MOFA, Germany FFO, Philippines DFA, UK, Chinese MFA, Indonesia)", 16, 237, 87.8, 39.7, 74.7},
	{"late 22 (7 Dec 2026, measured at 55e7a09): Chinese-language readouts and the other sides' Chinese texts — Xinhua (simplified and traditional, relayed in Hong Kong and Macao), Chinese MFA, People's Daily, China News Service, China.com, Lianhe Zaobao, KBS World, Yonhap and Chosun Ilbo Chinese pages, Sing Tao", 16, 210, 82.9, 71.9, 73.8},
	{"late 23 (7 Dec 2026, measured at 55e7a09): party on publishers the corpus has little of — Swiss FDFA, Lithuania, Finland, Austria, Spain and Slovenia MFAs in English, Chile MFA and Peru's Andina, ASEAN chairs' retreats, Japan's summaries with Argentina and the EU, EEAS strategic dialogue, British-Irish communiqués", 18, 173, 74.6, 89.6, 82.1},
	{"late 24 (7 Dec 2026, measured at 12d351d, rebased as 42e66d4, after the segmenting rules worked out on the late part's misses had been written): segmenting on the genres where it failed — Kantei and MOFA summaries relayed by JapanGov (numbered items, quoted addresses, bullets before numbers), ASEAN chair statements and communiqués relayed by agencies, Australia FM doorstops, DIRCO briefings and statements, Mexico SRE releases and remarks, a Korea MOFA release; 7 sentences lost to segmenting in 4 readouts", 16, 226, 87.2, 70.8, 75.2},
	{"late 25 (7 Dec 2026, measured at dbdf652): joint sentences — EEAS and Korea MOFA dialogues with Asian partners (Indonesia, Korea), UK PM calls with one and with several leaders, Japan–US–Korea and Australia–Japan–US trilateral meetings and joint statements", 15, 136, 77.2, 96.3, 87.5},
	{"late 26 (7 Dec 2026, measured at dbdf652): speakers of readouts that name their principal once or by office alone — UK No 10 calls and meetings (one dated by month and year only), State Department readouts of the Secretary's meetings, South Africa DIRCO, ETNet relaying the Chinese MFA in traditional script; five more readouts labelled with it were dropped as copies of batches late 27 and late 29, which landed them first, and the figures are of the nine that stay", 9, 69, 87.0, 85.5, 81.2},
	{"late 27 (7 Dec 2026, measured at dbdf652): kinds of the weak-kind genres — European Council and Commission summit remarks, No 10 readouts with China and Japan, G7 foreign ministers (State's release), Kantei and Japan MOFA summaries, an EU-Vietnam human-rights dialogue, DIRCO remarks and an SAnews report", 14, 175, 93.1, 76.6, 83.4},
	{"late 29 (7 Dec 2026, measured at adf221c, main at dbdf652 with only these readouts added): Chinese-language readouts — Hong Kong relays in traditional characters (RTHK, i-Cable, on.cc, Ming Pao), Taiwan relays (United Daily News, CTi), Xinhua and gov.cn, the Chinese MFA, China News Service, Chinese embassy and mission readouts as relayed, the Macao SAR government, the EU Delegation to China in Chinese", 16, 131, 72.5, 74.0, 80.9},
	{"late 30 (7 Dec 2026, measured at 49b60d2, main at d02bf35 with only these readouts added): press conferences, doorstops and interviews — Kantei press conferences after summits and trips abroad (questions summed up in brackets), Australia FM and PM press conferences, a doorstop with doubled colons after its labels and an interview on stage, Australia-New Zealand joint press conferences of the foreign ministers (labels on lines of their own), Wang Yi's Reuters interview and NPC press conference, State's joint press availability with the UK Foreign Secretary and remarks with Canada's Foreign Minister; 6 sentences lost to segmenting in 5 readouts", 16, 247, 77.7, 74.1, 67.6},
	{"late 31 (7 Dec 2026, measured at d02bf35): which side a sentence belongs to in summit summaries and releases — Kantei and Japan MOFA summaries with Latin American, African and European leaders, the Kantei's Chinese summary of a summit with China, ASEAN chairs' retreat statements, Argentina and Chile MFA English releases of meetings with the US and the UK, Swiss FDFA releases, an India–Central Asia joint statement of seven; a sixteenth readout, the Kantei summary of Kishida with Ruto, was dropped as a copy of the one batch late 34 landed first (the two blind labellings agreed on every party and kind), and the figures are of the fifteen that stay, measured again at d02bf35 with only them added", 15, 145, 85.5, 91.7, 80.7},
	{"late 32 (7 Dec 2026, measured at d24bb35, main at d02bf35 with only these readouts added): European and British readouts of meetings with Asian, Gulf and Latin American partners — EEAS HR/VP releases and remarks (Indonesia, Philippines, Saudi Arabia, Argentina), European Council remarks and an EU summit release (Mexico, Brazil), UK Foreign Secretary and No 10 readouts with China, the Gulf and the US, the Netherlands MFA in Beijing", 14, 157, 79.6, 76.4, 87.3},
	{"late 33 (7 Dec 2026, measured at 964ec4b, main at d02bf35 with only these readouts added): kinds on the publishers weakest on kind on the held-out part — Korea MOFA releases and KBS relaying one, Xinhua in English (calls and talks, 2013 to 2023) and in Chinese, a UK Foreign Office readout as an agency relays it, i-Cable relaying the Chinese MFA, the European Council President's and the High Representative's press remarks", 14, 133, 88.0, 89.5, 81.2},
	{"late 34 (7 Dec 2026, measured at 9a7c66b, main at d02bf35 with only these readouts added): speakers of the weak genres — South Africa DIRCO and Presidency openings of bi-national commissions (Nigeria 2019 and 2021, Namibia 2016 and 2023), Chinese readouts of Wang Yi at multilateral meetings (MFA in English, Xinhua in English and Chinese: BRICS, G20, an expo of several guests), Hong Kong and Shanghai relays in Chinese, Japan's summaries with Kenya, Nigeria, Argentina and Mexico; six numbered section headings were labelled with the list number the segmenter leaves out of the text and count as lost to segmenting here, their prefixes corrected afterwards", 18, 205, 86.3, 87.8, 78.5},
	{"late 35 (7 Dec 2026, measured at 74fe160, main at 1f3c4ef with only these readouts added): kinds of Chinese-language readouts — the Chinese MFA, Xinhua, China News Service as reposted, Hong Kong relays (HK01, Ming Pao, Yahoo relaying Xinhua) and Taiwan relays (Mirror Media, a CCTV relay) of Chinese ministers' meetings and calls with Europeans, Asians, Africans and Americans, simplified and traditional; an eleventh readout labelled with it (Xinhua, Wang Yi with three Latin American ministers, 14 May 2025) was dropped as a copy of batch late 33's, which landed it first, and the figures are of the ten that stay", 10, 86, 84.9, 89.5, 86.0},
	{"late 36 (8 Dec 2026, measured at 901e767 with only these readouts added): Japan's side — Kantei and Japan MOFA summaries of Kishida, Ishiba and Takaichi with Italian, British, Indonesian, Saudi, South African, Egyptian and US leaders (meetings, a video conference, informal talks, a courtesy call, working dinners; 2022–2025), and the other side of two of those meetings (No 10 on Kishida and Sunak in Hiroshima, the Egyptian Presidency on Kishida in Cairo); no sentence lost to segmenting", 14, 138, 92.8, 93.5, 83.3},
	{"late 37 (8 Dec 2026, measured at f1b2e99, main at 901e767 with only these readouts added): the EU institutions with Asian, Latin American, African and Gulf partners — EEAS HR/VP remarks (Saudi Arabia, the GCC twice, the African Union) and releases (Borrell in Brazil, the Bangladesh Joint Commission, the Mexico and Brazil human-rights dialogues), the European Council President (Korea 2020 and 2023) and an EU-India main-results page, the Commission President (Korea, Brazil, Canada); two of the copies read carry no title, so nothing in their text names the President who speaks; 1 sentence lost to segmenting", 14, 241, 88.0, 73.9, 78.0},
	{"late 38 (8 Dec 2026, measured at c456894, main at 901e767 with only these readouts added): the Chinese MFA in English (as Chinese embassies, consulates and the Belt and Road Forum's site post it) and Xinhua in English (as People's Daily Online and Shanghai Daily print it) — Wang Yi's and Qin Gang's meetings on the sidelines of the Munich Security Conference, the UN General Assembly, East Asia foreign ministers' meetings and the Belt and Road Forum, talks in Beijing, and calls with Russian, French, German, Indian, Japanese, Argentine and Brazilian counterparts, 2016 to 2025", 16, 147, 87.8, 90.5, 85.0},
	{"late 39 (8 Dec 2026, measured at 2a6ada0, main at 901e767 with only these readouts added): kinds on the publishers weak on held-out kind — the Chinese MFA and Xinhua in Chinese (Wang Yi with the French and German foreign ministers, the French President's diplomatic adviser and the Korean foreign minister, Xi Jinping with Macron, 2023–2025), Korea MOFA English releases of foreign ministers' meetings and calls (Japan, the UK) and two spokesperson's briefings, No 10 readouts of the Prime Minister's calls and meetings with Germany, France and South Korea (2023–2025); five bullet lines opened by \"o \" were labelled with the bullet the segmenter leaves out of the text and count as lost to segmenting here, their prefixes corrected afterwards", 15, 160, 91.2, 90.0, 81.9},
	{"late 40 (8 Dec 2026, measured at 901e767 with only these readouts added): which side holds a sentence on publishers weak on held-out party — Argentina MFA English releases of the foreign minister with a US senator and with the G7 ambassadors, a Swiss FDFA round-up of talks at Davos, Japan MOFA's summary of a trilateral with Egypt and Jordan, Australia FM press conferences in Jakarta and New York, a doorstop at the UN and opening remarks to the dialogue with China, South Africa DIRCO openings of a joint commission with Lesotho and a bi-national commission with Mozambique, the ASEAN chair's press-conference pointers (Malaysia 2025); 1 sentence lost to segmenting", 13, 186, 86.6, 83.9, 76.3},
}

func TestAccuracyLate(t *testing.T) {
	for _, f := range lateFirstContact {
		t.Logf("first contact, batch %s: %d readouts, %d sentences: party %5.1f%% speaker %5.1f%% kind %5.1f%%",
			f.batch, f.readouts, f.sentences, f.party, f.speaker, f.kind)
	}
	runAccuracy(t, "accuracy-late", lateFloors)
}

// firstContact records how the importer did on each batch of held-out
// readouts when they were labelled, before any rule changed after them
// (party, speaker, kind, topic in %); from batch 4 on the readouts carry
// a "# batch:" line and the test prints each batch's figures today. The
// six held-out readouts written before these had their first contact
// measured as all three together (docs/import.md).
var firstContact = []struct {
	batch                       string
	readouts, sentences         int
	party, speaker, kind, topic float64
}{
	{"1: EEAS, Chinese MFA, State, UK, Japan MOFA, White House, Xinhua (en, zh)", 8, 81, 81.5, 79.0, 79.0, 72.8},
	{"2: Kantei, Chinese MFA, CNS (zh), EEAS, UK, State, India MEA", 7, 64, 81.3, 73.4, 67.2, 87.5},
	{"3: UK FCDO, Xinhua (zh), White House, EU-India joint", 4, 46, 76.1, 82.6, 76.1, 71.7},
	{"4 (6 Dec 2026): EEAS, Xinhua (en, zh), State, Russia MFA, Japan MOFA, UK", 12, 108, 79.6, 82.4, 81.5, 84.7},
	{"5 (6 Dec 2026): European Council, Commission, Korea MOFA, India MEA and PMO, White House, Chinese MFA, ASEAN, UK", 11, 127, 79.5, 65.4, 72.4, 82.7},
	{"5, held back (6 Dec 2026; scored once the importer no longer crashed on them, after later rule changes made on development readouts only): Australia FM doorstop, European Council press remarks", 2, 37, 78.4, 21.6, 54.1, 83.8},
	{"6 (6 Dec 2026): Chinese MFA (en, zh), European Council, Russia MFA, Japan PM's Office, Australia FM", 8, 93, 86.0, 80.6, 74.2, 79.2},
	{"7 (6 Dec 2026): Korea MOFA, India MEA, Japan MOFA, White House, Chinese MFA (en), Xinhua (zh), EEAS, European Council, UK, a joint communique of three", 14, 128, 95.3, 90.6, 85.2, 48.3},
	{"8 (7 Dec 2026): Japan MOFA, Chinese MFA (en, zh), Russia MFA, Australia FM, Korea MOFA, EEAS, UK, State, European Council, White House, India MEA, Japan PM's Office, a Quad joint statement", 16, 175, 89.7, 84.0, 82.3, 82.3},
	{"9 (7 Dec 2026; measured at 89d24d7, before the day's rule changes landed): UK (2), Chinese MFA (en, zh), Xinhua (en), South Africa DIRCO, Russia MFA, Turkey MFA, a joint declaration, EEAS, ASEAN chair, Japan PM's Office, Japan MOFA, State, White House, Brazil Presidency, Korea MOFA", 17, 209, 80.4, 66.0, 75.6, 66.5},
	// Batch 10 was labelled blind by a helper who changed no rule, and
	// measured once on the code of d505909 (a detached copy of that commit
	// with only the new readouts added), so that rule changes landing the
	// same morning did not touch its first contact.
	{"10 (7 Dec 2026; measured at d505909): Singapore MFA, UK, New Zealand FM, Viet Nam News and VNA, Japan MOFA, Canada PMO (2), South Africa DIRCO (2), Embassy of Japan in China (zh), People's Daily (zh, traditional), Xinhua (zh), German Chancellor, G7 communiqué, Chinese MFA (en), a Chinese readout in machine translation, ASEAN, ASEAN chair, Korea MOFA (2)", 21, 215, 88.8, 75.3, 78.6, 80.9},
	// Batch 11 likewise: labelled blind by a helper who changed no rule,
	// measured once on the code of 2820179 (the commit the session of
	// 7 Dec 2026 started from) with only the new readouts added.
	{"11 (7 Dec 2026; measured at 2820179): UN Secretary-General (3), Swiss FDFA, France MFA, Pakistan MFA (2), Argentina MFA, Chile MFA, Russia MFA, State (2), White House, Israel PMO (a first-person statement), UK, Italy's Palazzo Chigi (three meetings in a row), Xinhua (en), China News Service Hong Kong and HK01 (zh, traditional)", 19, 193, 89.6, 88.1, 85.0, 86.5},
}

// seenInDevelopment names held-out readouts whose texts were, for a while,
// also development readouts under other names (two helpers found the same
// official pages the same afternoon): some rules were first worked out on
// them, so the held-out part is also scored without them.
var seenInDevelopment = map[string]bool{
	"eeas-borrell-wang-2023":    true,
	"eeas-kallas-wang-2025":     true,
	"gov-uk-pm-biden-call-2022": true,
	"gov-uk-pm-biden-2023-07":   true,
}

func TestAccuracyHeldOut(t *testing.T) {
	for _, f := range firstContact {
		t.Logf("first contact, batch %s: %d readouts, %d sentences: party %5.1f%% speaker %5.1f%% kind %5.1f%% topic %5.1f%%",
			f.batch, f.readouts, f.sentences, f.party, f.speaker, f.kind, f.topic)
	}
	runAccuracy(t, "heldout", heldOutFloors)
}

// runAccuracy scores every labelled readout under testdata/dir and
// prints the figures per readout, per publisher and for the whole part.
func runAccuracy(t *testing.T, dir string, fl floors) {
	files, err := filepath.Glob(filepath.Join("testdata", dir, "*.labels"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no labelled readouts in %s: %v", dir, err)
	}
	byPub, byBatch := map[string]score{}, map[string]score{}
	readouts, batchReadouts := map[string]int{}, map[string]int{}
	var total, firstPerson, unseen score
	nFirstPerson, nSeen := 0, 0
	for _, f := range files {
		fx := readFixture(t, dir, strings.TrimSuffix(filepath.Base(f), ".labels"))
		s := scoreFixture(t, dir, fx)
		logScore(t, fx.name, s)
		byPub[fx.publisher] = byPub[fx.publisher].add(s)
		readouts[fx.publisher]++
		if fx.batch != "" {
			byBatch[fx.batch] = byBatch[fx.batch].add(s)
			batchReadouts[fx.batch]++
		}
		total = total.add(s)
		if seenInDevelopment[fx.name] {
			nSeen++
		} else {
			unseen = unseen.add(s)
		}
		if strings.HasPrefix(fx.name, firstPersonPrefix) {
			firstPerson = firstPerson.add(s)
			nFirstPerson++
		}
	}
	pubs := make([]string, 0, len(byPub))
	for p := range byPub {
		pubs = append(pubs, p)
	}
	sort.Strings(pubs)
	t.Logf("%s: per publisher", dir)
	for _, p := range pubs {
		logScore(t, p+" ("+itoa(readouts[p])+")", byPub[p])
	}
	batches := make([]string, 0, len(byBatch))
	for b := range byBatch {
		batches = append(batches, b)
	}
	sort.Strings(batches)
	for _, b := range batches {
		logScore(t, "batch "+b+" ("+itoa(batchReadouts[b])+")", byBatch[b])
	}
	if nFirstPerson > 0 {
		logScore(t, "first-person texts ("+itoa(nFirstPerson)+")", firstPerson)
	}
	if nSeen > 0 {
		logScore(t, "the "+itoa(len(files)-nSeen)+" never seen in development", unseen)
	}
	logScore(t, "all "+itoa(len(files))+" readouts", total)
	t.Logf("%s: kinds missed (the analyst's as the importer's): %s", dir, strings.Join(total.confusion(), ", "))
	t.Logf("%s: parties and speakers missed: %s", dir, strings.Join(total.missList(), ", "))
	check := func(what string, got, floor float64) {
		if got < floor {
			t.Errorf("%s: %s accuracy %.1f%% is below the floor of %.0f%%", dir, what, got, floor)
		}
	}
	check("party", total.pct(total.party), fl.party)
	check("speaker", total.pct(total.speaker), fl.speaker)
	check("kind", total.pct(total.kind), fl.kind)
	if total.topicN > 0 {
		check("topic", total.topicPct(), fl.topic)
	}
	if nFirstPerson > 0 && dir == "accuracy" {
		check("first-person party", firstPerson.pct(firstPerson.party), firstPersonFloors.party)
		check("first-person speaker", firstPerson.pct(firstPerson.speaker), firstPersonFloors.speaker)
		check("first-person kind", firstPerson.pct(firstPerson.kind), firstPersonFloors.kind)
	}
}

func logScore(t *testing.T, name string, s score) {
	t.Helper()
	topic := "    -  "
	if s.topicN > 0 {
		topic = formatPct(s.topicPct())
	}
	t.Logf("%-34s %3d sentences: party %s speaker %s kind %s topic %s all three %s",
		name, s.n, formatPct(s.pct(s.party)), formatPct(s.pct(s.speaker)), formatPct(s.pct(s.kind)), topic, formatPct(s.pct(s.all)))
}

func formatPct(x float64) string { return fmt.Sprintf("%5.1f%%", x) }

func itoa(n int) string { return strconv.Itoa(n) }
