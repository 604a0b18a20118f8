package pairing

import "strings"

// A cue is a phrase that shows how a statement stands to the other side's:
// rejecting it, or answering it. Matched on the lower-cased text.
var (
	rejectCues = []string{"refute", "reject", "oppose", "opposition", "objection", "protest",
		"groundless", "accusation", "slander", "smear", "internal affairs", "internal matters",
		"interference", "interfere", "politiciz", "politicis", "double standard", "protectionism",
		"not conducive", "deny", "denied", "firmly opposes", "brook no", "tolerate no"}
	answerCues = []string{"in response", "responded", "replied", "explained", "clarified",
		"for his part", "for her part", "in reply"}
)

// cueIn returns the first cue of list found in lower, or "".
func cueIn(lower string, list []string) string {
	for _, c := range list {
		if strings.Contains(lower, c) {
			return c
		}
	}
	return ""
}
