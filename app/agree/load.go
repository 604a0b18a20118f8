package agree

import (
	"context"
	"fmt"
	"path/filepath"

	"parley/storage"
)

// Projects compares the codings of two projects, named by their file
// names in the report.
func Projects(ctx context.Context, a, b *storage.Store) (Report, error) {
	if sameFile(a.Path(), b.Path()) {
		return Report{}, fmt.Errorf("%s is the same project twice; choose the project of the other coder", filepath.Base(a.Path()))
	}
	ca, err := a.CodedSpans(ctx)
	if err != nil {
		return Report{}, err
	}
	cb, err := b.CodedSpans(ctx)
	if err != nil {
		return Report{}, err
	}
	r := Compare(filepath.Base(a.Path()), filepath.Base(b.Path()), ca, cb)
	if r.SharedSources == 0 {
		return r, fmt.Errorf("%s and %s share no source: import the same readout into both (its text identifies it), code it in each, then compare", r.A, r.B)
	}
	return r, nil
}

func sameFile(a, b string) bool {
	x, errA := filepath.Abs(a)
	y, errB := filepath.Abs(b)
	return errA == nil && errB == nil && filepath.Clean(x) == filepath.Clean(y)
}
