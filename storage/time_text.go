package storage

import (
	"fmt"
	"strings"
	"time"
)

// driverTimeLayouts are the layouts the SQLite driver tries, in its order,
// on a DATETIME column's text after the layout of time.Time.String; gorm
// writes the first.
var driverTimeLayouts = []string{
	"2006-01-02 15:04:05.999999999-07:00",
	"2006-01-02T15:04:05.999999999-07:00",
	"2006-01-02 15:04:05.999999999",
	"2006-01-02T15:04:05.999999999",
	"2006-01-02 15:04:05",
	"2006-01-02T15:04:05",
	"2006-01-02 15:04",
	"2006-01-02T15:04",
	"2006-01-02",
	// PostgreSQL's text of a timestamptz in UTC: "2024-06-16 09:00:00.5+00".
	"2006-01-02 15:04:05.999999999-07",
}

// timeText scans a datetime column read as text (CAST(... AS TEXT)) into
// t, giving what the driver gives for the column itself. The driver tries
// time.Time.String's layout first, which never matches what gorm wrote
// and allocates an error for every value: at 100k statements its parsing
// was a tenth of a CSV export. Trying gorm's layout first gives the same
// time, since no text matches both layouts.
type timeText struct{ t *time.Time }

// Scan implements sql.Scanner.
func (x timeText) Scan(src any) error {
	var s string
	switch v := src.(type) {
	case nil:
		*x.t = time.Time{}
		return nil
	case string:
		s = v
	case []byte:
		s = string(v)
	case time.Time: // a driver that reads the column as a time
		*x.t = v.UTC()
		return nil
	default:
		return fmt.Errorf("time column holds %T, not text", src)
	}
	ts := strings.TrimSuffix(s, "Z")
	if t, err := time.ParseInLocation(driverTimeLayouts[0], ts, time.UTC); err == nil {
		*x.t = t
		return nil
	}
	if i := strings.Index(s, "m="); i > 0 || strings.Contains(s, " ") {
		head := s
		if i > 0 {
			head = s[:i]
		}
		if t, err := time.Parse("2006-01-02 15:04:05.999999999 -0700 MST", strings.TrimSpace(head)); err == nil {
			*x.t = t
			return nil
		}
	}
	for _, l := range driverTimeLayouts[1:] {
		if t, err := time.ParseInLocation(l, ts, time.UTC); err == nil {
			*x.t = t
			return nil
		}
	}
	return fmt.Errorf("time column holds %q, not a time", s)
}
