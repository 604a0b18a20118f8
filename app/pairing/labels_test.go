package pairing

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/storage"
)

// labelled is one paired dialogue of testdata: both sides' statements and
// the pairs an analyst drew between them.
type labelled struct {
	name  string
	path  string
	a, b  []Statement
	pairs map[[2]int64]storage.LinkType // Key(a, b) → type
}

var partyIDs = map[string]int64{"EU": 1, "China": 2, "US": 3, "UK": 4, "India": 5, "Japan": 6, "Australia": 7}

// loadLabelled reads testdata/*.pairs (the format is in each file's head).
func loadLabelled(t testing.TB) []labelled {
	return loadLabelledIn(t, "testdata", 6)
}

// loadLabelledIn reads the paired dialogues of dir, at least least of them.
func loadLabelledIn(t testing.TB, dir string, least int) []labelled {
	files, err := filepath.Glob(filepath.Join(dir, "*.pairs"))
	if err != nil || len(files) < least {
		t.Fatalf("paired dialogues in %s: %v (%d files)", dir, err, len(files))
	}
	var out []labelled
	for _, f := range files {
		d, err := readLabelled(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, d)
	}
	return out
}

func readLabelled(path string) (labelled, error) {
	f, err := os.Open(path)
	if err != nil {
		return labelled{}, err
	}
	defer f.Close()
	d := labelled{name: strings.TrimSuffix(filepath.Base(path), ".pairs"), path: path, pairs: map[[2]int64]storage.LinkType{}}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := d.add(strings.Split(line, "\t")); err != nil {
			return d, fmt.Errorf("%s:%d: %w", path, n, err)
		}
	}
	return d, sc.Err()
}

func (d *labelled) add(f []string) error {
	if len(f) != 4 {
		return fmt.Errorf("%d fields, want 4", len(f))
	}
	switch f[0] {
	case "a", "b":
		s := Statement{ID: int64(len(d.a) + len(d.b) + 1), Kind: storage.Kind(f[2]), Text: f[3]}
		for _, p := range strings.Split(f[1], "+") {
			id, ok := partyIDs[p]
			if !ok {
				return fmt.Errorf("unknown party %q", p)
			}
			s.Holders = append(s.Holders, id)
		}
		if f[0] == "a" {
			d.a = append(d.a, s)
		} else {
			d.b = append(d.b, s)
		}
	case "pair":
		x, err := find(d.a, f[1])
		if err != nil {
			return err
		}
		y, err := find(d.b, f[2])
		if err != nil {
			return err
		}
		d.pairs[Key(x, y)] = storage.LinkType(f[3])
	default:
		return fmt.Errorf("unknown line %q", f[0])
	}
	return nil
}

// find resolves the start of a statement's text to its ID; it must be
// unique.
func find(sts []Statement, start string) (int64, error) {
	var id int64
	for _, s := range sts {
		if strings.HasPrefix(s.Text, start) {
			if id != 0 {
				return 0, fmt.Errorf("%q starts two statements", start)
			}
			id = s.ID
		}
	}
	if id == 0 {
		return 0, fmt.Errorf("no statement starts %q", start)
	}
	return id, nil
}
