package exchange

import "bytes"

// escapeInvisible rewrites, in JSON that encoding/json wrote, the
// characters it leaves raw but a terminal or an editor acts on: DEL, the
// C1 controls (U+0080–U+009F; U+009B is a CSI to some terminals) and the
// bidirectional embeddings, overrides and isolates (U+202A–U+202E,
// U+2066–U+2069), as \uXXXX escapes. JSON reads them back as the same
// characters, so the data is unchanged; a file shown with cat or reviewed
// in a diff cannot reorder or hide what it holds. These bytes occur only
// inside strings, so rewriting them never touches the JSON's structure.
func escapeInvisible(b []byte) []byte {
	if !hasInvisible(b) {
		return b
	}
	out := make([]byte, 0, len(b)+32)
	for i := 0; i < len(b); {
		if r, n := invisibleAt(b[i:]); n > 0 {
			out = append(out, '\\', 'u', hex[r>>12&15], hex[r>>8&15], hex[r>>4&15], hex[r&15])
			i += n
			continue
		}
		out = append(out, b[i])
		i++
	}
	return out
}

const hex = "0123456789abcdef"

func hasInvisible(b []byte) bool {
	if bytes.IndexByte(b, 0x7f) >= 0 {
		return true
	}
	for _, lead := range []byte{0xc2, 0xe2} {
		for rest := b; ; {
			i := bytes.IndexByte(rest, lead)
			if i < 0 {
				break
			}
			if _, n := invisibleAt(rest[i:]); n > 0 {
				return true
			}
			rest = rest[i+1:]
		}
	}
	return false
}

// invisibleAt returns the character at the start of b and its length in
// bytes when it is one escapeInvisible rewrites, else a length of 0.
func invisibleAt(b []byte) (rune, int) {
	switch {
	case b[0] == 0x7f:
		return 0x7f, 1
	case len(b) >= 2 && b[0] == 0xc2 && b[1] >= 0x80 && b[1] <= 0x9f:
		return rune(b[1]), 2
	case len(b) >= 3 && b[0] == 0xe2 && b[1] == 0x80 && b[2] >= 0xaa && b[2] <= 0xae:
		return 0x2000 | rune(b[2]-0x80), 3
	case len(b) >= 3 && b[0] == 0xe2 && b[1] == 0x81 && b[2] >= 0xa6 && b[2] <= 0xa9:
		return 0x2040 | rune(b[2]-0x80), 3
	}
	return 0, 0
}
