package app

import (
	"context"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2/dialog"

	"parley/app/exchange"
	"parley/storage"
)

// askRescue asks where to put a clean project holding the data of the
// project at from, which was refused because it was changed outside Parley;
// it builds that project, leaving from as it is, and opens it.
func (ws *Workspace) askRescue(from string) {
	name := projectName(from) + " rescued"
	ws.askProjectPathIn(filepath.Dir(from), "Rescue into a new project", "Rescue", name, func(to string) {
		var res storage.Rescue
		ws.background("Rescuing the project's data", func(ctx context.Context) error {
			var err error
			res, err = exchange.Rescue(ctx, from, to, nil)
			return err
		}, func() {
			known := storage.UnknownSummary(res.Rows.Unknown)
			// What was left out is said over the rescued project, once it
			// is on screen.
			ws.openProjectThen(to, func() {
				if len(res.Left) > 0 {
					msg := "The new project holds everything else. Not rescued:\n\n• " + strings.Join(res.Left, "\n• ")
					if known != "" {
						msg += "\n\n" + known
					}
					showModal(ws.win, dialog.NewCustom("Some data could not be rescued", "OK", wrapped(msg, 460), ws.win))
				} else if known != "" {
					showModal(ws.win, dialog.NewCustom("Rescued", "OK", wrapped(known, 460), ws.win))
				}
			})
		})
	})
}
