package storage

import (
	"testing"
	"time"
)

// timeText reads the layouts the driver reads, gorm's first.
func TestTimeTextParsesTheDriversLayouts(t *testing.T) {
	east := time.FixedZone("", 8*3600)
	for _, c := range []struct {
		text string
		want time.Time
	}{
		{"2026-03-01 09:30:15.123456789+08:00", time.Date(2026, 3, 1, 9, 30, 15, 123456789, east)},
		{"2026-03-01T09:30:15Z", time.Date(2026, 3, 1, 9, 30, 15, 0, time.UTC)},
		{"2026-03-01 09:30:15.5 +0000 UTC m=+0.01", time.Date(2026, 3, 1, 9, 30, 15, 5e8, time.UTC)},
		{"2026-03-01", time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)},
	} {
		var got time.Time
		if err := (timeText{t: &got}).Scan(c.text); err != nil {
			t.Errorf("%q: %v", c.text, err)
			continue
		}
		if !got.Equal(c.want) {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
		}
	}
	var got time.Time
	if err := (timeText{t: &got}).Scan("yesterday"); err == nil {
		t.Errorf("%q: no error, got %v", "yesterday", got)
	}
}
