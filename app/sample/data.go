package sample

import "parley/storage"

// The sample's facts come from the Chinese side's readout of the 39th
// China-EU Human Rights Dialogue (assets/sample/china-readout-...); the EU
// side's readout is our reconstruction, labelled as such in its title,
// publisher and first lines.

const (
	china = "China"
	eu    = "European Union"

	miao      = "Miao Deyu"
	shen      = "Shen Bo"
	pampaloni = "Paola Pampaloni"

	chinaFile = "sample/china-readout-39th-hr-dialogue-2024.txt"
	euFile    = "sample/eu-readout-39th-hr-dialogue-2024.txt"
)

// Topic paths.
const (
	tDevelopment = "Human rights development"
	tUniversal   = "Universality and non-interference"
	tCivil       = "Civil and political rights"
	tESC         = "Economic, social and cultural rights"
	tRegional    = "Regional issues"
	tXinjiang    = "Regional issues/Xinjiang"
	tTibet       = "Regional issues/Tibet (Xizang)"
	tHongKong    = "Regional issues/Hong Kong"
	tCases       = "Individual cases"
	tInEU        = "Human rights in the EU"
	tMultilat    = "Multilateral cooperation"
	tDialogue    = "Dialogue arrangements"
)

var topicDescriptions = map[string]string{
	tDevelopment: "Each side's account of its own human rights record and concept of human rights.",
	tUniversal:   "Whether human rights are a legitimate international concern or an internal affair.",
	tTibet:       "The Chinese readout says Xizang, the EU readout Tibet.",
	tInEU:        "Concerns China raises about the EU, and the EU's answers.",
	tDialogue:    "Format, visits, tone and future of the dialogue itself.",
}

// statement is one statement of the sample. Quote is its text, found in
// the source's text to compute the offsets; Key names it for links and
// notes.
type statement struct {
	Key     string
	EU      bool // from the EU readout; otherwise from the Chinese one
	Quote   string
	Parties []string
	Speaker string
	Topic   string
	Kind    storage.Kind
	Tags    []string
}

var tags = []struct{ Name, Color string }{
	{"access", "#16a085"},
	{"call for release", "#c0392b"},
	{"cooperation", "#7f8c8d"},
	{"development path", "#27ae60"},
	{"double standards", "#8e44ad"},
	{"non-interference", "#d35400"},
	{"universality", "#2980b9"},
}

var statements = []statement{
	{Key: "cn-stance", Quote: "Chinese representatives comprehensively presented their views on human rights and reiterated China’s stance",
		Parties: []string{china}, Topic: tDevelopment, Kind: storage.KindPosition},
	{Key: "cn-xizang-visit", Quote: "EU diplomats also visited the Xizang Autonomous Region between June 13 and 15 as part of the agenda",
		Parties: []string{china}, Topic: tTibet, Kind: storage.KindAccount},
	{Key: "cn-concept", Quote: "Miao detailed China’s human rights concept and achievements, emphasizing the Communist Party of China’s commitment to serving the people and advancing their fundamental interests.",
		Parties: []string{china}, Speaker: miao, Topic: tDevelopment, Kind: storage.KindPosition, Tags: []string{"development path"}},
	{Key: "cn-achievements", Quote: "He highlighted China’s historic achievements in human rights and its ongoing efforts to improve protections through Chinese modernization.",
		Parties: []string{china}, Speaker: miao, Topic: tDevelopment, Kind: storage.KindPosition, Tags: []string{"development path"}},
	{Key: "cn-politicizing", Quote: "Miao also stressed China’s opposition to politicizing human rights issues, applying double standards, and imposing a single human rights model on other countries.",
		Parties: []string{china}, Speaker: miao, Topic: tUniversal, Kind: storage.KindObjection, Tags: []string{"double standards", "non-interference"}},
	{Key: "cn-communication", Quote: "He urged for stronger communication between China and Europe to foster mutual understanding.",
		Parties: []string{china}, Speaker: miao, Topic: tDialogue, Kind: storage.KindProposal},
	{Key: "cn-eu-report", Quote: "included China’s objections to the EU’s recent annual report on global human rights and democracy",
		Parties: []string{china}, Speaker: shen, Topic: tUniversal, Kind: storage.KindObjection, Tags: []string{"double standards"}},
	{Key: "cn-refuted", Quote: "Shen refuted the EU’s accusations regarding China’s human rights situation",
		Parties: []string{china}, Speaker: shen, Topic: tDevelopment, Kind: storage.KindObjection},
	{Key: "cn-internal-affairs", Quote: "reiterated that issues related to Xinjiang, Xizang, and Hong Kong are internal affairs that tolerate no external interference",
		Parties: []string{china}, Speaker: shen, Topic: tRegional, Kind: storage.KindPosition, Tags: []string{"non-interference"}},
	{Key: "cn-respect-path", Quote: "He urged the EU to respect China’s human rights development path and refrain from using human rights to interfere in China’s internal matters.",
		Parties: []string{china}, Speaker: shen, Topic: tUniversal, Kind: storage.KindDemand, Tags: []string{"development path", "non-interference"}},
	{Key: "cn-eu-concerns", Quote: "China also raised concerns about the EU’s handling of refugees, migrants, racism, xenophobia, and violence against women, urging the EU to address these issues earnestly.",
		Parties: []string{china}, Topic: tInEU, Kind: storage.KindConcern},
	{Key: "cn-candid", Quote: "Both parties agreed that the dialogue was candid, in-depth, and conducive to enhancing mutual understanding.",
		Parties: []string{china, eu}, Topic: tDialogue, Kind: storage.KindAgreement},
	{Key: "cn-cooperation", Quote: "They discussed potential cooperation in various areas, including economic, social, and cultural rights, business and human rights, women and children’s rights, and the rights of persons with disabilities.",
		Parties: []string{china, eu}, Topic: tESC, Kind: storage.KindProposal, Tags: []string{"cooperation"}},
	{Key: "cn-objective", Quote: "The EU diplomats’ visits to schools, cultural, and religious sites in Xizang provided them with a more objective understanding of China’s human rights practices.",
		Parties: []string{eu}, Topic: tTibet, Kind: storage.KindAccount, Tags: []string{"access"}},
	{Key: "cn-experts", Quote: "Experts believe such exchanges help eliminate misunderstandings between the regions.",
		Parties: []string{china}, Topic: tDialogue, Kind: storage.KindPosition},
	{Key: "cn-previous", Quote: "The previous China-EU Human Rights Dialogue was held in Brussels, Belgium, in February 2023, marking the resumption of talks after a suspension since 2019.",
		Parties: []string{china}, Topic: tDialogue, Kind: storage.KindAccount},
	{Key: "cn-ongoing", Quote: "Despite differing views on human rights, both sides acknowledge the importance of ongoing dialogue.",
		Parties: []string{china, eu}, Topic: tDialogue, Kind: storage.KindAgreement},

	{Key: "eu-took-place", EU: true, Quote: "The 39th EU-China Human Rights Dialogue took place in Chongqing, China, on 16 June 2024.",
		Parties: []string{eu}, Topic: tDialogue, Kind: storage.KindAccount},
	{Key: "eu-tibet-visit", EU: true, Quote: "The Dialogue was preceded by a visit of the EU delegation to the Tibet Autonomous Region from 13 to 15 June.",
		Parties: []string{eu}, Topic: tTibet, Kind: storage.KindAccount},
	{Key: "eu-regional", EU: true, Quote: "The EU raised its serious concerns about the human rights situation in Xinjiang, Tibet and Hong Kong.",
		Parties: []string{eu}, Speaker: pampaloni, Topic: tRegional, Kind: storage.KindConcern},
	{Key: "eu-ohchr", EU: true, Quote: "the EU referred to the assessment of the UN Office of the High Commissioner for Human Rights of August 2022 and called on China to implement its recommendations",
		Parties: []string{eu}, Topic: tXinjiang, Kind: storage.KindDemand},
	{Key: "eu-forced-labour", EU: true, Quote: "The EU expressed concern about reports of forced labour and about restrictions on the freedom of religion or belief and on the cultural and linguistic rights of Uyghurs and other persons belonging to minorities.",
		Parties: []string{eu}, Topic: tXinjiang, Kind: storage.KindConcern},
	{Key: "eu-access", EU: true, Quote: "the EU welcomed the opportunity to visit the region, which it noted was not a substitute for meaningful and unhindered access for independent observers, including UN experts",
		Parties: []string{eu}, Topic: tTibet, Kind: storage.KindPosition, Tags: []string{"access"}},
	{Key: "eu-boarding", EU: true, Quote: "It raised concerns about the system of boarding schools and the protection of Tibetan language, culture and religion.",
		Parties: []string{eu}, Topic: tTibet, Kind: storage.KindConcern},
	{Key: "eu-hong-kong", EU: true, Quote: "the EU expressed concern about the continued erosion of fundamental freedoms and democratic principles, including after the adoption of new national security legislation under Article 23 of the Basic Law in March 2024",
		Parties: []string{eu}, Topic: tHongKong, Kind: storage.KindConcern},
	{Key: "eu-defenders", EU: true, Quote: "The EU raised the situation of human rights defenders, lawyers and journalists, and restrictions on the freedoms of expression, peaceful assembly and association.",
		Parties: []string{eu}, Topic: tCivil, Kind: storage.KindConcern},
	{Key: "eu-death-penalty", EU: true, Quote: "It reiterated its opposition to the death penalty in all circumstances.",
		Parties: []string{eu}, Topic: tCivil, Kind: storage.KindPosition},
	{Key: "eu-iccpr", EU: true, Quote: "The EU urged China to ratify the International Covenant on Civil and Political Rights, which China signed in 1998.",
		Parties: []string{eu}, Topic: tCivil, Kind: storage.KindDemand},
	{Key: "eu-cases", EU: true, Quote: "The EU raised a number of individual cases, including those of Ilham Tohti, Gui Minhai, Ding Jiaxi and Xu Zhiyong, and called for their release.",
		Parties: []string{eu}, Speaker: pampaloni, Topic: tCases, Kind: storage.KindDemand, Tags: []string{"call for release"}},
	{Key: "eu-universal", EU: true, Quote: "The EU recalled that human rights are universal, indivisible and interdependent, and that their promotion and protection are a legitimate concern of the international community.",
		Parties: []string{eu}, Speaker: pampaloni, Topic: tUniversal, Kind: storage.KindPosition, Tags: []string{"universality"}},
	{Key: "eu-china-approach", EU: true, Quote: "China presented its approach to human rights, centred on the right to development, and raised the situation of migrants and refugees and racism in the EU.",
		Parties: []string{china}, Topic: tInEU, Kind: storage.KindConcern, Tags: []string{"development path"}},
	{Key: "eu-own-challenges", EU: true, Quote: "The EU presented its own human rights challenges, including the fight against racism, xenophobia and discrimination and the protection of migrants and refugees, and recalled that EU Member States are subject to scrutiny by independent courts, national human rights institutions and UN mechanisms.",
		Parties: []string{eu}, Topic: tInEU, Kind: storage.KindPosition},
	{Key: "eu-multilateral", EU: true, Quote: "Both sides exchanged views on cooperation in multilateral fora, including the UN Human Rights Council, and on economic, social and cultural rights, business and human rights, and the rights of women, children and persons with disabilities.",
		Parties: []string{china, eu}, Topic: tMultilat, Kind: storage.KindAccount, Tags: []string{"cooperation"}},
	{Key: "eu-continue", EU: true, Quote: "The EU and China agreed on the value of continuing the Dialogue.",
		Parties: []string{china, eu}, Topic: tDialogue, Kind: storage.KindAgreement},
	{Key: "eu-miao-meeting", EU: true, Quote: "On 17 June, Paola Pampaloni also met Assistant Foreign Minister Miao Deyu in Beijing.",
		Parties: []string{eu}, Topic: tDialogue, Kind: storage.KindAccount},
}

// link relates two statements by key.
type link struct {
	From, To string
	Type     storage.LinkType
	Note     string
}

var links = []link{
	{From: "cn-internal-affairs", To: "eu-regional", Type: storage.LinkRespondsTo},
	{From: "cn-refuted", To: "eu-regional", Type: storage.LinkRespondsTo},
	{From: "eu-access", To: "cn-objective", Type: storage.LinkContradicts,
		Note: "Same visit, opposite readings: China presents the visit as having corrected the EU's view; the EU says a guided visit does not replace unhindered access."},
	{From: "eu-universal", To: "cn-respect-path", Type: storage.LinkContradicts},
	{From: "cn-politicizing", To: "eu-universal", Type: storage.LinkContradicts},
	{From: "eu-own-challenges", To: "cn-eu-concerns", Type: storage.LinkRespondsTo},
	{From: "eu-china-approach", To: "cn-eu-concerns", Type: storage.LinkRepeats},
	{From: "eu-multilateral", To: "cn-cooperation", Type: storage.LinkAgreesWith},
	{From: "eu-continue", To: "cn-ongoing", Type: storage.LinkAgreesWith},
	{From: "eu-tibet-visit", To: "cn-xizang-visit", Type: storage.LinkQualifies,
		Note: "The EU readout calls the region Tibet, the Chinese readout Xizang."},
}

// statementNotes are the analyst's notes on statements, by key.
var statementNotes = []struct{ Key, Body string }{
	{"cn-objective", "China's account of what the EU diplomats concluded. The EU readout says nothing of the kind: read it as the EU's position as reported by China, not in the EU's own words."},
	{"eu-cases", "The Chinese readout does not mention individual cases at all."},
	{"cn-cooperation", "Both readouts list the same fields of cooperation; the Chinese one puts economic, social and cultural rights first."},
}

// assessment is the verdict on a topic, with an optional note.
type assessment struct {
	Topic   string
	Verdict storage.Verdict
	Text    string
	Note    string
}

var assessments = []assessment{
	{tRegional, storage.VerdictDivergent,
		"The EU raised Xinjiang, Tibet and Hong Kong as concerns; China called all three internal affairs that tolerate no external interference.",
		"Neither readout reports a step by either side on any of the three regions."},
	{tTibet, storage.VerdictDivergent,
		"Both sides cite the delegation's visit, to opposite ends: China as proof of a more objective understanding, the EU as no substitute for unhindered access.", ""},
	{tESC, storage.VerdictPartlyConvergent,
		"Both readouts name the same areas of possible cooperation; neither names a concrete step.", ""},
	{tCases, storage.VerdictNotAddressed,
		"The EU raised individual cases and called for releases; the Chinese readout is silent on them.", ""},
	{tDialogue, storage.VerdictConvergent,
		"Both sides value continuing the dialogue and describe it in similar terms.", ""},
}
