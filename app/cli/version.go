package cli

import (
	"context"
	"fmt"
	"runtime"

	"parley/app/exchange"
	"parley/assets"
	"parley/storage"
)

func init() {
	Register(&Command{
		Name:    "version",
		Usage:   "",
		Summary: "print Parley's version and the project and export formats it writes",
		Run: func(ctx context.Context, env *Env, args []string) error {
			if len(args) != 0 {
				return Usagef("version takes no arguments")
			}
			fmt.Fprintf(env.Stdout, "parley %s (%s, %s/%s)\n", assets.Version, runtime.Version(), runtime.GOOS, runtime.GOARCH)
			fmt.Fprintf(env.Stdout, "project format %d\n", storage.SchemaVersion)
			fmt.Fprintf(env.Stdout, "JSON export format %s version %d\n", exchange.FormatName, exchange.Version)
			return nil
		},
	})
}
