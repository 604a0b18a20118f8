package ingest

import "strings"

// A text from a council of the author's own members — the EU's Foreign
// Affairs Council or European Council, a Gymnich — has no other side at
// its table: the High Representative's "we are discussing with the Member
// States …", "we will also have a discussion on China", "We agreed that
// the Western Balkans …" are the Union's own, as a chair's statement's
// "we discussed" is its group's, not a meeting with the side the remarks
// happen to name most (the United States, Ukraine).

// ownCouncils name, in a heading, a meeting of one side's own members.
var ownCouncils = []string{"foreign affairs council", "european council meeting", "meeting of the european council",
	"gymnich"}

// noteOwnCouncil reads a heading naming the author's own council as a
// chair's statement does (groupsOwn): its "we" meet no one else unless
// the sentence names whom.
func (st *state) noteOwnCouncil(heading string) {
	if st.chairDoc || st.jointDoc || !strings.Contains(heading, "ouncil") && !strings.Contains(heading, "ymnich") {
		return
	}
	low := strings.ToLower(heading)
	for _, w := range ownCouncils {
		if strings.Contains(low, w) {
			st.chairDoc = true
			return
		}
	}
}

// ownMembers, capitalised after "with", are the group's own members, not
// a side it met ("we are discussing with the Member States …").
var ownMembers = set("member", "states", "ministers", "colleagues")
