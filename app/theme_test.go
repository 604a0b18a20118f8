package app

import (
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// TestSuccessButtonsCanBeRead: the text of a success button (the review
// window's Accept) contrasts with its fill by at least 4.5:1 in both
// variants; in the light one Fyne wrote it white on bright green (1.4:1).
func TestSuccessButtonsCanBeRead(t *testing.T) {
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		th := variantTheme{theme.DefaultTheme(), v, true}
		fg, bg := th.Color(theme.ColorNameForegroundOnSuccess, v), th.Color(theme.ColorNameSuccess, v)
		if r := contrast(fg, bg); r < 4.5 {
			t.Errorf("variant %d: text on a success button contrasts %.1f:1 with it", v, r)
		}
	}
}

// contrast is WCAG's contrast ratio of two colours.
func contrast(a, b color.Color) float64 {
	la, lb := relLuminance(a), relLuminance(b)
	return (math.Max(la, lb) + 0.05) / (math.Min(la, lb) + 0.05)
}

func relLuminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		s := float64(v) / 0xffff
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}
