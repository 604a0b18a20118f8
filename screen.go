//go:build !ci

package main

import "github.com/go-gl/glfw/v3.4/glfw"

// primaryScreen is the primary monitor's size in pixels. Fyne v2.8.1
// exposes no screen size, so this asks GLFW, which Fyne has initialised
// by the time the first window exists (on the main thread, which Fyne
// locks); false when there is no monitor.
func primaryScreen() (width, height int, ok bool) {
	m := glfw.GetPrimaryMonitor()
	if m == nil {
		return 0, 0, false
	}
	mode := m.GetVideoMode()
	if mode == nil {
		return 0, 0, false
	}
	return mode.Width, mode.Height, true
}
