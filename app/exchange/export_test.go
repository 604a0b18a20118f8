package exchange

// DecodeQuick and DecodeFileGeneral let the tests compare the quick reader
// with the general one.
var (
	DecodeQuick       = decodeQuick
	DecodeFileGeneral = func(path string) (*Document, error) { return decodeFile(path, false) }
)
