//go:build unix

package exchange_test

import (
	"context"
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
		w.Write([]byte(strings.Repeat(" ", 4<<10)))
	}()
	_, err := exchange.ImportFile(context.Background(), fifo, filepath.Join(dir, "out.parley"), exchange.ImportOptions{})
	if err == nil || !strings.Contains(err.Error(), "too large") {
		t.Fatalf("got %v", err)
	}
}
