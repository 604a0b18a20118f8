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
	{"death penalty", "#2c3e50"},
	{"development path", "#27ae60"},
	{"double standards", "#8e44ad"},
	{"freedom of religion", "#2980b9"},
	{"non-interference", "#d35400"},
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
	{Key: "eu-tibet-visit", EU: true, Quote: "The Dialogue was preceded by a visit of the EU delegation to Tibet from 13 to 15 June.",
		Parties: []string{eu}, Topic: tTibet, Kind: storage.KindAccount, Tags: []string{"access"}},
	{Key: "eu-agenda", EU: true, Quote: "The agenda allowed for in-depth discussion of human rights and labour rights developments both in the EU and in China.",
		Parties: []string{china, eu}, Topic: tInEU, Kind: storage.KindAccount},
	{Key: "eu-freedoms", EU: true, Quote: "The EU restated its long-standing concerns about restrictions on fundamental freedoms and labour rights, the use of forced labour, limits on due process and the lack of judicial independence in China.",
		Parties: []string{eu}, Speaker: pampaloni, Topic: tCivil, Kind: storage.KindConcern},
	{Key: "eu-expression", EU: true, Quote: "It raised freedom of expression, freedom of assembly and freedom of religion or belief, as well as equality and non-discrimination, including the rights of women and LGBTI persons.",
		Parties: []string{eu}, Topic: tCivil, Kind: storage.KindConcern, Tags: []string{"freedom of religion"}},
	{Key: "eu-death-penalty", EU: true, Quote: "The EU restated its opposition to the death penalty in all circumstances.",
		Parties: []string{eu}, Topic: tCivil, Kind: storage.KindPosition, Tags: []string{"death penalty"}},
	{Key: "eu-moratorium", EU: true, Quote: "It urged China to introduce a moratorium and to publish data on its use of capital punishment.",
		Parties: []string{eu}, Topic: tCivil, Kind: storage.KindDemand, Tags: []string{"death penalty"}},
	{Key: "eu-religious-leaders", EU: true, Quote: "The EU said that religious leaders should be chosen without interference by the government and in line with religious norms, including in the succession of the Dalai Lama.",
		Parties: []string{eu}, Topic: tTibet, Kind: storage.KindPosition, Tags: []string{"freedom of religion"}},
	{Key: "eu-minorities", EU: true, Quote: "The EU drew attention to the vulnerable situation of persons belonging to religious, ethnic and linguistic minorities, including Uyghurs and Tibetans.",
		Parties: []string{eu}, Topic: tXinjiang, Kind: storage.KindConcern, Tags: []string{"freedom of religion"}},
	{Key: "eu-hong-kong", EU: true, Quote: "It raised the negative impact of Hong Kong's new national security legislation on rights and freedoms, and the erosion of Hong Kong's high degree of autonomy under the Basic Law.",
		Parties: []string{eu}, Topic: tHongKong, Kind: storage.KindConcern},
	{Key: "eu-regional", EU: true, Quote: "The EU expressed its concerns about the very serious human rights situation in Xinjiang, Tibet and Hong Kong.",
		Parties: []string{eu}, Speaker: pampaloni, Topic: tRegional, Kind: storage.KindConcern},
	{Key: "eu-defenders", EU: true, Quote: "It raised reports of pressure on human rights defenders, lawyers and journalists, and urged China to investigate allegations of arbitrary detention, enforced disappearance, torture and ill-treatment.",
		Parties: []string{eu}, Topic: tCivil, Kind: storage.KindDemand},
	{Key: "eu-security-law", EU: true, Quote: "The EU also asked China to reassess its national security framework.",
		Parties: []string{eu}, Topic: tCivil, Kind: storage.KindDemand},
	{Key: "eu-cases", EU: true, Quote: "The EU raised individual cases, among them those of Gui Minhai, an EU citizen, Ilham Tohti, Go Sherab Gyatso and Tashi Dorje, and of people detained for exercising their freedoms, including Yu Wensheng, Xu Yan, Zhang Zhan and Li Qiaochu, and called for their release.",
		Parties: []string{eu}, Speaker: pampaloni, Topic: tCases, Kind: storage.KindDemand, Tags: []string{"call for release"}},
	{Key: "eu-miao-meeting", EU: true, Quote: "On 17 June, Paola Pampaloni met Assistant Foreign Minister Miao Deyu in Beijing.",
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
	{From: "cn-refuted", To: "eu-freedoms", Type: storage.LinkRespondsTo},
	{From: "eu-regional", To: "cn-objective", Type: storage.LinkContradicts,
		Note: "Same visit, opposite readings: China says the visit gave the EU diplomats a more objective understanding; right after it, the EU still calls the situation in Tibet very serious."},
	{From: "cn-respect-path", To: "eu-defenders", Type: storage.LinkContradicts},
	{From: "cn-politicizing", To: "eu-freedoms", Type: storage.LinkContradicts},
	{From: "eu-agenda", To: "cn-candid", Type: storage.LinkAgreesWith},
	{From: "eu-tibet-visit", To: "cn-xizang-visit", Type: storage.LinkQualifies,
		Note: "The EU readout calls the region Tibet, the Chinese readout Xizang."},
	{From: "eu-miao-meeting", To: "cn-concept", Type: storage.LinkQualifies},
}

// statementNotes are the analyst's notes on statements, by key.
var statementNotes = []struct{ Key, Body string }{
	{"cn-objective", "China's account of what the EU diplomats concluded. The EU readout says nothing of the kind: read it as the EU's position as reported by China, not in the EU's own words."},
	{"eu-cases", "The Chinese readout does not mention individual cases at all."},
	{"cn-cooperation", "Only the Chinese readout reports talk of cooperation; the EU readout does not mention it."},
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
		"The EU raised Xinjiang, Tibet and Hong Kong as very serious concerns; China called all three internal affairs that tolerate no external interference.",
		"Neither readout reports a step by either side on any of the three regions."},
	{tTibet, storage.VerdictDivergent,
		"Both readouts mention the delegation's visit. China says it gave the EU diplomats a more objective understanding; the EU raises freedom of religion and the Dalai Lama's succession.", ""},
	{tESC, storage.VerdictPartlyConvergent,
		"China reports both sides discussing cooperation on economic, social and cultural rights; the EU's own readout raises labour rights only as a concern.", ""},
	{tUniversal, storage.VerdictNotAddressed,
		"China objects to politicising human rights and to double standards; the EU readout does not take up the argument.", ""},
	{tCases, storage.VerdictNotAddressed,
		"The EU raised individual cases and called for releases; the Chinese readout is silent on them.", ""},
	{tInEU, storage.VerdictPartlyConvergent,
		"Both readouts say the human rights record of the EU was discussed; only the Chinese one says what was criticised.", ""},
	{tDialogue, storage.VerdictConvergent,
		"Both sides call the discussion in-depth and describe the dialogue in similar terms.", ""},
}
