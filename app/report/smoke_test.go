package report

import "testing"

func TestSmokeRender(t *testing.T) {
	p := sample(t)
	out, _ := render(t, p.Store, allOn())
	if len(out) < 1000 {
		t.Fatal(out)
	}
}
