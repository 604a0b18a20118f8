package app

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"golang.org/x/image/font/sfnt"

	"parley/widgets"
)

// fontLacks returns the runes of s that Fyne's bundled font for style has
// no glyph for. Chinese characters and punctuation are left out: the window
// draws them with its CJK subset (themefont.go) or the system's CJK font.
func fontLacks(t *testing.T, s string, style fyne.TextStyle) string {
	t.Helper()
	res := theme.DefaultTextFont()
	if style.Bold {
		res = theme.DefaultTextBoldFont()
	}
	f, err := sfnt.Parse(res.Content())
	if err != nil {
		t.Fatalf("parse %s: %v", res.Name(), err)
	}
	var buf sfnt.Buffer
	var out []rune
	for _, r := range s {
		if r < 0x80 || unicode.IsSpace(r) || cjk(r) {
			continue
		}
		if i, err := f.GlyphIndex(&buf, r); err != nil || i == 0 {
			out = append(out, r)
		}
	}
	return string(out)
}

func cjk(r rune) bool {
	return unicode.Is(unicode.Han, r) || r >= 0x3000 && r <= 0x303f || r >= 0xff00 && r <= 0xffef
}

// TestUIStringsHaveGlyphs reads every string literal of the GUI's code:
// each character must be one that Fyne's font draws (in v2.8.1 "→" is not,
// and showed as "→�" in the real window).
func TestUIStringsHaveGlyphs(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	more, _ := filepath.Glob("../widgets/*.go")
	for _, fn := range append(files, more...) {
		if strings.HasSuffix(fn, "_test.go") || strings.HasSuffix(fn, "textwrap.go") { // line-break tables, not shown
			continue
		}
		fs := token.NewFileSet()
		f, err := parser.ParseFile(fs, fn, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if l, ok := n.(*ast.BasicLit); ok && l.Kind == token.STRING {
				s, _ := strconv.Unquote(l.Value)
				if miss := fontLacks(t, s, fyne.TextStyle{}) + fontLacks(t, s, fyne.TextStyle{Bold: true}); miss != "" {
					t.Errorf("%s: %q has characters the font lacks: %q", fs.Position(l.Pos()), s, miss)
				}
			}
			return true
		})
	}
}

// TestConfirmationShowsUndoPath taps a card, deletes it through the Edit
// menu, and reads the confirmation on screen: every character drawable, and
// the way back named.
func TestConfirmationShowsUndoPath(t *testing.T) {
	wd := newWorld(t)
	wd.pickTopic(wd.xinjiang.ID)
	card := wd.find(func(o fyne.CanvasObject) bool {
		c, ok := o.(*widgets.StatementCard)
		return ok && c.Data.ID == wd.euX.ID
	})
	if card == nil {
		t.Fatal("no card of the EU statement on Xinjiang")
	}
	test.Tap(card.(*widgets.StatementCard))
	wd.menu("Edit", "Delete statement…")
	texts := wd.overlayTexts()
	if !strings.Contains(texts, "You can undo this with Edit › Undo.") {
		t.Fatalf("the confirmation says %q", texts)
	}
	if miss := fontLacks(t, texts, fyne.TextStyle{}); miss != "" {
		t.Fatalf("the confirmation shows characters the font lacks: %q in %q", miss, texts)
	}
	wd.tap("No")
}

// menuItem returns the main menu's item, to run it as a click would.
func (wd *world) menuItem(menu, label string) *fyne.MenuItem {
	wd.t.Helper()
	it := menuItem(wd.ws.win.MainMenu(), menu, label)
	if it == nil {
		wd.t.Fatalf("no menu item %s › %s", menu, label)
	}
	return it
}

// overlayTexts is the text the topmost dialog shows, one line per object.
func (wd *world) overlayTexts() string {
	top := wd.ws.win.Canvas().Overlays().Top()
	if top == nil {
		wd.t.Fatal("no dialog on screen")
	}
	var b strings.Builder
	for _, o := range test.LaidOutObjects(top) {
		switch x := o.(type) {
		case *canvas.Text:
			b.WriteString(x.Text + "\n")
		case *widget.Label:
			b.WriteString(x.Text + "\n")
		}
	}
	return b.String()
}
