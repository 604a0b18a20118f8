package app

import "testing"

// TestAppIcon: a binary from `go build` has Parley's icon to show, not
// Fyne's default.
func TestAppIcon(t *testing.T) {
	ic, err := appIcon()
	if err != nil {
		t.Fatal(err)
	}
	if c := ic.Content(); len(c) < 1000 || string(c[1:4]) != "PNG" {
		t.Fatalf("icon of %d bytes is not a PNG", len(c))
	}
}
