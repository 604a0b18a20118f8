package ingest

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

var (
	monthNames = map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
		"jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}
	dateISO    = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})(?:\b|T)`)
	dateMDY    = regexp.MustCompile(`\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b`)
	dateDMY    = regexp.MustCompile(`\b(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+(\d{4})\b`)
	dateDotted = regexp.MustCompile(`\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b`)
	dateCJK    = regexp.MustCompile(`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`)
)

// FindDate returns the first date written in s (a dateline: "June 17,
// 2024", "17 June 2024", "2024-06-17", "17.06.2024", "2024年6月17日") as
// YYYY-MM-DD, or "".
func FindDate(s string) string {
	best, bestAt := "", len(s)+1
	try := func(re *regexp.Regexp, ymd func(m []string) (int, int, int)) {
		loc := re.FindStringSubmatchIndex(s)
		if loc == nil || loc[0] >= bestAt {
			return
		}
		m := make([]string, len(loc)/2)
		for i := range m {
			m[i] = s[loc[2*i]:loc[2*i+1]]
		}
		if d := validDate(ymd(m)); d != "" {
			best, bestAt = d, loc[0]
		}
	}
	try(dateISO, func(m []string) (int, int, int) { return atoi(m[1]), atoi(m[2]), atoi(m[3]) })
	try(dateMDY, func(m []string) (int, int, int) { return atoi(m[3]), month(m[1]), atoi(m[2]) })
	try(dateDMY, func(m []string) (int, int, int) { return atoi(m[3]), month(m[2]), atoi(m[1]) })
	try(dateDotted, func(m []string) (int, int, int) { return atoi(m[3]), atoi(m[2]), atoi(m[1]) })
	try(dateCJK, func(m []string) (int, int, int) { return atoi(m[1]), atoi(m[2]), atoi(m[3]) })
	return best
}

// NormalizeDate turns a machine date ("2024-06-17T09:00:00+02:00") into
// YYYY-MM-DD; other text goes through FindDate.
func NormalizeDate(s string) string {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return FindDate(s)
}

func validDate(y, m, d int) string {
	if y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31 {
		return ""
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
}

func month(s string) int { return monthNames[strings.ToLower(s[:3])] }

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0
	}
	return n
}
