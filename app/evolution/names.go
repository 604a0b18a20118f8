package evolution

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// caseCues are the words near which a name is taken for an individual
// case (lower case; Chinese as written).
var caseCues = []string{"detained", "detention", "arrested", "arrest", "sentenced", "sentence", "imprisoned",
	"imprisonment", "jailed", "prison", "prisoner", "case of", "cases of", "individual case", "human rights defender",
	"lawyer", "journalist", "activist", "blogger", "dissident", "release", "disappear", "whereabouts",
	"incommunicado", "convicted", "trial", "house arrest", "persecut", "missing", "jail", "serving a", "political prisoner",
	"拘留", "羁押", "判处", "判刑", "逮捕", "个案", "一案", "案，", "案。", "案、", "案件", "律师", "记者", "人权捍卫者", "维权", "释放", "失踪", "入狱", "服刑"}

// nonName are capitalised words that are not part of a person's name in
// readouts: places, bodies, titles, months and sentence openers.
var nonName = setOf(strings.ToLower(`The A An And Or Of In On At For To By With From During After Before Both Its It This That These Those
	He She They We His Her Their Our Among Including Also However Further Furthermore Moreover Meanwhile Finally
	EU EEAS UN UNHRC OHCHR China Chinese Europe European Union Human Rights Dialogue Council Commission Parliament
	Hong Kong Xinjiang Tibet Tibetan Tibetans Uyghur Uyghurs Uighur Kazakh Mongolian Inner Mongolia Macao Macau Taiwan
	Basic Law Dalai Ministry Foreign Affairs Special Representative Director General Director-General
	Assistant Minister Ambassador Deputy Head Delegation Mr Ms Mrs Dr Professor President Vice Secretary Chair
	United Nations High Commissioner Office Service External Action Department International Organizations Conferences
	Beijing Brussels Chongqing Geneva Lhasa Urumqi Shanghai Guangzhou Kashgar Shenzhen Strasbourg Madrid Berlin Paris
	National Security Committee People's Peoples Republic Communist Party State Councillor Government Side Sides
	Article Articles Convention Covenant Declaration Universal Labour Organization ILO Agenda Sustainable Development Goals
	Annual Report Reports White Paper Court Supreme Procuratorate Prosecutor Public Bureau Police Belt Road Initiative Global Civilization
	January February March April May June July August September October November December
	Monday Tuesday Wednesday Thursday Friday Saturday Sunday Round Rounds Dialogues Parties LGBTI LGBTIQ COVID
	Christian Christians Muslim Muslims Buddhist Falun Gong Catholic Church Protestant Islam Islamic Xi Jinping`))

// surnames are common Chinese family names: a run of two or three Han
// characters starting with one, next to a case word, is taken for a name.
const surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤桂浦倪艾伍庞常"

// hanRole are the Chinese words that come right before a person's name
// ("律师王全璋").
var hanRole = []string{"律师", "记者", "人权捍卫者", "维权人士", "活动人士", "公民", "学者", "作家", "异见人士"}

// hasCaseCue reports whether a sentence holds a case word.
func hasCaseCue(sentence string) bool {
	if strings.HasSuffix(strings.TrimSpace(sentence), "案") {
		return true
	}
	lower := strings.ToLower(sentence)
	for _, c := range caseCues {
		if strings.Contains(lower, c) {
			return true
		}
	}
	return false
}

// DetectNames lists the persons' names that text names next to case words
// (detained, sentenced, case of, lawyer, journalist, … and their Chinese
// equivalents), in order, each once: runs of two to four capitalised words
// that are not places, bodies or titles, and Chinese names (two or three
// characters after a common surname, or with a middle dot, in a sentence
// with a case word). skip holds names (lower case) never to report, such
// as the speakers of the project.
func DetectNames(text string, skip map[string]bool) []string {
	var out []string
	seen := map[string]bool{}
	cued := false
	for _, sent := range sentences(text) {
		// A sentence with a case word, and the one after it ("The EU
		// raised the cases of several Tibetans. Among them were …").
		was := cued
		cued = hasCaseCue(sent)
		if !cued && !was {
			continue
		}
		for _, n := range append(latinNames(sent), hanNames(sent)...) {
			k := NameKey(n)
			if !seen[k] && !skip[k] {
				seen[k] = true
				out = append(out, n)
			}
		}
	}
	return out
}

// NameKey is the form names are compared in: lower case, single spaces,
// the middle dot of transcribed names as a space. It runs once per
// spelling of the register (a file may hold a million) and per name
// found, so it makes the key in one pass and one allocation, none for a
// name already in that form.
func NameKey(name string) string {
	if isKey(name) {
		return name
	}
	return string(appendNameKey(make([]byte, 0, len(name)), name))
}

// appendNameKey appends NameKey(name) to dst.
func appendNameKey(dst []byte, name string) []byte {
	if isKey(name) {
		return append(dst, name...)
	}
	start := len(dst)
	space := false
	for _, r := range name {
		if r == '·' || r == '•' || r == '‧' || unicode.IsSpace(r) {
			space = len(dst) > start
			continue
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
}

// isKey reports whether name is plain ASCII already in NameKey's form:
// no capitals, single spaces between words, none at the ends.
func isKey(name string) bool {
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c >= 0x80 || c >= 'A' && c <= 'Z' || c < ' ' || c == 0x7f:
			return false
		case c == ' ' && (i == 0 || i == len(name)-1 || name[i+1] == ' '):
			return false
		}
	}
	return true
}

// sentences splits text at sentence ends (Latin and Chinese).
func sentences(text string) []string {
	var out []string
	start := 0
	for i, r := range text {
		if r == '.' || r == '。' || r == ';' || r == '；' || r == '!' || r == '?' || r == '！' || r == '？' || r == '\n' {
			// "Mr." and initials ("Li Y. Wen") are rare in readouts;
			// a split there only loses a name, never invents one.
			out = append(out, text[start:i])
			start = i + utf8.RuneLen(r)
		}
	}
	return append(out, text[start:])
}

// latinNames finds runs of two to four capitalised words, none of them in
// nonName; a longer run is cut at such words. In a list that already names
// two persons, an item of one capitalised word is a name too ("…, Tsongon
// Tsering, Drugdra, and Lobsang Khedrub").
func latinNames(sent string) []string {
	out := nameRuns(sent)
	if len(out) < 2 {
		return out
	}
	for _, item := range listItems(sent) {
		if f := strings.Fields(item); len(f) == 1 && capitalised(f[0]) && !nonName[strings.ToLower(f[0])] && utf8.RuneCountInString(f[0]) > 2 {
			out = append(out, f[0])
		}
	}
	return out
}

// listItems splits a sentence at commas and at "and", trimmed.
func listItems(sent string) []string {
	var out []string
	for _, part := range strings.Split(sent, ",") {
		for _, item := range strings.Split(part, " and ") {
			item = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(item), "and "))
			if item != "" {
				out = append(out, item)
			}
		}
	}
	return out
}

// nameRuns is latinNames without the list's one-word names.
func nameRuns(sent string) []string {
	var out []string
	n, start, end, at := 0, 0, 0, 0 // words in the run, its byte span, the next token's offset
	flush := func() {
		if n >= 2 && n <= 4 {
			out = append(out, sent[start:end]) // as written
		}
		n = 0
	}
	for _, t := range tokenize(sent) {
		switch {
		case !t.word:
			if strings.TrimSpace(t.text) != "" {
				flush() // punctuation ends a name
			}
		case capitalised(t.text) && !nonName[strings.ToLower(t.text)] && !strings.HasSuffix(strings.ToLower(t.text), "'s"):
			if n == 0 {
				start = at
			}
			n++
			end = at + len(t.text)
		default:
			flush()
		}
		at += len(t.text)
	}
	flush()
	return out
}

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || isHan(r) {
		return false
	}
	// All capitals ("NGO", "UNHRC") is an acronym, not a name.
	rest := strings.TrimLeftFunc(w[utf8.RuneLen(r):], unicode.IsUpper)
	return rest != "" || utf8.RuneCountInString(w) == 1
}

// hanNames finds Chinese names in a sentence that has a case word: names
// with a middle dot, a name after a role word, a name before 案, and the
// items of a list (、) that look like names.
func hanNames(sent string) []string {
	var out []string
	rs := []rune(sent)
	for i := 0; i < len(rs); i++ {
		if rs[i] == '·' && i > 0 && isHan(rs[i-1]) && i+1 < len(rs) && isHan(rs[i+1]) {
			a, b := i, i+1
			for a > 0 && isHan(rs[a-1]) && i-a < 4 {
				a--
			}
			for b < len(rs) && isHan(rs[b]) && b-i <= 4 {
				b++
			}
			out = append(out, string(rs[a:b]))
		}
	}
	for _, role := range hanRole {
		for _, at := range indexAll(sent, role) {
			if n := surnameName([]rune(sent[at+len(role):])); n != "" {
				out = append(out, n)
			}
		}
	}
	// A list "丁家喜、许志永等": the name after each 、, and a whole item
	// of two or three characters before one.
	for _, at := range indexAll(sent, "、") {
		if n := surnameName([]rune(sent[at+len("、"):])); n != "" {
			out = append(out, n)
		}
		before := []rune(sent[:at])
		k := len(before)
		for k > 0 && isHan(before[k-1]) && len(before)-k < 4 {
			k--
		}
		if item := before[k:]; len(item) >= 2 && len(item) <= 3 && strings.ContainsRune(surnames, item[0]) && (k == 0 || !isHan(before[k-1])) {
			out = append(out, string(item))
		}
	}
	// "王全璋一案", "王全璋案"
	for _, at := range indexAll(sent, "案") {
		before := []rune(strings.TrimSuffix(sent[:at], "一"))
		for n := 3; n >= 2; n-- {
			if len(before) >= n && strings.ContainsRune(surnames, before[len(before)-n]) && allHan(before[len(before)-n:]) {
				out = append(out, string(before[len(before)-n:]))
				break
			}
		}
	}
	return out
}

// surnameName reads a name of two or three characters at the start of rs.
func surnameName(rs []rune) string {
	if len(rs) < 2 || !strings.ContainsRune(surnames, rs[0]) || !isHan(rs[1]) {
		return ""
	}
	n := 2
	if len(rs) > 2 && isHan(rs[2]) && !strings.ContainsRune("案等被在于因和及、", rs[2]) {
		n = 3
	}
	return string(rs[:n])
}

func indexAll(s, sub string) []int {
	var out []int
	for i := 0; ; {
		j := strings.Index(s[i:], sub)
		if j < 0 {
			return out
		}
		out = append(out, i+j)
		i += j + len(sub)
	}
}

func allHan(rs []rune) bool {
	for _, r := range rs {
		if !isHan(r) {
			return false
		}
	}
	return true
}
