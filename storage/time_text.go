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
//
// With bad set, text that is no time gives the zero time and is kept in
// *bad, and Scan does not fail (see BadTimes).
type timeText struct {
	t   *time.Time
	bad *badText
}

// badText is the text of a time that is none, when found.
type badText struct {
	found bool
	text  string
}

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
	case int64, float64:
		// Another program wrote a number (seconds since 1970? a Julian
		// day? days since 1900?): no reading of it is safe, so it is a
		// time that is none, as text that is no date is.
		return x.none(fmt.Sprint(v))
	default:
		return fmt.Errorf("time column holds %T, not text", src)
	}
	if t, ok := parseUTCText(s); ok {
		*x.t = t
		return nil
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
	return x.none(s)
}

// none gives the zero time for s, a time that is none, and keeps s in
// *x.bad when set; otherwise it fails, naming s.
func (x timeText) none(s string) error {
	if x.bad != nil {
		*x.t, *x.bad = time.Time{}, badText{true, s}
		return nil
	}
	return fmt.Errorf("a date and time in the project reads %.40q, which is not one (the file was edited outside Parley); "+
		"parley rescue copies the project with the time of the rescue in its place", s)
}

// parseUTCText reads the text gorm writes for a UTC time,
// "2006-01-02 15:04:05.999999999+00:00", giving what time.ParseInLocation
// gives for it in driverTimeLayouts[0]; ok is false for any other text,
// which then goes the slow way. A whole-project export parses two times
// per statement.
func parseUTCText(s string) (t time.Time, ok bool) {
	const head = len("2006-01-02 15:04:05")
	if len(s) < head+len("+00:00") || !strings.HasSuffix(s, "+00:00") {
		return time.Time{}, false
	}
	num := func(i, n int) int {
		v := 0
		for _, c := range []byte(s[i : i+n]) {
			if c < '0' || c > '9' {
				return -1
			}
			v = v*10 + int(c-'0')
		}
		return v
	}
	if s[4] != '-' || s[7] != '-' || s[10] != ' ' || s[13] != ':' || s[16] != ':' {
		return time.Time{}, false
	}
	y, mo, d, h, mi, sec := num(0, 4), num(5, 2), num(8, 2), num(11, 2), num(14, 2), num(17, 2)
	frac := s[head : len(s)-len("+00:00")]
	ns := 0
	if frac != "" {
		if frac[0] != '.' || len(frac) < 2 || len(frac) > 10 {
			return time.Time{}, false
		}
		if ns = num(head+1, len(frac)-1); ns < 0 {
			return time.Time{}, false
		}
		for range 10 - len(frac) {
			ns *= 10
		}
	}
	if y < 0 || mo < 1 || mo > 12 || d < 1 || h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59 {
		return time.Time{}, false
	}
	t = time.Date(y, time.Month(mo), d, h, mi, sec, ns, time.UTC)
	if t.Day() != d { // 31 April and the like: Parse refuses them
		return time.Time{}, false
	}
	return t, true
}
