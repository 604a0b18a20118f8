package storage

import (
	"errors"
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

// TestServerUnreachableInWords: a name no server has, a port nothing
// listens on, and an address naming no server at all (so that the driver
// looks for a socket on this computer) are said so, without the driver's
// repetitions or its "dial unix …: no such file or directory".
func TestServerUnreachableInWords(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	noErr(t, err)
	free := ln.Addr().String()
	ln.Close()
	for addr, want := range map[string]string{
		"postgres://anna@nonexistent.invalid/parley": `no server is called "nonexistent.invalid"; check its name`,
		"postgres://anna@" + free + "/parley":        "the server accepts no connections on that port",
		// No host: the driver looks for a socket file on this computer.
		"postgres://anna@/parley?host=" + t.TempDir(): "no PostgreSQL server runs on this computer",
	} {
		_, err := Open(addr)
		wantCode(t, err, CodeNotFound)
		var dns *net.DNSError
		if errors.As(err, &dns) && !dns.IsNotFound {
			t.Logf("%s: no name server to ask here: %v", addr, err)
			continue
		}
		if msg := err.(*Error).Message; !strings.Contains(msg, want) || strings.Count(msg, "lookup") > 0 {
			t.Errorf("%s: %q", addr, msg)
		}
	}
}
