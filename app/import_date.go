package app

import (
	"context"
	"fmt"

	"parley/app/ingest"
	"parley/storage"
)

// withDialogueDate gives the document read the first day of the dialogue
// it is imported into (ingest.Document.HeldOn): a readout that never says
// its date ("The Prime Minister spoke to …", pasted without its page)
// still names the person who held the office then. The text's own date
// comes first; without a dialogue read is returned as it is.
func withDialogueDate(st *storage.Store, dialogueID int64, read readFunc) readFunc {
	if dialogueID == 0 {
		return read
	}
	return func(ctx context.Context, p ingest.Progress) (ingest.Document, error) {
		doc, err := read(ctx, p)
		if err != nil {
			return doc, err
		}
		d, err := st.Dialogue(ctx, dialogueID)
		if err != nil {
			return doc, fmt.Errorf("read the date of the dialogue the source goes into: %w", err)
		}
		doc.HeldOn = d.StartDate
		return doc, nil
	}
}
