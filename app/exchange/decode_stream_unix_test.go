//go:build unix

package exchange_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"parley/app/exchange"
)

// A pipe that never ends (here: white space past the limit) is cut at
// MaxJSONBytes with a message, read once.
func TestImportFilePipeTooLarge(t *testing.T) {
	defer func(old int64) { exchange.MaxJSONBytes = old }(exchange.MaxJSONBytes)
	exchange.MaxJSONBytes = 1 << 10
	dir := t.TempDir()
	fifo := pipeOf(t, dir, strings.Repeat(" ", 4<<10))
	_, err := exchange.ImportFile(context.Background(), fifo, filepath.Join(dir, "out.parley"), exchange.ImportOptions{})
	if err == nil || !strings.Contains(err.Error(), "too large") {
		t.Fatalf("got %v", err)
	}
}

// A key written twice is refused in a file read once from a pipe as well,
// named with its place (the byte, a pipe has no second look for lines),
// and so is one in a file read from disk, with its line.
func TestImportDuplicateKeyReadOnce(t *testing.T) {
	good := string(encode(t, tricky()))
	bad := strings.Replace(good, `"start": 12,`, `"start": 12, "start": 13,`, 1)
	dir := t.TempDir()
	fifo := pipeOf(t, dir, bad)
	_, err := exchange.ImportFile(context.Background(), fifo, filepath.Join(dir, "out.parley"), exchange.ImportOptions{})
	if err == nil || !strings.Contains(err.Error(), `: the key "start" is written twice in statements[0]`) || !strings.Contains(err.Error(), "byte ") {
		t.Fatalf("from a pipe: %v", err)
	}
	file := filepath.Join(dir, "file.json")
	if err := os.WriteFile(file, []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = exchange.ImportFile(context.Background(), file, filepath.Join(dir, "out2.parley"), exchange.ImportOptions{})
	line := strings.Count(bad[:strings.Index(bad, `"start": 13`)], "\n") + 1
	if err == nil || !strings.Contains(err.Error(), fmt.Sprintf("line %d, column ", line)) {
		t.Fatalf("from a file: %v; want line %d", err, line)
	}
}

// pipeOf is a named pipe in dir that gives data once to its first reader;
// the test is skipped where the system has no named pipes.
func pipeOf(t *testing.T, dir, data string) string {
	t.Helper()
	fifo := filepath.Join(dir, "in.json")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	go func() {
		w, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		defer w.Close()
		w.Write([]byte(data))
	}()
	return fifo
}
