// Package cputime gives the benchmarks the CPU time the process has used.
// This machine class is shared with other work, which stretches wall-clock
// latencies but not CPU time, so the benchmarks report both.
package cputime
