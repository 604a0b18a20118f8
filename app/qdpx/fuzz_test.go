package qdpx

import (
	"archive/zip"
	"bytes"
	"reflect"
	"strings"
	"testing"
)

// FuzzReadQDE feeds Read a project.qde of arbitrary bytes (seeded with
// the QualCoder-style project and odd XML: entities, a DOCTYPE with an
// external entity and nested ones, deep nesting, a huge attribute) in an
// archive with QualCoder's source text: Read must answer with a document
// or an error, never a panic; and what the fast scanner reads must be
// what encoding/xml reads, or the same file imports differently by the
// path it takes.
func FuzzReadQDE(f *testing.F) {
	f.Add([]byte(qualCoderQDE))
	f.Add([]byte(strings.Replace(qualCoderQDE, `name="hr-dialogue"`, `name="&x;"`, 1)))
	f.Add([]byte(`<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]><Project xmlns="urn:QDA-XML:project:1.0" name="&x;"/>`))
	f.Add([]byte(`<!DOCTYPE p [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><Project xmlns="urn:QDA-XML:project:1.0" name="&b;"/>`))
	f.Add([]byte(`<Project xmlns="urn:QDA-XML:project:1.0"><CodeBook><Codes>` + strings.Repeat(`<Code guid="g" name="n" isCodable="true">`, 300) + `</Codes></CodeBook></Project>`))
	f.Add([]byte(`<Project xmlns="urn:QDA-XML:project:1.0" name="` + strings.Repeat("A", 1<<12) + `"/>`))
	f.Add([]byte(strings.Replace(qualCoderQDE, `endPosition="17"`, `endPosition="99999999999999999999"`, 1)))
	f.Add([]byte(strings.Replace(qualCoderQDE, `startPosition="19"`, `startPosition="-5"`, 1)))
	f.Fuzz(func(t *testing.T, qde []byte) {
		if fast, err := scanned(qde); err == nil {
			slow, err := unmarshalQDE(qde)
			if err != nil {
				t.Fatalf("the fast path read what encoding/xml refuses (%v)", err)
			}
			if !reflect.DeepEqual(fast, slow) {
				t.Fatalf("the fast path read\n%+v\nencoding/xml read\n%+v", fast, slow)
			}
		}
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		for _, e := range [][2]string{{entryQDE, string(qde)}, {"sources/60000000-0000-4000-8000-000000000001.txt", qualCoderText}} {
			w, err := zw.Create(e[0])
			if err != nil {
				t.Fatal(err)
			}
			w.Write([]byte(e[1]))
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		for _, o := range []Options{{}, {PartyVariable: "party"}, {PartyCode: "Side"}, {PartyCases: true}} {
			Read(bytes.NewReader(buf.Bytes()), int64(buf.Len()), o)
		}
	})
}
