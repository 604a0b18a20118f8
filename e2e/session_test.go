//go:build e2e

package e2e

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// waitFor is how long a step waits for the window to show what it expects.
const waitFor = 20 * time.Second

// session is one run of the binary in the virtual display.
type session struct {
	t       *testing.T
	d       *display
	bin     string
	home    string
	tmp     string
	dump    string
	shots   string
	nshot   int
	step    int
	cmd     *exec.Cmd
	out     *syncBuffer
	exited  chan struct{}
	ids     map[string]string // window title → X window id
	began   time.Time
	exports int           // JSON exports read so far, for their file names
	unquiet int           // settles that gave up waiting, for the log
	settles int           // settles so far, for the step's log
	settled time.Duration // the time they took
	inputs  int           // clicks, moves, keys and texts sent to the window
	quiet   *quietMark    // where the last settle left the window
}

// quietMark is the window as the last settle left it: after that many
// inputs, showing that change.
type quietMark struct{ inputs, seq int }

// syncBuffer collects the app's output from its two pipes.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// binary is the parley binary under test: $PARLEY_BIN (make test sets it
// to the ./parley it built), else one built now from this checkout.
func binary(t *testing.T) string {
	if b := os.Getenv("PARLEY_BIN"); b != "" {
		abs, err := filepath.Abs(b)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := os.Stat(abs); err != nil {
			t.Fatalf("PARLEY_BIN: %v", err)
		}
		return abs
	}
	bin := filepath.Join(t.TempDir(), "parley")
	t.Logf("e2e: building %s (set PARLEY_BIN to test another binary)", bin)
	cmd := exec.Command("go", "build", "-tags", "no_emoji", "-o", bin, ".") // as the Makefile builds it
	cmd.Dir = ".."
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

func newSession(t *testing.T) *session {
	needTools(t)
	tmp := t.TempDir()
	s := &session{t: t, bin: binary(t), tmp: tmp, home: filepath.Join(tmp, "home"),
		dump: filepath.Join(tmp, "layout.json"), ids: map[string]string{}, began: time.Now()}
	s.shots = os.Getenv("PARLEY_E2E_SHOTS")
	if s.shots == "" {
		dir, err := os.MkdirTemp("", "parley-e2e-shots-")
		if err != nil {
			t.Fatal(err)
		}
		s.shots = dir
	}
	if err := os.MkdirAll(s.home, 0o755); err != nil {
		t.Fatal(err)
	}
	s.d = startDisplay(t)
	t.Logf("e2e: display %s, screenshots in %s", s.d.name, s.shots)
	return s
}

// env is the app's environment: a fresh HOME (so the first run makes the
// default project with the sample), pixels equal to Fyne units, the dump.
func (s *session) env() []string {
	env := []string{"HOME=" + s.home, "DISPLAY=" + s.d.name, "FYNE_SCALE=1", "FYNE_THEME=light",
		"MESA_SHADER_CACHE_DISABLE=true", "LANG=en_US.UTF-8", "PARLEY_LAYOUT_DUMP=" + s.dump,
		"XDG_DATA_HOME=" + filepath.Join(s.home, ".local", "share"),
		"XDG_CONFIG_HOME=" + filepath.Join(s.home, ".config"),
		"XDG_CACHE_HOME=" + filepath.Join(s.home, ".cache")}
	for _, k := range []string{"PATH", "TMPDIR"} {
		if v, ok := os.LookupEnv(k); ok {
			env = append(env, k+"="+v)
		}
	}
	return env
}

// start runs the window; the test ends it through File → Quit.
func (s *session) start(args ...string) {
	s.out = &syncBuffer{}
	s.cmd = exec.Command(s.bin, args...)
	s.cmd.Env = s.env()
	s.cmd.Stdout, s.cmd.Stderr = s.out, s.out
	if err := s.cmd.Start(); err != nil {
		s.t.Fatalf("start %s: %v", s.bin, err)
	}
	s.exited = make(chan struct{})
	go func() { s.cmd.Wait(); close(s.exited) }()
	s.t.Cleanup(func() {
		if s.running() {
			s.cmd.Process.Kill()
			<-s.exited
		}
		if s.t.Failed() {
			s.t.Logf("e2e: the application's output:\n%s", s.out.String())
		}
	})
}

func (s *session) running() bool {
	select {
	case <-s.exited:
		return false
	default:
		return true
	}
}

// headless runs a sub-command of the binary and returns its output.
func (s *session) headless(args ...string) string {
	s.t.Helper()
	cmd := exec.Command(s.bin, args...)
	cmd.Env = s.env()
	var out, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil {
		s.t.Fatalf("parley %s: %v: %s", strings.Join(args, " "), err, stderr.String())
	}
	return out.String()
}

// stepf announces a step, so that the log reads as what a user did.
func (s *session) stepf(format string, args ...any) {
	s.step++
	s.t.Logf("e2e: step %d (at %.0f s, %.0f s of it settling): %s", s.step, time.Since(s.began).Seconds(), s.settled.Seconds(), fmt.Sprintf(format, args...))
}

// shot saves a screenshot named after the step.
func (s *session) shot(name string) string {
	s.nshot++
	path := filepath.Join(s.shots, fmt.Sprintf("%02d-%s.png", s.nshot, name))
	if err := s.d.screenshot(path); err != nil {
		s.t.Logf("e2e: screenshot: %v", err)
		return ""
	}
	return path
}

// shotWindow saves a screenshot of one window only (for the docs).
func (s *session) shotWindow(title, name string) string {
	s.nshot++
	path := filepath.Join(s.shots, fmt.Sprintf("%02d-%s.png", s.nshot, name))
	if _, err := s.d.run("import", "-window", s.xid(title), path); err != nil {
		s.t.Logf("e2e: screenshot: %v", err)
		return ""
	}
	return path
}

// fail stops the test with what the window showed: a screenshot, the
// top layer's texts, and a panic from the app's output if there was one.
func (s *session) fail(format string, args ...any) {
	s.t.Helper()
	msg := fmt.Sprintf(format, args...)
	if !s.running() {
		msg += "\nthe application has exited: " + s.cmd.ProcessState.String()
	}
	if i := strings.Index(s.out.String(), "panic"); i >= 0 {
		msg += "\nthe application panicked:\n" + s.out.String()[i:]
	}
	if d, err := readDump(s.dump); err == nil {
		for _, w := range d.Windows {
			msg += fmt.Sprintf("\nwindow %q shows on top (layer %d): %s", w.Title, w.top(), w.texts(w.top()))
		}
	}
	if p := s.shot("failure"); p != "" {
		msg += "\nscreenshot: " + p
	}
	msg += "\nscreenshots of the steps: " + s.shots
	s.t.Fatal(msg)
}

// await polls the layout until look finds what it wants in the window
// whose title starts with title.
func (s *session) await(title, what string, look func(window) (widget, bool)) (window, widget) {
	s.t.Helper()
	deadline := time.Now().Add(waitFor)
	for {
		if !s.running() {
			s.fail("waiting for %s in %q", what, title)
		}
		if d, err := readDump(s.dump); err == nil {
			if w, ok := d.window(title); ok {
				if x, ok := look(w); ok {
					return w, x
				}
			}
		}
		if time.Now().After(deadline) {
			s.fail("%s did not show in the window %q within %s", what, title, waitFor)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// find waits for a widget that match accepts, on the window's top layer
// unless anyLayer.
func (s *session) find(title, what string, match func(widget) bool) widget {
	s.t.Helper()
	_, x := s.await(title, what, func(w window) (widget, bool) {
		hits := w.find(match)
		if len(hits) == 0 || hits[0].Layer != w.top() {
			return widget{}, false
		}
		return hits[0], true
	})
	return x
}

// anywhere waits for a widget that match accepts, on any layer.
func (s *session) anywhere(title, what string, match func(widget) bool) widget {
	s.t.Helper()
	_, x := s.await(title, what, func(w window) (widget, bool) {
		hits := w.find(match)
		if len(hits) == 0 {
			return widget{}, false
		}
		return hits[0], true
	})
	return x
}

// gone waits until no widget that match accepts is on screen.
func (s *session) gone(title, what string, match func(widget) bool) {
	s.t.Helper()
	s.await(title, what+" to go", func(w window) (widget, bool) {
		return widget{}, len(w.find(match)) == 0
	})
}

// settle waits until the window has finished reacting to the last input:
// the dump, in looks taken after settle began, shows three looks in a row
// that found nothing changed, and the project's runner has no job whose
// result is not yet on screen. The looks are the window's own (it takes
// one every 100 ms of its time), so a machine at load 20, which starves
// the window for seconds, makes settle wait longer rather than return
// while the window has not drawn the last click yet: counting the test's
// own reads of an unchanged file (70 ms apart) did, and the next click
// then landed on a dialog still being laid out or a list still filling.
func (s *session) settle() {
	began := time.Now()
	defer func() { s.settles, s.settled = s.settles+1, s.settled+time.Since(began) }()
	// No input since the last settle and nothing changed: still settled.
	if q := s.quiet; q != nil && q.inputs == s.inputs {
		if d, err := readDump(s.dump); err == nil && d.Seq == q.seq && d.Busy == 0 {
			return
		}
	}
	s.quiet = nil
	start := began.UnixNano()
	var first *dump // the first look taken after start
	deadline := time.Now().Add(waitFor)
	for time.Now().Before(deadline) {
		if d, err := readDump(s.dump); err == nil && d.At > start {
			if first == nil {
				first = d
			}
			// Three unchanged looks, all after start.
			quiet := d.Idle >= 3 && (d.Seq > first.Seq || d.Idle >= first.Idle+3)
			if quiet && d.Busy == 0 {
				s.quiet = &quietMark{inputs: s.inputs, seq: d.Seq}
				return
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	s.unquiet++
	s.t.Logf("e2e: the window kept changing or working for %s (%d times so far)", waitFor, s.unquiet)
}
