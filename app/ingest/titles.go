package ingest

import "strings"

// countryTitles are titles that only one government or organisation
// gives, so that a speaker introduced by one belongs to it even when the
// text names no country ("External Affairs Minister S Jaishankar" in a
// readout of the EU's). Titles several governments share ("Foreign
// Secretary": the United Kingdom's and India's) are left out.
var countryTitles = []struct{ title, party string }{
	{"external affairs minister", "India"},
	{"eam", "India"},
	{"minister of external affairs", "India"},
	{"high representative", "European Union"},
	{"hr/vp", "European Union"},
	{"state councilor", "China"},
	{"state councillor", "China"},
	{"state counsellor", "China"},
	{"state counselor", "China"},
	{"central commission for foreign affairs", "China"},
	{"central foreign affairs commission", "China"},
	{"chief cabinet secretary", "Japan"},
	{"taoiseach", "Ireland"},
	{"tánaiste", "Ireland"},
	{"federal chancellor", "Germany"},
}

// countryTitleWords are the words of each of countryTitles, split once
// rather than for each capitalised word of each sentence.
var countryTitleWords = func() [][]string {
	out := make([][]string, len(countryTitles))
	for i, t := range countryTitles {
		out[i] = strings.Fields(t.title)
	}
	return out
}()

// titleParty is the party a role belongs to by its title alone, or "".
// "Secretary of State" is the United States' unless it is a British
// "Secretary of State for …".
func titleParty(role string) string {
	r := " " + strings.ToLower(strings.Join(strings.Fields(role), " ")) + " "
	for _, t := range countryTitles {
		if strings.Contains(r, " "+t.title+" ") {
			return t.party
		}
	}
	if strings.Contains(r, " secretary of state ") && !strings.Contains(r, " secretary of state for ") {
		return "United States"
	}
	return ""
}

// titledOfficials finds the officials a sentence names by a title only one
// government gives and no name ("The High Representative and I agreed"):
// each stands for that government. A title that is part of a speaker's
// mention (inSpeaker) is that speaker's.
func titledOfficials(toks []token, inSpeaker []bool, entAt []*mention, g *Gazetteer) []actor {
	var out []actor
	for i := 1; i < len(toks); i++ {
		// "the High Representative"; "the Prime Minister and Taoiseach"
		if inSpeaker[i] || toks[i-1].lower != "the" && toks[i-1].lower != "and" || !isCapitalized(toks[i].text) {
			continue
		}
		for n, t := range countryTitles {
			words := countryTitleWords[n]
			if !phraseAt(toks, i, words) || i+len(words) < len(toks) && toks[i+len(words)].isWord() && isCapitalized(toks[i+len(words)].text) {
				continue
			}
			if e := g.Lookup(t.party); e != nil {
				from := i - 1
				if toks[from].lower == "and" {
					from = i
				}
				out = append(out, actor{kind: actorParty, from: from, to: i + len(words), ent: e, text: joinTokens(toks[from : i+len(words)]), official: true})
			}
			break
		}
	}
	return append(out, officialsOf(toks, inSpeaker, entAt, g)...)
}

// officialsOf finds the officials a sentence names by a title and their
// government with no name ("the Prime Minister of the United Kingdom",
// "the Foreign Minister of China"): each stands for that government, and
// the government is not governed by the "of" (it is no prepositional
// party of the sentence but the official's).
func officialsOf(toks []token, inSpeaker []bool, entAt []*mention, g *Gazetteer) []actor {
	var out []actor
	for i := 0; i+2 < len(toks); i++ {
		if inSpeaker[i] || toks[i].lower != "the" || !isTitleWord(toks[i+1]) {
			continue
		}
		j, head := i+1, false
		for j < len(toks) && isTitleWord(toks[j]) && !inSpeaker[j] {
			head = head || roleHeads[toks[j].lower]
			j++
		}
		if !head {
			continue
		}
		party, to := officialOf(toks, entAt, j)
		if party == "" || inSpeaker[to-1] {
			continue
		}
		if e := g.Lookup(party); e != nil {
			out = append(out, actor{kind: actorParty, from: i, to: to, ent: e, text: joinTokens(toks[i:to]), official: true})
		}
		i = to - 1
	}
	return out
}

// offices are the titles of offices a government has and its own
// readouts use bare ("The Prime Minister met …" in a British readout is
// the British Prime Minister, though the readout also names Japan's).
var offices = map[string][]string{
	"United Kingdom": {"prime minister", "foreign secretary"},
	"Japan":          {"prime minister", "foreign minister"},
	"India":          {"prime minister", "external affairs minister"},
	"United States":  {"president", "secretary", "secretary of state", "vice president"},
	"China":          {"president", "premier", "foreign minister", "state councilor"},
	"Russia":         {"president", "foreign minister"},
	"Ireland":        {"taoiseach"},
}

// hasOffice reports whether party's government has an office of that
// title (lower case).
func hasOffice(party, title string) bool {
	for _, t := range offices[party] {
		if t == title {
			return true
		}
	}
	return false
}
