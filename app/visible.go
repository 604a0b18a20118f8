package app

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

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
	n := hiddenCount(text)
	if n == 0 {
		return ""
	}
	return fmt.Sprintf("This text holds %s not shown as text here: direction overrides, controls or invisible characters, "+
		"which the cards mark. The field keeps them as they are; delete them here if they do not belong.", hiddenCharacters(n))
}

// hiddenCount is how many characters of text widgets.Visible marks.
func hiddenCount(text string) int {
	shown := widgets.Visible(text)
	if shown == text {
		return 0
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
	return n
}

// hiddenCharacters is "1 character that is" or "n characters that are".
func hiddenCharacters(n int) string {
	if n == 1 {
		return "1 character that is"
	}
	return fmt.Sprintf("%d characters that are", n)
}

// textField is a field of a form and the name a notice gives it.
type textField struct {
	name  string
	entry *widget.Entry
}

// fieldsNotice says which of fields hold characters that they cannot show
// plainly (see hiddenNotice), "" when none does: a readout's speaker or
// title may carry a direction override that makes the field read other
// than what is stored.
func fieldsNotice(fields []textField) string {
	var names []string
	n := 0
	for _, f := range fields {
		if k := hiddenCount(f.entry.Text); k > 0 {
			names = append(names, f.name)
			n += k
		}
	}
	if n == 0 {
		return ""
	}
	them := "them"
	if n == 1 {
		them = "it"
	}
	return fmt.Sprintf("The %s %s %s not shown as text here (direction overrides, controls or invisible characters), kept unless you delete %s.",
		andList(names), holdVerb(len(names)), hiddenCharacters(n), them)
}

// andList is "a", "a and b" or "a, b and c".
func andList(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

func holdVerb(n int) string {
	if n == 1 {
		return "holds"
	}
	return "hold"
}

// showNotice sets l to notice and shows it, or hides it when notice is "".
func showNotice(l *widget.Label, notice string) {
	l.SetText(notice)
	if notice == "" {
		l.Hide()
	} else {
		l.Show()
	}
}

// newNotice is a hidden warning label for fieldsNotice and hiddenNotice.
func newNotice() *widget.Label {
	l := widget.NewLabel("")
	l.Wrapping = fyne.TextWrapWord
	l.Importance = widget.WarningImportance
	l.Hide()
	return l
}
