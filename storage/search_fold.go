package storage

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// diacriticBase maps the Latin letters with a canonical decomposition to
// their base letter, as FTS5's unicode61 tokenizer with remove_diacritics
// does when it indexes: letters without one (ø, ł, đ) stay as they are.
var diacriticBase = func() map[rune]rune {
	m := map[rune]rune{}
	for base, letters := range map[rune]string{
		'a': "àáâãäåāăąǎ", 'A': "ÀÁÂÃÄÅĀĂĄǍ", 'c': "çćĉċč", 'C': "ÇĆĈĊČ", 'd': "ď", 'D': "Ď",
		'e': "èéêëēĕėęě", 'E': "ÈÉÊËĒĔĖĘĚ", 'g': "ĝğġģ", 'G': "ĜĞĠĢ", 'h': "ĥ", 'H': "Ĥ",
		'i': "ìíîïĩīĭįǐ", 'I': "ÌÍÎÏĨĪĬĮǏİ", 'j': "ĵ", 'J': "Ĵ", 'k': "ķ", 'K': "Ķ", 'l': "ĺļľ", 'L': "ĹĻĽ",
		'n': "ñńņň", 'N': "ÑŃŅŇ", 'o': "òóôõöōŏőǒ", 'O': "ÒÓÔÕÖŌŎŐǑ", 'r': "ŕŗř", 'R': "ŔŖŘ",
		's': "śŝşšș", 'S': "ŚŜŞŠȘ", 't': "ţťț", 'T': "ŢŤȚ", 'u': "ùúûüũūŭůűųǔ", 'U': "ÙÚÛÜŨŪŬŮŰŲǓ",
		'w': "ŵ", 'W': "Ŵ", 'y': "ýÿŷ", 'Y': "ÝŸŶ", 'z': "źżž", 'Z': "ŹŻŽ",
	} {
		for _, l := range letters {
			m[l] = base
		}
	}
	return m
}()

// foldDiacritics replaces accented Latin letters by their base letter
// and drops combining accents.
func foldDiacritics(s string) string {
	if isASCII(s) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if b, ok := diacriticBase[r]; ok {
			return b
		}
		if unicode.Is(unicode.Mn, r) { // a combining accent: "Erdog\u0306an"
			return -1
		}
		return r
	}, s)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
