package ingest

import (
	"context"
	"reflect"
	"strings"
	"testing"
)

// segmentsOf is the text of each segment of in, a heading's marked "#".
func segmentsOf(in string) []string {
	r := []rune(in)
	var got []string
	for _, s := range Segments(in) {
		t := s.Text(r)
		if s.Heading {
			t = "# " + t
		}
		got = append(got, t)
	}
	return got
}

func checkSegmentCases(t *testing.T, cases []struct {
	name, in string
	want     []string
}) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := segmentsOf(c.in); !reflect.DeepEqual(got, c.want) {
				t.Errorf("Segments(%q)\n got %q\nwant %q", c.in, got, c.want)
			}
		})
	}
}

// A quotation of several sentences is several sentences
// (segment_quote.go).
func TestSegmentQuotedSentences(t *testing.T) {
	checkSegmentCases(t, []struct {
		name, in string
		want     []string
	}{
		{"a paragraph quoted whole", `"The United Kingdom and Bangladesh share a deep friendship. We will continue to support this process."`,
			[]string{`"The United Kingdom and Bangladesh share a deep friendship.`, `We will continue to support this process."`}},
		{"a quotation after a colon, attributed after it", "She highlighted the meeting: “Our impression is very positive. That agenda remains valid,” she said.",
			[]string{"She highlighted the meeting: “Our impression is very positive.", "That agenda remains valid,” she said."}},
		{"titles and dotted words end none inside it", `"We met Mr. Wang and the U.S. envoy. They agreed," she said.`,
			[]string{`"We met Mr. Wang and the U.S. envoy.`, `They agreed," she said.`}},
		{"a lower-case word goes on with it", `"It is a step. and more," he said.`, []string{`"It is a step. and more," he said.`}},
		{"a Chinese quotation stays whole", "他说：“我们反对。我们不接受。”欧方回应。", []string{"他说：“我们反对。我们不接受。”", "欧方回应。"}},
	})
}

// Every sentence of a quotation is the words of the person named after
// it, narration before it is not (discourse_quote_tail.go).
func TestQuoteAttributedAfterItCloses(t *testing.T) {
	text := "Foreign Minister Tanja Fajon met her Dutch counterpart in Ljubljana.\n\n" +
		`The ministers discussed the situation in Gaza. "There is simply no alternative to UNRWA. I welcome the intention to investigate the allegations," said Minister Fajon.` +
		"\n\nThey also discussed Ukraine."
	d, err := NewProposer().Propose(context.Background(), Document{Text: text}, "Slovenia", nil)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"The ministers discussed": "-",
		`"There is simply`:        "Tanja Fajon",
		"I welcome the intention": "Tanja Fajon",
	}
	seen := 0
	for _, pr := range d.Proposals {
		for prefix, sp := range want {
			if !strings.HasPrefix(pr.Text, prefix) {
				continue
			}
			seen++
			got := "-"
			if pr.Speaker != nil {
				got = pr.Speaker.Name
			}
			if got != sp {
				t.Errorf("%q: speaker %q, want %q (%s)", pr.Text, got, sp, strings.Join(pr.Reasons, "; "))
			}
			if prefix == `"There is simply` && !strings.Contains(strings.Join(pr.Reasons, "; "), "in a quotation attributed after it closes") {
				t.Errorf("%q: the Why does not say the quotation's attribution gave the speaker: %q", pr.Text, pr.Reasons)
			}
		}
	}
	if seen != len(want) {
		t.Errorf("found %d of the %d sentences: %q", seen, len(want), segmentsOf(text))
	}
}

// Numbered section titles with no blank line after them, the number
// printed with or without a space (segment_numbered.go); times of day and
// a dateline in capitals (segment_stops.go).
func TestSegmentSectionsAndStops(t *testing.T) {
	checkSegmentCases(t, []struct {
		name, in string
		want     []string
	}{
		{"numbered titles run into the text", "1. Japan-U.S. Relations\n(1)Beginning\nPrime Minister Kan stated that he was delighted. In response, President Obama thanked him.\n(2)The Deepening of the Alliance\nThey agreed.",
			[]string{"# Japan-U.S. Relations", "# (1)Beginning", "Prime Minister Kan stated that he was delighted.", "In response, President Obama thanked him.", "# (2)The Deepening of the Alliance", "They agreed."}},
		{"a numbered item that goes on is no title", "1. The two sides agreed on\nthe following points.", []string{"The two sides agreed on\nthe following points."}},
		{"a time of day ends a sentence", "Minister Kim will attend the cabinet meeting at 10 A.M. Minister Kim will also deliver remarks at 2 P.M.",
			[]string{"Minister Kim will attend the cabinet meeting at 10 A.M.", "Minister Kim will also deliver remarks at 2 P.M."}},
		{"a time zone goes on with it", "They met at 10 a.m. Beijing time and at 9 p.m. GMT on Monday. It ended.",
			[]string{"They met at 10 a.m. Beijing time and at 9 p.m. GMT on Monday.", "It ended."}},
		{"a place and an agency in capitals", "NUR-SULTAN. KAZINFORM Kazakh Foreign Minister Mukhtar Tileuberdi met Mohammad Javad Zarif. They talked.",
			[]string{"NUR-SULTAN. KAZINFORM Kazakh Foreign Minister Mukhtar Tileuberdi met Mohammad Javad Zarif.", "They talked."}},
	})
}

// Odd layouts: bullets and numbers of every kind, lines with no final
// stop, Windows line ends and non-breaking spaces (segment_bullets.go,
// segment_numbered.go, segment_rules.go).
func TestSegmentOddLayouts(t *testing.T) {
	checkSegmentCases(t, []struct {
		name, in string
		want     []string
	}{
		{"• bullets", "The two sides agreed on:\n• trade and investment;\n• climate change.\nThey also met the press.",
			[]string{"The two sides agreed on:", "trade and investment;", "climate change.", "They also met the press."}},
		{"・ bullets with no space, no stop", "両首脳は以下で一致した：\n・貿易の拡大\n・気候変動\nThey also met the press.",
			[]string{"両首脳は以下で一致した：", "・貿易の拡大", "・気候変動", "They also met the press."}},
		{"- items with no stop", "Outcomes\n- China will send a delegation\n- The EU will host the next round\nThe talks ended.",
			[]string{"# Outcomes", "China will send a delegation", "The EU will host the next round", "The talks ended."}},
		{"* items", "Outcomes\n* China will send a delegation.\n* The EU will host the next round.",
			[]string{"# Outcomes", "China will send a delegation.", "The EU will host the next round."}},
		{"1) items", "The ministers:\n1) welcomed the progress;\n2) agreed to meet again.",
			[]string{"The ministers:", "welcomed the progress;", "agreed to meet again."}},
		{"(a) items", "The ministers:\n(a) welcomed the progress;\n(b) agreed to meet again.",
			[]string{"The ministers:", "welcomed the progress;", "agreed to meet again."}},
		{"I. sections", "I. Bilateral relations\nThe two leaders welcomed the progress.\nII. Regional issues\nThey discussed Ukraine.",
			[]string{"# I. Bilateral relations", "The two leaders welcomed the progress.", "# II. Regional issues", "They discussed Ukraine."}},
		{"full-width numbers", "（１）二国間関係\n両首脳は進展を歓迎した。\n（２）地域情勢\n両首脳はウクライナについて議論した。",
			[]string{"# （１）二国間関係", "両首脳は進展を歓迎した。", "# （２）地域情勢", "両首脳はウクライナについて議論した。"}},
		{"a full-width stop after the number", "1．Bilateral relations\nThe two leaders welcomed the progress.",
			[]string{"# 1．Bilateral relations", "The two leaders welcomed the progress."}},
		{"a paragraph with no final stop", "The President thanked the Prime Minister for his hospitality in Tokyo and for the warm welcome he had received there\n\nThe talks ended.",
			[]string{"The President thanked the Prime Minister for his hospitality in Tokyo and for the warm welcome he had received there", "The talks ended."}},
		{"Windows line ends", "The EU spoke.\r\nChina replied.\r\n\r\nThe talks ended.", []string{"The EU spoke.", "China replied.", "The talks ended."}},
		{"non-breaking spaces between sentences", "The EU\u00a0spoke.\u00a0China replied. Mr.\u00a0Wang agreed.", []string{"The EU\u00a0spoke.", "China replied.", "Mr.\u00a0Wang agreed."}},
		{"a non-breaking space after a number", "1.\u00a0Bilateral relations\nThe two leaders welcomed the progress.",
			[]string{"# Bilateral relations", "The two leaders welcomed the progress."}},
		{"º and o as bullets", "2. The two sides agreed to boost exchanges.\n\nº They also agreed to expand cooperation.\n\no Vice Minister Choi welcomed the progress.",
			[]string{"The two sides agreed to boost exchanges.", "They also agreed to expand cooperation.", "Vice Minister Choi welcomed the progress."}},
		{"small Roman numerals and letters", "The Ministers:\n(ii) We welcomed the progress.\niii. The Ministers met again.\na. We reaffirmed our commitment.\ni.e. nothing else.",
			[]string{"The Ministers:", "We welcomed the progress.", "The Ministers met again.", "We reaffirmed our commitment.", "i.e. nothing else."}},
		{"a non-breaking space after a bullet", "•\u00a0China will send a delegation.\n•\u00a0The EU will host the next round.",
			[]string{"China will send a delegation.", "The EU will host the next round."}},
	})
}

// Layouts of releases, summaries and remarks copied from their pages
// (segment_layout.go, segment_bullets.go; worked out on batch "late 24").
func TestSegmentPageLayouts(t *testing.T) {
	checkSegmentCases(t, []struct {
		name, in string
		want     []string
	}{
		{"the addresses under the title of remarks", "Remarks by Minister Lindiwe Sisulu at the monthly media briefing, Pretoria, 12 November 2018\nDirector-General and senior officials\nMembers of the press\nOn this day, the Palestinian people laid to rest one of its leaders.",
			[]string{"# Remarks by Minister Lindiwe Sisulu at the monthly media briefing, Pretoria, 12 November 2018", "Director-General and senior officials", "Members of the press", "On this day, the Palestinian people laid to rest one of its leaders."}},
		{"short lines under another heading are a hard wrap", "Summit meeting\n\nThe leaders of Japan and Australia met\nToday in Canberra.",
			[]string{"# Summit meeting", "The leaders of Japan and Australia met\nToday in Canberra."}},
		{"a lead-in with a comma before a quotation", "Lastly, the Prime Minister hosted a banquet and said in his address,\n“On behalf of the Japanese people, I welcome you.",
			[]string{"Lastly, the Prime Minister hosted a banquet and said in his address,", "“On behalf of the Japanese people, I welcome you."}},
		{"a comma at a line's end before other words is a hard wrap", "The two sides discussed trade, investment,\nand climate change.",
			[]string{"The two sides discussed trade, investment,\nand climate change."}},
		{"a line of bars parts paragraphs", "| FOREIGN SECRETARY MEADE PARTICIPATES IN THE SICA SUMMIT OF HEADS OF STATE IN MANAGUA |\n|\nMexico attended the summit.",
			[]string{"# | FOREIGN SECRETARY MEADE PARTICIPATES IN THE SICA SUMMIT OF HEADS OF STATE IN MANAGUA |", "Mexico attended the summit."}},
		{"bullets run into one line", "FOREIGN SECRETARY MEADE AT THE SICA SUMMIT • Mexico attended the summit. • The Foreign Secretary met his counterparts. He spoke.",
			[]string{"FOREIGN SECRETARY MEADE AT THE SICA SUMMIT", "Mexico attended the summit.", "The Foreign Secretary met his counterparts.", "He spoke."}},
		{"a bullet before a number", "    • (1) In order to nurture vibrant economies, the two leaders agreed to cooperate.",
			[]string{"In order to nurture vibrant economies, the two leaders agreed to cooperate."}},
		{"sections numbered 1.1", "1. Heads of Mission Conference\n1.1 We recently hosted the conference. The President addressed it.\n1.2 It ended.",
			[]string{"# Heads of Mission Conference", "We recently hosted the conference.", "The President addressed it.", "It ended."}},
		{"a section title of eight words with no verb", "1. Heads of Mission Conference and economic diplomacy\n1.1 We recently hosted the conference.",
			[]string{"# Heads of Mission Conference and economic diplomacy", "We recently hosted the conference."}},
		{"a numbered line with a verb is no title", "1. The two leaders welcomed the progress made in trade\nThey met again.",
			[]string{"The two leaders welcomed the progress made in trade", "They met again."}},
		{"a decimal opening a line is no section number", "2.5 million people took part in the elections.", []string{"2.5 million people took part in the elections."}},
	})
}

// A relay's time stamp is page furniture (furniture_clock.go); a title
// alone labelling a turn on a minister's own transcript is the person who
// held that office on the day the text is dated (transcript_titles.go).
// Both worked out on batch "late 24".
func TestStampsAndTitleLabels(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "a relay's time stamp is skipped", author: "South Africa",
			text:   "Media Statement\n\n05/31/2021 | 11:08am EDT",
			reason: "skipped"},
		{name: "a time in a sentence is no stamp", author: "South Africa",
			text:    "Media Statement\n\nThe Minister met the press at 11:08am.",
			parties: "South Africa"},
		{name: "'FOREIGN MINISTER:' is the office's holder on the day", author: "Australia",
			text:    "Transcript of doorstop\n\n25 September 2018\n\nFOREIGN MINISTER: Well a very positive and productive first day here in New York.",
			parties: "Australia", speaker: "Marise Payne"},
		{name: "and a later year's holder on a later transcript", author: "Australia",
			text:    "Transcript of doorstop\n\n19 June 2025\n\nFOREIGN MINISTER: Well a very positive and productive first day here in New York.",
			parties: "Australia", speaker: "Penny Wong"},
	})
}
