package cli

import (
	"flag"
	"strings"
)

// misplacedFlag returns the first of the positional arguments that names
// one of the command's flags ("-accept", "-o=x", "--dialogue"), or "".
// Go's flag package stops at the first argument that is not a flag, so
// "parley import P.parley a.txt -accept" read "-accept" as a file name
// (after importing a.txt without storing it) and "parley import-qdpx
// a.qdpx -o new.parley" said "name one .qdpx file" to a user who had.
// Arguments after "--" are the user's to name as they like.
func misplacedFlag(fs *flag.FlagSet, args []string) string {
	pos := fs.Args()
	if n := len(args) - len(pos); n > 0 && args[n-1] == "--" {
		return ""
	}
	for _, a := range pos {
		if a == "--" {
			break
		}
		name, ok := strings.CutPrefix(a, "-")
		if !ok {
			continue
		}
		name = strings.TrimPrefix(name, "-")
		name, _, _ = strings.Cut(name, "=")
		if name != "" && fs.Lookup(name) != nil {
			return a
		}
	}
	return ""
}
