package app

import "syscall"

// dropPages tells the kernel that the pages of b, a part of the binary's
// data that nothing writes to, are not needed now: they leave the
// process's memory, and a later read maps them again from the binary's
// file with the same bytes.
func dropPages(b []byte) error {
	if len(b) == 0 {
		return nil
	}
	return syscall.Madvise(b, syscall.MADV_DONTNEED)
}
