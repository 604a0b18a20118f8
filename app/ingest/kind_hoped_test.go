package ingest

import (
	"testing"

	"parley/storage"
)

// "It is hoped that X …" in a minister's words asks X to act: X is not
// the holder, and the frame asks something of someone even after a
// fronted clause (kind_hoped.go).
func TestHopedFrameAsksOfSomeone(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "the person hoped of is no speaker", author: "China",
			text:    "Foreign Minister Wang Yi met with Foreign Minister Park Jin of the Republic of Korea in Jakarta.\n\nWang Yi said that China-ROK relations face some difficulties. It is hoped that Park Jin could make sincere efforts to improve relations during his tenure.",
			parties: "China", speaker: "Wang Yi", kind: storage.KindDemand, reason: "who 'it is hoped' asks to act"},
		{name: "after a fronted clause", author: "China",
			text:    "Foreign Minister Wang Yi met with Foreign Minister Marise Payne of Australia in Vientiane.\n\nWang Yi said that the current China-Australia relations do not seem satisfactory. As the two countries mark an anniversary this year, it is hoped that Australia can create favorable conditions for the improvement of relations by taking practical actions.",
			parties: "China", speaker: "Wang Yi", kind: storage.KindDemand},
		{name: "the frame is no subject of its own: a narrated sentence stays the narrator's", author: "China",
			text:    "Foreign Minister Wang Yi met with Foreign Minister Marise Payne of Australia in Vientiane.\n\nMarise Payne said that Australia hopes to improve relations.",
			parties: "Australia", speaker: "Marise Payne"},
	})
}
