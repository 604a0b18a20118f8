package report

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"parley/app/report/reporttest"
	"parley/storage"
)

// fixedNow keeps the report's date stable across runs.
var fixedNow = time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)

func allOn() Options {
	return Options{Notes: true, Sources: true, Overview: true, Paper: A4, Now: fixedNow}
}

// render exports o from st as HTML and parses it.
func render(tb testing.TB, st *storage.Store, o Options) (string, *html.Node) {
	tb.Helper()
	var buf bytes.Buffer
	if err := Export(context.Background(), st, "html", o, &buf, nil); err != nil {
		tb.Fatalf("export: %v", err)
	}
	if dir := os.Getenv("PARLEY_REPORT_KEEP"); dir != "" {
		name := strings.NewReplacer("/", "_", " ", "_").Replace(tb.Name())
		os.WriteFile(dir+"/"+name+".html", buf.Bytes(), 0o644)
	}
	doc, err := html.Parse(bytes.NewReader(buf.Bytes()))
	if err != nil {
		tb.Fatalf("parse report: %v", err)
	}
	return buf.String(), doc
}

func sample(tb testing.TB) *reporttest.Project { return reporttest.CodedProject(tb) }

// walk calls f on every element below n.
func walk(n *html.Node, f func(*html.Node)) {
	if n.Type == html.ElementNode {
		f(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, f)
	}
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func hasClass(n *html.Node, class string) bool {
	v, _ := attr(n, "class")
	for _, c := range strings.Fields(v) {
		if c == class {
			return true
		}
	}
	return false
}

// text is the text content of n.
func text(n *html.Node) string {
	var b strings.Builder
	var f func(*html.Node)
	f = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			f(c)
		}
	}
	f(n)
	return b.String()
}

// ancestor returns the nearest ancestor of n that ok accepts.
func ancestor(n *html.Node, ok func(*html.Node) bool) *html.Node {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && ok(p) {
			return p
		}
	}
	return nil
}
