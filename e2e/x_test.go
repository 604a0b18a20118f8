//go:build e2e

package e2e

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// screenSize is the virtual screen: larger than the review window
// (1360×860) so that every window fits on it whole.
const screenSize = "1600x1000x24"

// tools are the programs the test drives the display with, and the
// Debian packages that hold them (.ci/setup-debian installs them).
var tools = map[string]string{"Xvfb": "xvfb", "xdotool": "xdotool", "xclip": "xclip", "import": "imagemagick"}

// needTools skips the test when a tool is missing, except under CI=1,
// where a skipped end-to-end test would hide that it never ran.
func needTools(t *testing.T) {
	var missing []string
	for bin, pkg := range tools {
		if _, err := exec.LookPath(bin); err != nil {
			missing = append(missing, bin+" (Debian package "+pkg+")")
		}
	}
	if len(missing) == 0 {
		return
	}
	msg := "the end-to-end test needs " + strings.Join(missing, ", ") + "; .ci/setup-debian test installs them"
	if os.Getenv("CI") != "" {
		t.Fatal(msg)
	}
	t.Skip(msg)
}

// display is a running Xvfb server.
type display struct {
	name string // ":N"
	cmd  *exec.Cmd
}

// startDisplay starts Xvfb on a free display number, which Xvfb picks and
// writes to the pipe given by -displayfd.
func startDisplay(t *testing.T) *display {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("Xvfb", "-displayfd", "3", "-screen", "0", screenSize, "-nolisten", "tcp")
	cmd.ExtraFiles = []*os.File{w}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatalf("start Xvfb: %v", err)
	}
	w.Close()
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	got := make(chan string, 1)
	go func() {
		buf := make([]byte, 16)
		n, _ := r.Read(buf)
		got <- strings.TrimSpace(string(buf[:n]))
	}()
	select {
	case n := <-got:
		if _, err := strconv.Atoi(n); err != nil {
			t.Fatalf("Xvfb did not say its display number (%q): %s", n, stderr.String())
		}
		return &display{name: ":" + n, cmd: cmd}
	case <-time.After(20 * time.Second):
		t.Fatalf("Xvfb did not start in 20 s: %s", stderr.String())
	}
	return nil
}

// run runs a tool on the display and returns its trimmed output.
func (d *display) run(name string, args ...string) (string, error) {
	cmd := exec.Command(name, args...)
	cmd.Env = append(os.Environ(), "DISPLAY="+d.name)
	var out, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &stderr
	err := cmd.Run()
	if err != nil {
		return "", fmt.Errorf("%s %s: %v: %s", name, strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
	}
	return strings.TrimSpace(out.String()), nil
}

// windowID finds the X window of the app's process with the given title.
func (d *display) windowID(pid int, title string) (string, error) {
	out, err := d.run("xdotool", "search", "--onlyvisible", "--pid", strconv.Itoa(pid))
	if err != nil {
		return "", fmt.Errorf("no visible window of pid %d: %w", pid, err)
	}
	var seen []string
	for _, id := range strings.Fields(out) {
		name, err := d.run("xdotool", "getwindowname", id)
		if err == nil && name == title {
			return id, nil
		}
		seen = append(seen, fmt.Sprintf("%q", name))
	}
	return "", fmt.Errorf("no X window titled %q (windows: %s)", title, strings.Join(seen, ", "))
}

// screenshot saves the whole screen as a PNG.
func (d *display) screenshot(path string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	_, err := d.run("import", "-window", "root", path)
	return err
}

// setClipboard puts text on the clipboard that Fyne reads. xclip forks
// and serves the text until the display closes.
func (d *display) setClipboard(text string) error {
	cmd := exec.Command("xclip", "-selection", "clipboard", "-i")
	cmd.Env = append(os.Environ(), "DISPLAY="+d.name)
	cmd.Stdin = strings.NewReader(text)
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("xclip: %w", err)
	}
	// xclip returns once its child forks, which may be before the child
	// owns the selection: until then the owner of the last setClipboard
	// still answers with its text.
	var got string
	var err error
	for end := time.Now().Add(5 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		got, err = d.run("xclip", "-selection", "clipboard", "-o")
		if err == nil && got == strings.TrimSpace(text) {
			return nil
		}
		if time.Now().After(end) {
			return fmt.Errorf("the clipboard holds %q, not the text given to xclip (%v)", got, err)
		}
	}
}
