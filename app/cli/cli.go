// Package cli holds Parley's headless sub-commands (parley new, sample,
// import, export, import-json, search, version). Each command lives in its
// own file and registers itself; they use the same storage, ingest and
// report code as the window does. No Fyne here.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strings"

	"parley/app/inert"
)

// Command is one sub-command.
type Command struct {
	Name    string
	Usage   string // arguments after the name, e.g. "[-o OUT] PROJECT"
	Summary string
	// Flags declares the command's flags on fs; it may be nil.
	Flags func(fs *flag.FlagSet)
	// Run does the work with the positional arguments left after flags.
	Run func(ctx context.Context, env *Env, args []string) error
}

// Env is what a command writes to.
type Env struct {
	Stdout io.Writer
	Stderr io.Writer
}

// UsageError marks bad usage: exit status 2 and the command's help.
type UsageError struct{ Msg string }

func (e *UsageError) Error() string { return e.Msg }

// Usagef returns a UsageError.
func Usagef(format string, args ...any) error { return &UsageError{Msg: fmt.Sprintf(format, args...)} }

var commands = map[string]*Command{}

// Register adds a command; commands call it from init.
func Register(c *Command) { commands[c.Name] = c }

// Has reports whether name is a sub-command.
func Has(name string) bool {
	_, ok := commands[name]
	return ok || name == "help" || name == "-h" || name == "-help" || name == "--help"
}

// Run runs the sub-command args[0] and returns the exit status: 0 on
// success, 1 with one line on stderr on failure, 2 on bad usage.
func Run(ctx context.Context, env *Env, args []string) int {
	out := &checkedWriter{w: env.Stdout}
	code := run(ctx, &Env{Stdout: out, Stderr: env.Stderr}, args)
	if code == 0 && out.err != nil {
		// A full disk or a closed pipe: the output is incomplete, which a
		// script must learn from the exit status.
		fmt.Fprintf(env.Stderr, "%s: write standard output: %s\n", strings.TrimSpace("parley "+inert.Line(first(args))), unwrapPath(out.err))
		return 1
	}
	return code
}

func run(ctx context.Context, env *Env, args []string) int {
	if len(args) == 0 || args[0] == "help" || strings.TrimLeft(args[0], "-") == "help" || args[0] == "-h" {
		Help(env.Stdout)
		return 0
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(env.Stderr, "parley: unknown command %q (see parley help)\n", args[0])
		return 2
	}
	fs := flag.NewFlagSet("parley "+c.Name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: parley %s %s\n\n%s\n", c.Name, c.Usage, c.Summary)
		if hasFlags(fs) {
			fmt.Fprintln(fs.Output(), "\nflags:")
			fs.PrintDefaults()
		}
	}
	if c.Flags != nil {
		c.Flags(fs)
	}
	// The flag package prints its own parse errors bare ("invalid value …
	// for flag -dismiss"), unlike every other message here; it stays quiet
	// while parsing, and the error is printed as the others are.
	fs.SetOutput(io.Discard)
	err := fs.Parse(args[1:])
	fs.SetOutput(env.Stderr)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fs.Usage()
			return 0
		}
		fmt.Fprintf(env.Stderr, "parley %s: %s\n", c.Name, oneLine(err.Error()))
		fs.Usage()
		return 2
	}
	if f := misplacedFlag(fs, args[1:]); f != "" {
		fmt.Fprintf(env.Stderr, "parley %s: %s comes after the project or file names; put the flags first, as in the usage below (or \"--\" before a file whose name starts with -)\n", c.Name, inert.Line(f))
		fs.Usage()
		return 2
	}
	err = c.Run(ctx, env, fs.Args())
	var ue *UsageError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ue):
		fmt.Fprintf(env.Stderr, "parley %s: %s\n", c.Name, inert.Line(ue.Msg))
		fs.Usage()
		return 2
	default:
		fmt.Fprintf(env.Stderr, "parley %s: %s\n", c.Name, oneLine(err.Error()))
		return 1
	}
}

func hasFlags(fs *flag.FlagSet) bool {
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	return n > 0
}

func first(args []string) string {
	if len(args) == 0 {
		return ""
	}
	return args[0]
}

// oneLine makes an error one line of plain text: messages quote names and
// text from the project and the files read, which may hold escapes.
func oneLine(s string) string { return strings.Join(strings.Fields(inert.Line(s)), " ") }

// checkedWriter remembers the first error writing to w, so that output
// lost to a full disk or a closed pipe fails the command even where a
// command's own prints do not check.
type checkedWriter struct {
	w   io.Writer
	err error
}

func (c *checkedWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	if err != nil && c.err == nil {
		c.err = err
	}
	return n, err
}

// Unwrap returns the writer underneath, for isTerminal.
func (c *checkedWriter) Unwrap() io.Writer { return c.w }

// unwrapPath drops the file name from an *fs.PathError ("write
// /dev/stdout: no space left on device" says the file twice).
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Help prints the list of commands.
func Help(w io.Writer) {
	fmt.Fprintln(w, "usage: parley [PROJECT]          open the window on PROJECT (default: your last project)")
	fmt.Fprintln(w, "       parley COMMAND [flags] ARGS (parley COMMAND -h for its help)")
	fmt.Fprintln(w, "\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	width := 0
	for _, n := range names {
		width = max(width, len(n))
	}
	for _, n := range names {
		fmt.Fprintf(w, "  %-*s %s\n", width, n, commands[n].Summary)
	}
}
