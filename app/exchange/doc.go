// Package exchange writes a whole project as JSON and reads it back into a
// new project, losing nothing (docs/json-format.md describes the format).
// It knows no Fyne: the window and `parley export -format json` /
// `parley import-json` share it.
package exchange
