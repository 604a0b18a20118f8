package ingest

// What both sides hold after they met (docs/import.md, "Where two kinds
// meet", account or agreement). A sentence whose subject is both sides
// and whose verb tells the meeting (exchanged views, discussed, had a
// discussion) goes on, after a comma, with a participle of assent
// ("Both sides exchanged views on regional affairs, reaffirming their
// shared understanding that …", "They had a lengthy discussion on
// migration, confirming that they would continue working together") or,
// after "and", with a second verb of holding ("The leaders discussed the
// latest situation in Gaza and underlined that the priority must now be
// …"): what they hold is the point, the sides' agreement, as "discussed
// … and agreed" is. Worked out on the late part's agreement-as-account
// misses of 8 Dec 2026 (Japan MOFA, No 10).

// heldParticiples after a comma say what both sides hold. A participle
// of stressing ("…, emphasising the importance of …", "…, highlighting
// …") is labelled both ways and is left to the meeting.
var heldParticiples = set("reaffirming", "confirming", "affirming", "agreeing", "concurring")

// heldSecondVerbs after "and" say what both sides hold.
var heldSecondVerbs = set("reaffirmed", "confirmed", "affirmed", "agreed", "welcomed", "recognized", "recognised",
	"acknowledged", "underlined", "underscored", "stressed", "emphasized", "emphasised", "highlighted", "concurred")

// heldAfterMeeting returns the participle or second verb of holding that
// follows the verb of meeting c, or "".
func heldAfterMeeting(toks []token, c cue) string {
	for k := c.end; k < len(toks); k++ {
		t := toks[k]
		if t.punct == '.' || t.punct == ';' {
			return ""
		}
		if !t.isWord() || k == 0 {
			continue
		}
		p := toks[k-1]
		if p.punct == ',' && heldParticiples[t.lower] || p.lower == "and" && heldSecondVerbs[t.lower] {
			return t.text
		}
	}
	return ""
}
