package exchange_test

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"parley/app/exchange"
)

// The streamed decoder reads what Decode reads, with or without a byte
// order mark.
func TestDecodeFileAsDecode(t *testing.T) {
	data := encode(t, tricky())
	want, err := exchange.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, prefix := range []string{"", "\uFEFF"} {
		in := filepath.Join(t.TempDir(), "in.json")
		if err := os.WriteFile(in, append([]byte(prefix), data...), 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := exchange.DecodeFile(in)
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Fatalf("prefix %q: %v; documents differ: %v", prefix, err, !reflect.DeepEqual(got, want))
		}
	}
}

// /dev/zero is an endless file that is no JSON: the import says so at the
// first byte instead of reading until memory runs out.
func TestImportFileDevZero(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero here")
	}
	out := filepath.Join(t.TempDir(), "out.parley")
	_, err := exchange.ImportFile(context.Background(), "/dev/zero", out, exchange.ImportOptions{})
	if err == nil || !strings.Contains(err.Error(), `not valid JSON: byte 1: invalid character '\x00'`) {
		t.Fatalf("got %v", err)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Fatal("a failed import left a project")
	}
}

func TestImportFileTooLarge(t *testing.T) {
	defer func(old int64) { exchange.MaxJSONBytes = old }(exchange.MaxJSONBytes)
	exchange.MaxJSONBytes = 64
	importBad(t, encode(t, tricky()), "too large to be a Parley export (more than 0 MB)")
}

// TestImportFileTooDeep: a file nesting lists past encoding/json's limit is
// refused in words about the nesting, where the decoder blamed a character
// ("invalid character '[' exceeded max depth"), and makes no project.
func TestImportFileTooDeep(t *testing.T) {
	for name, body := range map[string]string{
		"lists":   strings.Repeat("[", 20000) + strings.Repeat("]", 20000),
		"setting": `{"format": "parley-project", "version": 1, "settings": ` + strings.Repeat(`{"a":`, 20000) + "1" + strings.Repeat("}", 20000) + "}",
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			in, out := filepath.Join(dir, "deep.json"), filepath.Join(dir, "out.parley")
			if err := os.WriteFile(in, []byte(body), 0o600); err != nil {
				t.Fatal(err)
			}
			_, err := exchange.ImportFile(context.Background(), in, out, exchange.ImportOptions{})
			if err == nil || !strings.Contains(err.Error(), "nest more than 10000 levels deep") || strings.Contains(err.Error(), "invalid character") {
				t.Fatalf("got %v", err)
			}
			if _, err := os.Stat(out); !os.IsNotExist(err) {
				t.Fatal("a failed import left a project")
			}
		})
	}
}
