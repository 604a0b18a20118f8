// Package evolution reads a series of dialogues across its rounds: how each
// party's statements on a topic move from one round to the next.
//
// Load reads a series once (its rounds, parties, topics, statements, links
// and the analyst's marks) into a Series; everything else works on that
// value in memory, so that a view can be rebuilt at once after a click:
//
//   - Table: topics × rounds, per cell and party the statements.
//   - Pairs / AllPairs: each party's statements of consecutive rounds on
//     one topic paired as repeated, reworded (with a word-level Diff), new
//     or dropped; a `repeats` link made by the analyst overrides the
//     automatic pairing (RepeatLink builds one).
//   - Phrases: stock phrases, word n-grams a party uses in several rounds,
//     with the rounds each appears in; the ones that appear or vanish come
//     first; the analyst's pins and hides apply.
//   - Cases: the register of individual cases, person names near case
//     words, merged through the analyst's spellings, with the rounds and
//     parties that raised each and the other side's linked answers.
//   - Commitments: what a round agreed or promised, and whether the next
//     round mentions it again, with the analyst's status.
//
// The window's Evolution tab, `parley analyse` and the report's "Across
// rounds" chapter all call this package. No Fyne here; storage only.
package evolution
