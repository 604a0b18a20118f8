package ingest

import "strings"

// A speaker label names a person the built-in list of known officials
// may know when the text does not give the person's side: "FOREIGN
// MINISTER KAMIKAWA:" on a State Department transcript is Japan's
// minister, not the author's, and "Penny Wong, Foreign Minster:" (the
// title misspelt on the minister's own site) is a label all the same.
// The list comes before the author's side or the other side that a
// label gets by default (labelParty).

// knownLabelSpeaker makes the speaker of a label whose name part (before
// a comma, or the whole label) is a known official's full name; nil
// when it is none.
func (st *state) knownLabelSpeaker(label string) *Speaker {
	name, role, _ := strings.Cut(label, ",")
	name = strings.TrimSpace(name)
	if strings.ToUpper(name) == name {
		name = titleCase(name)
	}
	name = dropLabelHonorifics(name) // transcript_label_forms.go
	if len(strings.Fields(name)) < 2 {
		return nil
	}
	o := knownOfficials().lookup(name)
	if o == nil {
		return nil
	}
	role = strings.TrimSpace(role)
	if role == "" {
		role, _, _ = strings.Cut(o.role, ";")
	}
	return st.book.add(&Speaker{Name: name, Role: role})
}

// knownLabelParty gives a labelled speaker without a side the party the
// list of known officials holds for the name, and keeps the reason for
// the turn's sentences; false when the list does not decide.
func (st *state) knownLabelParty(sp *Speaker) bool {
	e, why := st.officialParty(sp)
	if e == nil {
		return false
	}
	sp.Party = e.Name
	if st.tr.partyWhy == nil {
		st.tr.partyWhy = map[*Speaker]string{}
	}
	st.tr.partyWhy[sp] = why
	return true
}
