package storage

import (
	"context"
	"reflect"
	"testing"
	"time"
)

// rowsFixture is a small project as rows, with fixed IDs, times and
// revisions.
func rowsFixture() ProjectRows {
	t0 := time.Date(2024, 6, 16, 9, 0, 0, 123456000, time.UTC) // projects keep microseconds
	// Authorship and versions travel with the rows (project format 2).
	r := Revision{Version: 3, CreatedBy: "ana", UpdatedBy: "ben"}
	return ProjectRows{
		Settings:    []Meta{{Key: "colour_scheme", Value: "dark"}},
		Series:      []Series{{ID: 3, Name: "HRD", Revision: r, CreatedAt: t0, UpdatedAt: t0}},
		Dialogues:   []Dialogue{{ID: 5, SeriesID: Ptr(int64(3)), Title: "39th", Round: 39, Revision: r, CreatedAt: t0, UpdatedAt: t0}},
		Parties:     []Party{{ID: 2, Name: "China", Color: "#de2910", Position: 1, Revision: r, CreatedAt: t0, UpdatedAt: t0}, {ID: 9, Name: "EU", Color: "#003399", Position: 2, Revision: r, CreatedAt: t0, UpdatedAt: t0}},
		Speakers:    []Speaker{{ID: 4, Name: "Shen Bo", PartyID: Ptr(int64(2)), Revision: r, CreatedAt: t0, UpdatedAt: t0}},
		Sources:     []Source{{ID: 6, DialogueID: Ptr(int64(5)), Title: "Readout", Format: "text", Text: "中欧人权对话。Both agreed.", ImportedAt: t0, Revision: r, CreatedAt: t0, UpdatedAt: t0}},
		Topics:      []Topic{{ID: 1, ParentID: Ptr(int64(8)), Name: "Xinjiang", Revision: r, CreatedAt: t0, UpdatedAt: t0}, {ID: 8, Name: "Regional", Revision: r, CreatedAt: t0, UpdatedAt: t0}},
		Tags:        []Tag{{ID: 7, Name: "non-interference", Color: "#d35400", Revision: r, CreatedAt: t0, UpdatedAt: t0}},
		Statements:  []StatementInput{{Statement: Statement{ID: 40, DialogueID: 5, TopicID: Ptr(int64(1)), Position: 1, Kind: KindAgreement, Text: "Both agreed.", SourceID: Ptr(int64(6)), Start: 7, End: 19, ReportedByID: Ptr(int64(2)), SpeakerID: Ptr(int64(4)), Revision: r, CreatedAt: t0, UpdatedAt: t0}, PartyIDs: []int64{2, 9}, TagIDs: []int64{7}}, {Statement: Statement{ID: 41, DialogueID: 5, Position: 2, Kind: KindConcern, Text: "x", Revision: r, CreatedAt: t0, UpdatedAt: t0}}},
		Links:       []Link{{ID: 1, FromID: 41, ToID: 40, Type: LinkRespondsTo, Revision: r, CreatedAt: t0, UpdatedAt: t0}},
		Assessments: []Assessment{{ID: 2, DialogueID: 5, TopicID: 1, Verdict: VerdictDivergent, Text: "apart", Revision: r, CreatedAt: t0, UpdatedAt: t0}},
		Notes:       []Note{{ID: 3, LinkID: Ptr(int64(1)), Body: "on a link", Revision: r, CreatedAt: t0, UpdatedAt: t0}, {ID: 4, AssessmentID: Ptr(int64(2)), Body: "on an assessment", Revision: r, CreatedAt: t0, UpdatedAt: t0}},
		Register: Register{
			Cases:            []Case{{ID: 2, Name: "Ilham Tohti", Description: "economist", Revision: r, CreatedAt: t0, UpdatedAt: t0}},
			CaseNames:        []CaseName{{ID: 1, CaseID: 2, Name: "Ilham Toxti", CreatedAt: t0}},
			CaseMentions:     []CaseMention{{CaseID: 2, StatementID: 40, State: MentionManual, CreatedBy: "ana", CreatedAt: t0}},
			PhraseMarks:      []PhraseMark{{ID: 1, Phrase: "internal affairs", State: PhrasePinned, CreatedBy: "ana", CreatedAt: t0, UpdatedAt: t0}},
			CommitmentChecks: []CommitmentCheck{{StatementID: 40, Status: CommitmentKept, FollowUpID: Ptr(int64(41)), Note: "held", Revision: r, CreatedAt: t0, UpdatedAt: t0}},
			Lessons:          []Lesson{{ID: 1, Rule: "speaker_party", Key: "shen bo", Value: "China", Count: 2, CreatedAt: t0, UpdatedAt: t0}},
			EditLog:          []EditLog{{ID: 1, At: t0, Author: "ana", Action: "edit statement", RowTable: "statements", RowID: 40}},
			// Dismissed suggestions travel too (project format 3).
			Dismissals: []Dismissal{{ID: 5, Kind: DismissedPairing, FromID: 41, ToID: 40, Type: LinkContradicts, Revision: r, CreatedAt: t0, UpdatedAt: t0}},
		},
	}
}

func TestWriteRowsReadRows(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	in := rowsFixture()
	if err := s.WriteRows(ctx, &in, nil); err != nil {
		t.Fatal(err)
	}
	got, err := s.ReadRows(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := rowsFixture()
	want.Sources[0].SHA256 = TextHash(want.Sources[0].Text)
	want.Topics = []Topic{want.Topics[0], want.Topics[1]} // by ID
	want.Statements[1].PartyIDs, want.Statements[1].TagIDs = nil, nil
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("read back\n%+v\nwant\n%+v", got, want)
	}
	if hits, err := s.Search(ctx, SearchQuery{Query: "人权"}); err != nil || len(hits) != 1 {
		t.Errorf("search after WriteRows: %v, %v", hits, err)
	}
	if res, err := s.IntegrityCheck(ctx); err != nil || res != "ok" {
		t.Errorf("integrity %q, %v", res, err)
	}
}

func TestWriteRowsErrors(t *testing.T) {
	ctx := context.Background()
	cases := []struct {
		name   string
		change func(r *ProjectRows)
		code   Code
	}{
		{"ErrTopicLoop", func(r *ProjectRows) { r.Topics[1].ParentID = Ptr(int64(1)) }, CodeInvalid},
		{"ErrNoID", func(r *ProjectRows) { r.Tags[0].ID = 0 }, CodeInvalid},
		{"ErrSpan", func(r *ProjectRows) { r.Statements[0].End = 99 }, CodeInvalid},
		{"ErrDanglingParty", func(r *ProjectRows) { r.Statements[1].PartyIDs = []int64{77} }, CodeConflict},
		{"ErrDanglingLink", func(r *ProjectRows) { r.Links[0].ToID = 77 }, CodeConflict},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := mustOpen(t)
			r := rowsFixture()
			c.change(&r)
			err := s.WriteRows(ctx, &r, nil)
			if CodeOf(err) != c.code {
				t.Fatalf("err = %v (code %d), want code %d", err, CodeOf(err), c.code)
			}
			got, err := s.ReadRows(ctx)
			if err != nil || len(got.Parties)+len(got.Statements)+len(got.Topics) != 0 {
				t.Fatalf("a failed WriteRows left rows behind: %+v, %v", got, err)
			}
		})
	}
	t.Run("ErrNotEmpty", func(t *testing.T) {
		s := mustOpen(t)
		if err := s.CreateParty(ctx, &Party{Name: "Someone"}); err != nil {
			t.Fatal(err)
		}
		r := rowsFixture()
		if err := s.WriteRows(ctx, &r, nil); CodeOf(err) != CodeConflict {
			t.Fatalf("err = %v, want a conflict", err)
		}
	})
}
