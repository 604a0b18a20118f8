// Package e2e drives the built parley binary in a real window under a
// virtual X display (Xvfb), with real mouse clicks and keys (xdotool) and
// the real clipboard (xclip), then checks with the headless commands that
// the project and the report hold what the window did. Its tests carry the
// build tag e2e: `make test` runs them, `go test ./...` does not. See
// docs/e2e.md.
package e2e
