// Command parley is a desktop tool for comparing what each side of a
// diplomatic dialogue says. Without a sub-command it opens the window; with
// one (parley help lists them) it works headless.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"

	fyneapp "fyne.io/fyne/v2/app"

	"parley/app"
	"parley/app/cli"
	"parley/app/inert"
)

func main() {
	args := os.Args[1:]
	if len(args) > 0 && cli.Has(args[0]) {
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
		code := cli.Run(ctx, &cli.Env{Stdout: os.Stdout, Stderr: os.Stderr}, args)
		stop()
		os.Exit(code)
	}
	path, err := cli.WindowArgs(args)
	if err != nil {
		fmt.Fprintln(os.Stderr, "parley:", inert.Line(err.Error()))
		var ue *cli.UsageError
		if errors.As(err, &ue) {
			os.Exit(2)
		}
		os.Exit(1)
	}
	if cli.DisplayMissing() {
		fmt.Fprintln(os.Stderr, "parley: no display to open the window on (DISPLAY is not set); the sub-commands work without one: parley help")
		os.Exit(1)
	}
	if _, err := app.PrepareCacheDir(app.ID); err != nil {
		// Not fatal: Fyne runs without its cache (it only saves icons there).
		fmt.Fprintln(os.Stderr, "parley:", inert.Line(err.Error()))
	}
	os.Exit(app.Run(fyneapp.NewWithID(app.ID), path, primaryScreen))
}
