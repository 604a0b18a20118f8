package storage

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestCrash kills a child that writes statements, tags and notes with
// SIGKILL at random moments; after each kill the project must open, pass
// the integrity checks (SQLite's and the search index's) and hold every
// edit the child reported as committed. PARLEY_CRASH_KILLS sets the number
// of kills (default 200, 20 with -short). The test logs the seed of its
// kill delays; PARLEY_CRASH_SEED=n runs the same delays again (the kills
// still land where the scheduler puts the child, so a replay comes close
// to the failed run rather than repeating it exactly).
func TestCrash(t *testing.T) {
	kills := 200
	if testing.Short() {
		kills = 20
	}
	if v := os.Getenv("PARLEY_CRASH_KILLS"); v != "" {
		n, err := strconv.Atoi(v)
		noErr(t, err)
		kills = n
	}
	p := closedProject(t)
	acked := map[string]map[int64]bool{"S": {}, "T": {}, "N": {}}
	seed := uint64(time.Now().UnixNano())
	if v := os.Getenv("PARLEY_CRASH_SEED"); v != "" {
		n, err := strconv.ParseUint(v, 10, 64)
		noErr(t, err)
		seed = n
	}
	t.Logf("kill delays from seed %d (replay: PARLEY_CRASH_SEED=%d go test -run TestCrash ./storage)", seed, seed)
	rnd := rand.New(rand.NewPCG(seed, 1))
	total := 0
	for k := range kills {
		lines := killChildAfter(t, p, time.Duration(5+rnd.IntN(80))*time.Millisecond)
		for _, l := range lines {
			kind, id, ok := strings.Cut(l, " ")
			n, err := strconv.ParseInt(id, 10, 64)
			if !ok || acked[kind] == nil || err != nil {
				t.Fatalf("kill %d: child said %q", k, l)
			}
			acked[kind][n] = true
			total++
		}
		verifyAfterCrash(t, p, k, acked)
	}
	t.Logf("%d kills, %d acknowledged edits, none lost", kills, total)
	if total == 0 {
		t.Fatal("the child never committed anything; the test proves nothing")
	}
}

// killChildAfter starts a writer child, kills it d after it is ready and
// returns every line it printed.
func killChildAfter(t *testing.T, path string, d time.Duration) []string {
	t.Helper()
	cmd, out := startChild(t, "crash", path, nil)
	if got := readLine(t, out); got != "ready" {
		t.Fatalf("child: %q", got)
	}
	done := make(chan []string)
	go func() {
		var lines []string
		for {
			l, err := out.ReadString('\n')
			if err != nil { // a line cut by the kill was not acknowledged
				done <- lines
				return
			}
			lines = append(lines, strings.TrimSpace(l))
		}
	}()
	time.Sleep(d)
	noErr(t, cmd.Process.Signal(syscall.SIGKILL))
	lines := <-done
	cmd.Wait()
	return lines
}

func verifyAfterCrash(t *testing.T, path string, k int, acked map[string]map[int64]bool) {
	t.Helper()
	s, err := Open(path)
	if err != nil {
		t.Fatalf("kill %d: open: %v", k, err)
	}
	defer s.Close()
	ctx := context.Background()
	res, err := s.IntegrityCheck(ctx)
	if err != nil || res != "ok" {
		t.Fatalf("kill %d: integrity %q %v", k, res, err)
	}
	for kind, table := range map[string]string{"S": "statements", "T": "tags", "N": "notes"} {
		var ids []int64
		noErr(t, s.read(ctx).Table(table).Pluck("id", &ids).Error)
		have := make(map[int64]bool, len(ids))
		for _, id := range ids {
			have[id] = true
		}
		for id := range acked[kind] {
			if !have[id] {
				t.Fatalf("kill %d: %s %d was acknowledged but is gone", k, table, id)
			}
		}
	}
}

// childCrash writes edits until it is killed, printing "S id", "T id" and
// "N id" after each statement, tag and note is committed.
func childCrash(path string) error {
	s, err := Open(path)
	if err != nil {
		return err
	}
	ctx := context.Background()
	ds, err := s.Dialogues(ctx)
	if err != nil || len(ds) == 0 {
		return fmt.Errorf("no dialogue: %v", err)
	}
	ps, err := s.Parties(ctx)
	if err != nil {
		return err
	}
	fmt.Println("ready")
	pid := os.Getpid()
	for i := 0; ; i++ {
		in := StatementInput{Statement: Statement{DialogueID: ds[0].ID, Text: fmt.Sprintf("Statement %d of child %d on human rights 人权", i, pid)},
			PartyIDs: []int64{ps[i%len(ps)].ID}}
		if err := s.CreateStatement(ctx, &in); err != nil {
			return err
		}
		fmt.Printf("S %d\n", in.ID)
		if i%3 == 0 {
			tg := Tag{Name: fmt.Sprintf("tag %d-%d", pid, i)}
			if err := s.CreateTag(ctx, &tg); err != nil {
				return err
			}
			fmt.Printf("T %d\n", tg.ID)
			if err := s.TagStatement(ctx, in.ID, tg.ID); err != nil {
				return err
			}
			n := Note{StatementID: &in.ID, Body: fmt.Sprintf("note %d", i)}
			if err := s.CreateNote(ctx, &n); err != nil {
				return err
			}
			fmt.Printf("N %d\n", n.ID)
		}
	}
}
