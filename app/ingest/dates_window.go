package ingest

import (
	"regexp"
	"strings"
	"time"
)

// A readout's date names the office-holder a title stands for ("The Prime
// Minister spoke …": speakers_office.go). Not every text carries a full
// date: No 10's older titles give the month ("PM phone call with
// President Obama: May 2014"), reprints write "[March 2025]" after the
// title, and a text pasted without its page has none. Two more sources
// of a date are read, after the publication date and a full date in the
// text's opening:
//
//   - a month and year in the title (the first line) or on a line of its
//     own near the top: the holder is the one person who held the office
//     on the first and on the last day of that month. A month in the body
//     ("Ambassador since March 2023") dates something else and is not
//     read;
//   - the date of the dialogue the analyst imports the text into
//     (Document.HeldOn), which the import window passes: a readout is
//     published on the day of the meeting or soon after, so the dialogue's
//     first day names the same holders.

// monthYearRe matches a month and a year with no day: "May 2014",
// "[March 2025]", "Sept. 2019".
var monthYearRe = regexp.MustCompile(`(?i)^[\[(]?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+(\d{4})[\])]?$`)

// titleMonth returns the first and last day (YYYYMMDD) of a month and
// year that ends the text's first line ("…: May 2014", "… [March 2025]")
// or stands on a line of its own among its first five, or 0, 0.
func titleMonth(text string) (int, int) {
	lines := strings.SplitN(head(text, 2000), "\n", 12)
	seen := 0
	for i, line := range lines {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if seen++; seen > 5 {
			break
		}
		cand := line
		if i == 0 || seen == 1 {
			if k := strings.LastIndexAny(line, ":[(–—-"); k >= 0 {
				cand = strings.TrimSpace(line[k:])
				cand = strings.TrimLeft(cand, ":–—- ")
			}
		}
		m := monthYearRe.FindStringSubmatch(cand)
		if m == nil {
			continue
		}
		y, mo := atoi(m[2]), month(m[1])
		if y < 1900 || y > 2200 || mo == 0 {
			continue
		}
		first := time.Date(y, time.Month(mo), 1, 0, 0, 0, 0, time.UTC)
		last := first.AddDate(0, 1, -1)
		return y*10000 + mo*100 + 1, y*10000 + mo*100 + last.Day()
	}
	return 0, 0
}

// textWindow is the day or days the text is dated (YYYYMMDD): the
// publication date or a full date in its opening (textDate), else a month
// in its title, else the dialogue's date; to is 0 for a single day, and
// both are 0 for no date.
func textWindow(published, heldOn, text string) (from, to int) {
	if d := textDate(published, text); d != 0 {
		return d, 0
	}
	if f, l := titleMonth(text); f != 0 {
		return f, l
	}
	return textDate(heldOn, ""), 0
}

// holderOn is officeHolder over the text's date: the one person who held
// the party's office on it, on every day of a month.
func (st *state) holderOn(party, office string) string {
	h := officeHolder(party, office, st.date)
	if h == "" || st.dateEnd == 0 || officeHolder(party, office, st.dateEnd) == h {
		return h
	}
	return ""
}
