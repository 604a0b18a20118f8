package storage

import (
	"math"

	"modernc.org/libc"
	sqlite3 "modernc.org/sqlite/lib"
)

// ReleaseCaches hands back the memory of the page caches of every project
// file open in this process and returns how many bytes of pages it freed.
// A view's queries leave the pages they read cached, up to the cache size
// per connection (16 MB); at a million statements the first view alone
// leaves some 6 MB of the window's memory in them, which the next view may
// not need at all. The window calls this once it has been quiet for a
// while; pages read again afterwards come from the system's file cache.
//
// It frees only pages no connection is using, so it is safe while queries
// run. The driver's SQLite is built with SQLITE_ENABLE_MEMORY_MANAGEMENT,
// which keeps one list of unused pages for all connections, so one call
// reaches them all; team projects (PostgreSQL) hold no such cache here.
func ReleaseCaches() int {
	tls := libc.NewTLS()
	defer tls.Close()
	return int(sqlite3.Xsqlite3_release_memory(tls, math.MaxInt32))
}
