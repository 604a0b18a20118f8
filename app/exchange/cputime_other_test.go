//go:build !unix

package exchange_test

import "time"

// cpuTime is not measured on this system; benchmarks report only wall time.
func cpuTime() time.Duration { return 0 }
