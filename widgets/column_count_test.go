package widgets

import "testing"

func TestStatementCount(t *testing.T) {
	cases := []struct {
		name         string
		shown, total int
		want         string
	}{
		{"None", 0, 0, "0 statements"},
		{"One", 1, 0, "1 statement"},
		{"Some", 42, 42, "42 statements"},
		{"Thousands", 24750, 0, "24,750 statements"},
		{"Million", 1000000, 0, "1,000,000 statements"},
		{"FirstOfMany", 300, 24750, "300 of 24,750 statements"},
		{"TotalNotMore", 12, 5, "12 statements"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := statementCount(c.shown, c.total); got != c.want {
				t.Errorf("statementCount(%d, %d) = %q, want %q", c.shown, c.total, got, c.want)
			}
		})
	}
}
