package widgets

import (
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// TestGallery writes a picture of every widget in light and dark into the
// folder named by PARLEY_GALLERY, for a person to look at; without it the
// test only checks that the gallery builds and renders.
func TestGallery(t *testing.T) {
	dir := os.Getenv("PARLEY_GALLERY")
	for _, th := range themes {
		t.Run(th.name, func(t *testing.T) {
			newThemedApp(t, th.th)
			w := test.NewTempWindow(t, gallery())
			w.Resize(fyne.NewSize(1180, 760))
			img := w.Canvas().Capture()
			if img.Bounds().Dx() == 0 {
				t.Fatal("empty capture")
			}
			if dir == "" {
				return
			}
			f, err := os.Create(filepath.Join(dir, "widgets-"+th.name+".png"))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			if err := png.Encode(f, img); err != nil {
				t.Fatal(err)
			}
		})
	}
}

func gallery() fyne.CanvasObject {
	cards := sampleCards()
	china := NewPartyColumn("China", colorChina)
	china.SetHeader("China", colorChina, "Human rights development")
	china.SetVerdict(VerdictPartlyConvergent)
	china.SetCards(append(cards[:3:3], CardData{ID: 5, Kind: "commitment", Speaker: "Miao Deyu", SpeakerRole: "Assistant Foreign Minister",
		Text: "中方愿同欧方在相互尊重的基础上开展人权对话与合作。", Tags: []TagData{{Name: "dialogue", Color: colorEU}}}))
	china.Select(2)
	eu := NewPartyColumn("EU", colorEU)
	eu.SetHeader("European Union", colorEU, "Human rights development")
	eu.SetVerdict(VerdictPartlyConvergent)
	euCards := []CardData{
		{ID: 11, Kind: "concern", Speaker: "Paola Pampaloni", SpeakerRole: "Deputy Managing Director for Asia and the Pacific, EEAS",
			Text: "The EU raised the human rights situation in Xinjiang, Tibet and Hong Kong, and the cases of individual human rights defenders.",
			Tags: []TagData{tagXJ}, NoteCount: 3, LinkCount: 1, LinkLabel: "responds to ▸"},
		{ID: 12, Kind: "demand", Text: "中方应停止对新疆维吾尔族人的任意拘留，并允许联合国人权事务高级专员不受限制地访问。", ReportedBy: "China", Tags: []TagData{tagXJ, tagDouble}},
		cards[3],
	}
	eu.SetCards(euCards)
	chips := container.NewHBox(NewTagChip("non-interference", tagNonInt.Color, nil), NewTagChip("Xinjiang", tagXJ.Color, func() {}),
		&TagChip{Name: "removable", Color: tagDouble.Color, OnRemove: func() {}})
	badges := container.NewHBox(NewVerdictBadge(VerdictConvergent), NewVerdictBadge(VerdictPartlyConvergent),
		NewVerdictBadge(VerdictDivergent), NewVerdictBadge(VerdictNotAddressed), NewVerdictBadge(""))
	src := "Miao Deyu said that China has found a path of human rights development. The EU side raised its concerns about Xinjiang. 双方同意在布鲁塞尔举行下一轮对话。"
	s2, s3 := spanOf(src, "The EU side raised its concerns about Xinjiang.", 2), spanOf(src, "双方同意在布鲁塞尔举行下一轮对话。", 3)
	s2.Color, s3.Color = colorEU, colorEU
	text := NewHighlightedText(src, []Span{spanOf(src, "China has found a path of human rights development.", 1), s2, s3})
	matrix := NewMatrix(MatrixData{Rows: []string{"Human rights", "Xinjiang", "Tibet", "Trade"}, RowDepth: []int{0, 1, 1, 0},
		Cols: []string{"China", "EU"}, ColColors: []color.Color{colorChina, colorEU},
		Counts: [][]int{{5, 3}, {2, 4}, {0, 1}, {1, 0}}, Badges: []string{VerdictDivergent, VerdictPartlyConvergent, VerdictNotAddressed, ""}}, nil)
	heading := func(s string) fyne.CanvasObject {
		return widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	right := container.NewVBox(heading("Tag chips"), chips, heading("Verdict badges"), badges,
		heading("Highlighted source text"), text, heading("Overview matrix"), matrix)
	cols := container.NewGridWithColumns(2, china, eu)
	return container.NewBorder(nil, nil, nil, container.NewPadded(right), container.NewPadded(cols))
}
