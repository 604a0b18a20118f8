//go:build ignore

// Icongen draws Parley's application icon: two speech bubbles in two party
// colours, one answering the other, on a rounded square. It uses only the
// standard library so that anyone can redraw the icon after a change:
//
//	go run assets/icongen.go -o assets/icon.png
package main

import (
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
)

const (
	size = 512
	// ss is the supersampling grid per pixel side; edges are anti-aliased
	// by averaging ss×ss samples.
	ss = 6
	// gap is the width of the background ring that separates the front
	// bubble from the one behind it.
	gap = 12.0
)

type vec struct{ x, y float64 }

// shape is a signed distance field: negative inside, positive outside.
type shape func(p vec) float64

func roundedRect(cx, cy, hw, hh, r float64) shape {
	return func(p vec) float64 {
		qx := math.Abs(p.x-cx) - (hw - r)
		qy := math.Abs(p.y-cy) - (hh - r)
		out := math.Hypot(math.Max(qx, 0), math.Max(qy, 0))
		return out + math.Min(math.Max(qx, qy), 0) - r
	}
}

func triangle(a, b, c vec) shape {
	return func(p vec) float64 {
		d := math.Min(segDist(p, a, b), math.Min(segDist(p, b, c), segDist(p, c, a)))
		s1, s2, s3 := cross(a, b, p), cross(b, c, p), cross(c, a, p)
		if (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0) {
			return -d
		}
		return d
	}
}

func union(shapes ...shape) shape {
	return func(p vec) float64 {
		d := math.Inf(1)
		for _, s := range shapes {
			d = math.Min(d, s(p))
		}
		return d
	}
}

func cross(a, b, p vec) float64 { return (b.x-a.x)*(p.y-a.y) - (b.y-a.y)*(p.x-a.x) }

func segDist(p, a, b vec) float64 {
	abx, aby := b.x-a.x, b.y-a.y
	t := ((p.x-a.x)*abx + (p.y-a.y)*aby) / (abx*abx + aby*aby)
	t = math.Max(0, math.Min(1, t))
	return math.Hypot(p.x-(a.x+t*abx), p.y-(a.y+t*aby))
}

// bar is one line of "text" inside a bubble.
func bar(x0, x1, y float64) shape {
	const h = 11
	return roundedRect((x0+x1)/2, y, (x1-x0)/2, h, h)
}

type rgba struct{ r, g, b, a float64 }

func hex(s string) rgba {
	var r, g, b uint8
	fmt.Sscanf(s, "#%02x%02x%02x", &r, &g, &b)
	return rgba{float64(r), float64(g), float64(b), 255}
}

func mix(a, b rgba, t float64) rgba {
	return rgba{a.r + (b.r-a.r)*t, a.g + (b.g-a.g)*t, a.b + (b.b-a.b)*t, a.a + (b.a-a.a)*t}
}

var (
	tile     = roundedRect(256, 256, 240, 240, 104)
	tileTop  = hex("#2b3a57")
	tileLow  = hex("#172033")
	red      = hex("#e04a3b")
	blue     = hex("#3f7fe6")
	ink      = hex("#fbf8f3")
	back     = union(roundedRect(184, 164, 128, 88, 58), triangle(vec{96, 214}, vec{168, 240}, vec{72, 316}))
	backText = union(bar(104, 268, 128), bar(104, 232, 166), bar(104, 160, 204))
	front    = union(roundedRect(328, 302, 128, 88, 58), triangle(vec{416, 352}, vec{344, 378}, vec{436, 448}))
	fronText = union(bar(244, 408, 266), bar(244, 376, 304), bar(244, 320, 342))
)

// sample returns the colour at one point, painting back to front.
func sample(p vec) rgba {
	if tile(p) > 0 {
		return rgba{}
	}
	bg := mix(tileTop, tileLow, p.y/size)
	c := bg
	if back(p) < 0 {
		c = red
		if backText(p) < 0 {
			c = ink
		}
	}
	if front(p) < gap {
		c = bg
	}
	if front(p) < 0 {
		c = blue
		if fronText(p) < 0 {
			c = ink
		}
	}
	return c
}

func render() *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	for y := 0; y < size; y++ {
		for x := 0; x < size; x++ {
			var sum rgba
			for j := 0; j < ss; j++ {
				for i := 0; i < ss; i++ {
					c := sample(vec{float64(x) + (float64(i)+0.5)/ss, float64(y) + (float64(j)+0.5)/ss})
					// premultiply so that transparent samples do not darken edges
					sum.r += c.r * c.a
					sum.g += c.g * c.a
					sum.b += c.b * c.a
					sum.a += c.a
				}
			}
			img.SetNRGBA(x, y, unpremultiply(sum))
		}
	}
	return img
}

func unpremultiply(sum rgba) color.NRGBA {
	if sum.a == 0 {
		return color.NRGBA{}
	}
	return color.NRGBA{
		R: uint8(math.Round(sum.r / sum.a)),
		G: uint8(math.Round(sum.g / sum.a)),
		B: uint8(math.Round(sum.b / sum.a)),
		A: uint8(math.Round(sum.a / (ss * ss))),
	}
}

func main() {
	out := flag.String("o", "icon.png", "the PNG to write")
	flag.Parse()
	f, err := os.Create(*out)
	if err != nil {
		fmt.Fprintln(os.Stderr, "icongen:", err)
		os.Exit(1)
	}
	if err := png.Encode(f, render()); err != nil {
		f.Close()
		fmt.Fprintln(os.Stderr, "icongen: writing", *out+":", err)
		os.Exit(1)
	}
	if err := f.Close(); err != nil {
		fmt.Fprintln(os.Stderr, "icongen: writing", *out+":", err)
		os.Exit(1)
	}
}
