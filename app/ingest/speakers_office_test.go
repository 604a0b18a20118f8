package ingest

import (
	"context"
	"strings"
	"testing"

	"parley/storage"
)

// An official the readout names by office alone is the holder of that
// office on the text's date (speakers_office.go).
func TestOfficeHolderSpeakers(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "the author's Prime Minister named by office is that day's holder", author: "United Kingdom",
			text:    "PM meeting with President Biden of the United States: 10 July 2024\n\nThe Prime Minister met President Biden at the White House yesterday evening.",
			parties: "United Kingdom", speaker: "Keir Starmer", kind: storage.KindAccount,
			reason: "speaker: Keir Starmer, the United Kingdom's Prime Minister in 2024 (the list of known officials; the text names the office, not the person)"},
		{name: "a day decides the office that changed hands in its month", author: "United Kingdom",
			text:    "PM call with President Biden: 3 July 2024\n\nThe Prime Minister spoke to President Biden this evening.",
			parties: "United Kingdom", speaker: "Rishi Sunak"},
		{name: "the successor's first day is his", author: "United Kingdom",
			text:    "PM call with President Biden: 25 October 2022\n\nThe Prime Minister spoke to the President of the United States, Joe Biden, this evening.",
			parties: "United Kingdom", speaker: "Rishi Sunak"},
		{name: "the title again is the same person", author: "United Kingdom",
			text:    "PM meeting with Prime Minister Kishida of Japan: 14 June 2024\n\nThe Prime Minister met with Fumio Kishida, the Prime Minister of Japan, at the G7 Summit in Italy.\n\nThe Prime Minister thanked Prime Minister Kishida for Japan's support.",
			parties: "United Kingdom", speaker: "Rishi Sunak", reason: "'The Prime Minister' refers to Rishi Sunak"},
		{name: "'he' after the title is the holder", author: "United Kingdom",
			text:    "PM call with President Trump: 24 January 2020\n\nThe Prime Minister raised the tragic case of Harry Dunn. He reiterated the need for the individual involved to return to the UK.",
			parties: "United Kingdom", speaker: "Boris Johnson"},
		{name: "a foreign secretary named by office", author: "United Kingdom",
			text:    "Foreign Secretary call with Sergei Lavrov: 17 June 2021\n\nThe Foreign Secretary spoke to Russian Foreign Minister Lavrov today.",
			parties: "United Kingdom", speaker: "Dominic Raab"},
		{name: "the UN Secretary-General named by office", author: "United Nations",
			text:    "Readout of the Secretary-General's meeting\n\nNew York, 13 May 2013\n\nThe Secretary-General expressed his condolences to the people of Bangladesh.",
			parties: "United Nations", speaker: "Ban Ki-moon"},
		{name: "a time of day before the office", author: "United Kingdom",
			text:    "PM call: 10 November 2025\n\nThis morning the Prime Minister spoke to His Highness Sheikh Mohamed bin Zayed Al Nahyan, President of the United Arab Emirates.",
			parties: "United Kingdom", speaker: "Keir Starmer"},
		{name: "a verb in the past tense without -ed", author: "United Kingdom",
			text:    "PM call with President Macron: 5 May 2025\n\nThe Prime Minister began by reflecting on the VE Day celebrations.",
			parties: "United Kingdom", speaker: "Keir Starmer"},
		{name: "a text with no date names no one", author: "United Kingdom",
			text:    "PM meeting with Prime Minister Meloni of Italy\n\nThe Prime Minister met Italian Prime Minister Giorgia Meloni in Downing Street this morning.",
			parties: "United Kingdom", speaker: "-"},
		{name: "a date after the list's last holder names no one", author: "United Nations",
			text:    "Readout of the Secretary-General's meeting\n\nNew York, 22 September 2027\n\nThe Secretary-General thanked the President for Türkiye's role.",
			parties: "United Nations", speaker: "-"},
		{name: "the office and the counterpart met together are both sides, no one person", author: "United Kingdom",
			text:    "PM meeting: 14 June 2024\n\nThe Prime Minister and President Biden met today at the G7.",
			parties: "United Kingdom+United States", speaker: "-"},
		{name: "people named in passing after the principals make no third side", author: "United Kingdom",
			text:    "PM meeting with Taoiseach Micheál Martin of Ireland: 18 July 2025\n\nThe Prime Minister spoke to the Irish Taoiseach Micheál Martin this afternoon.\n\nThe Prime Minister also updated on his recent visits by the German Chancellor, Friedrich Merz, and French President Emmanuel Macron.\n\nThe leaders looked forward to speaking again soon.",
			parties: "Ireland+United Kingdom", speaker: "-"},
	})
}

// The list's ends may give the day the office changed hands, the day
// being the successor's first.
func TestOfficeHolderDays(t *testing.T) {
	for _, c := range []struct {
		party, office string
		when          int
		want          string
	}{
		{"United Kingdom", "Prime Minister", 20240704, "Rishi Sunak"},
		{"United Kingdom", "Prime Minister", 20240705, "Keir Starmer"},
		{"United Kingdom", "PM", 20190801, "Boris Johnson"},
		{"United Kingdom", "Foreign Secretary", 20170301, "Boris Johnson"},
		{"Japan", "Prime Minister", 20150626, "Shinzo Abe"},
		{"Japan", "Foreign Minister", 20150626, "Fumio Kishida"},
		{"Qatar", "Prime Minister", 20220101, ""}, // not yet the Foreign Minister's
		{"Australia", "Prime Minister", 20220501, "Scott Morrison"},
		{"United Kingdom", "Chancellor", 20240801, ""}, // the Exchequer's, not in the list
		{"United Kingdom", "Prime Minister", 0, ""},
	} {
		if got := officeHolder(c.party, c.office, c.when); got != c.want {
			t.Errorf("officeHolder(%s, %s, %d) = %q, want %q", c.party, c.office, c.when, got, c.want)
		}
	}
	if got := textDate("", "PM call: 25 October 2022\n\nThe Prime Minister spoke."); got != 20221025 {
		t.Errorf("textDate = %d, want 20221025", got)
	}
}

// A project's speakers are no referents of a bare title until the text
// names them: "The Prime Minister" of a readout of 2020 is not the Prime
// Minister of a readout of 2024 imported into the project before.
func TestBareTitleIsNoProjectSpeaker(t *testing.T) {
	p := NewProposer()
	p.Speakers = []Speaker{{ID: 7, Name: "Keir Starmer", Role: "Prime Minister", Party: "United Kingdom"}}
	propose := func(text string) Proposal {
		d, err := p.Propose(context.Background(), Document{Text: text}, "United Kingdom", nil)
		if err != nil {
			t.Fatal(err)
		}
		return d.Proposals[len(d.Proposals)-1]
	}
	pr := propose("PM call with President Trump: 24 January 2020\n\nThe Prime Minister spoke to President Trump.\n\nThe Prime Minister raised the case of Harry Dunn.")
	if pr.Speaker == nil || pr.Speaker.Name != "Boris Johnson" {
		t.Errorf("speaker %v, want Boris Johnson (%s)", pr.Speaker, strings.Join(pr.Reasons, "; "))
	}
	pr = propose("PM call\n\nThe Prime Minister spoke to President Trump.")
	if pr.Speaker != nil {
		t.Errorf("undated: speaker %q, want none (%s)", pr.Speaker.Name, strings.Join(pr.Reasons, "; "))
	}
	pr = propose("PM call\n\nPrime Minister Keir Starmer spoke to President Trump.\n\nThe Prime Minister raised the situation in Ukraine.")
	if pr.Speaker == nil || pr.Speaker.ID != 7 {
		t.Errorf("named first: speaker %v, want the project's Keir Starmer (%s)", pr.Speaker, strings.Join(pr.Reasons, "; "))
	}
}

// A heading that names the speaker by office alone, in a text with no
// date, takes the holder the text names with that title further on.
func TestHeadingOfficeNamedInText(t *testing.T) {
	propose := func(text string) *Draft {
		d, err := NewProposer().Propose(context.Background(), Document{Text: text}, "Japan", nil)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	d := propose("Press Conference by the Prime Minister regarding His Attendance at a G7 Leaders' Teleconference\n\nI attended a G7 Leaders' Teleconference a short while ago.\n\nI stated the following three points.\n\n(On whether there were any remarks during the meeting where PM Ishiba expressed Japan's condemnation of Iran)")
	pr := d.Proposals[2]
	why := strings.Join(pr.Reasons, "; ")
	if pr.Speaker == nil || pr.Speaker.Name != "Shigeru Ishiba" || !strings.Contains(why, "the Prime Minister the text names as 'PM Ishiba'") {
		t.Errorf("%q: speaker %v (%s), want Shigeru Ishiba, named as 'PM Ishiba'", pr.Text, pr.Speaker, why)
	}
	d = propose("Press Conference by the Prime Minister\n\nI attended the meeting, as Prime Minister Kishida did last year and PM Ishiba this spring.\n\nI stated the following three points.")
	if pr := d.Proposals[len(d.Proposals)-1]; pr.Speaker == nil || pr.Speaker.Name != "Prime Minister" {
		t.Errorf("two holders named: speaker %v, want the office alone", pr.Speaker)
	}
}

// Words attributed at the end of their paragraph ("…, he said.") make
// the paragraph his, but its narration of him keeps its own kind: "The
// Prime Minister raised …" raises a matter, it tells no act.
func TestTailNarrationKeepsItsKind(t *testing.T) {
	d, err := NewProposer().Propose(context.Background(), Document{Text: "PM call with President Trump of the United States: 24 January 2026\n\nThe Prime Minister spoke to the President of the United States, Donald Trump, this afternoon.\n\nThe Prime Minister raised the brave and heroic British and American soldiers who fought side by side in Afghanistan, many of whom never returned home. We must never forget their sacrifice, he said."}, "United Kingdom", nil)
	if err != nil {
		t.Fatal(err)
	}
	pr := d.Proposals[2]
	if pr.Speaker == nil || pr.Speaker.Name != "Keir Starmer" || pr.Kind != storage.KindPosition {
		t.Errorf("%q: %v %s, want Keir Starmer's position (%s)", pr.Text, pr.Speaker, pr.Kind, strings.Join(pr.Reasons, "; "))
	}
}
