package ingest

import (
	"fmt"
	"reflect"
	"regexp"
	"strconv"

	"github.com/ledongthuc/pdf"
)

// maxPDFObjects is PDF's own limit on the number of indirect objects
// (ISO 32000-1, annex C). The library sizes its object table by the
// counts a file declares, so a larger one would exhaust memory.
const maxPDFObjects = 8_388_607

// maxPDFDepth bounds the page tree's depth and a page's chain of parents;
// real trees are a few levels deep.
const maxPDFDepth = 256

// pdfPages walks the page tree from the catalogue and returns its pages in
// order. The declared /Count is ignored (a file can claim two billion
// pages): only the kids the file really lists are visited, each tree node
// once, so a tree that contains itself is refused rather than walked
// forever.
func pdfPages(r *pdf.Reader, size int) ([]pdf.Page, error) {
	w := pageWalk{seen: map[uint64]bool{}, visits: size/4 + 16}
	if err := w.walk(r.Trailer().Key("Root").Key("Pages"), 0); err != nil {
		return nil, err
	}
	return w.pages, nil
}

type pageWalk struct {
	pages  []pdf.Page
	seen   map[uint64]bool
	visits int // what is left: every kid costs at least 4 bytes of the file
}

func (w *pageWalk) walk(node pdf.Value, depth int) error {
	switch node.Key("Type").Name() {
	case "Page":
		w.pages = append(w.pages, pdf.Page{V: node})
		return nil
	case "Pages":
	default:
		return nil
	}
	if depth > maxPDFDepth {
		return fmt.Errorf("%w: the page tree is more than %d levels deep", ErrBadDocument, maxPDFDepth)
	}
	if id, ok := pdfObjectID(node); ok {
		if w.seen[id] {
			return fmt.Errorf("%w: the page tree reaches object %d twice (it loops back on itself)", ErrBadDocument, id>>16)
		}
		w.seen[id] = true
	}
	kids := node.Key("Kids")
	for i := 0; i < kids.Len(); i++ {
		if w.visits--; w.visits < 0 {
			return fmt.Errorf("%w: the page tree lists more pages than the file can hold", ErrBadDocument)
		}
		if err := w.walk(kids.Index(i), depth+1); err != nil {
			return err
		}
	}
	return nil
}

// pdfInherited finds key on a page or the nearest ancestor that has it
// (resources are inherited), following at most maxPDFDepth parents: the
// library's own lookup loops forever on a page that is its own parent.
func pdfInherited(v pdf.Value, key string) (pdf.Value, error) {
	for i := 0; !v.IsNull(); i++ {
		if i > maxPDFDepth {
			return pdf.Value{}, fmt.Errorf("%w: a page's chain of parents loops", ErrBadDocument)
		}
		if r := v.Key(key); !r.IsNull() {
			return r, nil
		}
		v = v.Key("Parent")
	}
	return pdf.Value{}, nil
}

// pdfObjectID is the object number and generation a value was read from.
// The library keeps them unexported; reflection reads them without
// changing anything. Values written inline in their parent share the
// parent's number; page tree nodes are indirect objects (ISO 32000-1,
// 7.7.3.2), so this only refuses files that break the rule. If a newer
// library renames the field, ok is false and the walk's visit budget still
// ends a cycle.
func pdfObjectID(v pdf.Value) (id uint64, ok bool) {
	f := reflect.ValueOf(v).FieldByName("ptr")
	if !f.IsValid() || f.Kind() != reflect.Struct || f.NumField() < 2 {
		return 0, false
	}
	num, gen := f.Field(0), f.Field(1)
	if !num.CanUint() || !gen.CanUint() {
		return 0, false
	}
	return num.Uint()<<16 | gen.Uint()&0xffff, true
}

// pdfCounts find the counts a PDF declares that size the library's
// tables and loops: the cross-reference /Size, a cross-reference stream's
// /Index and an object stream's /N, and cross-reference subsection headers
// ("first count" alone on a line).
var (
	pdfSizeKey  = regexp.MustCompile(`/(?:Size|N)\s+(\d+)`)
	pdfIndexKey = regexp.MustCompile(`/Index\s*\[([\d\s]*)\]`)
	pdfSubsect  = regexp.MustCompile(`(?m)^[ \t]*(\d+)[ \t]+(\d+)[ \t]*\r?$`)
	pdfNumber   = regexp.MustCompile(`\d+`)
)

// checkPDFCounts refuses a file that declares more objects than PDF
// allows, before the library allocates tables by those counts or loops
// over them.
func checkPDFCounts(data []byte) error {
	check := func(what string, nums ...[]byte) error {
		total := 0
		for _, n := range nums {
			v, err := strconv.Atoi(string(n))
			if err != nil || v > maxPDFObjects || total+v > maxPDFObjects {
				return fmt.Errorf("%w: its %s declares more than the %d objects a PDF may hold", ErrBadDocument, what, maxPDFObjects)
			}
			total += v
		}
		return nil
	}
	for _, m := range pdfSizeKey.FindAllSubmatch(data, -1) {
		if err := check("object count", m[1]); err != nil {
			return err
		}
	}
	for _, m := range pdfIndexKey.FindAllSubmatch(data, -1) {
		nums := pdfNumber.FindAll(m[1], -1)
		for i := 0; i+1 < len(nums); i += 2 {
			if err := check("cross-reference index", nums[i], nums[i+1]); err != nil {
				return err
			}
		}
	}
	for _, m := range pdfSubsect.FindAllSubmatch(data, -1) {
		if err := check("cross-reference table", m[1], m[2]); err != nil {
			return err
		}
	}
	return nil
}
