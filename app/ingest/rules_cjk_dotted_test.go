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
		{name: "the person met, his dotted name read, is '对方'; the known official before an adverb speaks", author: "China",
			text:    "王毅另会见访华的新西兰前总理约翰‧基，称中方愿与新西兰新一届政府建立良好工作关系。对方表示，相信新西兰新政府将继续重视对华关系。",
			parties: "New Zealand", speaker: "约翰‧基", reason: "'对方' (the other side) is 约翰‧基"},
	})
}
