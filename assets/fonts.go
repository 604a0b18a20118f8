package assets

import _ "embed" // for CJKFont

// CJKFont is a subset of Noto Sans CJK SC (SIL Open Font License 1.1,
// fonts/LICENSE-NotoSansCJK.txt): the hanzi of GB 2312 with CJK punctuation,
// kana and full-width forms, and nothing that Fyne's own fonts already
// draw. fonts/subset.py makes it and says why it looks as it does.
//
//go:embed fonts/NotoSansCJKsc-subset.otf
var CJKFont []byte
