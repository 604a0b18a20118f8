package ingest

import "testing"

// Transliterated names with a middle dot (batch late 34 and the Chinese
// readouts of batch late 29).
func TestCJKDottedNames(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "a dotted name after a title, the country before it his side", author: "China",
			text:    "赤道几内亚外长姆巴·莫库伊表示，愿加强合作。",
			parties: "Equatorial Guinea", speaker: "姆巴·莫库伊", reason: "joined by a middle dot"},
		{name: "in traditional characters", author: "China",
			text:    "杨洁篪会见了赤道幾內亞外長姆巴·莫庫伊。姆巴·莫庫伊感謝中方長期以來提供幫助。",
			parties: "Equatorial Guinea", speaker: "姆巴·莫庫伊"},
		{name: "a known official's dotted name keeps his side, the title after it", author: "China",
			text:    "乔·拜登总统表示，美方不寻求新冷战。",
			parties: "United States", speaker: "乔·拜登", reason: "a known official of the United States"},
	})
}
