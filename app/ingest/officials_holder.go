package ingest

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// A minister's own release or written answer speaks in the first person
// and often never names the minister ("Today I met with China's State
// Councilor …", "I travelled to London on 13 December …"), and a
// heading may name the speaker by office alone ("Statement by the
// President", "To ask the Taoiseach …"). Who held the author's office in
// the year the text is dated is what an analyst writes as the speaker:
// the list of known officials (officials.tsv) answers it when one person
// alone held that office that year.

// holderRow is one line of the list of known officials, read for who
// held an office when.
type holderRow struct {
	party string
	roles []string // the offices, as the list writes them
	spans [][2]int // the days held (see yearSpans)
	name  string   // the full name, the list's first
	names []string // every English name the list gives
}

// holderRows is the list of known officials as rows, read once.
var holderRows = sync.OnceValue(func() []holderRow {
	var rows []holderRow
	for _, line := range strings.Split(officialsData, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 4 {
			continue
		}
		row := holderRow{party: f[0], name: strings.TrimSpace(strings.Split(f[3], ";")[0])}
		for _, n := range strings.Split(f[3], ";") {
			if n = strings.TrimSpace(n); n != "" {
				row.names = append(row.names, n)
			}
		}
		for _, r := range strings.Split(f[1], ";") {
			row.roles = append(row.roles, strings.TrimSpace(r))
		}
		row.spans = yearSpans(f[2])
		rows = append(rows, row)
	}
	return rows
})

// yearSpans reads "2017–2021, 2025–" as the days of 2017 to 2021 and
// from 2025 on, each end written YYYYMMDD; an end may give its month
// ("2018-08–2022-05": the office changed hands in May 2022) or its day
// ("2022-10-25–2024-07-05": a text of 10 July 2024 names the holder
// from the 5th), and an open end reaches 99991231. An end day is the
// successor's first day, as the official lists write it: the
// readouts of that day are the new holder's (the Prime Minister who
// took office that morning takes the calls of congratulation).
func yearSpans(s string) [][2]int {
	var out [][2]int
	for _, part := range strings.Split(s, ",") {
		from, to, dash := strings.Cut(strings.TrimSpace(part), "–")
		a, ok := dayOf(from, false)
		if !ok {
			continue
		}
		b, _ := dayOf(from, true)
		if dash {
			b = 99991231
			if n, ok := dayOf(to, true); ok {
				b = n
			}
		}
		out = append(out, [2]int{a, b})
	}
	return out
}

// dayOf reads "2022", "2022-05" or "2022-05-25" as YYYYMMDD: the first
// day of the year or month it gives, or its last when last is set.
func dayOf(s string, last bool) (int, bool) {
	f := strings.Split(strings.TrimSpace(s), "-")
	if len(f) > 3 {
		return 0, false
	}
	n := [3]int{0, 1, 1}
	if last {
		n = [3]int{0, 12, 31}
	}
	for i, x := range f {
		v, err := strconv.Atoi(x)
		if err != nil {
			return 0, false
		}
		n[i] = v
		if i == 1 && last && len(f) == 2 {
			n[2] = 31 // a month's last day: no date has a later one
		}
	}
	if last && len(f) == 3 {
		// The day before the successor's first: YYYYMMDD-1 orders
		// below that day and above every earlier one, even on the 1st.
		return n[0]*10000 + n[1]*100 + n[2] - 1, true
	}
	return n[0]*10000 + n[1]*100 + n[2], true
}

// officeRoles gives the list's roles an office is written as in the
// texts (lower case): a foreign minister is a Foreign Secretary in
// London, a Secretary of State in Washington, the External Affairs
// Minister in New Delhi; the Taoiseach is Ireland's Prime Minister.
var officeRoles = map[string][]string{
	"foreign minister":                        foreignRoles,
	"foreign affairs minister":                foreignRoles,
	"minister for foreign affairs":            foreignRoles,
	"minister of foreign affairs":             foreignRoles,
	"minister for foreign affairs and trade":  foreignRoles,
	"minister for europe and foreign affairs": foreignRoles,
	"secretary for foreign affairs":           foreignRoles, // the Philippines
	"minister of external affairs":            foreignRoles,
	"foreign secretary":                       foreignRoles,
	"external affairs minister":               foreignRoles,
	"eam":                                     foreignRoles,
	"prime minister":                          {"Prime Minister"},
	"pm":                                      {"Prime Minister"},
	"taoiseach":                               {"Prime Minister"},
	"premier":                                 {"Premier", "Prime Minister"},
	"chancellor":                              {"Chancellor"},
	"president":                               {"President"},
	"president of the republic":               {"President"},
	"vice president":                          {"Vice President"},
	"secretary":                               {"Secretary of State"}, // the State Department's "the Secretary"
	"secretary of state":                      {"Secretary of State"},
	"secretary-general":                       {"Secretary-General"},
	"secretary general":                       {"Secretary-General"},
	"high representative":                     {"High Representative"},
	"crown prince":                            {"Crown Prince"},
}

var foreignRoles = []string{"Foreign Minister", "Foreign Secretary", "Secretary of State", "External Affairs Minister"}

// officeHolder is the one person the list of known officials holds for
// the party's office (as a text writes it: "Foreign Minister",
// "Taoiseach") on the day when (YYYYMMDD), or "" when it holds none or
// more than one (the office changed hands that day, or in that month or
// year when the list gives no finer end).
func officeHolder(party, office string, when int) string {
	roles := officeRoles[strings.ToLower(strings.TrimSpace(office))]
	if party == "" || when == 0 || len(roles) == 0 {
		return ""
	}
	name := ""
	for _, row := range holderRows() {
		if row.party != party || !sharesRole(row.roles, roles) || !inSpans(row.spans, when) {
			continue
		}
		if name != "" && name != row.name {
			return ""
		}
		name = row.name
	}
	return name
}

func sharesRole(have, want []string) bool {
	return slices.ContainsFunc(have, func(h string) bool { return slices.Contains(want, h) })
}

func inSpans(spans [][2]int, when int) bool {
	for _, s := range spans {
		if when >= s[0] && when <= s[1] {
			return true
		}
	}
	return false
}

// textDate is the day the text is dated (YYYYMMDD): its publication
// date, else the first date written in its opening (up to 8,000 bytes:
// a release's date may stand after its first part, "Opening remarks …
// 08 July 2022"), else 0.
func textDate(published, text string) int {
	d := published
	if d == "" {
		d = FindDate(head(text, 8000))
	}
	n, ok := dayOf(d, false)
	if !ok || n < 10000000 {
		return 0
	}
	return n
}

// holderWhy says in the review window why a speaker the text names by
// office is this person.
func holderWhy(name, party, office string, when int) string {
	return fmt.Sprintf("speaker: %s, %s's %s in %d (the list of known officials; the text names the office, not the person)", name, withArticle(party), office, when/10000)
}
