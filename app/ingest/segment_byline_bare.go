package ingest

// A byline may run into the first sentence with no punctuation at all:
// "By Jane Doe Press Office The Minister met …", as a release's header
// reads when its lines are run together. The capitalised words then go
// on from the byline into the sentence's subject, and only the verb, the
// first lower-case word, shows that a sentence has begun. The sentence
// starts at a word that opens sentences and is never part of a name or
// an office ("The", "On", "Today", "He" …) when it comes after the name
// (two words at least): the byline ends before it.

// sentenceOpeners are the capitalised words that open a sentence and are
// no part of a person's name or an office's.
var sentenceOpeners = set("The", "A", "An", "This", "These", "That", "Those", "Today", "Yesterday", "Tomorrow",
	"On", "In", "At", "During", "Following", "After", "Before", "Earlier", "Later", "Both", "Each", "We", "I", "He",
	"She", "They", "It", "Our", "His", "Her", "Their")

// bareBylineOpener returns where the word w, the byline's words-th word
// (counting from 1) starting at i, opens the sentence that follows a
// byline without punctuation, or -1 when it does not.
func bareBylineOpener(w []rune, i, words int) int {
	if words > 2 && sentenceOpeners[string(w)] {
		return i
	}
	return -1
}
