package report

import (
	"fmt"
	"io"
)

// controlWriter passes a rendered report on with its control characters
// made visible: the C0 controls but tab and line breaks, DEL and the C1
// controls become the text \x1b, as in the CSV. html/template escapes
// markup but lets them through, so a readout's terminal escapes reached
// the file raw and, with -o -, the terminal (a report printed there could
// retitle the window or rewrite lines); HTML forbids them anyway. Source
// texts keep them in the project, and their highlighted spans are counted
// before rendering, so only what is shown changes.
type controlWriter struct {
	w       io.Writer
	pending bool // the last byte written to us was 0xC2, the first of a C1 control
	err     error
}

// visibleControl is the escape shown for control character c.
func visibleControl(c int) []byte { return []byte(fmt.Sprintf(`\x%02x`, c)) }

func (c *controlWriter) put(p []byte) {
	if c.err == nil {
		_, c.err = c.w.Write(p)
	}
}

func (c *controlWriter) Write(p []byte) (int, error) {
	start := 0
	if c.pending {
		c.pending = false
		if len(p) > 0 && p[0] >= 0x80 && p[0] <= 0x9f {
			c.put(visibleControl(int(p[0])))
			start = 1
		} else {
			c.put([]byte{0xc2})
		}
	}
	for i := start; i < len(p); i++ {
		b := p[i]
		switch {
		case b < 0x20 && b != '\t' && b != '\n' && b != '\r', b == 0x7f:
			c.put(p[start:i])
			c.put(visibleControl(int(b)))
			start = i + 1
		case b == 0xc2 && i+1 == len(p):
			c.put(p[start:i])
			c.pending = true
			start = i + 1
		case b == 0xc2 && p[i+1] >= 0x80 && p[i+1] <= 0x9f:
			c.put(p[start:i])
			c.put(visibleControl(int(p[i+1])))
			i++
			start = i + 1
		}
	}
	c.put(p[start:])
	if c.err != nil {
		return 0, c.err
	}
	return len(p), nil
}

// Close writes a 0xC2 held back at the end.
func (c *controlWriter) Close() error {
	if c.pending {
		c.pending = false
		c.put([]byte{0xc2})
	}
	return c.err
}
