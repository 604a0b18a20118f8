package widgets

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// variantTheme forces Fyne's default theme into one variant, so a test can
// render light and dark whatever the settings say.
type variantTheme struct {
	fyne.Theme
	v fyne.ThemeVariant
}

func (t variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.v)
}

// themes are the two variants every rendering test runs in.
var themes = []struct {
	name string
	th   fyne.Theme
}{
	{"light", variantTheme{theme.DefaultTheme(), theme.VariantLight}},
	{"dark", variantTheme{theme.DefaultTheme(), theme.VariantDark}},
}

// newThemedApp starts a test app in th.
func newThemedApp(t testing.TB, th fyne.Theme) fyne.App {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(th)
	return a
}

var (
	colorChina = color.NRGBA{R: 0xc8, G: 0x3a, B: 0x32, A: 0xff}
	colorEU    = color.NRGBA{R: 0x2f, G: 0x5f, B: 0xb3, A: 0xff}
	tagNonInt  = TagData{Name: "non-interference", Color: color.NRGBA{R: 0x8e, G: 0x5b, B: 0xc4, A: 0xff}}
	tagDouble  = TagData{Name: "double standards", Color: color.NRGBA{R: 0xd9, G: 0x8a, B: 0x1f, A: 0xff}}
	tagXJ      = TagData{Name: "Xinjiang", Color: color.NRGBA{R: 0x2a, G: 0x9d, B: 0x8f, A: 0xff}}
)

// sampleCards are statements in the style of the worked example.
func sampleCards() []CardData {
	return []CardData{
		{ID: 1, Kind: "position", Speaker: "Miao Deyu", SpeakerRole: "Assistant Foreign Minister",
			Text: "China has found a path of human rights development that suits its national conditions, and people of all ethnic groups enjoy broader and fuller rights.",
			Tags: []TagData{tagNonInt}, NoteCount: 2, LinkCount: 1},
		{ID: 2, Kind: "objection", Speaker: "Shen Bo", SpeakerRole: "Director-General, Department of International Organizations and Conferences",
			Text: "China firmly opposes any interference in its internal affairs under the pretext of human rights, and urged the EU to stop applying double standards.",
			Tags: []TagData{tagNonInt, tagDouble}, LinkCount: 2},
		{ID: 3, Kind: "concern", ReportedBy: "China",
			Text: "The EU side raised its concerns about the situation in Xinjiang, Tibet and Hong Kong, and about individual cases.",
			Tags: []TagData{tagXJ}, NoteCount: 1},
		{ID: 4, Kind: "agreement", Joint: true, JointWith: []string{"EU"},
			Text: "Both sides agreed to hold the 40th round of the dialogue in Brussels in 2025."},
	}
}
