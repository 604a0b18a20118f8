package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// VerdictBadge shows an assessment's verdict as a coloured pill with words.
type VerdictBadge struct {
	widget.BaseWidget
	Verdict string
}

// NewVerdictBadge returns a badge for verdict, a value of the verdicts
// given to SetTerms, or "" for none.
func NewVerdictBadge(verdict string) *VerdictBadge {
	b := &VerdictBadge{Verdict: verdict}
	b.ExtendBaseWidget(b)
	return b
}

// SetVerdict changes the verdict shown.
func (b *VerdictBadge) SetVerdict(verdict string) {
	b.Verdict = verdict
	b.Refresh()
}

// CreateRenderer is a private method to Fyne which links this widget to its renderer.
func (b *VerdictBadge) CreateRenderer() fyne.WidgetRenderer {
	b.ExtendBaseWidget(b)
	r := &verdictBadgeRenderer{badge: b, look: newChipLook()}
	r.Refresh()
	return r
}

type verdictBadgeRenderer struct {
	badge *VerdictBadge
	look  *chipLook
}

func (r *verdictBadgeRenderer) Destroy() {}

func (r *verdictBadgeRenderer) Objects() []fyne.CanvasObject { return r.look.objects() }

func (r *verdictBadgeRenderer) MinSize() fyne.Size { return r.look.minSize(r.badge) }

func (r *verdictBadgeRenderer) Layout(size fyne.Size) {
	r.look.place(r.badge, fyne.NewPos(0, (size.Height-r.MinSize().Height)/2))
}

func (r *verdictBadgeRenderer) Refresh() {
	v := r.badge.Verdict
	fill := float32(0.2)
	if v == "" {
		fill = 0
	}
	r.look.set(r.badge, VerdictLabel(v), verdictColor(r.badge, v), fill, v != "")
	r.look.refresh()
	r.Layout(r.badge.Size())
}
