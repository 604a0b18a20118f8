package report

import (
	"bufio"
	"bytes"
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
	if err := renderTopics(t, r); err != nil {
		return err
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	if err := t.Execute(bw, page{Report: r, CSS: css}); err != nil {
		return fmt.Errorf("render report: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	return nil
}

// renderTopics renders the topic sections, most of a report, on all
// cores; the page template then places each section's escaped HTML. Each
// section goes through the same html/template "topic" template, so the
// escaping is the same as if the page template had called it.
func renderTopics(t *template.Template, r *Report) error {
	var jobs []*TopicSection
	for _, d := range r.Dialogues {
		jobs = append(jobs, d.Topics...)
	}
	next := make(chan *TopicSection)
	var (
		wg      sync.WaitGroup
		errOnce sync.Once
		err     error
	)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf bytes.Buffer
			for ts := range next { // keeps draining after an error so the sender never blocks
				buf.Reset()
				if e := t.ExecuteTemplate(&buf, "topic", pair{r, ts}); e != nil {
					errOnce.Do(func() { err = fmt.Errorf("render topic %q: %w", ts.Name, e) })
					continue
				}
				ts.HTML = template.HTML(buf.String())
			}
		}()
	}
	for _, j := range jobs {
		next <- j
	}
	close(next)
	wg.Wait()
	return err
}
