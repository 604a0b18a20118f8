package storage

import (
	"context"
	"os"
	"os/user"
	"strings"
	"sync"
)

// Authorship: every row a user makes or changes records who (created_by,
// updated_by), and every edit adds one row to edit_log, in the edit's own
// write transaction. Who is the store's author: on a file the name the
// analyst set ("Your name" in the preferences) or else the operating
// system's user; on a server the database role, which the back-end sets
// with SetServerAuthor and the preference cannot override (a team relies
// on it to know who changed what).

// authorship is the store's idea of who is editing.
type authorship struct {
	mu     sync.Mutex
	name   string // set by SetAuthor; "" means the OS user
	server string // set by SetServerAuthor; wins over name
	// saved is the version this store last saved of each row it changed
	// (by rowKey), which an undo must find (see Undoing).
	saved map[string]int64
}

// Author is the name recorded as the maker or changer of the rows this
// store writes.
func (s *Store) Author() string {
	s.who.mu.Lock()
	defer s.who.mu.Unlock()
	switch {
	case s.who.server != "":
		return s.who.server
	case s.who.name != "":
		return s.who.name
	}
	return OSUser()
}

// SetAuthor sets the name recorded for this store's edits (the analyst's
// "Your name"); an empty name goes back to the operating system's user.
// On a server, where the database role names the analyst, the role stays.
func (s *Store) SetAuthor(name string) {
	s.who.mu.Lock()
	s.who.name = strings.Join(strings.Fields(name), " ")
	s.who.mu.Unlock()
}

// SetServerAuthor is the hook for a server back-end: it names the
// database role the store is connected as, which then names every edit
// whatever SetAuthor says.
func (s *Store) SetServerAuthor(role string) {
	s.who.mu.Lock()
	s.who.server = strings.TrimSpace(role)
	s.who.mu.Unlock()
}

// OSUser is the operating system's name for the user running Parley
// ("DOMAIN\name" on Windows loses its domain), or "" when it has none.
// Every edit records an author, so it is looked up once.
func OSUser() string { return osUser() }

var osUser = sync.OnceValue(func() string {
	name := ""
	if u, err := user.Current(); err == nil {
		name = u.Username
	}
	if name == "" {
		name = os.Getenv("USER")
	}
	if name == "" {
		name = os.Getenv("USERNAME")
	}
	if i := strings.LastIndexByte(name, '\\'); i >= 0 {
		name = name[i+1:]
	}
	return strings.TrimSpace(name)
})

type restoringKey struct{}

// restoring marks ctx as writing rows back as they were (a whole project
// read from JSON): their authors and versions are kept as given, and no
// edit is logged, so that a round trip changes nothing.
func restoring(ctx context.Context) context.Context {
	return context.WithValue(ctx, restoringKey{}, true)
}

func isRestoring(ctx context.Context) bool {
	r, _ := ctx.Value(restoringKey{}).(bool)
	return r
}

// ServerRole is the database role SetServerAuthor set, "" on a file.
func (s *Store) ServerRole() string {
	s.who.mu.Lock()
	defer s.who.mu.Unlock()
	return s.who.server
}
