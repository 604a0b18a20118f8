package sample

import "parley/storage"

// The 38th round (Brussels, 17 February 2023), the first after the pause
// since 2019: the first paragraphs of the EEAS press release with two
// third-party accounts of the rest, the Chinese Foreign Ministry
// spokesperson's account as China Radio International published it in
// Italian, and his words two days before the round.

var round38 = []statement{
	{Key: "38-eu-held", Src: srcEU38, Quote: "The 38th session of the EU-China Human Rights Dialogue was held in Brussels on 17 February 2023.",
		Parties: []string{eu}, Topic: tDialogue, Kind: storage.KindAccount},
	{Key: "38-eu-reopening", Src: srcEU38, Quote: "The EU and China welcomed the re-opening of this dedicated channel of communication on human rights issues during President Michel’s visit to China on 1 December 2022.",
		Parties: []string{china, eu}, Topic: tDialogue, Kind: storage.KindAgreement},
	{Key: "38-eu-in-depth", Src: srcEU38, Quote: "The dialogue included an in-depth exchange of views on human rights developments both in the EU and in China.",
		Parties: []string{china, eu}, Topic: tInEU, Kind: storage.KindAccount},
	{Key: "38-eu-freedoms", Src: srcEU38, Quote: "The EU expressed serious concern at the persistent restrictions on the exercise of fundamental freedoms, use of forced labour, limits on due process rights and lack of judicial independencein China.",
		Parties: []string{eu}, Topic: tCivil, Kind: storage.KindConcern},
	{Key: "38-eu-minorities", Src: srcEU38, Quote: "In doing so, the EU highlighted the particularly vulnerable situation of Uyghurs, Tibetans and persons belonging to religious, ethnic and linguistic minorities across the country.",
		Parties: []string{eu}, Topic: tXinjiang, Kind: storage.KindConcern, Tags: []string{"freedom of religion"}},
	{Key: "38-eu-ohchr", Src: srcEU38, Quote: "The EU referred to the report issued by UN High Commissioner for Human Rights on the human rights situation in Xinjiang, underscoring the urgency of implementing the recommendations included in the report.",
		Parties: []string{eu}, Topic: tXinjiang, Kind: storage.KindDemand},
	{Key: "38-eu-hong-kong", Src: srcEU38, Quote: "The EU also referred to the deterioration in the situation of freedom of peaceful assembly and association, and freedom of expression in Hong Kong.",
		Parties: []string{eu}, Topic: tHongKong, Kind: storage.KindConcern},
	{Key: "38-eu-cn-refugees", Src: srcEU38, Quote: "China focused on the situation and treatment of refugees and migrants in the EU and manifestations of racism and xenophobia in the EU.",
		Parties: []string{china}, Topic: tInEU, Kind: storage.KindConcern},
	{Key: "38-eu-esc", Src: srcEU38, Quote: "China and the EU agreed on the importance of achieving globally and domestically the full realisation of economic, social and cultural rights.",
		Parties: []string{china, eu}, Topic: tESC, Kind: storage.KindAgreement, Tags: []string{"cooperation"}},
	{Key: "38-eu-equal-basis", Src: srcEU38, Quote: "The EU highlighted that this realisation should happen on an equal basis with civil and political rights, and recalled that human rights, whether civil, cultural, economic, political or social, are equally importantand equally necessary to protect human dignity.",
		Parties: []string{eu}, Topic: tUniversal, Kind: storage.KindPosition},
	{Key: "38-eu-precondition", Src: srcEU38, Quote: "It also reaffirmed that the full respect for human rights is a pre-condition to achieve sustainable and inclusive development, economic growth and prosperity.",
		Parties: []string{eu}, Topic: tDevelopment, Kind: storage.KindPosition},
	{Key: "38-eu-defenders", Src: srcEU38, Quote: "In a press release following the dialogue, the European External Action Service highlighted the issue of crackdown on human rights defenders, lawyers and journalists in China, in particular in Xinjiang, in Tibet, in Inner Mongolia and in Hong Kong.",
		Parties: []string{eu}, Topic: tCivil, Kind: storage.KindConcern},
	{Key: "38-eu-cases", Src: srcEU38, Quote: "The EU raised several individual cases and called upon China to immediately release those detained without due process including Ilham Tohti, Tashpolat Tiyip, Go Sherab Gyatso, Rinchen Tsultrim, Tashi Dorje, Cao Sanqiang, Xu Na, Wang Yi, Zhang Chunlei and Gui Minhai.",
		Parties: []string{eu}, Topic: tCases, Kind: storage.KindDemand, Tags: []string{"call for release"}},

	{Key: "38-cn-held", Src: srcCRI38, Quote: "Il 20 febbraio, il portavoce del Ministero degli Esteri cinese, Wang Wenbing, ha illustrato che il 38esimo Dialogo Cina-UE sui diritti umani si è tenuto a Bruxelles il 17 febbraio.",
		Parties: []string{china}, Speaker: wang, Topic: tDialogue, Kind: storage.KindAccount},
	{Key: "38-cn-delegations", Src: srcCRI38, Quote: "I rappresentanti dei dipartimenti della diplomazia, della giustizia e degli affari delle donne delle due parti hanno presenziato alla riunione.",
		Parties: []string{china, eu}, Topic: tDialogue, Kind: storage.KindAccount},
	{Key: "38-cn-sincere", Src: srcCRI38, Quote: "Wang Wenbin ha indicato che Cina e UE ritengono che tale dialogo sia stato sincero e approfondito.",
		Parties: []string{china, eu}, Speaker: wang, Topic: tDialogue, Kind: storage.KindAgreement},
	{Key: "38-cn-politicise", Src: srcCRI38, Quote: "Sebbene le due parti presentino ancora ampie differenze di vedute sulle questioni dei diritti umani, esse non devono politicizzare queste divergenze.",
		Parties: []string{china}, Speaker: wang, Topic: tUniversal, Kind: storage.KindPosition},
	{Key: "38-cn-not-hr", Src: srcCRI38, Quote: "Le questioni relative a Xinjiang, Tibet e Hong Kong non sono questioni di diritti umani, ma sono essenziali questioni di principi di sovranità, indipendenza e integrità territoriale della Cina nei confronti delle quali nessuna forza esterna può interferire.",
		Parties: []string{china}, Speaker: wang, Topic: tRegional, Kind: storage.KindObjection, Tags: []string{"non-interference"}},

	{Key: "38-cn-will-take-place", Src: srcWang38, Quote: "The 38th China-EU Human Rights Dialogue will take place in Brussels in the near future in accordance with the agreement of the parties",
		Parties: []string{china}, Speaker: wang, Topic: tDialogue, Kind: storage.KindCommitment},
	{Key: "38-cn-ready", Src: srcWang38, Quote: "China is ready to, based on equality and mutual respect, engage in constructive dialogue and cooperation on human rights with all parties, including the EU, in order to improve mutual understanding and broaden consensus",
		Parties: []string{china}, Speaker: wang, Topic: tDialogue, Kind: storage.KindCommitment, Tags: []string{"cooperation"}},
}

var links38 = []link{
	{From: "38-cn-not-hr", To: "38-eu-ohchr", Type: storage.LinkContradicts,
		Note: "The EU asks China to implement the UN High Commissioner's recommendations on Xinjiang; China answers that Xinjiang is not a human rights question at all."},
	{From: "38-cn-not-hr", To: "38-eu-hong-kong", Type: storage.LinkRespondsTo},
	{From: "38-cn-not-hr", To: "38-eu-minorities", Type: storage.LinkRespondsTo},
	{From: "38-cn-politicise", To: "38-eu-freedoms", Type: storage.LinkRespondsTo},
	{From: "38-cn-sincere", To: "38-eu-in-depth", Type: storage.LinkAgreesWith,
		Note: "Both readouts call the discussion in-depth (approfondito)."},
	{From: "38-eu-held", To: "38-cn-will-take-place", Type: storage.LinkQualifies,
		Note: "The round took place where and as the spokesperson announced two days before."},
}

var notes38 = []keyNote{
	{"38-cn-not-hr", "Published in Italian by China Radio International; no English-language Chinese readout of this round was available to the sample. The 39th round says it in English as \"internal affairs that tolerate no external interference\"."},
	{"38-eu-cases", "Not the EEAS's words: the Asia Freedom Institute's account of the press release's list of cases. \"Wang Yi\" here is the pastor Wang Yi, not China's foreign minister."},
	{"38-eu-defenders", "Not the EEAS's words: the International Campaign for Tibet's account of the press release."},
	{"38-eu-freedoms", "\"independencein\" is as the reproduced press release has it."},
}

var assessments38 = []assessment{
	{38, tRegional, storage.VerdictDivergent,
		"The EU raised Xinjiang (the UN High Commissioner's report), the minorities and Hong Kong; China's spokesperson said Xinjiang, Tibet and Hong Kong are not human rights questions but questions of sovereignty.", ""},
	{38, tESC, storage.VerdictPartlyConvergent,
		"The EU readout says both sides agreed on the importance of economic, social and cultural rights; the EU adds that they come on an equal basis with civil and political rights.", ""},
	{38, tCases, storage.VerdictNotAddressed,
		"The EU raised individual cases and called for releases (as third parties report the press release); the Chinese readouts say nothing of them.", ""},
	{38, tInEU, storage.VerdictNotAddressed,
		"Only the EU readout reports China's concerns about refugees, migrants, racism and xenophobia in the EU, and not what the EU answered.", ""},
	{38, tDialogue, storage.VerdictConvergent,
		"Both sides welcomed the re-opening of the dialogue; the EU calls the exchange in-depth, China sincere and in-depth (sincero e approfondito).",
		"The 38th round was announced by China's spokesperson two days before and took place as announced."},
	{38, tUniversal, storage.VerdictDivergent,
		"China asks that differences not be politicised; the EU insists that all human rights are equally important and equally necessary.", ""},
}
