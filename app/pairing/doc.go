// Package pairing reads the two sides' readouts of one dialogue against
// each other: it proposes links between a statement of one side and the
// statement of the other side about the same point (Suggest), finds the
// concerns, demands, objections and proposals that the other side leaves
// unanswered (Unanswered), and the topics one side raised and the other
// did not mention (Omissions). Pure logic: no Fyne, no database.
package pairing
