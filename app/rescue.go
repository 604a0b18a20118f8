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
				var parts []string
				if len(res.Left) > 0 {
					parts = append(parts, "The new project holds everything else. Not rescued:\n\n• "+strings.Join(res.Left, "\n• "))
				}
				if len(res.Mended) > 0 {
					parts = append(parts, "Brought over with a stand-in for a value that was none:\n\n• "+strings.Join(res.Mended, "\n• "))
				}
				if known != "" {
					parts = append(parts, known)
				}
				title := "Rescued"
				if len(res.Left) > 0 {
					title = "Some data could not be rescued"
				}
				if len(parts) > 0 {
					showModal(ws.win, dialog.NewCustom(title, "OK", wrapped(strings.Join(parts, "\n\n"), 460), ws.win))
				}
			})
		})
	})
}
