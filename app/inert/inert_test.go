package inert

import "testing"

func TestLine(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"plain text", "plain text"},
		{"人权 and rights", "人权 and rights"},
		{"title\x1b]0;pwned\x07 rest", `title\x1b]0;pwned\x07 rest`},
		{"hide\x1b[8mme\x1b[0m", `hide\x1b[8mme\x1b[0m`},
		{"over\rwrite", "over write"},
		{"two\nlines\tand tab", "two lines and tab"},
		{"del\x7f", `del\x7f`},
		{"c1 \u009b31m csi", `c1 \x9b31m csi`},
		{"bad \x9b byte", `bad \x9b byte`},
		{"real \uFFFD kept", "real \uFFFD kept"},
		{"abc\u202Eevil\u202C", `abc\u202eevil\u202c`},
		{"\u2066iso\u2069 \u202Aemb", `\u2066iso\u2069 \u202aemb`},
		{"\u05e9\u05dc\u05d5\u05dd\u200F!", "\u05e9\u05dc\u05d5\u05dd\u200F!"},
	} {
		if got := Line(c.in); got != c.want {
			t.Errorf("Line(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestCell(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"two\nlines\tand tab", "two\nlines\tand tab"},
		{"crlf\r\nlone\rcr", "crlf\nlone\ncr"},
		{"bell\x07 \u202Efdp.exe", `bell\x07 \u202efdp.exe`},
		{"\x00nul", `\x00nul`},
	} {
		if got := Cell(c.in); got != c.want {
			t.Errorf("Cell(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestNoCopy: text with nothing to escape comes back as it was.
func TestNoCopy(t *testing.T) {
	s := "China and the EU discussed human rights.\n人权"
	if Cell(s) != s || Line("one line 人权") != "one line 人权" {
		t.Fatal("clean text changed")
	}
}

func FuzzLine(f *testing.F) {
	f.Add("a\x1b[31mb\u202e\xff")
	f.Fuzz(func(t *testing.T, s string) {
		out := Line(s)
		if !safe(out) {
			t.Fatalf("Line(%q) = %q still holds a control", s, out)
		}
		for _, r := range out {
			if r == '\n' || r == '\t' || r == '\r' {
				t.Fatalf("Line(%q) = %q holds a break", s, out)
			}
		}
	})
}
