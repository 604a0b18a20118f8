package app

import (
	"net"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"parley/storage"
)

// TestConnectToSomethingElse: File → Connect to a Team Project… with the
// address of a program that is not PostgreSQL (a web server on that port)
// says so under a title about the connection, in a sentence, and the
// project open before stays open.
func TestConnectToSomethingElse(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			c.Read(make([]byte, 512))
			c.Write([]byte("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"))
			c.Close()
		}
	}()
	wd := newWorld(t)
	before := wd.ws.store()
	_, port, _ := net.SplitHostPort(ln.Addr().String())
	n, _ := strconv.Atoi(port)
	wd.menu("File", "Connect to a Team Project…")
	wd.fillConnect(storage.ServerConfig{Host: "127.0.0.1", Port: n, Database: "parley", User: "anna"})
	wd.tap("Connect")
	if !wd.dialogTitled("Could not connect to the team project") {
		t.Error("no dialog titled \"Could not connect to the team project\"")
	}
	if l := wd.find(func(o fyne.CanvasObject) bool {
		l, ok := o.(*widget.Label)
		return ok && strings.HasPrefix(l.Text, "Cannot connect to postgres://") && strings.Contains(l.Text, "not a PostgreSQL server")
	}); l == nil {
		t.Error("no sentence saying the server is not PostgreSQL")
	}
	if wd.ws.store() != before {
		t.Error("the project open before was closed")
	}
}
