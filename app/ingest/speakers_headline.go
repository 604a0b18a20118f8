package ingest

// Headlines are written in title case, so the verb after a title is
// capitalised like a name: "Prime Minister Meets Iranian Foreign
// Minister", "Minister Ronald Lamola Holds Consultations", "Secretary
// Receives …". Read as a name, "Meets" became a speaker the later "the
// Prime Minister and Minister of Foreign Affairs" was taken to refer to.
// A verb of the third person singular that headlines use for what a
// principal did is no name.
var headlineVerbs = set("meets", "holds", "receives", "hosts", "welcomes", "calls", "speaks", "talks", "visits",
	"discusses", "concludes", "congratulates", "attends", "participates", "says", "urges", "affirms", "stresses",
	"reaffirms", "condemns", "thanks", "briefs", "chairs", "co-chairs", "opens", "addresses", "signs", "joins",
	"travels", "arrives", "departs", "leads", "launches", "emphasizes", "emphasises", "underlines", "expresses",
	"pays", "extends", "sends", "telephones")
