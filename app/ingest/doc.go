// Package ingest turns a readout into proposed statements: it reads text
// from files or the clipboard, splits it into sentences, and proposes for
// each sentence the parties that hold it, the speaker, the kind and the
// topic, with the reason for each guess. It knows storage's types but no
// Fyne, so the window and `parley import` share one code path.
package ingest
