package report

import (
	"bufio"
	"fmt"
	"html/template"
	"io"
	"runtime"
	"sync"

	"parley/assets"
)

// pair hands a sub-template the report and the item it draws, since a
// template cannot reach its caller's data.
type pair struct {
	R *Report
	D any
}

var (
	tmplOnce sync.Once
	tmpl     *template.Template
	tmplCSS  template.CSS
	tmplErr  error
)

// page is what the page template sees: the report and its style sheet.
type page struct {
	*Report
	CSS template.CSS
}

func loadTemplate() (*template.Template, template.CSS, error) {
	tmplOnce.Do(func() {
		css, err := assets.FS.ReadFile("report/report.css")
		if err != nil {
			tmplErr = fmt.Errorf("read report style sheet: %w", err)
			return
		}
		// The style sheet is our own embedded file, not user data, so it
		// may go into the <style> element as it is.
		tmplCSS = template.CSS(css)
		tmpl, tmplErr = template.New("report.html.tmpl").Funcs(template.FuncMap{
			"pair":      func(r *Report, d any) pair { return pair{r, d} },
			"card":      cardHTML,
			"citations": citationsHTML,
			"matrix":    matrixHTML,
			"nobreak":   nobreakDates,
		}).ParseFS(assets.FS, "report/report.html.tmpl")
		if tmplErr != nil {
			tmplErr = fmt.Errorf("parse report template: %w", tmplErr)
		}
	})
	return tmpl, tmplCSS, tmplErr
}

// WriteHTML renders r as one self-contained HTML file.
func WriteHTML(w io.Writer, r *Report) error {
	t, css, err := loadTemplate()
	if err != nil {
		return err
	}
	renderTopics(r)
	bw := bufio.NewWriterSize(w, 64<<10)
	cw := &controlWriter{w: bw}
	dw := &dateWriter{w: cw}
	if err := t.Execute(dw, page{Report: r, CSS: css}); err != nil {
		return fmt.Errorf("render report: %w", err)
	}
	if err := dw.Close(); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	if err := cw.Close(); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	return nil
}

// renderTopics renders the topic sections, most of a report, on all
// cores; the page template then places each section's HTML. The sections
// are written in Go (topicHTML) with html/template's escaping.
func renderTopics(r *Report) {
	var jobs []*TopicSection
	for _, d := range r.Dialogues {
		jobs = append(jobs, d.Topics...)
	}
	next := make(chan *TopicSection)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ts := range next {
				ts.HTML = template.HTML(topicHTML(r, ts))
			}
		}()
	}
	for _, j := range jobs {
		next <- j
	}
	close(next)
	wg.Wait()
}
