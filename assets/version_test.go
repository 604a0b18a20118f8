package assets

import (
	"os"
	"regexp"
	"testing"
)

// TestVersionMatchesFyneApp checks that the version the binary shows is the
// one `fyne package` writes into the package's metadata.
func TestVersionMatchesFyneApp(t *testing.T) {
	toml, err := os.ReadFile("../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^\s*Version\s*=\s*"([^"]*)"`).FindSubmatch(toml)
	if m == nil {
		t.Fatal("FyneApp.toml has no Version line")
	}
	if string(m[1]) != Version {
		t.Fatalf("FyneApp.toml says version %s, assets.Version %s", m[1], Version)
	}
}
