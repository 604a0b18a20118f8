package sample

import "parley/storage"

// round is one dialogue of the sample series.
type round struct {
	ID                int64 // the dialogue's ID in the document
	Number            int
	Place, Start, End string
	Statements        []statement
	Links             []link
	Notes             []keyNote
	Assessments       []assessment
	Sources           []int64
}

// The dialogue IDs: the 39th keeps ID 1, which it had when it was the
// whole sample.
const (
	d39 int64 = iota + 1
	d38
	d40
)

// rounds lists the series in the order its statements get their IDs: the
// 39th first, so that its statements keep the IDs 1–32 they always had.
var rounds = []round{
	{ID: d39, Number: 39, Place: "Chongqing", Start: "2024-06-16", End: "2024-06-16",
		Statements: round39, Links: links39, Notes: notes39, Assessments: assessments39,
		Sources: []int64{srcCN39, srcEU39, srcECNS39}},
	{ID: d38, Number: 38, Place: "Brussels", Start: "2023-02-17", End: "2023-02-17",
		Statements: round38, Links: links38, Notes: notes38, Assessments: assessments38,
		Sources: []int64{srcEU38, srcCRI38, srcWang38}},
	{ID: d40, Number: 40, Place: "Brussels", Start: "2025-06-13", End: "2025-06-13",
		Statements: round40, Links: links40, Notes: notes40, Assessments: assessments40,
		Sources: []int64{srcEU40, srcCN40}},
}

// Source IDs.
const (
	srcCN39 int64 = iota + 1
	srcEU39
	srcEU38
	srcCRI38
	srcWang38
	srcEU40
	srcCN40
	srcECNS39
)

// source is one readout of the sample: its file under assets/ and where
// it was published. Reconstructions and excerpts say so in Title or
// Publisher and in the text's own first lines.
type source struct {
	ID                          int64
	File                        string
	Title, Publisher, URL, Date string
	Author                      string // the party whose readout it is
}

var sources = []source{
	{srcCN39, "sample/china-readout-39th-hr-dialogue-2024.txt", "China Emphasizes Its Human Rights Stance at China-EU Dialogue",
		"Chinese side (English-language readout)", "", "", china},
	{srcEU39, "sample/eu-readout-39th-hr-dialogue-2024.txt", "EU readout of the 39th round (Parley sample reconstruction)",
		"Parley sample reconstruction, not an EEAS document", "", "", eu},
	{srcEU38, "sample/eu-readout-38th-hr-dialogue-2023.txt", "EEAS press release on the 38th round (excerpt, with third-party accounts of the rest)",
		"European External Action Service (excerpt; the paragraphs marked «Not EEAS text» are third-party accounts)",
		"https://ieu-monitoring.com/editorial/china-and-the-eu-discuss-human-rights-at-the-38th-dialogue/400731", "2023-02-17", eu},
	{srcCRI38, "sample/china-cri-38th-hr-dialogue-2023-it.txt", "Ministero degli Esteri cinese illustra la situazione del Dialogo Cina-UE sui diritti umani",
		"China Radio International, Italian service (the Foreign Ministry spokesperson's account)",
		"https://italian.cri.cn/2023/02/20/ARTIOKvfGNccvr6qPsmprKs5230220.shtml", "2023-02-20", china},
	{srcWang38, "sample/china-spokesperson-38th-announcement-2023.txt", "Foreign Ministry spokesperson on the coming 38th round (excerpt of his quoted words)",
		"Sputnik, republished by UrduPoint (quoting the Chinese Foreign Ministry spokesperson)",
		"https://www.urdupoint.com/en/world/china-eu-to-relaunch-dialogue-on-human-right-1643377.html", "2023-02-15", china},
	{srcEU40, "sample/eu-readout-40th-hr-dialogue-2025.txt", "40th EU-China Dialogue on Human Rights (excerpt, with third-party accounts of the rest)",
		"European External Action Service (excerpt; the paragraphs marked «Not EEAS text» are third-party quotations and accounts)",
		"https://www.savetibet.eu/40th-eu-china-human-rights-dialogue", "2025-06-14", eu},
	{srcCN40, "sample/china-readout-40th-hr-dialogue-2025.txt", "Chinese Foreign Ministry readout of the 40th round (excerpt)",
		"Ministry of Foreign Affairs of the People's Republic of China (excerpt)",
		"https://www.mfa.gov.cn/eng/wjb/zzjg_663340/gjs_665170/gjsxw_665172/202506/t20250615_11648779.html", "2025-06-15", china},
	{srcECNS39, "sample/china-ecns-39th-hr-dialogue-2024.txt", "Foreign Ministry spokesperson's readout of the 39th round (excerpt)",
		"China News Service (ECNS), reporting the Foreign Ministry spokesperson (excerpt)",
		"http://ecns.cn/news/cns-wire/2024-06-19/detail-ihecnypz9356244.shtml", "2024-06-19", china},
}

// acrossRounds are the analyst's `repeats` links between rounds: From, in
// the later round, repeats To, in the earlier one. They pair the
// statements whose likeness words alone do not show: a readout in
// another language, a point one side reported of the other, a rewording
// past recognition; and one near-identical pair, stated by hand. The
// other pairs of consecutive rounds are left for the evolution view to
// find (app/evolution/testdata/sample-labels.json lists them all).
var acrossRounds = []link{
	{From: "cn-internal-affairs", To: "38-cn-not-hr", Type: storage.LinkRepeats,
		Note: "The same formula in two languages: not human rights questions but sovereignty (38th, Italian), internal affairs that tolerate no external interference (39th)."},
	{From: "cn-politicizing", To: "38-cn-politicise", Type: storage.LinkRepeats},
	{From: "ecns-held", To: "38-cn-held", Type: storage.LinkRepeats},
	{From: "cn-candid", To: "38-cn-sincere", Type: storage.LinkRepeats},
	{From: "cn-eu-concerns", To: "38-eu-cn-refugees", Type: storage.LinkRepeats,
		Note: "China's concern about refugees, migrants, racism and xenophobia in the EU: told by the EU in the 38th round, by China itself in the 39th."},
	{From: "eu-hong-kong", To: "38-eu-hong-kong", Type: storage.LinkRepeats},
	{From: "40-cn-internal-affairs", To: "ecns-internal-affairs", Type: storage.LinkRepeats,
		Note: "Word for word, a year apart."},
	{From: "40-eu-xinjiang-cases", To: "eu-cases", Type: storage.LinkRepeats},
}
