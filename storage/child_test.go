package storage

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Some tests need a second process: one that holds a project's lock, one
// that writes until it is killed, one that runs as an ordinary user when the
// tests run as root (root ignores file permissions). The test binary runs
// itself with PARLEY_CHILD naming the role and TestChild plays it.

const childEnv = "PARLEY_CHILD"

// startChild runs the test binary as a child playing role on path and
// returns it with its stdout. cred, when set, runs it as another user.
func startChild(t *testing.T, role, path string, cred *syscall.Credential) (*exec.Cmd, *bufio.Reader) {
	t.Helper()
	exe, err := os.Executable()
	noErr(t, err)
	if cred != nil {
		exe = copyForUser(t, exe)
	}
	cmd := exec.Command(exe, "-test.run=^TestChild$", "-test.v=false")
	cmd.Env = append(os.Environ(), childEnv+"="+role, "PARLEY_CHILD_PATH="+path)
	cmd.Stderr = os.Stderr
	if cred != nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: cred}
	}
	out, err := cmd.StdoutPipe()
	noErr(t, err)
	noErr(t, cmd.Start())
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
	})
	return cmd, bufio.NewReader(out)
}

// copyForUser copies the test binary where another user may run it (the
// build cache folder is root's alone).
func copyForUser(t *testing.T, exe string) string {
	t.Helper()
	dir := sharedTempDir(t)
	dst := filepath.Join(dir, "storage.test")
	in, err := os.Open(exe)
	noErr(t, err)
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_CREATE|os.O_WRONLY, 0o755)
	noErr(t, err)
	_, err = io.Copy(out, in)
	noErr(t, err)
	noErr(t, out.Close())
	return dst
}

// sharedTempDir makes a folder other users can enter; t.TempDir's parent
// is private to the test's user.
func sharedTempDir(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "parley-test-")
	noErr(t, err)
	noErr(t, os.Chmod(dir, 0o755))
	t.Cleanup(func() {
		os.Chmod(dir, 0o755)
		os.RemoveAll(dir)
	})
	return dir
}

// readLine reads one line from a child, failing the test at EOF.
func readLine(t *testing.T, r *bufio.Reader) string {
	t.Helper()
	line, err := r.ReadString('\n')
	if err != nil {
		t.Fatalf("child said %q, then %v", line, err)
	}
	return strings.TrimSpace(line)
}

// TestChild is not a test: it is the child process's entry point.
func TestChild(t *testing.T) {
	role := os.Getenv(childEnv)
	if role == "" {
		t.Skip("only runs as a child process of another test")
	}
	path := os.Getenv("PARLEY_CHILD_PATH")
	var err error
	switch role {
	case "hold":
		err = childHold(path)
	case "crash":
		err = childCrash(path)
	case "readonly":
		err = childReadOnly(path)
	default:
		err = fmt.Errorf("unknown role %q", role)
	}
	if err != nil {
		fmt.Println("error:", err)
		os.Exit(3)
	}
	os.Exit(0)
}

// childHold opens the project, says so and waits to be killed.
func childHold(path string) error {
	s, err := Open(path)
	if err != nil {
		return err
	}
	defer s.Close()
	fmt.Println("open")
	time.Sleep(time.Hour) // until killed
	return nil
}

// childReadOnly opens the project as the user it runs as and reports what
// it saw: whether it was opened read-only, the code of a write, whether it
// could read.
func childReadOnly(path string) error {
	s, err := Open(path)
	if err != nil {
		fmt.Printf("open: code %d: %v\n", CodeOf(err), err)
		return nil
	}
	defer s.Close()
	ctx := context.Background()
	werr := s.CreateTag(ctx, &Tag{Name: "from the child"})
	ds, rerr := s.Dialogues(ctx)
	dst := filepath.Join(os.TempDir(), fmt.Sprintf("parley-copy-%d%s", os.Getpid(), Extension))
	cerr := s.SaveCopy(ctx, dst)
	os.Remove(dst)
	fmt.Printf("readonly=%v immutable=%v write=%d dialogues=%d readerr=%v copyerr=%v\n", s.ReadOnly(), s.immutable, CodeOf(werr), len(ds), rerr, cerr)
	return nil
}
