package report

import (
	"context"
	"fmt"
	"io"

	"parley/storage"
)

// Export loads the selection o from st and writes it to w as an HTML
// report ("html") or a CSV of statements ("csv"), telling progress how far
// it is.
func Export(ctx context.Context, st *storage.Store, format string, o Options, w io.Writer, progress Progress) error {
	if format != "html" && format != "csv" {
		return fmt.Errorf("unknown export format %q (want html or csv)", format)
	}
	if progress == nil {
		progress = func(float64) {}
	}
	d, err := load(ctx, st, o, progress, format == "csv")
	if err != nil {
		return err
	}
	switch format {
	case "csv":
		err = WriteCSV(w, d)
	case "html":
		err = WriteHTML(w, Build(d))
	}
	if err == nil {
		progress(1)
	}
	return err
}
