package ingest

import (
	"context"
	"sort"
	"strings"
	"testing"

	"parley/storage"
)

// ruleCase checks the proposal for the last sentence of text.
type ruleCase struct {
	name    string
	author  string
	text    string
	parties string // "+"-joined, sorted; "" to skip the check
	speaker string // "" to skip, "-" for none
	kind    storage.Kind
	reason  string // a substring of one of the reasons
}

func runRuleCases(t *testing.T, cases []ruleCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := NewProposer().Propose(context.Background(), Document{Text: c.text}, c.author, nil)
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Proposals) == 0 {
				t.Fatal("no proposals")
			}
			checkProposal(t, d.Proposals[len(d.Proposals)-1], c)
		})
	}
}

func checkProposal(t *testing.T, pr Proposal, c ruleCase) {
	t.Helper()
	ps := append([]string(nil), pr.Parties...)
	sort.Strings(ps)
	why := strings.Join(pr.Reasons, "; ")
	if c.parties != "" && strings.Join(ps, "+") != c.parties {
		t.Errorf("parties %v, want %s (%s)", ps, c.parties, why)
	}
	sp := "-"
	if pr.Speaker != nil {
		sp = pr.Speaker.Name
	}
	if c.speaker != "" && sp != c.speaker {
		t.Errorf("speaker %q, want %q (%s)", sp, c.speaker, why)
	}
	if c.kind != "" && pr.Kind != c.kind {
		t.Errorf("kind %s, want %s (%s)", pr.Kind, c.kind, why)
	}
	if c.reason != "" && !strings.Contains(why, c.reason) {
		t.Errorf("reasons %q lack %q", why, c.reason)
	}
}

func TestPartyRules(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "Name", text: "The European Union stressed its position.", parties: "European Union", reason: "in subject position"},
		{name: "ShortName", text: "The EU stressed its position.", parties: "European Union"},
		{name: "DottedShortName", text: "The U.S. rejected the claim.", parties: "United States"},
		{name: "LowercaseUsIsNoParty", author: "China", text: "He told us nothing new.", parties: "China"},
		{name: "Demonym", text: "Chinese representatives presented their views.", parties: "China"},
		{name: "Side", text: "The Chinese side urged restraint.", parties: "China"},
		{name: "Capital", text: "Beijing rejected the report.", parties: "China"},
		{name: "CapitalAsPlaceIsNoSubject", text: "In Brussels, China raised concerns.", parties: "China"},
		{name: "PlaceApposition", text: "The dialogue took place in Chongqing, China, on Monday.", author: "European Union", parties: "European Union"},
		{name: "Ministry", text: "The Chinese Foreign Ministry protested.", parties: "China"},
		{name: "PossessiveInName", text: "The People's Republic of China rejected it.", parties: "China"},
		{name: "ObjectIsNoSubject", text: "China urged the EU to act.", parties: "China"},
		{name: "PossessorOfKindNoun", text: "The talks included China's objections to the report.", parties: "China", kind: storage.KindObjection},
		{name: "PossessorOfPersonIsNoSubject", author: "China", text: "The EU diplomats' visits gave them a better understanding.", parties: "China"},
		{name: "CompoundIsJoint", text: "The previous China-EU dialogue was held in Brussels.", parties: "China+European Union", reason: "both sides together"},
		{name: "Coordination", text: "The EU and Japan expressed concern.", parties: "European Union+Japan"},
		{name: "BothParties", text: "China met the EU. Both parties agreed to meet again.", parties: "China+European Union", kind: storage.KindAgreement},
		{name: "TheMinistersAreJoint", author: "US", text: "Blinken met India's ministers. The Ministers reaffirmed their commitment to an open Indo-Pacific.", parties: "India+United States"},
		{name: "TheThreeMinistersAreThree", author: "Japan", text: "The foreign ministers of Japan, China and South Korea met in Seoul. China urged restraint. South Korea agreed. The three ministers agreed to hold a summit.", parties: "China+Japan+South Korea", kind: storage.KindAgreement},
		{name: "TheTwoSides", text: "China met the EU. The two sides exchanged views.", parties: "China+European Union"},
		{name: "TheyCarriesOver", text: "China and the EU met. They discussed trade.", parties: "China+European Union", reason: "carried over"},
		{name: "UnnamedOfficialIsAuthor", author: "UN", text: "The Secretary-General thanked the President for the support of Türkiye.", parties: "United Nations", speaker: "-"},
		{name: "UnnamedOfficialOfOtherSideNamedBefore", author: "UN", text: "The Secretary-General met H.E. Mr. Recep Tayyip Erdoğan, President of Türkiye. The President expressed concern.", parties: "Turkey", speaker: "Recep Tayyip Erdoğan", kind: storage.KindConcern},
		{name: "WeIsAuthor", author: "EU", text: "We call on China to act.", parties: "European Union"},
		{name: "AuthorFallback", author: "China", text: "Experts believe such exchanges help.", parties: "China", reason: "source's author"},
		{name: "ChineseName", text: "中方表示坚决反对。", parties: "China", kind: storage.KindObjection},
		{name: "ChineseJoint", text: "中方会见欧方。双方同意继续对话。", parties: "China+European Union", kind: storage.KindAgreement},
		{name: "ChinesePrepositionalObject", text: "中方敦促欧方停止干涉。", parties: "China", kind: storage.KindDemand},
	})
}

func TestSpeakerRules(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "TitleBeforeName", text: "Chinese Assistant Foreign Minister Miao Deyu met the EU envoy.", speaker: "Miao Deyu", parties: "China", reason: "title before the name"},
		{name: "SurnameRefersBack", text: "Chinese Assistant Foreign Minister Miao Deyu met the envoy. Miao stressed China's view.", speaker: "Miao Deyu", parties: "China"},
		{name: "HeRefersBack", text: "Chinese Assistant Foreign Minister Miao Deyu met the envoy. He urged the EU to act.", speaker: "Miao Deyu", kind: storage.KindDemand},
		{name: "Apposition", text: "Shen Bo, Director-General of the Department of International Organizations of the Chinese Foreign Ministry, spoke. Shen refuted the claims.", speaker: "Shen Bo", parties: "China", kind: storage.KindObjection},
		{name: "Initial", author: "US", text: "Deputy Secretary of State Kurt M. Campbell met Ma Zhaoxu.", speaker: "Kurt M. Campbell", parties: "United States"},
		{name: "NoNationalityIsAuthor", author: "US", text: "Deputy Secretary Kurt Campbell urged restraint.", speaker: "Kurt Campbell", parties: "United States", reason: "no nationality given"},
		{name: "TitleRefersBack", author: "US", text: "Deputy Secretary Kurt Campbell met the minister. The Deputy Secretary proposed talks.", speaker: "Kurt Campbell", kind: storage.KindProposal},
		{name: "TitledSurnameRefersBack", text: "Chinese Foreign Minister Wang Yi met Borrell. Foreign Minister Wang stressed unity.", speaker: "Wang Yi"},
		{name: "EntityInsideTitle", author: "China", text: "Wang Yi met EU High Representative for Foreign Affairs and Vice-President of the European Commission Josep Borrell. Borrell said the EU seeks no decoupling.", speaker: "Josep Borrell", parties: "European Union"},
		{name: "NameAfterTitleAndComma", author: "India", text: "Modi met Prime Minister of Japan, H.E. Mr. Shigeru Ishiba, in Tokyo. Prime Minister Ishiba expressed Japan's intention to invest.", speaker: "Shigeru Ishiba", parties: "Japan", reason: "refers to Shigeru Ishiba"},
		{name: "DemonymTitleCommaName", author: "Germany", text: "Baerbock received the Indian External Affairs Minister, Dr. S. Jaishankar, in Berlin. Minister Jaishankar welcomed the offer.", speaker: "S. Jaishankar", parties: "India"},
		{name: "TwoTitledNamesJoinedByAnd", author: "US", text: "Secretary of State Antony J. Blinken and Secretary of Defense Lloyd Austin hosted the ministers.", speaker: "Antony J. Blinken", parties: "United States"},
		{name: "FederalTitleRefersBack", author: "Germany", text: "Federal Foreign Minister Annalena Baerbock met Jaishankar. The Federal Foreign Minister underlined that Germany and India are partners.", speaker: "Annalena Baerbock", parties: "Germany", kind: storage.KindPosition},
		{name: "SurnameInCapitalsRefersBack", author: "Japan", text: "On July 11, Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, met Wang Yi. Minister Iwaya expressed serious concerns.", speaker: "IWAYA Takeshi", parties: "Japan", kind: storage.KindConcern},
		{name: "HonorificsAfterPreposition", author: "UN", text: "The Secretary-General met today with H.E. Mr. Recep Tayyip Erdoğan, President of the Republic of Türkiye, in New York.", parties: "United Nations"},
		{name: "SideLedBy", author: "Japan", text: "The Japanese side was chaired by Mr. KAMIKAWA Yoko, Minister for Foreign Affairs, and the Chinese side by H.E. Mr. Wang Yi, Minister of Foreign Affairs. Minister Wang Yi opposed the politicization of trade.", speaker: "Wang Yi", parties: "China", kind: storage.KindObjection},
		{name: "HyphenatedGivenName", author: "South Korea", text: "Minister of Foreign Affairs Cho Tae-yul met the envoy. Minister Cho expressed appreciation.", speaker: "Cho Tae-yul", parties: "South Korea"},
		{name: "HyphenatedNameAfterLongTitle", author: "South Korea", text: "Cho met French Minister for Europe and Foreign Affairs Jean-Noël Barrot in Seoul. Minister Barrot said that France stands with Korea.", speaker: "Jean-Noël Barrot", parties: "France"},
		{name: "PrepositionalSpeakerIsNoSubject", author: "China", text: "The dialogue was co-chaired by Shen Bo, Director-General of the Chinese Foreign Ministry, and Pampaloni.", speaker: "-"},
	})
}

func TestHonorificIsNoPartOfRole(t *testing.T) {
	d, err := NewProposer().Propose(context.Background(), Document{Text: "Prime Minister Shri Narendra Modi held talks with Prime Minister of Japan, H.E. Mr. Shigeru Ishiba, in Tokyo."}, "India", nil)
	if err != nil {
		t.Fatal(err)
	}
	if sp := d.Proposals[0].Speaker; sp == nil || sp.Name != "Narendra Modi" || sp.Role != "Prime Minister" {
		t.Fatalf("speaker %+v", sp)
	}
}

func TestSpeakerRoleAndParty(t *testing.T) {
	d, err := NewProposer().Propose(context.Background(), Document{Text: "On June 17, Chinese Assistant Foreign Minister Miao Deyu met Paola Pampaloni, Deputy Director General for Asia and the Pacific of the European External Action Service (EEAS) in Beijing. Pampaloni raised concerns."}, "China", nil)
	if err != nil {
		t.Fatal(err)
	}
	miao := d.Proposals[0].Speaker
	if miao == nil || miao.Name != "Miao Deyu" || miao.Role != "Assistant Foreign Minister" || miao.Party != "China" {
		t.Fatalf("speaker %+v", miao)
	}
	p := d.Proposals[1].Speaker
	if p == nil || p.Name != "Paola Pampaloni" || p.Role != "Deputy Director General for Asia and the Pacific" || p.Party != "European Union" {
		t.Fatalf("speaker %+v", p)
	}
}

func TestKindRules(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "ConcernRaised", text: "The EU raised concerns about Xinjiang.", kind: storage.KindConcern},
		{name: "ConcernExpressedDeep", text: "The EU expressed deep concern about detentions.", kind: storage.KindConcern},
		{name: "ConcernRaisedCases", text: "The EU also raised a number of individual cases.", kind: storage.KindConcern},
		{name: "ConcernAdjective", text: "The EU is concerned about the trial.", kind: storage.KindConcern},
		{name: "DemandUrged", text: "China urged the EU to stop.", kind: storage.KindDemand},
		{name: "DemandCalledOn", text: "The EU called on China to release them.", kind: storage.KindDemand},
		{name: "DemandAsked", text: "The EU asked China to allow access.", kind: storage.KindDemand},
		{name: "DemandHope", text: "China hopes the EU will change course.", kind: storage.KindDemand},
		{name: "DemandReiteratedCall", text: "The EU reiterated its call on China to act.", kind: storage.KindDemand},
		{name: "ObjectionRefuted", text: "China refuted the accusations.", kind: storage.KindObjection},
		{name: "ObjectionRejected", text: "China rejected the report.", kind: storage.KindObjection},
		{name: "ObjectionOpposes", text: "China firmly opposes interference.", kind: storage.KindObjection},
		{name: "ObjectionProtested", text: "China protested strongly.", kind: storage.KindObjection},
		{name: "ObjectionCarriedByWeakVerb", text: "China stressed its opposition to sanctions.", kind: storage.KindObjection, reason: "stressed … opposition"},
		{name: "PositionStressed", text: "China stressed that dialogue matters.", kind: storage.KindPosition},
		{name: "PositionEmphasised", text: "The EU emphasised the universality of rights.", kind: storage.KindPosition},
		{name: "PositionReiterated", text: "China reiterated its stance.", kind: storage.KindPosition},
		{name: "PositionStated", text: "The EU stated its view.", kind: storage.KindPosition},
		{name: "ProposalProposed", text: "The EU proposed a visit to Xinjiang.", kind: storage.KindProposal},
		{name: "ProposalSuggested", text: "China suggested a new working group.", kind: storage.KindProposal},
		{name: "ProposalPutForward", text: "China put forward a four-point plan.", kind: storage.KindProposal},
		{name: "CommitmentPledged", text: "The EU pledged support.", kind: storage.KindCommitment},
		{name: "CommitmentCommitted", text: "China committed to further talks.", kind: storage.KindCommitment},
		{name: "CommitmentWill", text: "The EU will continue to follow the situation.", kind: storage.KindCommitment},
		{name: "CommitmentReady", text: "The Chinese side is willing to work with the EU.", kind: storage.KindCommitment},
		{name: "AgreementAgreed", text: "China met the EU. Both sides agreed to meet in 2025.", kind: storage.KindAgreement},
		{name: "AgreementBothWelcomed", text: "China met the EU. Both sides welcomed the progress.", kind: storage.KindAgreement, reason: "both sides"},
		{name: "AccountMet", text: "Chinese Foreign Minister Wang Yi met the EU envoy in Beijing.", kind: storage.KindAccount},
		{name: "AccountHeld", text: "The dialogue was held in Brussels in 2023.", kind: storage.KindAccount},
		{name: "AccountTookPlace", text: "The 39th dialogue took place in Chongqing.", kind: storage.KindAccount},
		{name: "AccountNoVerb", text: "The delegation comprised ten officials.", kind: storage.KindAccount, reason: "no reporting verb"},
		{name: "ChineseConcern", text: "欧方表达关切。", kind: storage.KindConcern},
		{name: "ChineseProposal", text: "中方提议举行下一轮对话。", kind: storage.KindProposal},
		{name: "ChinesePosition", text: "中方强调，人权不应政治化。", kind: storage.KindPosition},
	})
}

func TestSkipRules(t *testing.T) {
	d, err := NewProposer().Propose(context.Background(), Document{Text: "A Heading In Title Case\nThe below is attributable to the Spokesperson:\nThe EU spoke."}, "EU", nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Proposals) != 3 || !d.Proposals[0].Skip || !d.Proposals[1].Skip || d.Proposals[2].Skip {
		t.Fatalf("skips wrong: %+v", d.Proposals)
	}
	d, err = NewProposer().Propose(context.Background(), Document{Text: "Japan spoke.\n\n11/29/26, 5:15 PM\n\nfile:///home/a/readout.html\n\n1 / 3\n\nChina agreed."}, "Japan", nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Proposals) != 5 || d.Proposals[0].Skip || !d.Proposals[1].Skip || !d.Proposals[2].Skip || !d.Proposals[3].Skip || d.Proposals[4].Skip {
		t.Fatalf("a browser's print header and footer are not skipped: %+v", d.Proposals)
	}
	d, err = NewProposer().Propose(context.Background(), Document{Text: "The overview is as follows. Japan stated its view."}, "Japan", nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Proposals) != 2 || !d.Proposals[0].Skip || d.Proposals[1].Skip {
		t.Fatalf("a lead-in ending \"as follows.\" is not skipped: %+v", d.Proposals)
	}
	d, err = NewProposer().Propose(context.Background(), Document{Text: "Press remarks by High Representative Josep Borrell\n\nCheck against delivery!\n\nGood afternoon everybody.\n\nGood afternoon, it has been a long Council."}, "EU", nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Proposals) != 4 || !d.Proposals[1].Skip || !d.Proposals[2].Skip || d.Proposals[3].Skip {
		t.Fatalf("a delivery note and a bare greeting are not skipped, or a greeting that goes on is: %+v", d.Proposals)
	}
}

func TestReportedBy(t *testing.T) {
	t.Run("FromAuthorAlias", func(t *testing.T) {
		d, _ := NewProposer().Propose(context.Background(), Document{Text: "China rejected it."}, "EEAS", nil)
		if d.Author != "European Union" || d.Proposals[0].ReportedBy != "European Union" {
			t.Fatalf("author %q, reported by %q", d.Author, d.Proposals[0].ReportedBy)
		}
	})
	t.Run("FromPublisher", func(t *testing.T) {
		d, _ := NewProposer().Propose(context.Background(), Document{Text: "China rejected it.", Publisher: "U.S. Department of State"}, "", nil)
		if d.Author != "United States" {
			t.Fatalf("author %q", d.Author)
		}
	})
	t.Run("UnknownAuthorIsNewParty", func(t *testing.T) {
		d, _ := NewProposer().Propose(context.Background(), Document{Text: "We spoke."}, "Atlantis", nil)
		if d.Author != "Atlantis" || d.Proposals[0].Parties[0] != "Atlantis" {
			t.Fatalf("author %q parties %v", d.Author, d.Proposals[0].Parties)
		}
	})
}

func TestSplitMergeKeepEdits(t *testing.T) {
	ctx := context.Background()
	p := NewProposer()
	d, err := p.Propose(ctx, Document{Text: "The EU raised concerns. China rejected them and the EU urged China to act."}, "EU", nil)
	if err != nil {
		t.Fatal(err)
	}
	d.Proposals[0].Kind, d.Proposals[0].Edited = storage.KindPosition, true
	at := d.Proposals[1].Start + len([]rune("China rejected them and"))
	if err := p.Split(ctx, d, 1, at); err != nil {
		t.Fatal(err)
	}
	if len(d.Proposals) != 3 || d.Proposals[0].Kind != storage.KindPosition || d.Proposals[2].Text != "the EU urged China to act." {
		t.Fatalf("after split: %+v", d.Proposals)
	}
	if d.Proposals[2].Kind != storage.KindDemand || d.Proposals[2].Parties[0] != "European Union" {
		t.Fatalf("the new half was not proposed afresh: %+v", d.Proposals[2])
	}
	if err := p.Merge(ctx, d, 1); err != nil {
		t.Fatal(err)
	}
	if len(d.Proposals) != 2 || d.Proposals[0].Kind != storage.KindPosition {
		t.Fatalf("after merge: %+v", d.Proposals)
	}
	if err := p.Merge(ctx, d, 1); err == nil {
		t.Fatal("merging the last proposal was accepted")
	}
}

func TestNewcomers(t *testing.T) {
	p := NewProposer()
	p.Gaz.AddParties([]storage.Party{{ID: 1, Name: "EU"}})
	d, _ := p.Propose(context.Background(), Document{Text: "Chinese Foreign Minister Wang Yi met the EU envoy. The EU raised concerns."}, "EU", nil)
	parties, speakers := d.Newcomers(p.Gaz, true)
	if len(parties) != 1 || parties[0] != "China" || len(speakers) != 1 || speakers[0] != "Wang Yi" {
		t.Fatalf("newcomers %v %v", parties, speakers)
	}
}

func TestChineseSpeakers(t *testing.T) {
	text := "5月6日，外交部长王毅在北京同美国国务卿布林肯举行会谈。王毅强调，台湾问题是中国核心利益中的核心。布林肯表示，美方不寻求新冷战。李强说，中方愿同各方合作。"
	d, err := NewProposer().Propose(context.Background(), Document{Text: text}, "China", nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct{ speaker, role, party, parties string }{
		{"王毅", "外交部长", "China", "China"}, // no nationality given: the author's
		{"王毅", "外交部长", "China", "China"},
		{"布林肯", "国务卿", "United States", "United States"},
		{"李强", "", "China", "China"},
	}
	for i, w := range want {
		pr := d.Proposals[i]
		sp := pr.Speaker
		if sp == nil || sp.Name != w.speaker || sp.Role != w.role || sp.Party != w.party || strings.Join(pr.Parties, "+") != w.parties {
			t.Errorf("%q: speaker %+v, parties %v; want %+v", pr.Text, sp, pr.Parties, w)
		}
	}
	if d.Proposals[1].Kind != storage.KindPosition {
		t.Errorf("%q: kind %s, want position (强调 before the party it speaks of)", d.Proposals[1].Text, d.Proposals[1].Kind)
	}
}
