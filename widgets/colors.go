// Package widgets holds Parley's reusable Fyne widgets: the statement card,
// the party column, tag chips, verdict badges, highlighted source text and the
// topic × party matrix. They draw plain view data and report gestures through
// callbacks; they know nothing of storage or of the app that uses them.
package widgets

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// withAlpha returns c with its alpha scaled to a (0–1), for tinted fills.
func withAlpha(c color.Color, a float32) color.Color {
	if c == nil {
		return color.Transparent
	}
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = uint8(min(float32(n.A)*a, 255))
	return n
}

// darken returns c with its colour scaled towards black by f (0–1).
func darken(c color.Color, f float32) color.Color {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	k := 1 - f
	return color.NRGBA{R: uint8(float32(n.R) * k), G: uint8(float32(n.G) * k), B: uint8(float32(n.B) * k), A: n.A}
}

// luminance returns the relative brightness of c, 0 (black) to 1 (white).
func luminance(c color.Color) float32 {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	return (0.299*float32(n.R) + 0.587*float32(n.G) + 0.114*float32(n.B)) / 255
}

// themeColor reads a colour of the theme that applies to o (its theme scope
// if any), in the current variant.
func themeColor(o fyne.CanvasObject, n fyne.ThemeColorName) color.Color {
	th := theme.CurrentForWidget(o)
	return th.Color(n, fyne.CurrentApp().Settings().ThemeVariant())
}

// themeSize reads a size of the theme that applies to o.
func themeSize(o fyne.CanvasObject, n fyne.ThemeSizeName) float32 {
	return theme.CurrentForWidget(o).Size(n)
}

// orGrey returns c, or the theme's disabled colour when c is nil, so callers
// may leave a colour out.
func orGrey(o fyne.CanvasObject, c color.Color) color.Color {
	if c == nil {
		return themeColor(o, theme.ColorNamePlaceHolder)
	}
	return c
}
