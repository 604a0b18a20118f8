//go:build ci

package main

// primaryScreen knows no screen under Fyne's headless ci driver, which
// has no GLFW: the window then keeps its saved size.
func primaryScreen() (width, height int, ok bool) { return 0, 0, false }
