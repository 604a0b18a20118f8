package sample

import "parley/storage"

// The 40th round (Brussels, 13 June 2025): the first paragraphs of the
// EEAS press release with third-party quotations and accounts of the
// rest, and the Chinese Foreign Ministry's readout up to where the text
// available to the sample breaks off.

var round40 = []statement{
	{Key: "40-eu-held", Src: srcEU40, Quote: "The European Union and the People’s Republic of China held the 40th session of the EU-China Human Rights Dialogue in Brussels on 13 June.",
		Parties: []string{eu}, Topic: tDialogue, Kind: storage.KindAccount},
	{Key: "40-eu-south-tyrol", Src: srcEU40, Quote: "The Dialogue was preceded by a field visit to South Tyrol (Italy) on 11 June.",
		Parties: []string{eu}, Topic: tDialogue, Kind: storage.KindAccount, Tags: []string{"access"}},
	{Key: "40-eu-in-depth", Src: srcEU40, Quote: "The EU and China engaged in in-depth exchanges on recent human rights developments both in the EU and in China.",
		Parties: []string{china, eu}, Topic: tInEU, Kind: storage.KindAccount},
	{Key: "40-eu-topics", Src: srcEU40, Quote: "Discussions covered a broad range of topics including fundamental freedoms, labour rights, judicial independence, economic and social rights, and human rights related activities in multilateral fora.",
		Parties: []string{china, eu}, Topic: tMultilat, Kind: storage.KindAccount},
	{Key: "40-eu-deterioration", Src: srcEU40, Quote: "The EU reiterated its serious concerns regarding the ongoing deterioration of fundamental freedoms in China.",
		Parties: []string{eu}, Topic: tCivil, Kind: storage.KindConcern},
	{Key: "40-eu-restrictions", Src: srcEU40, Quote: "These include the persistent restrictions on freedom of expression, religion or belief, peaceful assembly, and the right to equality and non-discrimination.",
		Parties: []string{eu}, Topic: tCivil, Kind: storage.KindConcern, Tags: []string{"freedom of religion"}},
	{Key: "40-eu-rule-of-law", Src: srcEU40, Quote: "The EU again called attention to the erosion of the rule of law, due process rights violations and the lack of judicial independence.",
		Parties: []string{eu}, Topic: tCivil, Kind: storage.KindConcern},
	{Key: "40-eu-labour", Src: srcEU40, Quote: "It also raised concerns over labour rights, the use of forced labour and labour transfer programmes.",
		Parties: []string{eu}, Topic: tESC, Kind: storage.KindConcern},
	{Key: "40-eu-religious-leaders", Src: srcEU40, Quote: "the selection of religious leaders should happen without government interference and in accordance with religious norms, including for the succession of the Dalai Lama",
		Parties: []string{eu}, Topic: tTibet, Kind: storage.KindPosition, Tags: []string{"freedom of religion"}},
	{Key: "40-eu-panchen", Src: srcEU40, Quote: "The EU called on China to provide transparent and reliable information on the enforced disappearance of the 11th Panchen Lama who is missing since 30 years,",
		Parties: []string{eu}, Topic: tTibet, Kind: storage.KindDemand, Tags: []string{"freedom of religion"}},
	{Key: "40-eu-tibetan-cases", Src: srcEU40, Quote: "The EU also raised the cases of several imprisoned Tibetans, calling for improved treatment and conditions for individuals including Tibetan monks, writers, and activists. Among them were Go Sherab Gyatso, Tashi Dorje, A-Nya Sengdra, Tsongon Tsering, Drugdra, Lobsang Khedrub, and Lobsang Gephel.",
		Parties: []string{eu}, Topic: tCases, Kind: storage.KindDemand},
	{Key: "40-eu-xinjiang-cases", Src: srcEU40, Quote: "She specifically mentioned the cases of Ilham Tohti, Gulshan Abbas, Rahile Dawut, and others, and called for their immediate release.",
		Parties: []string{eu}, Speaker: pampaloni, Topic: tCases, Kind: storage.KindDemand, Tags: []string{"call for release"}},
	{Key: "40-eu-phone-pledge", Src: srcEU40, Quote: "She noted that during the dialogue, she obtained a pledge from the Chinese side that any written request for a phone call would be considered in accordance with relevant Chinese laws.",
		Parties: []string{china}, Topic: tCases, Kind: storage.KindCommitment, Tags: []string{"access"}},
	{Key: "40-eu-gui", Src: srcEU40, Quote: "Among those singled out by the EU was Swedish citizen Gui Minhai, who is currently serving a 10-year jail term for “providing intelligence” to foreigners.",
		Parties: []string{eu}, Topic: tCases, Kind: storage.KindDemand},
	{Key: "40-eu-continue", Src: srcEU40, Quote: "The dialogue will continue in China in 2026.",
		Parties: []string{china, eu}, Topic: tDialogue, Kind: storage.KindCommitment},

	{Key: "40-cn-cochaired", Src: srcCN40, Quote: "On June 13, 2025, Director-General of the Department of International Organizations and Conferences of the Foreign Ministry Shen Bo and Deputy Managing Director for Asia and the Pacific at the European External Action Service Paola Pampaloni co-chaired the China-EU Human Rights Dialogue in Brussels.",
		Parties: []string{china}, Topic: tDialogue, Kind: storage.KindAccount},
	{Key: "40-cn-philosophy", Src: srcCN40, Quote: "During the dialogue, the Chinese side fully elaborated on China's development path and human rights philosophy, introduced the country's achievements in economic and social development, and stated China's position and propositions on global human rights governance.",
		Parties: []string{china}, Speaker: shen, Topic: tDevelopment, Kind: storage.KindPosition, Tags: []string{"development path"}},
	{Key: "40-cn-report", Src: srcCN40, Quote: "The Chinese side protested against the China-related contents in the Annual Report on Human Rights and Democracy in the World 2024 recently released by the EU",
		Parties: []string{china}, Speaker: shen, Topic: tUniversal, Kind: storage.KindObjection},
	{Key: "40-cn-internal-affairs", Src: srcCN40, Quote: "emphasizing that affairs related to Xinjiang, Xizang and Hong Kong as well as individual judicial cases are purely China's internal affairs that brook no external interference",
		Parties: []string{china}, Speaker: shen, Topic: tRegional, Kind: storage.KindPosition, Tags: []string{"non-interference"}},
	{Key: "40-cn-respect", Src: srcCN40, Quote: "China asked the EU to earnestly respect China's human rights development path and achievements in human rights protection, to stop politicizing human rights issues and applying double standards, and to refrain from engaging in confrontations and megaphone diplomacy on multilateral platforms.",
		Parties: []string{china}, Topic: tUniversal, Kind: storage.KindDemand, Tags: []string{"development path", "double standards", "non-interference"}},
	{Key: "40-cn-refuted", Src: srcCN40, Quote: "In response to the EU's groundless accusations against China's judicial procedure, labor rights and issues related to ethnic groups and regions, the Chinese side refuted these allegations and clarified the facts.",
		Parties: []string{china}, Topic: tDevelopment, Kind: storage.KindObjection},
	{Key: "40-cn-eu-issues", Src: srcCN40, Quote: "During the dialogue, the Chinese side pointed out serious human rights issues that exist in EU countries, including regression in democracy and freedom, neglect of economic, social and cultural rights, infringement on the rights of refugees and immigrants, racial discrimination, religious hatred, social division, judicial unfairness, and police violence, and asked the EU to take measures to address these issues.",
		Parties: []string{china}, Topic: tInEU, Kind: storage.KindConcern, Tags: []string{"double standards"}},
	{Key: "40-cn-candid", Src: srcCN40, Quote: "Both sides believed that this dialogue is candid and in-depth",
		Parties: []string{china, eu}, Topic: tDialogue, Kind: storage.KindAgreement},
}

var links40 = []link{
	{From: "40-cn-internal-affairs", To: "40-eu-xinjiang-cases", Type: storage.LinkRespondsTo},
	{From: "40-cn-internal-affairs", To: "40-eu-tibetan-cases", Type: storage.LinkRespondsTo},
	{From: "40-cn-refuted", To: "40-eu-rule-of-law", Type: storage.LinkRespondsTo},
	{From: "40-cn-refuted", To: "40-eu-labour", Type: storage.LinkContradicts,
		Note: "The EU raises forced labour and labour transfer programmes; China calls the accusations on labour rights groundless."},
	{From: "40-cn-respect", To: "40-eu-deterioration", Type: storage.LinkRespondsTo},
	{From: "40-cn-candid", To: "40-eu-in-depth", Type: storage.LinkAgreesWith},
	{From: "40-eu-phone-pledge", To: "40-cn-internal-affairs", Type: storage.LinkQualifies,
		Note: "China calls individual judicial cases purely internal affairs, yet the EU co-chair reports a pledge to consider a written request for a phone call."},
}

var notes40 = []keyNote{
	{"40-eu-phone-pledge", "Reported by the EU co-chair in a letter of 1 July 2025, as Uygur News summarises it; the Chinese readout does not mention it. Check in the next round whether it was kept."},
	{"40-eu-continue", "A third-party account (Devdiscourse, of a statement by the Central Tibetan Administration); the EEAS excerpt does not say it."},
	{"40-cn-candid", "The readout's sentence breaks off here in the text available to the sample."},
	{"40-eu-south-tyrol", "The 39th round was preceded by the EU delegation's visit to Tibet; the 40th by a field visit in Europe."},
}

var assessments40 = []assessment{
	{40, tRegional, storage.VerdictDivergent,
		"China says Xinjiang, Xizang and Hong Kong, and now individual judicial cases too, are purely internal affairs that brook no external interference.", ""},
	{40, tCases, storage.VerdictDivergent,
		"The EU raised Tibetan and Uyghur prisoners and Gui Minhai and called for releases; China calls individual judicial cases internal affairs.",
		"The only step reported by either side: a Chinese pledge to consider a written request for a phone call, told by the EU co-chair after the round."},
	{40, tCivil, storage.VerdictDivergent,
		"The EU speaks of an ongoing deterioration of fundamental freedoms; China calls the accusations groundless and says it clarified the facts.", ""},
	{40, tTibet, storage.VerdictNotAddressed,
		"The EU raised the Dalai Lama's succession and the 11th Panchen Lama; the Chinese readout answers only with Xizang being an internal affair.", ""},
	{40, tInEU, storage.VerdictNotAddressed,
		"China lists serious human rights issues in EU countries; the EU excerpt does not answer them.", ""},
	{40, tDialogue, storage.VerdictConvergent,
		"Both readouts call the dialogue in-depth; a third-party account says it will continue in China in 2026.", ""},
}
