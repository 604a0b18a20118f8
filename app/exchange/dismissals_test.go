package exchange_test

import (
	"context"
	"path/filepath"
	"testing"

	"parley/app/exchange"
	"parley/storage"
)

// TestImportChecksDismissalsAsStorageDoes: a dismissal an import refuses
// is refused in the words the project's own Dismiss uses for it, after
// the record's number: one check, not a second one that says it otherwise.
func TestImportChecksDismissalsAsStorageDoes(t *testing.T) {
	st, err := storage.Create(filepath.Join(t.TempDir(), "p.parley"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	cases := []struct {
		name   string
		change func(d *exchange.Dismissal)
	}{
		{"ErrKind", func(d *exchange.Dismissal) { d.Kind = "forget" }},
		{"ErrType", func(d *exchange.Dismissal) { d.Type = "hates" }},
		{"ErrItself", func(d *exchange.Dismissal) { d.To = d.From }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := tricky()
			c.change(&doc.Dismissals[0])
			v := doc.Dismissals[0]
			_, err := st.Dismiss(context.Background(), &storage.Dismissal{Kind: v.Kind, FromID: v.From, ToID: v.To, Type: storage.LinkType(v.Type)})
			if err == nil {
				t.Fatal("storage takes the dismissal")
			}
			importBad(t, encode(t, doc), "dismissal 4: "+err.Error())
		})
	}
	t.Run("ErrTwice", func(t *testing.T) {
		doc := tricky()
		x := doc.Dismissals[0]
		x.ID, x.From, x.To = 12, x.To, x.From
		doc.Dismissals = append(doc.Dismissals, x)
		importBad(t, encode(t, doc), "dismissals 4 and 12 both dismiss the pairing suggestion joining statements 22 and 30")
	})
}
