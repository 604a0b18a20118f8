//go:build !unix

package pairing

import "time"

// cpuTime is not measured on this system; benchmarks report only wall time.
func cpuTime() time.Duration { return 0 }
