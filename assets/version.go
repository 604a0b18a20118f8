package assets

// Version is Parley's version, the one place it is written in Go: the
// window's About box and `parley version` both show it. It must equal
// Version in FyneApp.toml's [Details], which packaging reads;
// TestVersionMatchesFyneApp checks that.
const Version = "0.1.0"
