package storage

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/gofrs/flock"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"
)

// Extension is the file name extension of a project.
const Extension = ".parley"

// Store is an open project. Writes go through one connection with immediate
// transactions; reads use a small pool of their own so that the window can
// read while an import writes.
type Store struct {
	path     string // the file, or the server project's address without password
	d        dialect
	w        *gorm.DB // nil when read-only
	r        *gorm.DB
	lock     *flock.Flock
	readOnly bool
	// immutable: read-only without SQLite's shared memory (see openRO).
	immutable bool
	writes    atomic.Int64 // write transactions begun (see tx.go)
	who       authorship   // who edits (see author.go)
	live      liveState    // other analysts' edits as they happen (see live.go)
	sizes     scopeSizes   // search scopes counted (see scopeSize)
}

// Path is the project file's path, or for a team project its server
// address without any password (see ServerAddress).
func (s *Store) Path() string { return s.path }

// Name is how messages name the project: the file's name, or the server
// project's address.
func (s *Store) Name() string {
	if s.Server() {
		return s.path
	}
	return filepath.Base(s.path)
}

// Server reports whether the project lives on a PostgreSQL server.
func (s *Store) Server() bool { return IsServerAddress(s.path) }

// ReadOnly reports whether the project was opened read-only (the file or its
// folder cannot be written); every change then fails with ErrReadOnly.
func (s *Store) ReadOnly() bool { return s.readOnly }

// Create makes a new, empty project at path; it fails when a file is there.
// For a server address (see IsServerAddress) it makes the project in the
// named database, which must be empty.
func Create(path string) (*Store, error) {
	if IsServerAddress(path) {
		return openPG(path, true)
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
	if err != nil {
		if errors.Is(err, os.ErrExist) {
			return nil, newErr(CodeExists, err, "%s already exists; choose another name", path)
		}
		if errors.Is(err, os.ErrPermission) {
			return nil, newErr(CodeReadOnly, err, "cannot create %s: the folder cannot be written", path)
		}
		return nil, fmt.Errorf("create project %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return nil, fmt.Errorf("create project %s: %w", path, err)
	}
	s, err := openRW(path, true)
	if err != nil {
		removeProjectFile(path)
		return nil, err
	}
	return s, nil
}

// removeProjectFile removes a project file that was never finished, with
// its log.
func removeProjectFile(path string) {
	os.Remove(path)
	os.Remove(path + "-wal")
	os.Remove(path + "-shm")
}

// Options changes how OpenWith opens a project.
type Options struct {
	// ReadOnly opens the project for reading only even when it could be
	// written: nothing is locked, the file is never changed, and every
	// change fails with ErrReadOnly. Open chooses it by itself for a file
	// or folder it cannot write.
	ReadOnly bool
	// Unlocked opens the project for writing without taking the lock that
	// keeps a second Parley out. It exists for tests that play two
	// analysts editing one project, as they would on a server; the window
	// and the commands never use it.
	Unlocked bool
}

// Open opens an existing project. A file that is not a project, a project
// from a newer Parley, a project another Parley holds and a damaged file give
// typed errors and leave the file as it was. A file that cannot be written is
// opened read-only.
func Open(path string) (*Store, error) { return OpenWith(path, Options{}) }

// OpenWith is Open with options.
func OpenWith(path string, o Options) (*Store, error) {
	if IsServerAddress(path) {
		if o.ReadOnly {
			return openPGReadOnly(path)
		}
		return openPG(path, false)
	}
	if err := checkHeader(path); err != nil {
		return nil, err
	}
	if o.ReadOnly || !writable(path) {
		return openRO(path)
	}
	return openRWLocked(path, false, !o.Unlocked)
}

// openFailed says why the project file could not be opened, in words for
// the cases a user meets (the system's own repeat the path twice: "open
// project P: open P: permission denied").
func openFailed(path string, err error) error {
	switch {
	case errors.Is(err, os.ErrNotExist):
		return newErr(CodeNotFound, err, "%s does not exist", path)
	case errors.Is(err, os.ErrPermission):
		// CodeInternal with no cause: the cause would repeat the path.
		return newErr(CodeInternal, nil, "%s cannot be read: you have no permission to read it", path)
	case errors.Is(err, syscall.ELOOP):
		return newErr(CodeNotFound, err, "%s is a symbolic link that leads back to itself (through other links): no file is there", path)
	}
	return fmt.Errorf("open project %s: %w", path, err)
}

// checkHeader looks at the file's first page without SQLite, so that a
// stranger's file is never handed to a driver that might write to it.
func checkHeader(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return openFailed(path, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return fmt.Errorf("open project %s: %w", path, err)
	}
	if st.IsDir() {
		return newErr(CodeNotProject, nil, "%s is a folder, not a Parley project", path)
	}
	head := make([]byte, 100)
	n, err := io.ReadFull(f, head)
	if n == 0 {
		return newErr(CodeNotProject, nil, "%s is empty, not a Parley project", filepath.Base(path))
	}
	if n < 16 || !bytes.Equal(head[:16], []byte("SQLite format 3\x00")) {
		return newErr(CodeNotProject, nil, "%s is not a Parley project", filepath.Base(path))
	}
	if err != nil {
		return newErr(CodeCorrupt, err, "%s is damaged: it ends inside its header", filepath.Base(path))
	}
	pageSize := int64(binary.BigEndian.Uint16(head[16:18]))
	if pageSize == 1 {
		pageSize = 65536
	}
	pages := int64(binary.BigEndian.Uint32(head[28:32]))
	valid := binary.BigEndian.Uint32(head[24:28]) == binary.BigEndian.Uint32(head[92:96])
	short := st.Size()%pageSize != 0 || (valid && pages > 0 && st.Size() < pages*pageSize)
	if pageSize < 512 || short && !walPending(path) {
		return newErr(CodeCorrupt, nil, "%s is damaged: it is shorter than it says (truncated?)", filepath.Base(path))
	}
	return nil
}

// walPending reports whether the project's write-ahead log holds pages. A
// checkpoint cut short by a crash writes the header's new page count before
// the file has grown to it; the log still holds every page, and SQLite puts
// them back on open, so such a file is not truncated.
func walPending(path string) bool {
	if real, err := filepath.EvalSymlinks(path); err == nil {
		path = real // SQLite keeps the log beside the file a link points to
	}
	st, err := os.Stat(path + "-wal")
	return err == nil && st.Size() > 0
}

// writable reports whether both the file and its folder (for the journal
// and lock files) can be written.
func writable(path string) bool {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return false
	}
	f.Close()
	probe, err := os.CreateTemp(filepath.Dir(path), ".parley-probe-*")
	if err != nil {
		return false
	}
	probe.Close()
	os.Remove(probe.Name())
	return true
}

func gormConfig() *gorm.Config {
	return &gorm.Config{
		NowFunc:                func() time.Time { return storedTime(time.Now()) },
		Logger:                 logger.Discard,
		SkipDefaultTransaction: true,
		PrepareStmt:            false,
	}
}

func openRW(path string, fresh bool) (*Store, error) { return openRWLocked(path, fresh, true) }

func openRWLocked(path string, fresh, locked bool) (*Store, error) {
	s := &Store{path: path, d: sqliteDialect{}}
	if !fresh {
		// Read the schema through a read-only connection first: a write
		// connection would turn on WAL and change the file, and a refused
		// file must not even get a lock file beside it.
		if err := s.checkSchema(); err != nil {
			return nil, err
		}
	}
	var err error
	if locked {
		if s.lock, err = lockProject(path); err != nil {
			return nil, err
		}
	}
	fail := func(err error) (*Store, error) {
		s.Close()
		return nil, err
	}
	if s.w, err = openDB(path, modeWrite); err != nil {
		return fail(classify(err, path))
	}
	if err := s.installRevisionHooks(s.w); err != nil {
		return fail(err)
	}
	if err := migrate(context.Background(), s.w, path, fresh); err != nil {
		return fail(classify(err, path))
	}
	if s.r, err = openDB(path, modeRead); err != nil {
		return fail(classify(err, path))
	}
	return s, nil
}

// lockProject takes the lock that keeps a second Parley from writing the
// project. The lock is named after the file SQLite really opens: a
// symbolic link to a project locks the project, not the link.
func lockProject(path string) (*flock.Flock, error) {
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		return nil, fmt.Errorf("lock project %s: %w", path, err)
	}
	lk := flock.New(real + ".lock")
	ok, err := lk.TryLock()
	if err != nil {
		return nil, fmt.Errorf("lock project %s: %w", path, err)
	}
	if !ok {
		return nil, newErr(CodeLocked, nil, "%s is in use by another Parley (a window or a command); close it there or let the command finish first", filepath.Base(path))
	}
	return lk, nil
}

func openRO(path string) (*Store, error) {
	s := &Store{path: path, d: sqliteDialect{}, readOnly: true}
	if err := s.checkSchema(); err != nil {
		return nil, err
	}
	var err error
	if s.r, err = openDB(path, modeRead); err == nil {
		_, err = schemaVersion(context.Background(), s.d, s.r)
	}
	if err != nil && (sqliteDialect{}).isCantOpen(err) {
		// A WAL project whose -shm file is missing and cannot be created
		// (read-only folder) can only be read as immutable.
		s.Close()
		s = &Store{path: path, d: sqliteDialect{}, readOnly: true, immutable: true}
		s.r, err = openDB(path, modeImmutable)
	}
	if err != nil {
		s.Close()
		return nil, classify(err, path)
	}
	return s, nil
}

func closeDB(db *gorm.DB) {
	if sqlDB, err := db.DB(); err == nil {
		sqlDB.Close()
	}
}

// openDB opens one gorm handle on the project file at path with the
// store's hooks.
func openDB(path string, mode openMode) (*gorm.DB, error) {
	db, err := gorm.Open(sqliteDialect{}.open(path, mode), gormConfig())
	if err != nil {
		return nil, err
	}
	if err := installHooks(db, path, sqliteDialect{}); err != nil {
		return nil, err
	}
	sqlDB, err := db.DB()
	if err != nil {
		return nil, err
	}
	if mode == modeWrite {
		sqlDB.SetMaxOpenConns(1)
		sqlDB.SetConnMaxLifetime(0)
	} else {
		sqlDB.SetMaxOpenConns(4)
	}
	return db, nil
}

// checkSchema verifies that the file holds exactly the schema Parley
// writes for its project format (see verifySchema), through a connection of
// its own that trusts nothing in the file and changes nothing beside it
// (see openProbe).
func (s *Store) checkSchema() error {
	probe, done, err := openProbe(s.path, s.immutable)
	if err != nil {
		return classify(err, s.path)
	}
	defer done()
	v, err := verifySchema(context.Background(), probe, s.path, false)
	if err != nil {
		return classify(err, s.path)
	}
	if v < SchemaVersion && s.readOnly {
		return newErr(CodeReadOnly, nil, "%s is read-only and from an older Parley; make it writable once so it can be upgraded", filepath.Base(s.path))
	}
	return nil
}

// classify turns driver errors met while opening into typed errors.
func classify(err error, path string) error {
	if typed(err) {
		return err
	}
	d := sqliteDialect{}
	if d.isCorrupt(err) {
		return newErr(CodeCorrupt, err, "%s is damaged and cannot be read (%v)", filepath.Base(path), err)
	}
	if d.isBusy(err) {
		return newErr(CodeLocked, err, "%s is busy in another program; try again when it is closed", filepath.Base(path))
	}
	return fmt.Errorf("open project %s: %w", path, err)
}

// Close closes the project and releases its lock.
func (s *Store) Close() error {
	var errs []error
	for _, db := range []*gorm.DB{s.r, s.w} {
		if db == nil {
			continue
		}
		if sqlDB, err := db.DB(); err == nil {
			errs = append(errs, sqlDB.Close())
		}
	}
	s.r, s.w = nil, nil
	if s.lock != nil {
		errs = append(errs, s.lock.Unlock())
		s.lock = nil
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("close project %s: %w", s.Name(), err)
	}
	return nil
}
