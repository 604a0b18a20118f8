//go:build !unix

package cputime

import "time"

// Used is not measured on this system: it is 0, and benchmarks report
// only wall time.
func Used() time.Duration { return 0 }
