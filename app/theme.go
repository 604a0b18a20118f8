package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

const (
	themeLight  = "light"
	themeDark   = "dark"
	themeSystem = "system"
)

// variantTheme is Fyne's theme, held to one variant for View → Theme when
// fixed, with quiet text people can read.
type variantTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
	fixed   bool // false: the system's variant ("As the System")
}

// Quiet text (low-importance labels: "No notes yet.", the search results'
// places, key hints) and disabled controls are drawn in Fyne's "disabled"
// colour, #e3e3e3 on white and #39393a on near-black: all but invisible.
// These greys stay quieter than the text and read as disabled on a button,
// but can be read (about 3:1 against the background).
var (
	quietLight = color.NRGBA{R: 0x90, G: 0x90, B: 0x90, A: 0xff}
	quietDark  = color.NRGBA{R: 0x8c, G: 0x8c, B: 0x90, A: 0xff}
)

// onSuccessLight is the text on a success button (the review window's
// Accept) in the light variant: Fyne writes it white on its bright green,
// about 1.4:1, which could not be read; the dark variant's near-black
// reads at about 11:1.
var onSuccessLight = color.NRGBA{R: 0x17, G: 0x17, B: 0x18, A: 0xff}

// warningLight is the warning colour of the light variant: the unanswered
// counts of the topic tree and the topic's summary ("2 unanswered") are
// written in it, and Fyne's orange (#ff9800) stood at about 2.2:1 against
// the white, too faint to read in the tree's small type; this amber reads
// at about 5:1 and stays the same hue. The dark variant keeps Fyne's.
var warningLight = color.NRGBA{R: 0xb4, G: 0x53, B: 0x09, A: 0xff}

// The outline of an unchecked check box or radio button, and of a text
// field, is Fyne's input border: #e3e3e3 on white and #39393a on
// near-black, about 1.3:1 and 1.6:1. An unchecked box all but vanished:
// the Export dialog's "The analyst's notes", its topics and tags, its
// formats read as lines of text with nothing to click. These greys give
// such outlines 3:1 (what a control's edge needs) in both variants.
var (
	inputBorderLight = color.NRGBA{R: 0x8a, G: 0x8a, B: 0x8a, A: 0xff}
	inputBorderDark  = color.NRGBA{R: 0x72, G: 0x72, B: 0x78, A: 0xff}
)

// Color answers in the chosen variant whatever the system asks for.
func (t variantTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if t.fixed {
		v = t.variant
	}
	if n == theme.ColorNameDisabled {
		if v == theme.VariantDark {
			return quietDark
		}
		return quietLight
	}
	if n == theme.ColorNameForegroundOnSuccess && v == theme.VariantLight {
		return onSuccessLight
	}
	if n == theme.ColorNameWarning && v == theme.VariantLight {
		return warningLight
	}
	if n == theme.ColorNameInputBorder {
		if v == theme.VariantDark {
			return inputBorderDark
		}
		return inputBorderLight
	}
	return t.Theme.Color(n, v)
}

// applyThemePreference sets the theme the user chose; "As the System"
// follows Fyne's choice (and FYNE_THEME) of variant.
func applyThemePreference(a fyne.App) {
	switch a.Preferences().StringWithFallback(prefTheme, themeSystem) {
	case themeLight:
		a.Settings().SetTheme(variantTheme{theme.DefaultTheme(), theme.VariantLight, true})
	case themeDark:
		a.Settings().SetTheme(variantTheme{theme.DefaultTheme(), theme.VariantDark, true})
	default:
		a.Settings().SetTheme(variantTheme{Theme: theme.DefaultTheme()})
	}
}

func setThemePreference(a fyne.App, name string) {
	a.Preferences().SetString(prefTheme, name)
	applyThemePreference(a)
}

// Parley draws no italic text. Fyne parses a private copy of its fonts (the
// text font, symbols, the system's fallback and, unless built with the
// Makefile's no_emoji tag, emoji) for every text style it meets, some 5 MB
// each (9 with the emoji font); regular and bold are needed everywhere, italic
// would only add a third copy to the window's memory for a few captions,
// which say the same with the theme's quieter colours.
