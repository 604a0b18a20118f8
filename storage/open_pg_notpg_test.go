package storage

import (
	"net"
	"strings"
	"testing"
)

// TestServerNotPostgreSQL: an address whose port answers, but not as
// PostgreSQL does (a web server, a proxy), is reported in words a user can
// act on, not as the driver's protocol error.
func TestServerNotPostgreSQL(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	noErr(t, err)
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			buf := make([]byte, 512)
			c.Read(buf)
			c.Write([]byte("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"))
			c.Close()
		}
	}()
	for _, mode := range []string{"", "?sslmode=disable"} {
		addr := "postgres://anna@" + ln.Addr().String() + "/parley" + mode
		_, err := Open(addr)
		wantCode(t, err, CodeNotFound)
		msg := err.(*Error).Message
		t.Log(msg)
		if !strings.Contains(msg, "not a PostgreSQL server") || strings.Contains(msg, "body length") {
			t.Errorf("%s: %q", mode, msg)
		}
	}
}
