//go:build unix

package app

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time the process has used: a machine shared with
// other work stretches wall-clock latencies, not this.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
