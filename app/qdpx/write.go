package qdpx

import (
	"archive/zip"
	"bufio"
	"bytes"
	"compress/flate"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/xml"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"parley/app/exchange"
	"parley/storage"
)

// The archive's entries. sidecarJSON is Parley's extension: the whole
// project as Parley's JSON export, which peers ignore (they read
// project.qde and sources/ only) and which a Parley import uses, when
// sidecarSum still matches project.qde, to restore what REFI-QDA cannot
// carry (see docs/exchange-qdpx.md).
const (
	entryQDE    = "project.qde"
	sidecarJSON = "parley/project.json"
	sidecarSum  = "parley/project.qde.sha256"
)

// Export writes the project s, or what sel selects of it, to w as a
// REFI-QDA project archive (.qdpx) named after the project's file.
func Export(ctx context.Context, s *storage.Store, sel exchange.Selection, w io.Writer) error {
	_, err := ExportNoting(ctx, s, sel, w)
	return err
}

// ExportNoting is Export, and returns the kinds, link types and verdicts
// of the file's records that this Parley does not know and wrote as known
// ones, each with a note keeping it (see storage.UnknownValue), for the
// caller to tell the analyst, as the JSON export does.
func ExportNoting(ctx context.Context, s *storage.Store, sel exchange.Selection, w io.Writer) ([]storage.UnknownValue, error) {
	rows, err := s.ReadRows(ctx)
	if err != nil {
		return nil, err
	}
	name := strings.TrimSuffix(filepath.Base(s.Path()), filepath.Ext(s.Path()))
	kept := exchange.Select(rows, sel)
	if err := Write(w, exchange.FromRows(kept), name, time.Now()); err != nil {
		return nil, err
	}
	return exchange.KeptUnknown(kept), nil
}

// Write writes doc to w as a .qdpx archive: project.qde, the sources'
// texts under sources/, and Parley's extension under parley/.
func Write(w io.Writer, doc *exchange.Document, name string, now time.Time) error {
	if name == "" {
		name = "Parley project"
	}
	b := build(doc, name, now)
	b.dropEmpty()
	var qde bytes.Buffer
	if err := encodeQDE(&qde, b.p); err != nil {
		return err
	}
	zw := zip.NewWriter(w)
	// Deflate's fastest level: the texts and XML still shrink about
	// fivefold, at a fraction of the default level's time.
	zw.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(out, flate.BestSpeed)
	})
	sum := sha256.Sum256(qde.Bytes())
	if err := put(zw, entryQDE, now, func(w io.Writer) error { _, err := w.Write(qde.Bytes()); return err }); err != nil {
		return err
	}
	for _, f := range b.files {
		if err := put(zw, f.Name, now, func(w io.Writer) error { _, err := io.WriteString(w, f.Text); return err }); err != nil {
			return err
		}
	}
	if err := put(zw, sidecarJSON, now, func(w io.Writer) error { return exchange.Encode(w, doc) }); err != nil {
		return err
	}
	if err := put(zw, sidecarSum, now, func(w io.Writer) error {
		_, err := io.WriteString(w, hex.EncodeToString(sum[:])+"\n")
		return err
	}); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("write .qdpx: %w", err)
	}
	return nil
}

func put(zw *zip.Writer, name string, now time.Time, write func(io.Writer) error) error {
	w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: now})
	if err == nil {
		err = write(w)
	}
	if err != nil {
		return fmt.Errorf("write .qdpx entry %s: %w", name, err)
	}
	return nil
}

// encodeQDE writes the project XML with its declaration.
func encodeQDE(w io.Writer, p *xProject) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	bw.WriteString(xml.Header)
	// No indentation: a reader's XML tokenizer (Parley's, QualCoder's)
	// spends as long on the white space between elements as on them.
	enc := xml.NewEncoder(bw)
	if err := enc.Encode(p); err != nil {
		return fmt.Errorf("write project.qde: %w", err)
	}
	bw.WriteByte('\n')
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write project.qde: %w", err)
	}
	return nil
}

// dropEmpty leaves out the lists the schema wants at least one member of.
func (b *builder) dropEmpty() {
	if len(b.p.Sources.Text) == 0 {
		b.p.Sources = nil
	}
	if len(b.p.Notes.Note) == 0 {
		b.p.Notes = nil
	}
	if len(b.p.Links.Link) == 0 {
		b.p.Links = nil
	}
}
