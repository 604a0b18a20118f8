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

// variantTheme is Fyne's theme held to one variant, for View → Theme.
type variantTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

// Color answers in the chosen variant whatever the system asks for.
func (t variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.variant)
}

// applyThemePreference sets the theme the user chose; "As the System"
// leaves Fyne's choice (and FYNE_THEME) alone.
func applyThemePreference(a fyne.App) {
	switch a.Preferences().StringWithFallback(prefTheme, themeSystem) {
	case themeLight:
		a.Settings().SetTheme(variantTheme{theme.DefaultTheme(), theme.VariantLight})
	case themeDark:
		a.Settings().SetTheme(variantTheme{theme.DefaultTheme(), theme.VariantDark})
	}
}

func setThemePreference(a fyne.App, name string) {
	a.Preferences().SetString(prefTheme, name)
	if name == themeSystem {
		a.Settings().SetTheme(theme.DefaultTheme())
		return
	}
	applyThemePreference(a)
}

// Parley draws no italic text. Fyne parses a private copy of its fonts (the
// text font, emoji, symbols and the system's fallback) for every text style
// it meets, some 9 MB each; regular and bold are needed everywhere, italic
// would only add a third copy to the window's memory for a few captions,
// which say the same with the theme's quieter colours.
