package ingest

// postNominals are the letters a parliamentarian's name carries after it
// in the formal style Japanese, Australian and British summaries use for
// a counterpart ("the Rt Hon Boris Johnson MP, Prime Minister of the
// United Kingdom", "the Hon. Anthony Albanese, MP, Prime Minister of
// Australia"): they stand between the name and the title it is apposed
// to, and belong to neither. Written in capitals only.
var postNominals = set("MP", "MEP", "QC", "KC", "TD", "MLA", "MSP")

// pastPostNominals steps from toks[j], just after a name, over its
// post-nominal letters, with or without a comma before them ("Johnson
// MP,", "Albanese, MP,"): it returns where the comma before the title
// is, or j when there are none.
func pastPostNominals(toks []token, j int) int {
	if j < len(toks) && toks[j].isWord() && postNominals[toks[j].text] {
		return j + 1
	}
	if j+2 < len(toks) && toks[j].punct == ',' && toks[j+1].isWord() && postNominals[toks[j+1].text] && toks[j+2].punct == ',' {
		return j + 2
	}
	return j
}

// postNominalAfter is the post-nominal that pastPostNominals steps over
// after a name ending at toks[j], or "".
func postNominalAfter(toks []token, j int) string {
	switch k := pastPostNominals(toks, j); {
	case k == j:
		return ""
	case toks[j].punct == ',':
		return toks[j+1].text
	default:
		return toks[j].text
	}
}
