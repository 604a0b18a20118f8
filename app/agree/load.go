package agree

import (
	"context"
	"path/filepath"
	"strings"

	"parley/storage"
)

// Projects compares the codings of two projects, named by their file
// names in the report.
func Projects(ctx context.Context, a, b *storage.Store) (Report, error) {
	if sameFile(a.Path(), b.Path()) {
		return Report{}, storage.NamedErrorf("%s is the same project twice; choose the project of the other coder", filepath.Base(a.Path()))
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
		return r, storage.NamedErrorf("%s and %s share no source: import the same readout into both (its text identifies it), code it in each, then compare", r.A, r.B)
	}
	return r, nil
}

func sameFile(a, b string) bool {
	x, errA := filepath.Abs(a)
	y, errB := filepath.Abs(b)
	return errA == nil && errB == nil && filepath.Clean(x) == filepath.Clean(y)
}

// Authors compares the codings of two analysts in one project (a team
// project where both coded the same sources): each one's statements are
// those they made.
func Authors(ctx context.Context, st *storage.Store, a, b string) (Report, error) {
	if strings.EqualFold(strings.TrimSpace(a), strings.TrimSpace(b)) {
		return Report{}, storage.NamedErrorf("%s is the same coder twice; choose two analysts", a)
	}
	all, err := st.CodedSpans(ctx)
	if err != nil {
		return Report{}, err
	}
	var ca, cb []storage.CodedSpan
	for _, c := range all {
		switch c.Author {
		case a:
			ca = append(ca, c)
		case b:
			cb = append(cb, c)
		}
	}
	for _, who := range []struct {
		name string
		n    int
	}{{a, len(ca)}, {b, len(cb)}} {
		if who.n == 0 {
			return Report{}, storage.NamedErrorf("%s coded no statement of a source in %s", who.name, filepath.Base(st.Path()))
		}
	}
	r := Compare(a, b, ca, cb)
	if r.SharedSources == 0 {
		return r, storage.NamedErrorf("%s and %s coded no source in common: each must code the same readout for their agreement to be measured", a, b)
	}
	return r, nil
}
