package storage_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/storage"
	"parley/storage/hostiletest"
)

// baseProject makes a small closed project with a bit of everything:
// statements with parties and tags, a note, an assessment, a source.
func baseProject(t *testing.T) string {
	t.Helper()
	ctx := context.Background()
	p := filepath.Join(t.TempDir(), "base"+storage.Extension)
	s, err := storage.Create(p)
	must(t, err)
	d := storage.Dialogue{Title: "39th China-EU Human Rights Dialogue", Round: 39}
	must(t, s.CreateDialogue(ctx, &d))
	cn, eu := storage.Party{Name: "China", Color: "#de2910"}, storage.Party{Name: "EU", Color: "#003399"}
	must(t, s.CreateParty(ctx, &cn))
	must(t, s.CreateParty(ctx, &eu))
	topic := storage.Topic{Name: "Xinjiang"}
	must(t, s.CreateTopic(ctx, &topic))
	tag := storage.Tag{Name: "non-interference"}
	must(t, s.CreateTag(ctx, &tag))
	src := storage.Source{Title: "EU readout", Text: "The EU objected to arbitrary detention.", DialogueID: &d.ID, AuthorPartyID: &eu.ID}
	must(t, s.CreateSource(ctx, &src))
	st := storage.StatementInput{Statement: storage.Statement{DialogueID: d.ID, TopicID: &topic.ID, Kind: storage.KindObjection,
		Text: "The EU objected to arbitrary detention.", SourceID: &src.ID, End: 39}, PartyIDs: []int64{eu.ID}, TagIDs: []int64{tag.ID}}
	must(t, s.CreateStatement(ctx, &st))
	must(t, s.CreateNote(ctx, &storage.Note{StatementID: &st.ID, Body: "Compare with the 38th round."}))
	must(t, s.SetAssessment(ctx, &storage.Assessment{DialogueID: d.ID, TopicID: topic.ID, Verdict: storage.VerdictDivergent}))
	must(t, s.Close())
	return p
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// TestHostileProjectsRefusedUntouched opens every file of the corpus for
// writing and for reading: each is refused with its own message, and not a
// byte of it or beside it changes (no -wal, -shm or .lock appears).
func TestHostileProjectsRefusedUntouched(t *testing.T) {
	base := baseProject(t)
	for _, c := range hostiletest.Cases() {
		t.Run(c.Name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "mailed"+storage.Extension)
			must(t, hostiletest.Make(base, p, c))
			before, err := hostiletest.Sums(p)
			must(t, err)
			if c.InWAL && (before["-wal"] == "absent" || before["-shm"] != "absent") {
				t.Fatalf("the changes are not in a lone log: %v", before)
			}
			var refusal error
			for _, o := range []storage.Options{{}, {ReadOnly: true}} {
				s, err := storage.OpenWith(p, o)
				refusal = err
				if err == nil {
					s.Close()
					t.Fatalf("opened with %+v", o)
				}
				if storage.CodeOf(err) != c.Code || !strings.Contains(err.Error(), c.Says) {
					t.Fatalf("with %+v: code %d, %q; want code %d saying %q", o, storage.CodeOf(err), err, c.Code, c.Says)
				}
				after, err := hostiletest.Sums(p)
				must(t, err)
				for k, v := range before {
					if after[k] != v {
						t.Fatalf("with %+v: %q changed: %s → %s", o, "mailed.parley"+k, v, after[k])
					}
				}
			}
			t.Logf("%v", refusal)
		})
	}
}

// TestSymlinkSharesLock opens a project through a symbolic link: the
// project itself is then locked, and no lock is named after the link.
func TestSymlinkSharesLock(t *testing.T) {
	p := baseProject(t)
	link := filepath.Join(t.TempDir(), "link"+storage.Extension)
	must(t, os.Symlink(p, link))
	s, err := storage.Open(link)
	must(t, err)
	defer s.Close()
	if _, err := storage.Open(p); storage.CodeOf(err) != storage.CodeLocked {
		t.Fatalf("the target opened beside its link: %v", err)
	}
	link2 := filepath.Join(t.TempDir(), "other"+storage.Extension)
	must(t, os.Symlink(link, link2))
	if _, err := storage.Open(link2); storage.CodeOf(err) != storage.CodeLocked {
		t.Fatalf("a link to the link opened: %v", err)
	}
	if _, err := os.Stat(link + ".lock"); !os.IsNotExist(err) {
		t.Fatalf("a lock named after the link: %v", err)
	}
}
