package exchange_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"parley/app/exchange"
)

// fastAndGeneral writes data to a file and returns what the quick reader
// and DecodeFile's general decoder make of it.
func fastAndGeneral(t *testing.T, data string) (fast *exchange.Document, ok bool, general *exchange.Document, err error) {
	t.Helper()
	in := filepath.Join(t.TempDir(), "in.json")
	if err := os.WriteFile(in, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	fast, ok = exchange.DecodeQuick(in)
	general, err = exchange.DecodeFileGeneral(in)
	return fast, ok, general, err
}

// The quick reader takes what exports hold, however they are laid out or
// escaped, and reads it exactly as the general decoder does.
func TestDecodeQuickAsDecode(t *testing.T) {
	good := string(encode(t, tricky()))
	var compact bytes.Buffer
	if err := json.Compact(&compact, []byte(good)); err != nil {
		t.Fatal(err)
	}
	st := inStatements(t, good)
	cases := map[string]string{
		"export":  good,
		"compact": compact.String(),
		"BOM":     "\uFEFF" + good,
		"spaced":  strings.ReplaceAll(strings.ReplaceAll(good, `": `, "\"\t:\r\n "), ",\n", " ,\n"),
		"escapes": st(`"kind": "position"`, `"kind": "p\u006fsition"`,
			`"text": "中方`, `"text": "a \"quote\" \\ \/ \b\f\n\r\t \u00e9\u202E\u0000 中方`),
		"nulls": st(`"source": 11`, `"source": null`, `"start": 12`, `"start": null`, `"end": 46`, `"end": null`,
			`"kind": "position"`, `"kind": null`, `"reported_by": "中华人民共和国"`, `"reported_by": null`,
			`"updated_at": "2024-06-16T01:00:00.123456789Z"`, `"updated_at": null`),
		"empty lists":  st(firstList(t, good, "tags"), `"tags": []`, firstList(t, good, "parties"), `"parties": []`),
		"null lists":   st(firstList(t, good, "tags"), `"tags": null`, firstList(t, good, "parties"), `"parties": null`),
		"negative":     st(`"position": 2,`, `"position": -2,`),
		"no stmts":     `{"format": "parley-project", "version": 3, "statements": []}`,
		"empty object": `{"format": "parley-project", "version": 3, "statements": [{}]}`,
		"escaped key":  st(`"reported_by"`, `"reported\u005fby"`),
		"surrogates":   st(`"text": "中方`, `"text": "\ud83d\ude00 中方`),
		"null party":   st(`"parties": [`, `"parties": [null, `),
		"other order":  `{"statements": [{"text": "x", "id": 1}], "version": 3, "format": "parley-project", "settings": {"a": "b"}}`,
	}
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			fast, ok, general, err := fastAndGeneral(t, data)
			if err != nil {
				t.Fatalf("the case is not a valid document: %v", err)
			}
			if !ok {
				t.Fatal("the quick reader did not take it")
			}
			if !reflect.DeepEqual(fast, general) {
				t.Fatalf("documents differ:\nfast    %+v\ngeneral %+v", fast.Statements, general.Statements)
			}
		})
	}
}

// firstList returns the first list named key among data's statements.
func firstList(t *testing.T, data, key string) string {
	at := strings.Index(data, `"statements"`)
	m := regexp.MustCompile(`"` + key + `": \[[^\]]*\]`).FindString(data[at:])
	if m == "" {
		t.Fatalf("the statements have no list %s", key)
	}
	return m
}

// inStatements returns a function that makes pairs of replacements in
// data's statements, each once, failing when one finds nothing.
func inStatements(t *testing.T, data string) func(oldNew ...string) string {
	return func(oldNew ...string) string {
		at := strings.Index(data, `"statements"`)
		head, tail := data[:at], data[at:]
		for i := 0; i+1 < len(oldNew); i += 2 {
			if !strings.Contains(tail, oldNew[i]) {
				t.Fatalf("the statements have no %s", oldNew[i])
			}
			tail = strings.Replace(tail, oldNew[i], oldNew[i+1], 1)
		}
		return head + tail
	}
}

// The quick reader leaves to the general decoder everything it does not
// read exactly as that one does, and every error.
func TestDecodeQuickDeclines(t *testing.T) {
	good := string(encode(t, tricky()))
	swap := func(old, new string) string {
		if !strings.Contains(good, old) {
			t.Fatalf("the export has no %s", old)
		}
		return strings.Replace(good, old, new, 1)
	}
	cases := map[string]string{
		"unknown key":        swap(`"reported_by"`, `"reported by"`),
		"other case":         swap(`"reported_by"`, `"Reported_By"`),
		"twice":              swap(`"start": 12`, `"start": 12, "start": 13`),
		"top-level twice":    swap(`"version": 3`, `"version": 3, "version": 3`),
		"surrogate pair":     swap(`"kind": "position"`, `"kind": "position", "text": "\ud83d\ude00"`),
		"lone surrogate":     swap(`"kind": "position"`, `"kind": "position", "text": "\ud83d"`),
		"invalid UTF-8":      swap(`"kind": "position"`, "\"kind\": \"position\", \"text\": \"\xff\""),
		"fraction":           swap(`"start": 12`, `"start": 12.0`),
		"exponent":           swap(`"start": 12`, `"start": 1e1`),
		"huge":               swap(`"start": 12`, `"start": 99999999999999999999`),
		"leading zero":       swap(`"start": 12`, `"start": 012`),
		"string for number":  swap(`"start": 12`, `"start": "12"`),
		"number for string":  swap(`"kind": "position"`, `"kind": 1`),
		"bool":               swap(`"start": 12`, `"start": true`),
		"time not a string":  swap(`"2024-06-18T10:00:00Z"`, `20240618`),
		"bad time":           swap(`"2024-06-18T10:00:00Z"`, `"yesterday"`),
		"null statements":    `{"format": "parley-project", "version": 3, "statements": null}`,
		"null statement":     `{"format": "parley-project", "version": 3, "statements": [null]}`,
		"statements object":  `{"format": "parley-project", "version": 3, "statements": {}}`,
		"trailing":           good + "{}",
		"trailing comma":     swap(`"start": 12,`, `"start": 12,,`),
		"missing colon":      swap(`"start": 12`, `"start" 12`),
		"control character":  swap(`"kind": "position"`, "\"kind\": \"posi\ttion\""),
		"bad escape":         swap(`"kind": "position"`, `"kind": "posi\xtion"`),
		"truncated":          good[:len(good)/2],
		"truncated in stmts": good[:strings.Index(good, `"statements"`)+200],
		"array":              "[]",
		"empty":              "",
		"unknown top key":    swap(`"version": 3`, `"version": 3, "surprise": 1`),
		"bad other value":    swap(`"round": 39`, `"round": 39.5`),
	}
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			if _, ok, _, _ := fastAndGeneral(t, data); ok {
				t.Fatal("the quick reader took it")
			}
		})
	}
}

// FuzzDecodeQuick: DecodeFile, which tries the quick reader first, reads
// every file as the general decoder alone does, errors included.
func FuzzDecodeQuick(f *testing.F) {
	good := string(encode(f, tricky()))
	f.Add(good)
	f.Add(strings.Replace(good, `"start": 12`, `"start": "12"`, 1))
	f.Add(`{"format": "parley-project", "version": 3, "statements": [{"text": "a\u00e9\"", "id": -0}]}`)
	f.Add(`{"statements": [{"tags": [], "source": null}], "version": 3}`)
	f.Fuzz(func(t *testing.T, data string) {
		in := filepath.Join(t.TempDir(), "in.json")
		if err := os.WriteFile(in, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := exchange.DecodeFile(in)
		want, wantErr := exchange.DecodeFileGeneral(in)
		if fmt.Sprint(err) != fmt.Sprint(wantErr) {
			t.Fatalf("error %v, the general decoder's %v", err, wantErr)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("documents differ:\nquick   %+v\ngeneral %+v", got, want)
		}
	})
}
