package widgets

import "fyne.io/fyne/v2"

// onUI runs f on the UI goroutine and waits for it; tests stand in for
// the UI goroutine, which Fyne's test driver does not keep.
var onUI = fyne.DoAndWait

// shapeBatch is how many words one trip to the UI goroutine measures, so
// that the window keeps drawing between the trips of a text of megabytes.
const shapeBatch = 2000

// measureOffUI is measure for a goroutine other than the UI's. Fyne's text
// shaper serves one goroutine at a time: measuring on a runner while the
// window draws panicked inside harfbuzz. Splitting the text, looking its
// words up and adding them up stay here; the words the cache lacks are
// shaped on the UI goroutine, a batch at a time.
func measureOffUI(s string, size float32, style fyne.TextStyle) *measuredText {
	s = Visible(s)
	m := &measuredText{text: s, size: size, style: style, tokens: tokenize(s)}
	words := []string{"Mg"}
	for _, t := range m.tokens {
		if !t.newline {
			words = append(words, s[t.start:t.end])
		}
	}
	shaped := map[string]fyne.Size{}
	var missing []string
	metrics.Lock()
	metrics.check()
	for _, w := range words {
		k := metricKey{w, size, style}
		if sz, ok := metrics.lookup(k); ok {
			shaped[w] = sz
		} else if _, seen := shaped[w]; !seen {
			shaped[w] = fyne.Size{}
			missing = append(missing, w)
		}
	}
	metrics.Unlock()
	for len(missing) > 0 {
		batch := missing[:min(shapeBatch, len(missing))]
		missing = missing[len(batch):]
		onUI(func() {
			metrics.Lock()
			defer metrics.Unlock()
			metrics.check()
			for _, w := range batch {
				shaped[w] = metrics.measure(w, size, style)
			}
		})
	}
	m.lineH = shaped["Mg"].Height
	for i := range m.tokens {
		t := &m.tokens[i]
		if t.newline {
			continue
		}
		sz := shaped[s[t.start:t.end]]
		t.w, t.h = sz.Width, sz.Height
		m.lineH = max(m.lineH, t.h)
	}
	return m
}
