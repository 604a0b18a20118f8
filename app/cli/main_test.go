package cli

import (
	"context"
	"os"
	"testing"

	"parley/storage/pgtest"
)

// TestMain lets a test run the commands in a child process (see
// runChild): with PARLEY_CLI_CHILD set, the test binary is the parley
// command line.
func TestMain(m *testing.M) {
	if os.Getenv("PARLEY_CLI_CHILD") != "" {
		os.Exit(Run(context.Background(), &Env{Stdout: os.Stdout, Stderr: os.Stderr}, os.Args[1:]))
	}
	os.Exit(pgtest.Main(m)) // stops the PostgreSQL cluster the push and pull tests start

}
