package ingest

// Chinese readouts reach analysts in traditional characters too: Hong
// Kong, Macao and Taiwan media relay the Foreign Ministry's and Xinhua's
// readouts as 王毅強調，…，中方願同歐方… . The kind cues, modals and
// steps (kind_cjk.go, discourse_modal.go, kind_govern.go) are written in
// simplified characters; proposeOne reads each sentence through
// hantToHans once, before it is split into tokens, one character for one,
// so token and rune offsets stay those of the text (findCJKCues converts
// again for the lessons' keys, which read the sentence as stored). Only the characters the cue data use (and the
// characters their contexts rule out) are listed: a phrase converter
// (OpenCC) would cost a dictionary lookup per sentence for nothing the
// cues need.

// hantPairs holds each traditional character followed by its simplified
// form: those of the cues, modals and verbs of saying, of the
// gazetteer's Chinese names (中國, 歐盟, 雙方, 俄羅斯, 聯合國) and of the
// titles that make a speaker (外交部長). Letters of personal names
// (爾, 馬) are left alone, so a speaker keeps the name as written.
const hantPairs = "強强認认為为闡阐說说稱称讚赞贊赞賞赏歡欢謝谢願愿與与會会將将繼继續续積积極极進进堅坚決决對对駁驳絕绝" +
	"議议滿满譴谴責责諾诺擔担憂忧關关籲吁達达識识見见談谈電电話话舉举訪访問问換换該该當当須须應应響响" +
	"適适約约屆届運运變变緊紧綱纲點点員员聞闻職职務务擴扩動动攜携實实維维護护辦办發发揮挥籌筹備备盡尽" +
	"雙双紹绍們们國国歐欧長长輪轮開开係系區区題题經经貿贸內内華华衛卫戰战統统後后來来並并還还" +
	"讓让這这從从個个種种邊边體体權权樣样確确穩稳際际準准則则視视觀观覺觉協协調调營营" +
	"羅罗聯联蘭兰烏乌韓韩亞亚聲声館馆處处臺台灣湾門门團团報报轉转" +
	// batch "late 22": 違背, 邀請, 討論, 將通過, 將始終, 兩國, 兩人
	"違违請请討讨論论過过終终兩两" +
	// batch "late 29": 説 (the variant gov.cn's traditional pages print
	// for 說), 駐 of 駐日本大使, 紐 of 紐西蘭, 顧 and 領 of the titles 顧問, 領袖,
	// 時 and 間 of the clauses of time (…時，, …期間，)
	"説说駐驻紐纽顧顾領领時时間间" +
	// 總 of 總理, 總統 and 參 of 參議員 (德國總理蕭茲, 美國聯邦參議員戴恩斯)
	"總总參参" +
	// batch "late 34": 幾 of 赤道幾內亞 and 赤幾 (Equatorial Guinea), 剛 of
	// 剛果 (the Congo)
	"幾几剛刚"

// hantToHans maps a traditional character to its simplified form.
var hantToHans = buildHantToHans()

func buildHantToHans() map[rune]rune {
	r := []rune(hantPairs)
	m := make(map[rune]rune, len(r)/2)
	for i := 0; i+1 < len(r); i += 2 {
		m[r[i]] = r[i+1]
	}
	return m
}

// hansText is toHans of r with the text of the runes it returns: text
// (string(r)) when r has no traditional characters, else "".
func hansText(r []rune, text string) ([]rune, string) {
	h := toHans(r)
	if len(h) > 0 && &h[0] != &r[0] {
		return h, ""
	}
	return h, text
}

// toHans returns r with its traditional characters in simplified form,
// rune for rune; r itself when it has none (most sentences).
func toHans(r []rune) []rune {
	for i, c := range r {
		if c < 0x4E00 {
			continue
		}
		if _, ok := hantToHans[c]; !ok {
			continue
		}
		out := append([]rune(nil), r...)
		for j := i; j < len(out); j++ {
			if s, ok := hantToHans[out[j]]; ok {
				out[j] = s
			}
		}
		return out
	}
	return r
}
