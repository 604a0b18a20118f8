package ingest

import (
	"fmt"
	"slices"

	"parley/storage"
)

// groupMembers lists the members of groupings that issue statements
// through a chair or as one (by the gazetteer's names): a sentence of
// their statement that names only the grouping and its own members
// ("the G7 Foreign Ministers of Canada, France, …", "They" after the
// chair "Kamikawa Yoko, Minister for Foreign Affairs of Japan") speaks for
// the grouping, not for several sides. Members as of 2025.
var groupMembers = map[string][]string{
	"G7": {"Canada", "France", "Germany", "Italy", "Japan", "United Kingdom", "United States", "European Union"},
	"ASEAN": {"Brunei", "Cambodia", "Indonesia", "Laos", "Malaysia", "Myanmar", "Philippines", "Singapore",
		"Thailand", "Vietnam"},
	"BRICS": {"Brazil", "Russia", "India", "China", "South Africa", "Egypt", "Ethiopia", "Iran",
		"United Arab Emirates", "Indonesia"},
	"Shanghai Cooperation Organisation": {"China", "Russia", "India", "Pakistan", "Kazakhstan", "Kyrgyzstan",
		"Tajikistan", "Uzbekistan", "Iran", "Belarus"},
}

// memberOf reports whether party is a member of the grouping group.
func memberOf(party, group string) bool {
	return party != "" && slices.Contains(groupMembers[group], party)
}

// groupsOwnMembers gives back to a grouping that issued the text (a
// chair's statement, or a communique opening with its own ministers) a
// sentence whose parties are only the grouping and its members: "In
// today's meeting the G7 Foreign Ministers of Canada, France, … and the
// High Representative of the European Union … condemned …", "They
// reaffirmed their support …" after the chair was named. What they said
// together is the grouping's position, not an agreement of sides.
func (st *state) groupsOwnMembers(pr *Proposal, c cue, hasCue bool) {
	members := groupMembers[st.author]
	if members == nil || !st.chairDoc && !st.groupOpen || len(pr.Parties) < 2 {
		return
	}
	for _, p := range pr.Parties {
		if p != st.author && !slices.Contains(members, p) {
			return
		}
	}
	pr.Parties, pr.Speaker = []string{st.author}, nil
	st.lastParties = pr.Parties
	pr.Reasons = append(pr.Reasons, fmt.Sprintf("party: %s, the grouping's own members speak for it", st.author))
	if pr.Kind == storage.KindAgreement && hasCue && c.kind == storage.KindPosition {
		pr.Kind = storage.KindPosition
		pr.Reasons = append(pr.Reasons, fmt.Sprintf("kind: position, one side's '%s'", c.word))
	}
}
