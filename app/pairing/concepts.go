package pairing

import "strings"

// concepts join the different words the two sides use for one subject
// ("Xizang" and "Tibet", "the leaders' meeting" and "the summit", "the
// Ukraine crisis" and "Russia's war of aggression"). A statement naming
// any phrase of a concept gets the concept as one more word. Phrases are
// matched on the lower-cased text, so short ones carry their own spaces.
var concepts = []struct {
	name    string
	phrases []string
}{
	{"regions", []string{"xinjiang", "tibet", "xizang", "hong kong", "uyghur", "national security law", "internal affairs",
		"新疆", "西藏", "香港", "内政"}},
	{"hrpath", []string{"human rights concept", "development path", "views on human rights", "human rights philosophy",
		"achievements in human rights", "human rights development", "human rights model", "人权发展道路"}},
	// Ending a war by talks; "peace" alone is also every region's "peace
	// and stability" and "world peace", which are other points.
	{"peace", []string{"peace talks", "peace process", "peace negotiation", "lasting peace", "work for peace", "side of peace",
		"promoting talks", "political solution", "political settlement", "political means", "ceasefire", "end the war", "劝和促谈", "停火"}},
	{"meeting", []string{"held the", "took place", "co-chaired", "held talks", " met ", "met with", "round of", "session of",
		"spoke with", "spoke on the phone", "meeting with", "summit meeting", "talks with", "hosted", "会见", "会谈", "通电话"}},
	{"rights", []string{"human rights", "fundamental freedoms", "individual cases", "defenders", "detained", "人权"}},
	{"ukraine", []string{"ukrain", "russia", "war of aggression", "dual-use", "material support", "ceasefire in ukraine", "peace process",
		"乌克兰", "俄罗斯"}},
	{"trade", []string{"trade", "subsid", "market access", "playing field", "protectionism", "rare earth",
		"economic relationship", "economic policies", "electric vehicle", "decoupl", "supply chain", "investment", "贸易", "经贸"}},
	{"taiwan", []string{"taiwan", "one china", "one-china", "台湾", "一个中国"}},
	{"mideast", []string{"middle east", "israel", "palestin", "gaza", "iran", "hostages", "中东", "以色列", "巴勒斯坦", "加沙", "伊朗"}},
	{"summit", []string{"summit", "leaders' meeting", "leaders’ meeting", "high-level", "next round", "heads of state",
		"leaders of the two countries", "峰会", "领导人会晤"}},
	// What the two leaders agreed earlier, which each side names in its
	// own words: one's "commitments" are the other's "common understandings".
	{"consensus", []string{"consensus", "common understanding", "understandings reached", "commitments", "共识"}},
	{"migration", []string{"refugee", "migrant", "racism", "xenophobia"}},
	{"differences", []string{"differences", "do not always agree", "differing views", "disagree", "different", "diverge", "分歧"}},
	{"partnership", []string{"partnership", "partners", "伙伴"}},
	{"powers", []string{"major power", "great power", "powerful", "major countr", "大国"}},
	{"visit", []string{" visit", "访问"}},
	// The channels the two sides keep open, each named in several ways.
	{"channels", []string{"lines of communication", "channels of communication", "channel of communication", "communication channel",
		"strategic communication", "high-level exchanges", "high-level engagement", "contacts at all levels", "exchanges at all levels",
		"communication at all levels", "communicate closely", "close communication", "各层级", "高层交往", "战略沟通"}},
	{"military", []string{"military-to-military", "mil-mil", "two militaries", "defense departments", "defence departments", "defense authorities",
		"in the field of security", "hotline", "direct telephone line", "两军", "防务"}},
	{"drugs", []string{"counternarcotics", "counter-narcotics", "anti-drug", "drug control", "synthetic drugs", "fentanyl", "禁毒", "芬太尼"}},
	{"ai", []string{"artificial intelligence", " ai ", "ai safety", "人工智能"}},
	{"people", []string{"people-to-people", "personnel exchanges", "cultural exchanges", "people's exchanges", "students", "人文交流", "人员往来"}},
	{"korea", []string{"korean peninsula", "dprk", "north korea", "朝鲜半岛", "朝鲜"}},
	{"seas", []string{"south china sea", "east china sea", "second thomas shoal", "senkaku", "diaoyu", "maritime", "南海", "东海", "钓鱼岛"}},
	// A death the visitor mourns and the host recalls.
	{"mourning", []string{"condolence", "passing of", "death of", "died", "passed away", "逝世", "去世"}},
	// The release of the Fukushima plant's water: "treated water" to one
	// side, "nuclear-contaminated water" to the other.
	{"discharge", []string{"treated water", "contaminated water", "discharge", "fukushima", "alps", "核污染水", "排海"}},
	// Lessening dependence on the other side's economy, and the answer that
	// it is an opportunity, not a risk.
	{"derisking", []string{"de-risk", "derisk", "vulnerabilit", "diversif", "dependenc", "not a risk", "interdependence", "去风险"}},
	{"business", []string{"businesses", "companies", "enterprises", "invest", "business environment", "企业", "营商环境"}},
	{"multilateral", []string{"multilateral", "united nations", "un charter", "international order", "global challenges", "多边", "联合国"}},
}

// conceptWords returns the concepts text names, as words written as in
// text, in the clause where each is first named; lower is text in lower
// case, ends where text's clauses end.
func conceptWords(text, lower string, ends []int) []word {
	var out []word
	for _, c := range concepts {
		for _, p := range c.phrases {
			i := strings.Index(lower, p)
			if i < 0 {
				continue
			}
			as := p
			if len(lower) == len(text) { // the same byte offsets
				as = text[i : i+len(p)]
			}
			out = append(out, word{stem: "#" + c.name, text: strings.TrimSpace(as), clause: clauseAt(i, ends)})
			break
		}
	}
	return out
}
