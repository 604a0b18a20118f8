package cli

import (
	"context"
	"fmt"
	"runtime"

	"parley/app/exchange"
	"parley/storage"
)

// Version is Parley's version, the one place it is written in Go; keep it
// equal to Version in FyneApp.toml's [Details].
const Version = "0.1.0"

func init() {
	Register(&Command{
		Name:    "version",
		Usage:   "",
		Summary: "print Parley's version and the project and export formats it writes",
		Run: func(ctx context.Context, env *Env, args []string) error {
			if len(args) != 0 {
				return Usagef("version takes no arguments")
			}
			fmt.Fprintf(env.Stdout, "parley %s (%s, %s/%s)\n", Version, runtime.Version(), runtime.GOOS, runtime.GOARCH)
			fmt.Fprintf(env.Stdout, "project format %d\n", storage.SchemaVersion)
			fmt.Fprintf(env.Stdout, "JSON export format %s version %d\n", exchange.FormatName, exchange.Version)
			return nil
		},
	})
}
