package exchange

// DecodeFast and DecodeFileGeneral let the tests compare the quick reader
// with the general one.
var (
	DecodeFast        = decodeFast
	DecodeFileGeneral = func(path string) (*Document, error) { return decodeFile(path, false) }
)
