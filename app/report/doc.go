// Package report turns a selection of a project into the analyst's
// deliverables: a self-contained, print-ready HTML brief and a CSV of the
// statements. It works in three steps so that each can be tested alone:
// Load reads the selection from storage into Data, Build arranges Data into
// the report's sections, and WriteHTML / WriteCSV render them. No Fyne here.
package report
