package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
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

// TestTagDotsShowInBothThemes: in Project › Tags…, each tag's dot stands
// out from the dialog (2:1 at least) by its colour or its ring, in the
// dark theme and the light; the sample's "death penalty" (#2c3e50) was a
// hole in the dark one.
func TestTagDotsShowInBothThemes(t *testing.T) {
	wd := openSample(t)
	c := projectWindow(t).Canvas()
	for _, variant := range []string{"Dark", "Light"} {
		wd.menu("View", "Theme", variant)
		wd.menu("Project", "Tags…")
		var dots []*canvas.Circle
		fyne.DoAndWait(func() {
			if top := c.Overlays().Top(); top != nil {
				dots = visibleOf[*canvas.Circle](top)
			}
		})
		if len(dots) < 8 {
			t.Fatalf("%s: the Tags dialog shows %d dots", variant, len(dots))
		}
		th := fyne.CurrentApp().Settings().Theme()
		bg := th.Color(theme.ColorNameOverlayBackground, fyne.CurrentApp().Settings().ThemeVariant())
		for _, d := range dots {
			if contrast(d.FillColor, bg) < 2 && (d.StrokeWidth == 0 || contrast(d.StrokeColor, bg) < 2) {
				t.Errorf("%s: a dot of %v does not stand out from the dialog's %v", variant, d.FillColor, bg)
			}
		}
		wd.tap("Close")
	}
}

// TestUnansweredCountsCanBeRead: the topic tree's unanswered counts ("·2"
// after a party's count) are drawn in the warning colour; in the light
// theme Fyne's orange (#ff9800) stood at about 2:1 against the white and
// could hardly be read. Both themes give at least 4.5:1.
func TestUnansweredCountsCanBeRead(t *testing.T) {
	wd := openSample(t)
	c := projectWindow(t).Canvas()
	for _, variant := range []string{"Dark", "Light"} {
		wd.menu("View", "Theme", variant)
		var opens []*canvas.Text
		fyne.DoAndWait(func() {
			for _, x := range visibleOf[*canvas.Text](c.Content()) {
				if len(x.Text) > 2 && x.Text[:2] == "·" {
					opens = append(opens, x)
				}
			}
		})
		if len(opens) == 0 {
			t.Fatalf("%s: the topic tree shows no unanswered count", variant)
		}
		bg := fyne.CurrentApp().Settings().Theme().Color(theme.ColorNameBackground, fyne.CurrentApp().Settings().ThemeVariant())
		if r := contrast(opens[0].Color, bg); r < 4.5 {
			t.Errorf("%s: the unanswered count %q contrasts %.1f:1 with the background", variant, opens[0].Text, r)
		}
	}
}

// TestUncheckedBoxesShowInBothThemes: in the Export dialog (Ctrl+E) an
// unchecked box ("The analyst's notes") and an unselected format's radio
// button are outlined at 3:1 at least against the dialog in both themes;
// Fyne's input border gave 1.3:1 in the light one and 1.6:1 in the dark,
// and the boxes all but vanished.
func TestUncheckedBoxesShowInBothThemes(t *testing.T) {
	wd := openSample(t)
	c := projectWindow(t).Canvas()
	for _, variant := range []string{"Dark", "Light"} {
		wd.menu("View", "Theme", variant)
		wd.chord(fyne.KeyE)
		th := fyne.CurrentApp().Settings().Theme()
		v := fyne.CurrentApp().Settings().ThemeVariant()
		bg := th.Color(theme.ColorNameOverlayBackground, v)
		var outlines []fyne.ThemeColorName
		fyne.DoAndWait(func() {
			top := c.Overlays().Top()
			if top == nil {
				return
			}
			walk(top, func(o fyne.CanvasObject) bool {
				if ch, ok := o.(*widget.Check); !(ok && ch.Text == "The analyst's notes" && !ch.Checked) {
					if _, ok := o.(*widget.RadioGroup); !ok {
						return false
					}
				}
				// The outline: the themed icon that is neither the
				// fill under it nor a selection's primary colour.
				walk(o, func(o fyne.CanvasObject) bool {
					if img, ok := o.(*canvas.Image); ok {
						if r, ok := img.Resource.(*theme.ThemedResource); ok {
							switch r.ColorName {
							case theme.ColorNamePrimary, theme.ColorNameInputBackground, theme.ColorNameBackground, theme.ColorNameForeground:
							default:
								outlines = append(outlines, r.ColorName)
							}
						}
					}
					return false
				})
				return false
			})
		})
		if len(outlines) < 2 {
			t.Fatalf("%s: the Export dialog shows %d outlines of an unchecked box or radio button", variant, len(outlines))
		}
		for _, n := range outlines {
			if col := th.Color(n, v); contrast(col, bg) < 3 {
				t.Errorf("%s: an unchecked box or radio button is outlined in %s, %v, %.1f:1 against the dialog's %v", variant, n, col, contrast(col, bg), bg)
			}
		}
		wd.key(fyne.KeyEscape)
	}
}
