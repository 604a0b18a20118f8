package cli

import (
	"context"
	"errors"
	"fmt"

	"parley/app/ingest"
	"parley/storage"
)

// dialogueDate is the first day of the dialogue the files go into (to, or
// the one -dialogue names when nothing is stored), "" when there is none
// or it has no date: a text with no date of its own is read as of that
// day, so that "The Prime Minister spoke to …" names the office-holder of
// then (ingest.Document.HeldOn), as the import window does.
func dialogueDate(ctx context.Context, st *storage.Store, to ingest.Target, dialogue string) (string, error) {
	if to.DialogueID != 0 {
		d, err := st.Dialogue(ctx, to.DialogueID)
		if err != nil {
			return "", fmt.Errorf("read the date of dialogue %d: %w", to.DialogueID, err)
		}
		return d.StartDate, nil
	}
	if dialogue == "" {
		return "", nil
	}
	d, err := st.FindDialogue(ctx, storage.ParseDialogueRef(dialogue))
	if errors.Is(err, storage.ErrNotFound) {
		return "", nil // a title -accept would create
	}
	if err != nil {
		return "", fmt.Errorf("read the date of dialogue %s: %w", dialogue, err)
	}
	return d.StartDate, nil
}
