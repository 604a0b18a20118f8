package ingest

import "strings"

// The EU's releases write their High Representative's double title as
// "HR/VP" (High Representative and Vice-President of the Commission):
// "HR/VP Mogherini met in Buenos Aires with …", "The HR/VP reaffirmed
// the EU's commitment …". The abbreviation is a title as "PM" and "EAM"
// are: before a name it makes a speaker of the European Union, bare
// after "the" it is the person the text named with that title, else
// the holder of the office on the text's date (officials_holder.go).

// hrvpAt reports the tokens "HR", "/", "VP" at toks[i].
func hrvpAt(toks []token, i int) bool {
	return i+2 < len(toks) && toks[i].text == "HR" && toks[i+1].punct == '/' && toks[i+2].text == "VP"
}

// hrvpNamed reads "HR/VP Mogherini", "HR/VP Josep Borrell" at toks[i]:
// the speaker the abbreviation names, of the European Union, with the
// role the written-out title gives so that a later "the High
// Representative" finds the same person.
func (b *speakerBook) hrvpNamed(toks []token, entAt []*mention, i int) (speakerMention, bool) {
	if !hrvpAt(toks, i) {
		return speakerMention{}, false
	}
	from, j := i+3, i+3
	for j < len(toks) && j < from+3 && isNameWord(toks[j], entAt[j]) {
		j++
	}
	if j == from {
		return speakerMention{}, false
	}
	name := personName(toks[from:j])
	if sp := b.byPart[partKey(surname(name))]; sp != nil && (!strings.Contains(name, " ") || strings.HasSuffix(sp.Name, " "+name)) {
		if sp.Party == "" {
			sp.Party = "European Union"
		}
		return speakerMention{sp: sp, from: i, to: j, nameAt: from,
			reason: "speaker: 'HR/VP " + name + "' refers to " + sp.Name}, true
	}
	sp := b.add(&Speaker{Name: name, Role: "High Representative", Party: "European Union"})
	return speakerMention{sp: sp, from: i, to: j, nameAt: from,
		reason: "speaker: 'HR/VP " + name + "' (the EU's High Representative/Vice-President, the title before the name)"}, true
}
