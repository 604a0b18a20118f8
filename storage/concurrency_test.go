package storage

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"testing"

	"parley/storage/pgtest"
)

// The environment that makes a test binary one analyst of
// TestConcurrentAnalysts (see TestAnalystProcess).
const (
	analystEnv      = "PARLEY_TEST_ANALYST"
	analystAddrEnv  = "PARLEY_TEST_ANALYST_ADDR"
	analystNotesEnv = "PARLEY_TEST_ANALYST_NOTES"
	analystEditsEnv = "PARLEY_TEST_ANALYST_EDITS"
)

// analystReport is what one analyst process did.
type analystReport struct {
	Saved, Refused, Failed int
}

// TestConcurrentAnalysts runs 4 processes of this test binary, each an
// analyst making 1,000 edits (-short: 100) on the same three notes of a
// team project: read a note, append a token of its own, save it with the
// version read; a refusal (EditConflict) is counted and the edit made
// again on a fresh read. Afterwards every saved token is in its note
// exactly once (no update lost, none doubled), no refused one is, each
// note's version counts its saves, and the edit log holds one entry per
// save.
func TestConcurrentAnalysts(t *testing.T) {
	if !pgtest.Postgres() {
		t.Skip("a server's own: several analysts writing at once (a file has one writer)")
	}
	const procs = 4
	edits := 1000
	if testing.Short() {
		edits = 100
	}
	ctx := context.Background()
	f := mustFixture(t)
	var ids []string
	for i := range 3 {
		n := Note{StatementID: &f.cn1.ID, Body: fmt.Sprintf("note %d:", i)}
		noErr(t, f.s.CreateNote(ctx, &n))
		ids = append(ids, strconv.FormatInt(n.ID, 10))
	}
	var logBefore int64
	noErr(t, f.s.read(ctx).Model(&EditLog{}).Count(&logBefore).Error)

	reports := make([]analystReport, procs)
	var wg sync.WaitGroup
	for p := range procs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cmd := exec.Command(os.Args[0], "-test.run=^TestAnalystProcess$", "-test.count=1", "-test.v")
			cmd.Env = append(os.Environ(), analystEnv+"="+strconv.Itoa(p), analystAddrEnv+"="+f.s.path,
				analystNotesEnv+"="+strings.Join(ids, ","), analystEditsEnv+"="+strconv.Itoa(edits))
			var out bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &out
			if err := cmd.Run(); err != nil {
				t.Errorf("analyst %d: %v\n%s", p, err, out.String())
				return
			}
			for _, line := range strings.Split(out.String(), "\n") {
				if j, ok := strings.CutPrefix(line, "REPORT "); ok {
					if err := json.Unmarshal([]byte(j), &reports[p]); err != nil {
						t.Errorf("analyst %d: %v", p, err)
					}
				}
			}
		}()
	}
	wg.Wait()
	if t.Failed() {
		return
	}

	saved, refused := 0, 0
	for p, r := range reports {
		if r.Saved != edits || r.Failed != 0 {
			t.Errorf("analyst %d: %+v, want %d saves and no failures", p, r, edits)
		}
		saved += r.Saved
		refused += r.Refused
	}
	var notes []Note
	noErr(t, f.s.read(ctx).Where("id IN ?", ids).Order("id").Find(&notes).Error)
	var versions int64
	for _, n := range notes {
		versions += n.Version - 1
	}
	for p := range procs {
		for k := range edits {
			tok := fmt.Sprintf("|%d.%d|", p, k)
			if c := strings.Count(notes[k%len(notes)].Body, tok); c != 1 {
				t.Fatalf("the save %s is in its note %d times", tok, c)
			}
		}
	}
	var logAfter int64
	noErr(t, f.s.read(ctx).Model(&EditLog{}).Count(&logAfter).Error)
	if versions != int64(saved) || logAfter-logBefore != int64(saved) {
		t.Errorf("%d saves, but the notes' versions count %d and the edit log %d", saved, versions, logAfter-logBefore)
	}
	t.Logf("%d analysts × %d edits on %d notes: %d saved, 0 lost; %d refusals reported as conflicts and made again",
		procs, edits, len(notes), saved, refused)
}

// TestAnalystProcess is one analyst of TestConcurrentAnalysts, run as a
// process of its own; run alone it does nothing.
func TestAnalystProcess(t *testing.T) {
	who := os.Getenv(analystEnv)
	if who == "" {
		t.Skip("one analyst of TestConcurrentAnalysts, run by it")
	}
	ctx := context.Background()
	s, err := OpenWith(os.Getenv(analystAddrEnv), Options{})
	noErr(t, err)
	defer s.Close()
	var ids []int64
	for _, x := range strings.Split(os.Getenv(analystNotesEnv), ",") {
		id, err := strconv.ParseInt(x, 10, 64)
		noErr(t, err)
		ids = append(ids, id)
	}
	edits, err := strconv.Atoi(os.Getenv(analystEditsEnv))
	noErr(t, err)
	var r analystReport
	for k := 0; k < edits; {
		var n Note
		noErr(t, s.read(ctx).First(&n, ids[k%len(ids)]).Error)
		n.Body += fmt.Sprintf("|%s.%d|", who, k)
		_, err := s.UpdateNote(ctx, &n)
		switch {
		case err == nil:
			r.Saved++
			k++
		case errors.Is(err, ErrEditConflict):
			r.Refused++
		default:
			r.Failed++
			t.Log(err)
			k++
		}
	}
	j, _ := json.Marshal(r)
	fmt.Println("REPORT " + string(j))
}
