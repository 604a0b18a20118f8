package sample

import "parley/storage"

// The sample is a series of three rounds of the China-EU Human Rights
// Dialogue (38th, 39th, 40th), each built from both sides' readouts
// (round38.go, round39.go, round40.go; the texts are in assets/sample).
// Where only part of a readout could be had, its file says so in its
// first lines and keeps only what was published, word for word.

const (
	china = "China"
	eu    = "European Union"

	miao      = "Miao Deyu"
	shen      = "Shen Bo"
	pampaloni = "Paola Pampaloni"
	wang      = "Wang Wenbin"
	linJian   = "Lin Jian"
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
// its source's text to compute the offsets; Key names it for links, notes
// and the hand labels of app/evolution/testdata.
type statement struct {
	Key     string
	Src     int64 // the source's ID (see sources in series.go)
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

// link relates two statements by key.
type link struct {
	From, To string
	Type     storage.LinkType
	Note     string
}

// assessment is the verdict on a topic in one round, with an optional
// note.
type assessment struct {
	Round   int
	Topic   string
	Verdict storage.Verdict
	Text    string
	Note    string
}

// keyNote is the analyst's note on the statement named by Key.
type keyNote struct{ Key, Body string }
