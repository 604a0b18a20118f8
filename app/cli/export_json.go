package cli

import (
	"context"
	"io"

	"parley/app/exchange"
	"parley/storage"
)

// The JSON export is always the whole project: it is a backup and an
// interchange file that import-json reads back without loss, and a part of
// a project would leave links and notes pointing at what is not there. The
// selection flags of `parley export` are therefore refused for it.
func init() {
	RegisterExporter("json", func(ctx context.Context, s *storage.Store, opts ExportOptions, w io.Writer) error {
		if len(opts.Dialogues)+len(opts.Topics)+len(opts.Parties)+len(opts.Tags) > 0 {
			return Usagef("-format json writes the whole project; -dialogue, -topic, -party and -tag do not apply")
		}
		return exchange.Export(ctx, s, w)
	})
}
