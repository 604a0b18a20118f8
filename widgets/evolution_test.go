package widgets

import (
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// sampleEvolution is three rounds of two topics in the style of the sample.
func sampleEvolution() EvolutionData {
	parties := []EvolutionParty{{Name: "China", Color: colorChina}, {Name: "EU", Color: colorEU}}
	cells := [][][]EvolutionEntry{
		{ // Human rights development
			{{Count: 2, First: "China has found a path of human rights development that suits its conditions."}, {}},
			{{Count: 3, First: "China has found a path of human rights development suited to its national conditions.", Change: "2 reworded · 1 new"}, {Count: 1, First: "The EU acknowledged China's progress on poverty alleviation.", Change: "1 new"}},
			{{Count: 1, First: "China stays on its own path.", Change: "1 repeated · 2 dropped"}, {Count: 0, Change: "1 dropped"}},
		},
		{ // Xinjiang
			{{}, {Count: 4, First: "The EU raised its deep concerns about Xinjiang,\nTibet and Hong Kong."}},
			{{Count: 1, First: "Xinjiang affairs are purely China's internal affairs."}, {Count: 4, First: "The EU raised its concerns about Xinjiang.", Change: "4 repeated"}},
			{{Count: 1, First: "Xinjiang affairs are internal affairs.", Change: "1 reworded"}, {Count: 2, First: "The EU urged China to implement the OHCHR recommendations.", Change: "1 repeated · 1 new · 3 dropped"}},
		},
	}
	return EvolutionData{Topics: []string{"Human rights development", "Xinjiang"}, TopicDepth: []int{0, 1},
		Rounds: []string{"38th · 2023", "39th · 2024", "40th · 2025"}, Parties: parties, Cells: cells}
}

func sampleDiff() []DiffPart {
	return []DiffPart{
		{Text: "China has found a path of human rights development"},
		{Text: "that suits", Op: DiffDropped}, {Text: "suited to", Op: DiffAdded},
		{Text: "its"}, {Text: "national", Op: DiffAdded}, {Text: "conditions."},
	}
}

func sampleChart() PhraseChartData {
	return PhraseChartData{Rounds: []string{"38", "39", "40"}, Series: []PhraseSeries{
		{Party: "China", Color: colorChina, Counts: []int{2, 3, 0}},
		{Party: "EU", Color: colorEU, Counts: []int{0, 1, 1}},
	}}
}

// TestEvolutionGallery draws the evolution widgets in both themes into
// PARLEY_GALLERY, when set, for a person to look at.
func TestEvolutionGallery(t *testing.T) {
	dir := os.Getenv("PARLEY_GALLERY")
	for _, th := range themes {
		t.Run(th.name, func(t *testing.T) {
			newThemedApp(t, th.th)
			grid := NewEvolutionGrid(sampleEvolution(), nil)
			long := sampleChart()
			long.Rounds, long.Series = nil, []PhraseSeries{{Party: "China", Color: colorChina}, {Party: "EU", Color: colorEU}}
			for i := 1; i <= 40; i++ {
				long.Rounds = append(long.Rounds, fmt.Sprint(i))
				long.Series[0].Counts = append(long.Series[0].Counts, (i*7)%5)
				long.Series[1].Counts = append(long.Series[1].Counts, (i*3)%4/3)
			}
			side := container.NewVBox(widget.NewLabel("“internal affairs”"), NewPhraseChart(sampleChart()),
				widget.NewLabel("40 rounds"), NewPhraseChart(long), NewDiffText(sampleDiff()))
			w := test.NewTempWindow(t, container.NewHSplit(grid, side))
			w.Resize(fyne.NewSize(1100, 420))
			img := w.Canvas().Capture()
			if dir == "" {
				return
			}
			f, err := os.Create(filepath.Join(dir, "evolution-widgets-"+th.name+".png"))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			if err := png.Encode(f, img); err != nil {
				t.Fatal(err)
			}
		})
	}
}

func TestDiffText_JoinsParts(t *testing.T) {
	test.NewTempApp(t)
	d := NewDiffText(sampleDiff())
	want := "China has found a path of human rights development that suits suited to its national conditions."
	if d.Text() != want {
		t.Fatalf("text %q, want %q", d.Text(), want)
	}
	if !strings.Contains(d.Text(), "that suits") {
		t.Fatal("dropped words left out")
	}
}

// bigEvolution is a series of rounds × topics with two parties.
func bigEvolution(rounds, topics int) EvolutionData {
	d := EvolutionData{Parties: []EvolutionParty{{Name: "China", Color: colorChina}, {Name: "EU", Color: colorEU}}}
	for r := 0; r < rounds; r++ {
		d.Rounds = append(d.Rounds, fmt.Sprintf("%d", r+1))
	}
	for t := 0; t < topics; t++ {
		d.Topics = append(d.Topics, fmt.Sprintf("Topic %d", t+1))
		row := make([][]EvolutionEntry, rounds)
		for r := range row {
			row[r] = []EvolutionEntry{{Count: (t + r) % 3, First: fmt.Sprintf("China on topic %d in round %d", t+1, r+1)},
				{Count: (t * r) % 2, First: fmt.Sprintf("EU on topic %d in round %d", t+1, r+1)}}
		}
		d.Cells = append(d.Cells, row)
	}
	return d
}

// cellsOnScreen are the grid cells on screen, and the texts shown.
func cellsOnScreen(w fyne.Window) (n int, texts []string) {
	w.Canvas().Capture() // the table makes its cells when drawn
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if !o.Visible() {
			return
		}
		switch x := o.(type) {
		case *gridCell:
			n++
		case *canvas.Text:
			texts = append(texts, x.Text)
		case *fyne.Container:
			for _, c := range x.Objects {
				walk(c)
			}
			return
		}
		if wd, ok := o.(fyne.Widget); ok {
			for _, c := range test.WidgetRenderer(wd).Objects() {
				walk(c)
			}
		}
	}
	walk(w.Canvas().Content())
	return n, texts
}

func TestEvolutionGrid_TapReportsCell(t *testing.T) {
	test.NewTempApp(t)
	var topic, round = -1, -1
	g := NewEvolutionGrid(sampleEvolution(), func(tp, r int) { topic, round = tp, r })
	w := test.NewTempWindow(t, g)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(900, 400))
	m := g.metrics()
	headW := min(measureText("Human rights development", m.text, fyne.TextStyle{Bold: true}).Width, m.text*13) + 2*m.pad
	cellH := g.createCell().MinSize().Height
	// the third round's second topic
	pos := fyne.NewPos(headW+2.5*m.cellW, m.lineH+2*m.pad+1.5*cellH)
	test.TapCanvas(w.Canvas(), pos)
	if topic != 1 || round != 2 {
		t.Fatalf("tapped (%d,%d), want topic 1 round 2", topic, round)
	}
	topic, round = -1, -1
	test.TapCanvas(w.Canvas(), pos) // the same cell again reports again
	if topic != 1 || round != 2 {
		t.Fatalf("second tap reported (%d,%d)", topic, round)
	}
	named := -1
	g.OnTopic = func(tp int) { named = tp }
	topic = -1
	test.TapCanvas(w.Canvas(), fyne.NewPos(headW/2, m.lineH+2*m.pad+1.2*cellH))
	if named != 1 || topic != -1 {
		t.Fatalf("tapping the second topic's name reported topic %d (cell topic %d)", named, topic)
	}
}

func TestEvolutionGrid_ShowsCountsAndFirstLines(t *testing.T) {
	test.NewTempApp(t)
	g := NewEvolutionGrid(sampleEvolution(), nil)
	w := test.NewTempWindow(t, g)
	w.Resize(fyne.NewSize(1200, 400))
	_, texts := cellsOnScreen(w)
	all := strings.Join(texts, "|")
	for _, want := range []string{"38th · 2023", "40th · 2025", "Xinjiang", "4 repeated", "|4|", "The EU raised its deep"} {
		if !strings.Contains(all, want) {
			t.Errorf("grid shows no %q in %s", want, all)
		}
	}
	if strings.Contains(all, "Tibet and Hong Kong") {
		t.Error("a cell shows more than the first line")
	}
}

func TestEvolutionGrid_KeyboardSpaceOpensCell(t *testing.T) {
	test.NewTempApp(t)
	var topic, round = -1, -1
	g := NewEvolutionGrid(sampleEvolution(), func(tp, r int) { topic, round = tp, r })
	w := test.NewTempWindow(t, g)
	w.Resize(fyne.NewSize(900, 400))
	test.FocusNext(w.Canvas())
	if w.Canvas().Focused() == nil {
		t.Fatal("the grid takes no keyboard focus")
	}
	for _, k := range []fyne.KeyName{fyne.KeyDown, fyne.KeyRight, fyne.KeySpace} {
		w.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: k})
	}
	if topic != 1 || round != 1 {
		t.Fatalf("Down, Right, Space opened (%d,%d), want (1,1)", topic, round)
	}
}

// TestEvolutionGrid_LargeSeriesIsVirtual: 50 rounds × 100 topics make only
// the cells in view, and scrolling shows later topics.
func TestEvolutionGrid_LargeSeriesIsVirtual(t *testing.T) {
	test.NewTempApp(t)
	g := NewEvolutionGrid(bigEvolution(50, 100), nil)
	w := test.NewTempWindow(t, g)
	w.Resize(fyne.NewSize(1200, 700))
	n, _ := cellsOnScreen(w)
	if n == 0 || n > 120 {
		t.Fatalf("%d cells exist for a view of about 50", n)
	}
	g.ScrollTo(90, 45)
	n, texts := cellsOnScreen(w)
	if n > 120 || !strings.Contains(strings.Join(texts, "|"), "topic 91 in ro") {
		t.Fatalf("after scrolling, %d cells and no topic 91 round 46", n)
	}
}

func TestPhraseChart_SizesAndEmpty(t *testing.T) {
	test.NewTempApp(t)
	c := NewPhraseChart(PhraseChartData{})
	w := test.NewTempWindow(t, c)
	w.Resize(fyne.NewSize(200, 60))
	if c.MinSize().Height <= 0 {
		t.Fatal("an empty chart has no height")
	}
	c.SetData(sampleChart())
	small := c.MinSize()
	d := bigEvolution(0, 0)
	_ = d
	long := PhraseChartData{Series: sampleChart().Series}
	for i := 0; i < 50; i++ {
		long.Rounds = append(long.Rounds, fmt.Sprint(i+1))
	}
	c.SetData(long)
	if c.MinSize().Width > 600 {
		t.Fatalf("a chart of 50 rounds needs %v wide", c.MinSize().Width)
	}
	if small.Height != c.MinSize().Height {
		t.Fatalf("height changed with the rounds: %v vs %v", small, c.MinSize())
	}
}

func TestPhraseChart_Render(t *testing.T) {
	for _, th := range themes {
		t.Run(th.name, func(t *testing.T) {
			newThemedApp(t, th.th)
			c := NewPhraseChart(sampleChart())
			w := test.NewTempWindow(t, c)
			w.SetPadded(false)
			w.Resize(fyne.NewSize(200, c.MinSize().Height))
			test.AssertRendersToMarkup(t, "phrase_chart/sample_"+th.name+".xml", w.Canvas())
		})
	}
}

func TestDiffText_Render(t *testing.T) {
	for _, th := range themes {
		t.Run(th.name, func(t *testing.T) {
			newThemedApp(t, th.th)
			d := NewDiffText(sampleDiff())
			w := test.NewTempWindow(t, d)
			w.SetPadded(false)
			w.Resize(fyne.NewSize(300, 100))
			test.AssertRendersToMarkup(t, "diff_text/sample_"+th.name+".xml", w.Canvas())
		})
	}
}

func TestDiffText_ChineseJoinsWithoutSpaces(t *testing.T) {
	test.NewTempApp(t)
	d := NewDiffText([]DiffPart{{Text: "中方"}, {Text: "坚决", Op: DiffAdded}, {Text: "反对干涉内政。"}})
	if d.Text() != "中方坚决反对干涉内政。" {
		t.Fatalf("joined %q", d.Text())
	}
	d.SetParts([]DiffPart{{Text: "sovereignty"}, {Text: ","}, {Text: "dialogue", Op: DiffDropped}})
	if d.Text() != "sovereignty, dialogue" {
		t.Fatalf("joined %q", d.Text())
	}
}

func TestEvolutionGrid_Render(t *testing.T) {
	for _, th := range themes {
		t.Run(th.name, func(t *testing.T) {
			newThemedApp(t, th.th)
			g := NewEvolutionGrid(sampleEvolution(), nil)
			w := test.NewTempWindow(t, g)
			w.SetPadded(false)
			w.Resize(fyne.NewSize(900, 220))
			test.AssertRendersToMarkup(t, "evolution_grid/sample_"+th.name+".xml", w.Canvas())
		})
	}
}

// A long topic name in the side column was cut with "…" at a window of
// 1024 even though its row has room for several lines: it is wrapped
// over them, whole, and cut only past the row's last line.
func TestEvolutionGrid_LongTopicNamesWrap(t *testing.T) {
	test.NewTempApp(t)
	d := sampleEvolution()
	d.Topics = []string{"Universality and non-interference in internal affairs", "Xinjiang"}
	g := NewEvolutionGrid(d, nil)
	w := test.NewTempWindow(t, g)
	w.Resize(fyne.NewSize(1024, 400))
	_, texts := cellsOnScreen(w)
	all := strings.Join(texts, " ")
	if !strings.Contains(all, "internal affairs") {
		t.Errorf("the topic's name is not shown whole: %q", texts)
	}
	for _, s := range texts {
		if strings.HasPrefix(s, "Universality") && strings.HasSuffix(s, "…") {
			t.Errorf("the topic's name is cut: %q", s)
		}
	}
	// A name longer than its row has lines for ends with "…" on the last.
	lines := headLines(strings.Repeat("very long words ", 40), 14, fyne.TextStyle{}, 150, 3)
	if len(lines) != 3 || !strings.HasSuffix(lines[2], "…") || strings.HasSuffix(lines[1], "…") {
		t.Errorf("a name past three lines: %q", lines)
	}
}
