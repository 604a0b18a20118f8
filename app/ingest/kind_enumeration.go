package ingest

// A speaker who goes through a list announces its items: "The first is
// the appointment of …", "The first pillar is increased …", "The second
// thing …", "The first one was …" name the item told next, an account of
// what the remarks cover, not a view (worked out on batch "late 30";
// the corpus labels such heads so in six of seven cases). A view of the
// item ("The first point addresses the need for …") keeps its verb's kind.

// ordinalWords open an enumeration's items.
var ordinalWords = set("first", "second", "third", "fourth", "fifth", "last", "final", "next")

// itemNouns name an item of the list.
var itemNouns = set("one", "thing", "pillar", "item", "area", "issue", "topic", "point", "priority", "element",
	"announcement", "matter", "subject")

// opportunityTimes may stand between an opportunity and what it was
// taken for ("I had the opportunity today to meet …").
var opportunityTimes = set("today", "yesterday", "earlier", "also", "again", "here", "tonight", "recently")

// enumerationHead returns the ordinal of a sentence that opens "The
// first (item) is …", "The second thing …", or "".
func enumerationHead(w []string) string {
	if len(w) < 3 || w[0] != "the" || !ordinalWords[w[1]] {
		return ""
	}
	switch {
	case w[2] == "is":
		return w[1]
	case itemNouns[w[2]] && (len(w) == 3 || w[3] == "is" || w[3] == "was" || len(w) <= 4):
		return w[1] + " " + w[2]
	}
	return ""
}
