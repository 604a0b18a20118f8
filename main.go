// Command parley is a desktop tool for comparing what each side of a
// diplomatic dialogue says. Without a sub-command it opens the window; with
// one (parley help lists them) it works headless.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"

	fyneapp "fyne.io/fyne/v2/app"

	"parley/app"
	"parley/app/cli"
)

func main() {
	args := os.Args[1:]
	if len(args) > 0 && cli.Has(args[0]) {
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
		code := cli.Run(ctx, &cli.Env{Stdout: os.Stdout, Stderr: os.Stderr}, args)
		stop()
		os.Exit(code)
	}
	if len(args) > 1 {
		fmt.Fprintln(os.Stderr, "parley: give at most one project to open (see parley help)")
		os.Exit(2)
	}
	path := ""
	if len(args) == 1 {
		path = args[0]
	}
	os.Exit(app.Run(fyneapp.NewWithID(app.ID), path))
}
