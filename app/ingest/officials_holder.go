package ingest

import (
	"fmt"
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
	spans [][2]int // the years held, both ends included
	name  string   // the full name, the list's first
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
		for _, r := range strings.Split(f[1], ";") {
			row.roles = append(row.roles, strings.TrimSpace(r))
		}
		row.spans = yearSpans(f[2])
		rows = append(rows, row)
	}
	return rows
})

// yearSpans reads "2017–2021, 2025–" as the months of 2017 to 2021 and
// from 2025 on, each end written YYYYMM; an end may give its month
// ("2018-08–2022-05": the office changed hands in May 2022), and an open
// end reaches 999912.
func yearSpans(s string) [][2]int {
	var out [][2]int
	for _, part := range strings.Split(s, ",") {
		from, to, dash := strings.Cut(strings.TrimSpace(part), "–")
		a, ok := yearMonth(from, 1)
		if !ok {
			continue
		}
		b, _ := yearMonth(from, 12)
		if dash {
			b = 999912
			if n, ok := yearMonth(to, 12); ok {
				b = n
			}
		}
		out = append(out, [2]int{a, b})
	}
	return out
}

// yearMonth reads "2022" (with month m) or "2022-05" as YYYYMM.
func yearMonth(s string, m int) (int, bool) {
	y, mm, hasMonth := strings.Cut(strings.TrimSpace(s), "-")
	n, err := strconv.Atoi(y)
	if err != nil {
		return 0, false
	}
	if hasMonth {
		if m, err = strconv.Atoi(mm); err != nil {
			return 0, false
		}
	}
	return n*100 + m, true
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
}

var foreignRoles = []string{"Foreign Minister", "Foreign Secretary", "Secretary of State", "External Affairs Minister"}

// officeHolder is the one person the list of known officials holds for
// the party's office (as a text writes it: "Foreign Minister",
// "Taoiseach") in the month when (YYYYMM), or "" when it holds none or
// more than one (the office changed hands that month, or that year when
// the list gives years alone).
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
	for _, h := range have {
		for _, w := range want {
			if h == w {
				return true
			}
		}
	}
	return false
}

func inSpans(spans [][2]int, when int) bool {
	for _, s := range spans {
		if when >= s[0] && when <= s[1] {
			return true
		}
	}
	return false
}

// textMonth is the month the text is dated (YYYYMM): its publication
// date, else the first date written in its opening (up to 8,000 bytes:
// a release's date may stand after its first part, "Opening remarks …
// 08 July 2022"), else 0.
func textMonth(published, text string) int {
	d := published
	if d == "" {
		d = FindDate(head(text, 8000))
	}
	if len(d) < 7 {
		return 0
	}
	n, ok := yearMonth(d[:7], 1)
	if !ok {
		return 0
	}
	return n
}

// holderWhy says in the review window why a speaker the text names by
// office is this person.
func holderWhy(name, party, office string, when int) string {
	return fmt.Sprintf("speaker: %s, %s's %s in %d (the list of known officials; the text names the office, not the person)", name, withArticle(party), office, when/100)
}
