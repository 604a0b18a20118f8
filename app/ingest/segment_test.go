package ingest

import (
	"reflect"
	"testing"
	"unicode/utf8"
)

// segmentCases are the segmenter's case table; FuzzSegment starts from
// them too.
var segmentCases = []struct {
	name string
	in   string
	want []string
}{
	{"Plain", "The EU spoke. China replied.", []string{"The EU spoke.", "China replied."}},
	{"TitleAbbreviations", "Mr. Wang met Dr. Smith. They talked.", []string{"Mr. Wang met Dr. Smith.", "They talked."}},
	{"TitleInBrackets", "He spoke with Mr. Lyonchhen (Dr.) Lotay Tshering. They talked.", []string{"He spoke with Mr. Lyonchhen (Dr.) Lotay Tshering.", "They talked."}},
	{"DottedAbbreviation", "He met the U.S. delegation and the U.K. envoy. Talks went on.", []string{"He met the U.S. delegation and the U.K. envoy.", "Talks went on."}},
	{"DottedAbbreviationEndsSentence", "China criticised the U.S. The two sides disagreed.", []string{"China criticised the U.S.", "The two sides disagreed."}},
	{"DottedAbbreviationBeforeTitle", "Wang Yi spoke with U.S. Secretary of State Marco Rubio. They agreed.", []string{"Wang Yi spoke with U.S. Secretary of State Marco Rubio.", "They agreed."}},
	{"Number", "See Resolution No. 5 of the Council. It passed.", []string{"See Resolution No. 5 of the Council.", "It passed."}},
	{"NoAtEnd", "The answer was No. Then they left.", []string{"The answer was No.", "Then they left."}},
	{"EgIe", "Some rights, e.g. the right to work, i.e. labour rights, were named. Others not.", []string{"Some rights, e.g. the right to work, i.e. labour rights, were named.", "Others not."}},
	{"Initials", "John F. Kennedy and J. R. Smith spoke. Then it ended.", []string{"John F. Kennedy and J. R. Smith spoke.", "Then it ended."}},
	{"Decimals", "Growth was 5.2 per cent in 2023. Trade grew 3.5%.", []string{"Growth was 5.2 per cent in 2023.", "Trade grew 3.5%."}},
	{"DottedDate", "It met on 17.06.2024 in Chongqing. The next round follows.", []string{"It met on 17.06.2024 in Chongqing.", "The next round follows."}},
	{"MonthAbbreviation", "It was held on Jan. 5 in Geneva. It ended.", []string{"It was held on Jan. 5 in Geneva.", "It ended."}},
	{"QuoteSpansSentences", `He said: "We object. We will not accept it." The EU replied.`, []string{`He said: "We object.`, `We will not accept it."`, "The EU replied."}},
	{"CurlyQuote", "Wang said “China is ready. Europe should act.” Borrell agreed.", []string{"Wang said “China is ready.", "Europe should act.”", "Borrell agreed."}},
	{"QuoteKeepsAbbreviations", `"We met Mr. Wang. The U.S. side agreed," she said.`, []string{`"We met Mr. Wang.`, `The U.S. side agreed," she said.`}},
	{"QuoteAfterQuotedTitle", `He cited "'Peace.' And more" today.`, []string{`He cited "'Peace.' And more" today.`}},
	{"UnpairedQuote", `He said "yes. Then it ended. Again.`, []string{`He said "yes.`, "Then it ended.", "Again."}},
	{"QuestionExclamation", "Why now? Because it matters! Fine.", []string{"Why now?", "Because it matters!", "Fine."}},
	{"Ellipsis", "They waited... Then they left.", []string{"They waited...", "Then they left."}},
	{"LowercaseAfterPeriod", "Approx. five delegates came. It ended.", []string{"Approx. five delegates came.", "It ended."}},
	{"Paragraphs", "First paragraph without stop\n\nSecond paragraph.", []string{"First paragraph without stop", "Second paragraph."}},
	{"HardWrap", "The EU raised concerns about the situation\nin Xinjiang and Tibet. China rejected\nthem firmly.", []string{"The EU raised concerns about the situation\nin Xinjiang and Tibet.", "China rejected\nthem firmly."}},
	{"HardWrapBeforeCapitals", "On July 11, Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, held a meeting with\nH.E. Mr. Wang Yi, Member of the Political Bureau of the CPC Central Committee and\nMinister of Foreign Affairs of China. The talks ended.",
		[]string{"On July 11, Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, held a meeting with\nH.E. Mr. Wang Yi, Member of the Political Bureau of the CPC Central Committee and\nMinister of Foreign Affairs of China.", "The talks ended."}},
	{"HeadingNeverEndsInPreposition", "Talks With\nThe EU spoke.", []string{"Talks With\nThe EU spoke."}},
	{"Heading", "China Emphasizes Its Stance at Dialogue\nThe dialogue took place in June.", []string{"China Emphasizes Its Stance at Dialogue", "The dialogue took place in June."}},
	{"List", "The EU raised:\n- Xinjiang\n- Tibet and\n1. Hong Kong\n2) individual cases", []string{"The EU raised:", "Xinjiang", "Tibet and", "Hong Kong", "individual cases"}},
	{"NumberedSectionTitle", "The overview is as follows.\n\n1. Opening Remarks\n\nChancellor Merkel stated that she was delighted.\n\n2. the talks went on\n\nThey ended.",
		[]string{"The overview is as follows.", "Opening Remarks", "Chancellor Merkel stated that she was delighted.", "the talks went on", "They ended."}},
	{"Chinese", "中方表示反对。欧方表达关切！双方同意继续对话？是的", []string{"中方表示反对。", "欧方表达关切！", "双方同意继续对话？", "是的"}},
	{"ChineseQuote", "他说：“我们反对。我们不接受。”欧方回应。", []string{"他说：“我们反对。我们不接受。”", "欧方回应。"}},
	{"Japanese", "日本は懸念を表明した。中国は反論した。", []string{"日本は懸念を表明した。", "中国は反論した。"}},
	{"DatelineLine", "Press team\n17.06.2024\n\nThe EU spoke.", []string{"Press team", "17.06.2024", "The EU spoke."}},
	{"Empty", "", nil},
	{"OnlyPunctuation", " . ! — ", nil},
}

func TestSegments(t *testing.T) {
	for _, c := range segmentCases {
		t.Run(c.name, func(t *testing.T) {
			r := []rune(c.in)
			var got []string
			for _, s := range Segments(c.in) {
				got = append(got, s.Text(r))
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("Segments(%q)\n got %q\nwant %q", c.in, got, c.want)
			}
		})
	}
}

func TestSegmentHeadingFlag(t *testing.T) {
	segs := Segments("A Title In Capitals\nThe text follows here.")
	if len(segs) != 2 || !segs[0].Heading || segs[1].Heading {
		t.Fatalf("heading flags wrong: %+v", segs)
	}
	// A numbered section's title set off by blank lines is a heading;
	// a numbered item in lower case is not.
	segs = Segments("1. Opening Remarks\n\nThe text follows here.\n\n2. the talks went on\n\nThey ended.")
	if len(segs) != 4 || !segs[0].Heading || segs[1].Heading || segs[2].Heading {
		t.Fatalf("numbered heading flags wrong: %+v", segs)
	}
	// A title that ends in its date in brackets, as Korea's Foreign
	// Ministry writes them, is a heading all the same.
	for _, title := range []string{"Foreign Minister Holds Telephone Conversation with her US Counterpart (5.25.)",
		"Minister of Foreign Affairs Park Jin Holds Phone Call with his Egyptian Counterpart (Oct. 30)"} {
		segs = Segments(title + "\n\nThe text follows here.")
		if len(segs) != 2 || !segs[0].Heading {
			t.Fatalf("a title with its date in brackets is no heading: %+v", segs)
		}
	}
}

func TestSplitMerge(t *testing.T) {
	text := "China spoke and the EU replied. Both agreed."
	r := []rune(text)
	segs := Segments(text)
	t.Run("Split", func(t *testing.T) {
		at := len([]rune("China spoke and"))
		got, err := SplitSegment(segs, r, 0, at)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 3 || got[0].Text(r) != "China spoke and" || got[1].Text(r) != "the EU replied." {
			t.Fatalf("split gave %+v", got)
		}
	})
	t.Run("ErrSplitOutside", func(t *testing.T) {
		if _, err := SplitSegment(segs, r, 0, segs[1].Start+1); err == nil {
			t.Fatal("a cut outside the sentence was accepted")
		}
		if _, err := SplitSegment(segs, r, 5, 1); err == nil {
			t.Fatal("a missing segment was accepted")
		}
	})
	t.Run("Merge", func(t *testing.T) {
		got, err := MergeSegments(segs, 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 || got[0].Text(r) != text {
			t.Fatalf("merge gave %+v", got)
		}
	})
	t.Run("ErrMergeLast", func(t *testing.T) {
		if _, err := MergeSegments(segs, 1); err == nil {
			t.Fatal("merging the last segment was accepted")
		}
	})
}

// checkSegments states what holds for any input: segments are in order,
// do not overlap, lie inside the text and start and end on non-space.
func checkSegments(t *testing.T, text string, segs []Segment) {
	t.Helper()
	n := utf8.RuneCountInString(text)
	prev := 0
	r := []rune(text)
	for i, s := range segs {
		if s.Start < prev || s.End <= s.Start || s.End > n {
			t.Fatalf("segment %d %+v out of order or range (prev end %d, %d runes)", i, s, prev, n)
		}
		if isSpaceRune(r[s.Start]) || isSpaceRune(r[s.End-1]) {
			t.Fatalf("segment %d %q not trimmed", i, s.Text(r))
		}
		prev = s.End
	}
}

func isSpaceRune(c rune) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

func FuzzSegment(f *testing.F) {
	for _, c := range segmentCases {
		f.Add(c.in)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			text = string([]rune(text))
		}
		segs := Segments(text)
		checkSegments(t, text, segs)
		r := []rune(text)
		for i := range segs {
			if segs[i].End-segs[i].Start > 2 {
				if _, err := SplitSegment(segs, r, i, (segs[i].Start+segs[i].End)/2); err != nil && len(segs) == 0 {
					t.Fatal(err)
				}
			}
			if i+1 < len(segs) {
				m, err := MergeSegments(segs, i)
				if err != nil {
					t.Fatal(err)
				}
				checkSegments(t, text, m)
			}
		}
	})
}
