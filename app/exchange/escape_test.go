package exchange

import (
	"bytes"
	"strings"
	"testing"
)

// BenchmarkEscapeInvisible: the cost on a clean statement row with
// English and Chinese text and typographic quotes (no escape needed),
// against copying the row, the least an encoder does with its bytes.
func BenchmarkEscapeInvisible(b *testing.B) {
	row := []byte(`{"id": 14, "text": "The EU diplomats’ visits to schools — “cultural” sites — 中欧人权对话在重庆举行。` +
		strings.Repeat("Both sides exchanged views. ", 10) + `", "tags": ["access"]}`)
	b.Run("Copy", func(b *testing.B) {
		b.SetBytes(int64(len(row)))
		for b.Loop() {
			_ = bytes.Clone(row)
		}
	})
	b.Run("Escape", func(b *testing.B) {
		b.SetBytes(int64(len(row)))
		for b.Loop() {
			_ = escapeInvisible(row)
		}
	})
}
