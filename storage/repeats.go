package storage

import "context"

// LinkSwap is what SwapLinks changed: the links it removed, with their
// notes, and the link it made (nil: none). UndoLinkSwap takes it back.
type LinkSwap struct {
	Removed []Link
	Notes   []Note
	Added   *Link
}

// SwapLinks removes the links remove (with their notes) and creates add
// (nil: none) in one write transaction: the analyst's correction of a
// pairing across rounds replaces the `repeats` link it had with another,
// and undoing it must bring back exactly the old one.
func (s *Store) SwapLinks(ctx context.Context, remove []int64, add *Link) (LinkSwap, error) {
	var sw LinkSwap
	err := s.change(ctx, "change the pairing", func(ctx context.Context) error {
		for _, id := range remove {
			l, notes, err := s.DeleteLink(ctx, id)
			if err != nil {
				return err
			}
			sw.Removed = append(sw.Removed, l)
			sw.Notes = append(sw.Notes, notes...)
		}
		if add == nil {
			return nil
		}
		l := Link{FromID: add.FromID, ToID: add.ToID, Type: add.Type}
		if err := s.CreateLink(ctx, &l); err != nil {
			return err
		}
		sw.Added = &l
		return nil
	})
	if err != nil {
		return LinkSwap{}, err
	}
	return sw, nil
}

// UndoLinkSwap takes a SwapLinks back in one write transaction: the link
// it made goes, the links it removed come back with their IDs and notes.
func (s *Store) UndoLinkSwap(ctx context.Context, sw LinkSwap) error {
	return s.change(ctx, "undo the pairing", func(ctx context.Context) error {
		if sw.Added != nil {
			if _, _, err := s.DeleteLink(ctx, sw.Added.ID); err != nil {
				return err
			}
		}
		for _, l := range sw.Removed {
			var notes []Note
			for _, n := range sw.Notes {
				if n.LinkID != nil && *n.LinkID == l.ID {
					notes = append(notes, n)
				}
			}
			if err := s.RestoreLink(ctx, l, notes); err != nil {
				return err
			}
		}
		return nil
	})
}
