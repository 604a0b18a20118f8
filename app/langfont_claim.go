package app

import (
	"errors"
	"reflect"
	"unsafe"

	"github.com/go-text/typesetting/fontscan"
	"github.com/go-text/typesetting/language"
)

// Japanese, Korean and traditional Chinese are written with characters
// the theme's fonts only partly draw (of fontscan's samples of them, 748
// of 2,314 for Japanese, all 2,442 for Korean, 8,680 of 13,063 for
// traditional Chinese), so fontscan takes the language face for none of
// them, and with such a locale Fyne parsed the system's CJK font, regular
// and bold, at start-up: 42 MB of heap, the window 212 MB against 164
// with an English locale (rss.sh, the sample project). Claiming those
// characters would make the face the answer when a character is looked
// up, and it draws nothing. What fontscan answers a language with is the
// set of languages it noted for the face when the face was added, not its
// characters: cjkLanguages are added to that set only, so that Fyne adds
// the language face, which draws nothing, where it added the system's
// font, and every character the theme's fonts lack is still looked up by
// its script among the system's fonts, when a text first needs it (on
// this system the same Noto Sans CJK JP face the language lookup gave).

// cjkLanguages are the languages the language face answers for beyond
// those its characters cover: fontscan's names, as Fyne asks for them
// from LANG (ja_JP.UTF-8 is "ja", zh_TW "zh-tw", zh_HK "zh-hk").
var cjkLanguages = []string{"ja", "ko", "zh-tw", "zh-hk", "zh-mo"}

// claimLanguages adds langs to the languages fontscan noted for the face
// at loc in fm. The set is fontscan's private state (its footprints),
// reached by reflection: a fontscan that no longer keeps it so makes this
// fail, and then the face answers for the languages its characters cover,
// as before (TestCJKLocaleParsesNoSystemFont fails).
func claimLanguages(fm *fontscan.FontMap, loc fontscan.Location, langs []string) error {
	v := reflect.ValueOf(fm).Elem().FieldByName("database")
	if !v.IsValid() || v.Kind() != reflect.Slice || v.Type().Elem() != reflect.TypeOf(fontscan.Footprint{}) {
		return errors.New("fontscan keeps its fonts in another way")
	}
	db := reflect.NewAt(v.Type(), unsafe.Pointer(v.UnsafeAddr())).Elem()
	for i := db.Len() - 1; i >= 0; i-- {
		fp := db.Index(i).Addr().Interface().(*fontscan.Footprint)
		if fp.Location != loc {
			continue
		}
		for _, l := range langs {
			id, ok := language.NewLangID(language.NewLanguage(l))
			if !ok {
				return errors.New("fontscan knows no language " + l)
			}
			fp.Langs.Add(id)
		}
		return nil
	}
	return errors.New("the language face is not in the font map")
}
