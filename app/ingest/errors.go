package ingest

import (
	"errors"
	"fmt"
)

// Errors a reader returns for input it cannot turn into a source. They are
// wrapped with the file's name; test with errors.Is.
var (
	// ErrEmpty: the input holds no readable text.
	ErrEmpty = errors.New("the file holds no text")
	// ErrNotText: the input looks binary (NUL bytes, control characters).
	ErrNotText = errors.New("the file is not text (it looks like a binary file)")
	// ErrInvalidUTF8: the input is text but not valid UTF-8.
	ErrInvalidUTF8 = errors.New("the file is not valid UTF-8 text")
	// ErrTooLarge: the input is beyond MaxBytes.
	ErrTooLarge = errors.New("the file is too large to import")
	// ErrUnsupported: no reader for the file's type.
	ErrUnsupported = errors.New("this kind of file cannot be imported (use .txt, .md, .html, .docx or .pdf)")
	// ErrFolder: the path names a folder (even one called "notes.txt").
	ErrFolder = errors.New("it is a folder, not a readout file")
	// ErrNotRegular: the path names a pipe, device or socket.
	ErrNotRegular = errors.New("it is not a regular file (a pipe, device or socket): save the readout to a file and import that")
	// ErrBadDocument: a .docx or .pdf that cannot be opened.
	ErrBadDocument = errors.New("the document is damaged or not of the type its name says")
)

// ErrTooComplex: reading the document took more work than its size
// justifies (a PDF built to hang readers); the message names the budget.
var ErrTooComplex = errors.New("the document is too complex to read (it may be damaged or built to hang readers)")

// ErrTooDeep: a web page or Word file whose elements nest deeper than
// maxDepth. The HTML parser's own words ("open stack of elements exceeds
// 512 nodes") say nothing to someone importing a readout, and Go's XML
// decoder has no limit at all: it keeps every open element, so a Word
// file of a megabyte nesting millions deep took 320 MB and 26 s.
var ErrTooDeep = fmt.Errorf("the document is nested too deeply to read (more than %d levels of elements; it may be damaged or built to hang readers)", maxDepth)

// maxDepth is the deepest nesting of elements a readout may have: the
// HTML parser's own limit, and far beyond any real page or Word file.
const maxDepth = 512
