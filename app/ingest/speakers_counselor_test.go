package ingest

import "testing"

// "Counselor" in the American spelling and "diplomatic" are title words:
// "Emmanuel Bonne, diplomatic counselor to French President Emmanuel
// Macron" introduces a person, so "Bonne, for his part, said …" is his
// and no longer goes on with the Chinese minister's remarks.
func TestCounselorIsATitle(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "a diplomatic counselor set off after the name", author: "China",
			text:    "BEIJING, Sept. 17 (Xinhua) -- Chinese Foreign Minister Wang Yi on Saturday held a phone conversation with Emmanuel Bonne, diplomatic counselor to French President Emmanuel Macron.\n\nChina is willing to maintain high-level exchanges with France, Wang said.\n\nBonne, for his part, said that France attaches great importance to its relations with China.",
			parties: "France", speaker: "Emmanuel Bonne"},
		{name: "a state counselor before the name", author: "China",
			text:    "Foreign Minister Wang Yi met with Myanmar State Counselor Aung San Suu Kyi in Nay Pyi Taw.\n\nWang Yi said that China supports Myanmar.\n\nAung San Suu Kyi said that Myanmar values its relations with China.",
			parties: "Myanmar", speaker: "Aung San Suu Kyi"},
	})
}
