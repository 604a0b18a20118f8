package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
)

func TestTagChip_Render(t *testing.T) {
	for _, th := range themes {
		t.Run(th.name, func(t *testing.T) {
			newThemedApp(t, th.th)
			removable := NewTagChip("double standards", tagDouble.Color, nil)
			removable.OnRemove = func() {}
			row := container.NewHBox(NewTagChip("non-interference", tagNonInt.Color, nil), removable,
				NewTagChip("no colour", nil, nil))
			w := test.NewTempWindow(t, row)
			w.Resize(fyne.NewSize(420, 40))
			test.AssertRendersToMarkup(t, "tag_chip/chips_"+th.name+".xml", w.Canvas())
		})
	}
}

func TestTagChip_TapAndRemove(t *testing.T) {
	test.NewTempApp(t)
	var tapped, removed int
	chip := NewTagChip("Xinjiang", tagXJ.Color, func() { tapped++ })
	chip.OnRemove = func() { removed++ }
	w := test.NewTempWindow(t, chip)
	w.Resize(chip.MinSize().AddWidthHeight(20, 20))

	test.TapAt(chip, fyne.NewPos(10, chip.Size().Height/2))
	if tapped != 1 || removed != 0 {
		t.Fatalf("tap on the name: tapped %d removed %d", tapped, removed)
	}
	test.TapAt(chip, fyne.NewPos(chip.Size().Width-6, chip.Size().Height/2))
	if tapped != 1 || removed != 1 {
		t.Fatalf("tap on the cross: tapped %d removed %d", tapped, removed)
	}

	plain := NewTagChip("Tibet", nil, nil)
	test.Tap(plain) // nil callbacks: nothing happens, nothing panics
	if plain.MinSize().Width >= chip.MinSize().Width {
		t.Fatal("a chip without a cross should be narrower")
	}
}

func TestTagChip_SetTag(t *testing.T) {
	test.NewTempApp(t)
	chip := NewTagChip("a", tagXJ.Color, nil)
	before := chip.MinSize().Width
	chip.SetTag("a much longer tag", colorEU)
	if chip.MinSize().Width <= before || chip.Color != colorEU {
		t.Fatal("SetTag did not change the chip")
	}
}
