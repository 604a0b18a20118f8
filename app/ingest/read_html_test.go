package ingest

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

const readoutPage = `<!DOCTYPE html><html><head>
<title>EU-China Human Rights Dialogue | EEAS</title>
<meta property="og:title" content="EU-China: 39th Human Rights Dialogue">
<meta property="og:site_name" content="European External Action Service">
<meta property="og:url" content="https://example.org/og">
<link rel="canonical" href="https://example.org/readout">
<meta property="article:published_time" content="2024-06-17T10:00:00+02:00">
<style>p { color: red }</style>
<script>alert("x")</script>
</head><body onload="steal()">
<header><nav><a href="/">Home</a> | <a href="/press">Press</a></nav></header>
<main><article>
<header><h1>EU-China: 39th Human Rights Dialogue</h1></header>
<p>The EU raised&nbsp;concerns about Xinjiang &amp; Tibet.</p>
<p onclick="evil()">China rejected <b>them</b>.<script>document.write("<p>injected</p>")</script></p>
<ul><li>Item one</li><li>Item two</li></ul>
<div style="display:none">Hidden text</div>
<form><input value="search"><button>Go</button></form>
</article></main>
<aside>Related articles</aside>
<footer>Copyright EEAS</footer>
<noscript>Enable JavaScript</noscript>
</body></html>`

func TestReadHTML(t *testing.T) {
	d, err := ReadHTML(strings.NewReader(readoutPage))
	if err != nil {
		t.Fatal(err)
	}
	want := "EU-China: 39th Human Rights Dialogue\n\nThe EU raised concerns about Xinjiang & Tibet.\n\nChina rejected them.\n\nItem one\n\nItem two"
	if d.Text != want {
		t.Errorf("text\n got %q\nwant %q", d.Text, want)
	}
	if d.Title != "EU-China: 39th Human Rights Dialogue" || d.Publisher != "European External Action Service" ||
		d.URL != "https://example.org/readout" || d.PublishedOn != "2024-06-17" || d.Format != "html" {
		t.Errorf("metadata %+v", d)
	}
	for _, bad := range []string{"<", "alert", "steal", "evil", "injected", "Hidden", "Home", "Related", "Copyright", "search", "Enable"} {
		if strings.Contains(d.Text, bad) {
			t.Errorf("readable text holds %q: %q", bad, d.Text)
		}
	}
}

func TestReadHTMLCases(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"Entities", "<p>A &lt;b&gt; &#20013;&#26041; &eacute;t&eacute;</p>", "A <b> 中方 été"},
		{"Br", "<p>Line one<br>Line two.</p>", "Line one\nLine two."},
		{"Whitespace", "<p>  many\n\n  spaces\there </p>", "many spaces here"},
		{"DatelineInText", "<p>BRUSSELS, 17 June 2024 – The EU spoke.</p>", "BRUSSELS, 17 June 2024 – The EU spoke."},
		{"InlineKeepsWords", "<p>Chi<i>na</i> spoke</p>", "China spoke"},
		{"OnlyTheMain", `<div class="cookie">We use cookies.</div><div class="crumbs">Home &gt; World</div><main><p>China spoke.</p></main><div>Read more</div>`, "China spoke."},
		{"OnlyTheArticle", `<p>Most read today</p><article><h1>Talks</h1><p>The EU spoke.</p></article>`, "Talks\n\nThe EU spoke."},
		{"TwoArticlesKeepAll", `<article><p>One.</p></article><article><p>Two.</p></article>`, "One.\n\nTwo."},
		{"EmptyMainFallsBack", `<main></main><p>China spoke.</p>`, "China spoke."},
		{"CookieDialogByRole", `<div role="dialog"><p>We use cookies.</p></div><p>The EU spoke.</p>`, "The EU spoke."},
		{"HiddenAfterOtherAttributes", `<p aria-hidden="false" style="display: none">Ad</p><p>China spoke.</p>`, "China spoke."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := ReadHTML(strings.NewReader(c.in))
			if err != nil {
				t.Fatal(err)
			}
			if d.Text != c.want {
				t.Errorf("got %q, want %q", d.Text, c.want)
			}
		})
	}
	t.Run("ErrEmpty", func(t *testing.T) {
		if _, err := ReadHTML(strings.NewReader("<html><script>x()</script></html>")); err != ErrEmpty {
			t.Fatalf("want ErrEmpty, got %v", err)
		}
	})
	t.Run("DateFromDateline", func(t *testing.T) {
		d, _ := ReadHTML(strings.NewReader("<p>Beijing, June 17, 2024 – China spoke.</p>"))
		if d.PublishedOn != "2024-06-17" {
			t.Fatalf("date %q", d.PublishedOn)
		}
	})
}

func FuzzReadHTML(f *testing.F) {
	f.Add(readoutPage)
	f.Add("<p>a<script>b</script>c</p>")
	f.Add("<<<>>>&amp;&#0;&#xD800;")
	f.Add("<svg><p>x</p></svg><math>y</math>")
	f.Add("<table><tr><td>a<td>b</table>")
	f.Fuzz(func(t *testing.T, page string) {
		d, err := ReadHTML(strings.NewReader(page))
		if err != nil {
			return
		}
		if !utf8.ValidString(d.Text) && utf8.ValidString(page) {
			t.Fatalf("invalid UTF-8 out of valid input")
		}
		if strings.TrimSpace(d.Text) == "" {
			t.Fatalf("empty text without ErrEmpty")
		}
		if strings.Contains(page, "<script>SECRET") && strings.Contains(d.Text, "SECRET") {
			t.Fatalf("script content leaked")
		}
		checkSegments(t, d.Text, Segments(d.Text))
	})
}

func TestReadHTMLWindows1252(t *testing.T) {
	page := []byte("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><title>Caf\xe9 talks</title></head><body><p>The EU welcomed China\x92s \x93decision\x94 \x96 at last.</p></body></html>")
	d, err := ReadFile(context.Background(), writeFile(t, "old.html", page), nil)
	if err != nil {
		t.Fatal(err)
	}
	if d.Text != "The EU welcomed China’s “decision” – at last." || d.Title != "Café talks" {
		t.Fatalf("got %q (title %q)", d.Text, d.Title)
	}
	// Without a declaration the page is refused with the usual message.
	undeclared := bytes.Replace(page, []byte("; charset=windows-1252"), nil, 1)
	if _, err := ReadFile(context.Background(), writeFile(t, "undeclared.html", undeclared), nil); !errors.Is(err, ErrInvalidUTF8) {
		t.Fatalf("undeclared: %v", err)
	}
}

// TestReadHTMLTooDeep: a page nested beyond the parser's 512 open elements
// is refused in plain words, through the file reader as an import reads it.
func TestReadHTMLTooDeep(t *testing.T) {
	p := filepath.Join(t.TempDir(), "deep.html")
	page := "<html><body>" + strings.Repeat("<div>", 200000) + "text"
	if err := os.WriteFile(p, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := ReadFile(context.Background(), p, nil)
	if !errors.Is(err, ErrTooDeep) {
		t.Fatalf("err = %v, want ErrTooDeep", err)
	}
	if msg := err.Error(); strings.Contains(msg, "open stack") || !strings.Contains(msg, "nested too deeply") {
		t.Errorf("message %q", msg)
	}
}
