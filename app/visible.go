package app

import (
	"fmt"
	"unicode/utf8"

	"parley/widgets"
)

// Text from readouts and project files reaches the screen through
// widgets.Visible: the widgets apply it in their text layer (cards, the
// Sources view's text, chips, the evolution grid), and the app's labels of
// such text (dialogs, the review window, search results, the detail pane,
// the window's title) call it. Text fields are the exception: a field
// holds the text itself, so that leaving it unchanged saves nothing and
// editing it keeps every character the analyst does not touch. Fyne draws
// a field's direction overrides as it draws any text, so a field whose
// text holds such characters says so beside it (hiddenNotice).

// hiddenNotice says what a text field holding text cannot show plainly,
// "" when it shows all of it.
func hiddenNotice(text string) string {
	shown := widgets.Visible(text)
	if shown == text {
		return ""
	}
	n := 0
	for len(text) > 0 {
		r, a := utf8.DecodeRuneInString(text)
		s, b := utf8.DecodeRuneInString(shown)
		if r != s || a != b {
			n++
		}
		text, shown = text[a:], shown[b:]
	}
	what := "characters that are"
	if n == 1 {
		what = "character that is"
	}
	return fmt.Sprintf("This text holds %d %s not shown as text here: direction overrides, controls or invisible characters, "+
		"which the cards mark. The field keeps them as they are; delete them here if they do not belong.", n, what)
}
