package ingest

import (
	"testing"

	"parley/storage"
)

// TestCJKLate29 holds the Chinese rules worked out on batch "late 29"
// (Chinese embassies' readouts, Hong Kong and Taiwan relays, gov.cn in
// traditional characters): 説 as a verb of saying, an ambassador posted
// to (驻) a country being his own state's, a family name and title
// standing for the person named before, names of five characters and a
// known official's name read whole, days and 通话 after a name, more
// titles, clauses of time and a meeting before both sides' clause, what
// was said after a meeting, and the Hong Kong and Taiwan names of
// countries. Each case fails without its rule.
func TestCJKLate29(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "説 is a verb of saying", author: "China",
			text: "李克強會見德國總理默克爾。\n\n李克強説，德國是中國的重要合作夥伴。",
			kind: storage.KindPosition, reason: "from '说'"},
		{name: "an ambassador posted to Japan is his own state's", author: "China",
			text:    "驻日本大使吴江浩拜会日本外务省事务次官。\n\n吴江浩表示，当前中日关系处于关键阶段。",
			parties: "China", speaker: "吴江浩"},
		{name: "the ambassador's title names where he serves", author: "China",
			text:    "驻日本大使吴江浩拜会日本外务省事务次官。",
			parties: "China", reason: "posted to Japan"},
		{name: "an embassy posted to a country is not that country", author: "China",
			text:    "驻日本大使馆举行国庆招待会。",
			parties: "China"},
		{name: "a family name and title stand for the person named", author: "China",
			text:    "中国驻欧盟使团团长傅聪大使会见欧盟委员辛克维丘斯。\n\n傅大使表示，中欧绿色合作是重要板块。",
			speaker: "傅聪", reason: "family name and title"},
		{name: "a five-character name after a title", author: "China",
			text:    "杨洁篪会见德国外长韦斯特韦勒。\n\n韦斯特韦勒表示，德方高度重视中方的作用。",
			parties: "Germany", speaker: "韦斯特韦勒"},
		{name: "a known official's name is read whole", author: "China",
			text:    "国家主席习近平访欧，会见法国总统。",
			speaker: "习近平"},
		{name: "a day after a name ends it", author: "China",
			text:    "外交部副部长马朝旭昨日会见法国外长。",
			speaker: "马朝旭"},
		{name: "通话 after a name ends it", author: "China",
			text:    "王毅与美国国务卿鲁比欧通话指出，中美关系十分重要。\n\n报导指，鲁比欧表示，美中关系是世界上最重要的双边关系。",
			parties: "United States", speaker: "鲁比欧"},
		{name: "行政长官 is a title", author: "China",
			text:    "行政长官崔世安会见莫桑比克总理。",
			speaker: "崔世安"},
		{name: "顾问 is a title", author: "China",
			text:    "王毅会见英国首相国家安全事务顾问鲍威尔。\n\n鲍威尔强调，英国政府愿意发展对华关系。",
			parties: "United Kingdom", speaker: "鲍威尔"},
		{name: "the clause of time holds no subject", author: "China",
			text:    "王毅会见斯里兰卡外长佩里斯。\n\n会见佩里斯时，王毅表示，中斯是传统友好近邻。",
			parties: "China", speaker: "王毅", reason: "after the clause of time"},
		{name: "both sides after the meeting told", author: "China",
			text:    "王毅会见英国首相国家安全事务顾问鲍威尔，双方就乌克兰危机等问题交换看法。",
			parties: "China+United Kingdom", speaker: "-", reason: "both sides, after the meeting"},
		{name: "what was said after a meeting decides", author: "China",
			text: "王毅会见访华的新西兰前总理约翰基，称中方愿与新西兰新一届政府建立良好工作关系。",
			kind: storage.KindCommitment, reason: "会见 … "},
		{name: "a hope after a call decides", author: "China",
			text: "外长王毅与日本新任外相茂木敏充通电话，希望日本新内阁迈好对华交往的第一步。",
			kind: storage.KindDemand, reason: "通电话 … "},
		{name: "the ministry's 长 before a name", author: "China",
			text:    "【明报专讯】中国外交部长王毅15日晚同美国国务卿克里通电话。",
			parties: "China", speaker: "王毅"},
		{name: "a name before a title, and the family name and title after", author: "China",
			text:    "11月21日，李肇星外长应邀出席欧盟驻华使节工作晚餐。\n\n李外长表示，今年以来，中欧关系取得很大进展。",
			parties: "China", speaker: "李肇星"},
		{name: "two states' short names before a title are no name", author: "South Korea",
			text:    "韩中外长，决定在峰会上继续进行高层交流。",
			speaker: "-"},
		{name: "a name in a list before 及", author: "China",
			text:    "崔世安先后与佛得角总理席尔瓦、莫桑比克总理多罗萨里奥及东帝汶国务部长会面。\n\n多罗萨里奥发言时称，中葡论坛对莫桑比克有很大的贡献。",
			parties: "Mozambique", speaker: "多罗萨里奥"},
		{name: "the longest known name is the speaker", author: "China",
			text:    "外长王毅与日本外相茂木敏充通电话。\n\n王毅祝贺茂木再次出任外相。\n\n茂木敏充表示，日方高度重视日中关系。",
			speaker: "茂木敏充"},
		{name: "代表政府 represents the government, no name", author: "China",
			text:    "行政长官崔世安会见佛得角总理。\n\n崔世安与代表团会面时，均代表政府欢迎代表团成员来澳。",
			speaker: "崔世安"},
		{name: "a second title is no name", author: "China",
			text:    "中国国务委员兼外长王毅12月17日在布鲁塞尔会见欧盟外交与安全政策高级代表。",
			speaker: "王毅"},
		{name: "反对党 is the opposition party, no objection", author: "China",
			text: "王毅在堪培拉会见澳大利亚反对党领袖达顿。\n\n达顿表示，澳反对党愿同中方加强沟通，增进了解。",
			kind: storage.KindCommitment},
		{name: "望 another side asks it", author: "China",
			text: "王毅同美国国务卿克里通电话。\n\n王毅表示，望美方同中方妥善处理分歧和敏感问题。",
			kind: storage.KindDemand, reason: "… 望'"},
		{name: "looking forward to one's own talks undertakes", author: "China",
			text: "李克强会见德国总理默克尔。\n\n李克强表示，我期待明天同总理女士举行正式会谈，增进两国政治互信。",
			kind: storage.KindCommitment, reason: "期待"},
		{name: "相信 another will foresees, it undertakes nothing", author: "China",
			text: "王毅会见新西兰前总理。\n\n新西兰前总理表示，相信新西兰新政府将继续高度重视对华关系。",
			kind: storage.KindPosition},
		{name: "澳洲 is Australia", author: "China",
			text:    "王毅在北京会见澳洲外长。\n\n澳洲外长表示，澳方重视对华关系。",
			parties: "Australia"},
		{name: "佛得角 is Cape Verde", author: "China",
			text:    "崔世安会见佛得角总理席尔瓦。\n\n席尔瓦表示，佛得角重视同澳门的合作。",
			parties: "Cape Verde", speaker: "席尔瓦"},
	})
}
