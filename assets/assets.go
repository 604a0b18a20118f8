// Package assets holds the files Parley embeds in its binary: the sample
// dialogue's source texts, and (added by their owners) the report template
// and CSS, the icon and fonts.
//
// Everything lives in one embed.FS, FS, rooted at this folder: a file
// assets/sample/x.txt is read as FS.ReadFile("sample/x.txt"). To embed a
// new folder, put it beside this file and add its name to the go:embed
// line below (e.g. "//go:embed sample report"); keep paths relative and
// never reach outside this folder.
package assets

import "embed"

// FS is every embedded file, by its path below assets/.
//
//go:embed sample report icon.png
var FS embed.FS
