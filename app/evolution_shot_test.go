package app

import (
	"image/png"
	"os"
	"testing"
)

// shotTo writes what the window shows into the folder PARLEY_SHOTS names,
// for a person to look at; without it, it does nothing.
func (wd *world) shotTo(name string) {
	dir := os.Getenv("PARLEY_SHOTS")
	if dir == "" {
		return
	}
	img := wd.ws.win.Canvas().Capture()
	f, err := os.Create(dir + "/" + name + ".png")
	if err != nil {
		wd.t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		wd.t.Fatal(err)
	}
}

// TestEvolutionShots walks the Evolution tab's sections on the fixture
// series and pictures each (see shotTo).
func TestEvolutionShots(t *testing.T) {
	wd := newSeriesWorld(t)
	wd.showEvolution()
	wd.shotTo("rounds")
	wd.section("Stock phrases")
	wd.shotTo("phrases")
	wd.section("Cases")
	wd.shotTo("cases")
	wd.section("Commitments")
	wd.shotTo("commits")
}
