package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
)

func TestVerdictBadge_Render(t *testing.T) {
	for _, th := range themes {
		t.Run(th.name, func(t *testing.T) {
			newThemedApp(t, th.th)
			row := container.NewVBox()
			for _, v := range []string{VerdictConvergent, VerdictPartlyConvergent, VerdictDivergent, VerdictNotAddressed, ""} {
				row.Add(container.NewHBox(NewVerdictBadge(v)))
			}
			w := test.NewTempWindow(t, row)
			w.Resize(fyne.NewSize(200, 180))
			test.AssertRendersToMarkup(t, "verdict_badge/all_"+th.name+".xml", w.Canvas())
		})
	}
}

func TestVerdictLabel(t *testing.T) {
	cases := map[string]string{
		VerdictConvergent:       "Convergent",
		VerdictPartlyConvergent: "Partly convergent",
		VerdictDivergent:        "Divergent",
		VerdictNotAddressed:     "Not addressed by one side",
		"":                      "Not assessed",
		"something_new":         "Something new (unknown verdict)",
	}
	for in, want := range cases {
		if got := VerdictLabel(in); got != want {
			t.Errorf("VerdictLabel(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestVerdictBadge_SetVerdict(t *testing.T) {
	test.NewTempApp(t)
	b := NewVerdictBadge("")
	w := test.NewTempWindow(t, b)
	w.Resize(fyne.NewSize(200, 40))
	b.SetVerdict(VerdictDivergent)
	shown := ""
	for _, o := range test.TempWidgetRenderer(t, b).Objects() {
		if txt, ok := o.(*canvas.Text); ok {
			shown = txt.Text
		}
	}
	if shown != "Divergent" {
		t.Fatalf("badge shows %q after SetVerdict, want Divergent", shown)
	}
}
