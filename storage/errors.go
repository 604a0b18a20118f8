package storage

import (
	"errors"
	"fmt"

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
)

// Error is a storage error with a message meant for the user.
type Error struct {
	Code    Code
	Message string
	Err     error
}

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

func newErr(code Code, err error, format string, args ...any) error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...), Err: err}
}

// notFound turns gorm's not-found into ErrNotFound, naming what was missing.
func notFound(err error, what string, id int64) error {
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return newErr(CodeNotFound, err, "%s %d does not exist", what, id)
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
