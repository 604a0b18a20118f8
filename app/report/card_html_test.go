package report

import (
	"html/template"
	"strings"
	"testing"
)

// cardTemplate is the html/template "card" that cardHTML replaced, kept
// here as the reference for its markup and escaping.
const cardTemplate = `{{define "card"}}
<article class="card{{if .Joint}} joint{{end}}" id="s{{.Num}}" data-statement="{{.ID}}" style="border-left-color: {{.Color}}">
  <header class="card-head">
    <span class="num">[{{.Num}}]</span>
    <span class="kind k-{{.Kind}}">{{.KindLabel}}</span>
    {{if .Joint}}<span class="holders">Joint: {{range $i, $h := .Holders}}{{if $i}}, {{end}}<span class="dot" style="background-color: {{$h.Color}}"></span>{{$h.Name}}{{end}}</span>{{else if .NoParty}}<span class="holders">No party recorded</span>{{end}}
    {{with .Speaker}}<span class="speaker">{{.}}</span>{{end}}
  </header>
  {{with .Role}}<p class="role">{{.}}</p>{{end}}
  <p class="text">{{.Text}}{{if .Cited}}<a class="cite" href="#c{{.Num}}">{{.Num}}</a>{{end}}</p>
  {{with .ReportedBy}}<p class="reported">As reported by {{.}}</p>{{end}}
  {{if .Tags}}<p class="tags">{{range .Tags}}<span class="tag" style="background-color: {{.Color}}; color: {{.Ink}}">{{.Name}}</span> {{end}}</p>{{end}}
  {{if .Links}}<ul class="links">{{range .Links}}<li>{{if .In}}{{if .Num}}<a href="#s{{.Num}}">[{{.Num}}]</a> {{.Label}} this{{end}}{{else}}{{.Label}} {{if .Num}}<a href="#s{{.Num}}">[{{.Num}}]</a>{{else}}a statement outside this report{{end}}{{if $.ShowNotes}}{{template "linknotes" .Notes}}{{end}}{{end}}</li>{{end}}</ul>{{end}}
  {{if .ShowNotes}}{{template "notes" .Notes}}{{end}}
</article>
{{end}}
{{define "notes"}}{{if .}}<div class="notes">{{range .}}<p class="note" data-note="{{.ID}}"><span class="note-label">Note{{if .Date}} · {{.Date}}{{end}}</span> {{.Body}}</p>{{end}}</div>{{end}}{{end}}
{{define "linknotes"}}{{if .}}<div class="notes">{{range .}}<p class="note note-link" data-note="{{.ID}}"><span class="note-label">Note on this link{{if .Date}} · {{.Date}}{{end}}</span> {{.Body}}</p>{{end}}</div>{{end}}{{end}}`

// TestCardHTMLMatchesTemplate: the hand-written card is the template's,
// byte for byte, hostile text and colours included.
func TestCardHTMLMatchesTemplate(t *testing.T) {
	ref := template.Must(template.New("ref").Parse(cardTemplate))
	hostile := `<script>alert("x")</script> & 'quotes' +1 ` + "\x00 nul </p><img src=x onerror=alert(1)>"
	notes := []NoteView{{ID: 7, Body: hostile, Date: "1 Jan <2025>"}, {ID: 8, Body: "plain", Date: "2 Jan 2025"}, {ID: 9, Body: "its date is none"}}
	cards := map[string]*Card{
		"Plain": {ID: 1, Num: 1, Text: "The EU raised concerns.", Kind: "concern", KindLabel: "Concern", Color: "#003399"},
		"Everything": {ID: 2, Num: 12, Text: hostile, Kind: `k" onclick="x`, KindLabel: hostile, Speaker: hostile, Role: hostile,
			Color: "#de2910", Holders: []PartyRef{{Name: hostile, Color: "#de2910"}, {Name: "EU", Color: "#003399"}},
			ReportedBy: hostile, Tags: []PartyRef{{Name: hostile, Color: "#2a9d8f", Ink: "#ffffff"}, {Name: "b", Color: "#000000", Ink: "#ffffff"}},
			Links: []LinkRef{{Label: "responds to", Num: 3, Notes: notes}, {Label: hostile, In: true, Num: 4}, {Label: "x", In: true},
				{Label: "cites", Notes: notes}},
			Notes: notes, Cited: true, Joint: true, ShowNotes: true},
		"NoParty": {ID: 3, Num: 2, Text: "x", NoParty: true, Color: "#777777", Notes: notes},
	}
	for name, c := range cards {
		t.Run(name, func(t *testing.T) {
			var want strings.Builder
			if err := ref.ExecuteTemplate(&want, "card", c); err != nil {
				t.Fatal(err)
			}
			if got := string(cardHTML(c)); got != want.String() {
				t.Fatalf("cardHTML:\n%s\nthe template:\n%s", got, want.String())
			}
		})
	}
}

// TestCardHTMLRefusesOtherColours: what is not a #rgb or #rrggbb colour
// becomes html/template's refusal marker (the template let "x" and "#12"
// through as CSS words; Build only ever hands over real colours).
func TestCardHTMLRefusesOtherColours(t *testing.T) {
	c := &Card{ID: 4, Num: 3, Text: "x", Color: "red; background: url(javascript:alert(1))", Joint: true,
		Holders: []PartyRef{{Name: "a", Color: "expression(alert(1))"}}, Tags: []PartyRef{{Name: "t", Color: "#12", Ink: "x"}}}
	got := string(cardHTML(c))
	if n := strings.Count(got, "ZgotmplZ"); n != 4 || strings.Contains(got, "url(") || strings.Contains(got, "expression") {
		t.Fatalf("%d colours refused, want 4:\n%s", n, got)
	}
}

const citationsTemplate = `{{range .}}<li id="c{{.Num}}" data-citation="{{.StatementID}}"><a class="back" href="#s{{.Num}}">[{{.Num}}]</a>
    {{with .Source}}<a href="#{{.Anchor}}">{{.Title}}</a>{{else}}No source recorded.{{end}}{{if .Para}}, ¶ {{.Para}}{{end}}{{with .Quote}}: <q>{{.}}</q>{{end}}</li>{{end}}`

// TestCitationsHTMLMatchesTemplate: the appendix's citations as the
// template wrote them, hostile titles, quotes and anchors included.
func TestCitationsHTMLMatchesTemplate(t *testing.T) {
	ref := template.Must(template.New("ref").Parse(citationsTemplate))
	hostile := `<q>"x" & 'y' +</q>` + "\x00"
	cs := []*Citation{{Num: 1, StatementID: 10, Source: &SourceEntry{Anchor: "src1", Title: hostile}, Para: 3, Quote: hostile},
		{Num: 2, StatementID: 11},
		{Num: 3, StatementID: 12, Source: &SourceEntry{Anchor: `a b"<c>#é%`, Title: "t"}, Quote: "plain"}}
	var want strings.Builder
	if err := ref.Execute(&want, cs); err != nil {
		t.Fatal(err)
	}
	if got := string(citationsHTML(cs)); got != want.String() {
		t.Fatalf("citationsHTML:\n%s\nthe template:\n%s", got, want.String())
	}
}

const matrixTemplate = `{{range .}}<tr>
      <th class="topic-col depth-{{.Depth}}"><a href="#{{.Anchor}}">{{.Topic}}</a></th>
      {{range .Cells}}<td class="heat" style="background-color: {{.Bg}}; color: {{.Ink}}">{{if .Count}}{{.Count}}{{else}}–{{end}}</td>{{end}}
      <td>{{with .Verdict}}<span class="verdict v-{{.Key}}">{{.Label}}</span>{{end}}</td>
    </tr>{{end}}`

// TestMatrixHTMLMatchesTemplate: the overview's rows as the template
// wrote them.
func TestMatrixHTMLMatchesTemplate(t *testing.T) {
	ref := template.Must(template.New("ref").Parse(matrixTemplate))
	hostile := `<b>"x" & 'y' +</b>`
	rows := []MatrixRow{{Topic: hostile, Anchor: "d1-t2", Depth: 1, Cells: []HeatCell{{Count: 3, Bg: "#aabbcc", Ink: "#000000"}, {Bg: "#ffffff", Ink: "#111111"}},
		Verdict: &VerdictRef{Key: `k"`, Label: hostile}}, {Topic: "Trade", Anchor: "d1-t3"}}
	var want strings.Builder
	if err := ref.Execute(&want, rows); err != nil {
		t.Fatal(err)
	}
	if got := string(matrixHTML(rows)); got != want.String() {
		t.Fatalf("matrixHTML:\n%s\nthe template:\n%s", got, want.String())
	}
}

// topicTemplate is the html/template "topic" that topicHTML replaced.
const topicTemplate = `{{define "topic"}}{{$r := .R}}{{with .D}}
<section class="topic" id="{{.Anchor}}">
  <div class="topic-head">
    {{with .Parent}}<p class="path">{{.}}</p>{{end}}
    {{if eq .Level 3}}<h3>{{.Name}}</h3>{{else if eq .Level 4}}<h4>{{.Name}}</h4>{{else}}<h5>{{.Name}}</h5>{{end}}
    {{with .Assessment}}
    <div class="assessment">
      <span class="verdict v-{{.Verdict.Key}}">{{.Verdict.Label}}</span>
      {{with .Text}}<p>{{.}}</p>{{end}}
      {{if $r.Notes}}{{template "notes" .Notes}}{{end}}
    </div>
    {{end}}
  </div>
  {{if .Blocks}}
  <div class="cols cols-head">{{range $r.Parties}}<div class="col-head" style="border-top-color: {{.Color}}">{{.Name}}</div>{{end}}</div>
  {{range .Blocks}}
  <div class="cols">
    {{if .Wide}}<div class="wide" style="grid-column: {{.Start}} / span {{.Width}}">{{card .Wide}}</div>
    {{else}}{{range .Cells}}<div class="col">{{range .}}{{card .}}{{end}}</div>{{end}}{{end}}
  </div>
  {{end}}
  {{end}}
</section>
{{end}}{{end}}
`

// TestTopicHTMLMatchesTemplate: a topic's section as the template wrote
// it, with an assessment and its notes, a joint statement across the
// columns and a run of one-party statements side by side.
func TestTopicHTMLMatchesTemplate(t *testing.T) {
	ref := template.Must(template.New("ref").Funcs(template.FuncMap{"card": cardHTML,
		"pair": func(r *Report, d any) pair { return pair{r, d} }}).Parse(cardTemplate + topicTemplate))
	hostile := `<i>"x" & 'y' +</i>`
	notes := []NoteView{{ID: 3, Body: hostile, Date: "1 Jan 2025"}}
	card := func(id int64) *Card {
		return &Card{ID: id, Num: int(id), Text: hostile, Kind: "demand", KindLabel: "Demand", Color: "#003399", Notes: notes, ShowNotes: true}
	}
	r := &Report{Notes: true, Parties: []PartyRef{{Name: hostile, Color: "#de2910"}, {Name: "EU", Color: "#003399"}}}
	for name, ts := range map[string]*TopicSection{
		"Full": {Anchor: "d1-t2", Name: hostile, Parent: hostile, Level: 4,
			Assessment: &AssessmentView{Verdict: VerdictRef{Key: "convergent", Label: hostile}, Text: hostile, Notes: notes},
			Blocks:     []Block{{Wide: card(1), Start: 1, Width: 2}, {Cells: [][]*Card{{card(2), card(3)}, {card(4)}}}}},
		"Bare":    {Anchor: "d1-t3", Name: "Trade", Level: 3},
		"Deep":    {Anchor: "d1-t4", Name: "Deep", Level: 5, Assessment: &AssessmentView{Verdict: VerdictRef{Key: "open", Label: "Open"}}},
		"NoNotes": {Anchor: "d1-t5", Name: "x", Level: 3, Assessment: &AssessmentView{Notes: notes}, Blocks: []Block{{Cells: [][]*Card{nil, {card(5)}}}}},
	} {
		t.Run(name, func(t *testing.T) {
			for _, withNotes := range []bool{true, false} {
				r.Notes = withNotes
				var want strings.Builder
				if err := ref.ExecuteTemplate(&want, "topic", pair{r, ts}); err != nil {
					t.Fatal(err)
				}
				if got := topicHTML(r, ts); got != want.String() {
					t.Fatalf("notes %v: topicHTML:\n%s\nthe template:\n%s", withNotes, got, want.String())
				}
			}
		})
	}
}
