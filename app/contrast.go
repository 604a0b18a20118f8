package app

import (
	"image/color"
	"math"
)

// contrast is WCAG's contrast ratio of two colours, from 1 (the same) to
// 21 (black on white).
func contrast(a, b color.Color) float64 {
	la, lb := relLuminance(a), relLuminance(b)
	return (math.Max(la, lb) + 0.05) / (math.Min(la, lb) + 0.05)
}

// relLuminance is WCAG's relative luminance of c (its alpha ignored).
func relLuminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		s := float64(v) / 0xffff
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}
