package storage

import (
	"errors"
	"fmt"
	"strings"

	"gorm.io/gorm"
)

// Code classifies the errors storage returns so that callers can react to
// them without matching strings.
type Code int

// The error codes.
const (
	CodeInternal Code = iota
	CodeNotFound
	CodeInvalid
	CodeNotProject
	CodeNewerVersion
	CodeLocked
	CodeCorrupt
	CodeReadOnly
	CodeExists
	CodeConflict
	// CodeUntrusted: the file's schema holds SQL Parley did not write.
	CodeUntrusted
	// CodeEmpty: a server's database holds no project yet; Create makes one.
	CodeEmpty
	// CodeIndexDamaged: the search index of a project file is damaged
	// while the data it indexes is not; a rescue into a new project
	// builds the index anew (see indexDamaged).
	CodeIndexDamaged
)

// Error is a storage error with a message meant for the user.
type Error struct {
	Code    Code
	Message string
	Err     error
	// Named says Message begins with a name (a file's, a server's, a
	// value the user typed) rather than a word: whoever makes the message
	// a sentence must not capitalise it (passwd is not Passwd).
	Named bool
}

// NameFirst reports whether the message begins with a name; see Named.
func (e *Error) NameFirst() bool { return e.Named }

func (e *Error) Error() string {
	if e.Err != nil && e.Code == CodeInternal {
		return e.Message + ": " + e.Err.Error()
	}
	return e.Message
}

func (e *Error) Unwrap() error { return e.Err }

// Is makes errors.Is(err, ErrNotFound) and friends match by code.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	return ok && t.Message == "" && t.Code == e.Code
}

// Sentinels for errors.Is; the errors returned carry their own message.
var (
	ErrNotFound     = &Error{Code: CodeNotFound}
	ErrInvalid      = &Error{Code: CodeInvalid}
	ErrNotProject   = &Error{Code: CodeNotProject}
	ErrNewerVersion = &Error{Code: CodeNewerVersion}
	ErrLocked       = &Error{Code: CodeLocked}
	ErrCorrupt      = &Error{Code: CodeCorrupt}
	ErrReadOnly     = &Error{Code: CodeReadOnly}
	ErrExists       = &Error{Code: CodeExists}
	ErrConflict     = &Error{Code: CodeConflict}
	ErrUntrusted    = &Error{Code: CodeUntrusted}
	ErrEmpty        = &Error{Code: CodeEmpty}
	ErrIndexDamaged = &Error{Code: CodeIndexDamaged}
)

// CodeOf returns the code of err, CodeInternal when it has none. A driver
// error that says the file is damaged or cannot be written, met while rows
// were being read (where no hook sees it), counts as CodeCorrupt or
// CodeReadOnly.
func CodeOf(err error) Code {
	var e *Error
	switch {
	case err == nil:
		return CodeInternal
	case errors.As(err, &e):
		return e.Code
	case anyCorrupt(err):
		return CodeCorrupt
	case anyReadOnly(err):
		return CodeReadOnly
	}
	return CodeInternal
}

// newErr makes an Error. A message whose format begins with a verb (%s,
// %q, %v) begins with its first argument, which is a name unless it is a
// noun (notFound's "statement 4 does not exist").
func newErr(code Code, err error, format string, args ...any) error {
	named := false
	if len(args) > 0 && len(format) > 1 && format[0] == '%' && strings.IndexByte("sqv", format[1]) >= 0 {
		_, isNoun := args[0].(noun)
		named = !isNoun
	}
	return &Error{Code: code, Message: fmt.Sprintf(format, args...), Err: err, Named: named}
}

// noun is a word a message begins with ("statement", "rename topic"),
// which a sentence may capitalise, unlike the names newErr marks.
type noun string

// NamedErrorf is fmt.Errorf for a message that begins with a name (a
// file's, an analyst's): a dialog that makes the message a sentence
// keeps the name as it is. Errors made by storage know it themselves.
func NamedErrorf(format string, args ...any) error {
	return namedError{fmt.Errorf(format, args...)}
}

type namedError struct{ error }

func (e namedError) Unwrap() error { return e.error }

// NameFirst: the message begins with a name.
func (namedError) NameFirst() bool { return true }

// BeginsWithName reports whether msg, the message of err or of one of the
// errors it wraps, begins with a name that must keep its case: some error
// in err's chain says it begins with one (NameFirst), and msg begins with
// that error's message.
func BeginsWithName(err error, msg string) bool {
	for e := err; e != nil; e = errors.Unwrap(e) {
		n, ok := e.(interface{ NameFirst() bool })
		if !ok || !n.NameFirst() {
			continue
		}
		lead := e.Error()
		if se, ok := e.(*Error); ok {
			lead = se.Message
		}
		if strings.HasPrefix(msg, lead) {
			return true
		}
	}
	return false
}

// notFound turns gorm's not-found into ErrNotFound, naming what was missing.
func notFound(err error, what string, id int64) error {
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return newErr(CodeNotFound, err, "%s %d does not exist", noun(what), id)
	}
	return fmt.Errorf("%s %d: %w", what, id, err)
}

func invalid(format string, args ...any) error {
	return newErr(CodeInvalid, nil, format, args...)
}

// typed reports whether err already is (or wraps) a storage *Error.
func typed(err error) bool {
	var e *Error
	return errors.As(err, &e)
}
