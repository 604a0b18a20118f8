package app

import (
	"image/color"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/theme"

	"parley/storage"
	"parley/widgets"
)

// TestWidgetsShowStorageTerms ties the widgets' kinds and verdicts to
// storage's table: every kind and verdict reads in the widgets as storage
// words it, in a colour the theme knows.
func TestWidgetsShowStorageTerms(t *testing.T) {
	capital := func(s string) string { return strings.ToUpper(s[:1]) + s[1:] }
	for _, k := range storage.KindTerms() {
		if got, want := widgets.KindLabel(k.Value), capital(storage.Kind(k.Value).Label()); got != want {
			t.Errorf("kind %s: widgets say %q, storage %q", k.Value, got, want)
		}
		if !slices.Contains(theme.PrimaryColorNames(), k.Color) {
			t.Errorf("kind %s: colour %q is not a hue of the theme", k.Value, k.Color)
		}
		if got := widgets.KindColor(k.Value); got != theme.PrimaryColorNamed(k.Color) {
			t.Errorf("kind %s: widgets colour it %v, not %s", k.Value, got, k.Color)
		}
	}
	for _, v := range storage.VerdictTerms() {
		if got, want := widgets.VerdictLabel(v.Value), capital(storage.Verdict(v.Value).Label()); got != want {
			t.Errorf("verdict %s: widgets say %q, storage %q", v.Value, got, want)
		}
		name := widgets.VerdictColorName(v.Value)
		if v.Color != "" && string(name) != v.Color {
			t.Errorf("verdict %s: widgets colour it %q, storage %q", v.Value, name, v.Color)
		}
		if theme.DefaultTheme().Color(name, theme.VariantLight) == color.Transparent {
			t.Errorf("verdict %s: the theme has no colour %q", v.Value, name)
		}
	}
	if len(storage.Kinds) != len(storage.KindTerms()) || len(storage.Verdicts) != len(storage.VerdictTerms()) {
		t.Error("storage's lists of kinds and verdicts differ from its table")
	}
}
