package widgets

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Term is how a kind of statement or a verdict reads and looks: the value
// the app stores, its words, and the name of its colour in the theme. A
// kind's colour is a hue of the palette ("blue"); a verdict's is a colour
// role ("success"), or "" for a quiet grey.
type Term struct {
	Value, Label, Color string
}

// terms holds the kinds and verdicts the app gave SetTerms, in menu order.
var terms struct {
	kinds, verdicts []Term
}

// SetTerms gives the widgets the kinds of statement and the verdicts they
// draw. The app passes its domain table once, before it makes a widget;
// the widgets keep no table of their own.
func SetTerms(kinds, verdicts []Term) {
	terms.kinds = append([]Term(nil), kinds...)
	terms.verdicts = append([]Term(nil), verdicts...)
}

func termOf(list []Term, value string) (Term, bool) {
	for _, t := range list {
		if t.Value == value {
			return t, true
		}
	}
	return Term{}, false
}

// capital returns words with a capital first letter, as a label shows them.
func capital(words string) string {
	if words == "" {
		return ""
	}
	return strings.ToUpper(words[:1]) + words[1:]
}

// KindColor returns the marker colour of a statement kind; unknown kinds are grey.
func KindColor(kind string) color.Color {
	name := theme.ColorGray
	if t, ok := termOf(terms.kinds, strings.ToLower(kind)); ok && t.Color != "" {
		name = t.Color
	}
	return theme.PrimaryColorNamed(name)
}

// KindLabel returns a kind in words, e.g. "Position" for "position".
func KindLabel(kind string) string {
	if kind == "" {
		return "Statement"
	}
	if t, ok := termOf(terms.kinds, kind); ok {
		return capital(t.Label)
	}
	return unknownLabel(kind, "kind")
}

// unknownLabel is a kind or verdict the table lacks, marked: a project
// changed outside Parley, or by a newer Parley, may hold one, and the
// analyst should see that it is not one this Parley knows.
func unknownLabel(value, what string) string {
	return capital(strings.ReplaceAll(value, "_", " ")) + " (unknown " + what + ")"
}

// VerdictLabel returns a verdict in words; "" is "Not assessed".
func VerdictLabel(verdict string) string {
	if verdict == "" {
		return "Not assessed"
	}
	if t, ok := termOf(terms.verdicts, verdict); ok {
		return capital(t.Label)
	}
	return unknownLabel(verdict, "verdict")
}

// VerdictColorName returns the theme colour of a verdict: its role
// (success, warning, error), or the quiet placeholder grey for a verdict
// without one, for none and for one the table lacks.
func VerdictColorName(verdict string) fyne.ThemeColorName {
	if t, ok := termOf(terms.verdicts, verdict); ok && t.Color != "" {
		return fyne.ThemeColorName(t.Color)
	}
	return theme.ColorNamePlaceHolder
}

// verdictColor is the colour of a verdict in the theme that applies to o.
func verdictColor(o fyne.CanvasObject, verdict string) color.Color {
	return themeColor(o, VerdictColorName(verdict))
}

// verdictLabels returns the words of every verdict, for sizing a column
// that may show any of them.
func verdictLabels() []string {
	out := make([]string, len(terms.verdicts))
	for i, t := range terms.verdicts {
		out[i] = VerdictLabel(t.Value)
	}
	return out
}
