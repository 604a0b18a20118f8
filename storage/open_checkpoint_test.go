package storage

import (
	"context"
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"
)

// TestOpenAfterCheckpointCutShort: a crash in the middle of a checkpoint
// leaves a file whose header already counts pages it does not have yet,
// beside a log that holds them. Such a project opens with every edit;
// without the log the same file is refused as truncated.
func TestOpenAfterCheckpointCutShort(t *testing.T) {
	fileOnly(t, "OpenAfterCheckpointCutShort")
	f := mustFixture(t)
	ctx := context.Background()
	in := StatementInput{Statement: Statement{DialogueID: f.d.ID, Text: "Committed just before the crash."}}
	noErr(t, f.s.CreateStatement(ctx, &in))

	dir := t.TempDir()
	crashed := filepath.Join(dir, "crashed"+Extension)
	for _, suffix := range []string{"", "-wal"} {
		b, err := os.ReadFile(f.s.Path() + suffix)
		noErr(t, err)
		if suffix == "-wal" && len(b) == 0 {
			t.Fatal("the fixture's edits are not in the log; the test needs them there")
		}
		noErr(t, os.WriteFile(crashed+suffix, b, 0o644))
	}
	head := make([]byte, 100)
	fh, err := os.OpenFile(crashed, os.O_RDWR, 0)
	noErr(t, err)
	_, err = fh.ReadAt(head, 0)
	noErr(t, err)
	pages := binary.BigEndian.Uint32(head[28:32])
	binary.BigEndian.PutUint32(head[28:32], pages+64) // the count the checkpoint was about to reach
	copy(head[92:96], head[24:28])                    // and valid, as SQLite writes it
	_, err = fh.WriteAt(head, 0)
	noErr(t, err)
	noErr(t, fh.Close())

	// The same file without its log is refused (copied before the open
	// below puts the log's pages back into it).
	lone := filepath.Join(dir, "lone"+Extension)
	b, err := os.ReadFile(crashed)
	noErr(t, err)
	noErr(t, os.WriteFile(lone, b, 0o644))
	if _, err := Open(lone); CodeOf(err) != CodeCorrupt {
		t.Errorf("a short file without its log: %v, want CodeCorrupt", err)
	}

	s, err := Open(crashed)
	if err != nil {
		t.Fatalf("open after a checkpoint cut short: %v", err)
	}
	if _, err := s.Statement(ctx, in.ID); err != nil {
		t.Errorf("the last committed statement is gone: %v", err)
	}
	noErr(t, s.Close())

}
