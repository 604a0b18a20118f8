package pairing

import "strings"

// A cue is a phrase that shows how a statement stands to the other side's:
// rejecting it, or answering it, in English or Chinese. Matched on the
// lower-cased text.
var (
	rejectCues = []string{"refute", "reject", "oppose", "opposition", "objection", "protest",
		"groundless", "accusation", "slander", "smear", "internal affairs", "internal matters",
		"interference", "interfere", "politiciz", "politicis", "double standard", "protectionism",
		"not conducive", "deny", "denied", "firmly opposes", "brook no", "tolerate no",
		// and in Chinese: opposes, interferes, internal affairs, smears,
		// groundless, does not accept
		"反对", "干涉", "干预", "内政", "抹黑", "污蔑", "无端", "不接受", "驳斥"}
	answerCues = []string{"in response", "responded", "replied", "explained", "clarified",
		"for his part", "for her part", "in reply", "回应", "答复", "阐明", "阐述"}
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
