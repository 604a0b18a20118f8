package storage

import (
	"context"
	"fmt"
	"strings"

	"gorm.io/gorm"
)

// StatementInput is a statement to create with the parties that hold it
// and its tags.
type StatementInput struct {
	Statement
	PartyIDs []int64
	TagIDs   []int64
}

func checkStatement(v *Statement) error { return checkStatementKeeping(v, "") }

// checkStatementKeeping is checkStatement for a statement stored with the
// kind stored: a kind this Parley does not know that it already has is
// kept (see UnknownValue), so that the analyst may edit the rest of it.
func checkStatementKeeping(v *Statement, stored Kind) error {
	if strings.TrimSpace(v.Text) == "" {
		return invalid("the statement has no text")
	}
	if err := checkText("statement", v.Text); err != nil {
		return err
	}
	if v.Kind == "" {
		v.Kind = KindPosition
	}
	if !v.Kind.Valid() && v.Kind != stored {
		return invalid("%q is not a kind of statement", v.Kind)
	}
	if v.DialogueID == 0 {
		return invalid("the statement belongs to no dialogue")
	}
	if v.Start < 0 || v.End < v.Start {
		return invalid("the statement's source span %d–%d is not a span", v.Start, v.End)
	}
	return nil
}

// CreateStatement adds a statement with its parties and tags. A zero
// Position puts it after the dialogue's other statements.
func (s *Store) CreateStatement(ctx context.Context, in *StatementInput) error {
	if err := checkStatement(&in.Statement); err != nil {
		return err
	}
	return s.write(ctx, "create statement", func(tx *gorm.DB) error { return createStatement(tx, in) })
}

// createStatement inserts a checked statement with its parties and tags.
func createStatement(tx *gorm.DB, in *StatementInput) error {
	if in.Position == 0 {
		var max int64
		err := tx.Model(&Statement{}).Where("dialogue_id = ?", in.DialogueID).Select("coalesce(max(position), 0)").Scan(&max).Error
		if err != nil {
			return err
		}
		in.Position = max + 1
	}
	if err := tx.Create(&in.Statement).Error; err != nil {
		return err
	}
	return setStatementJoins(tx, in.ID, in.PartyIDs, in.TagIDs)
}

func setStatementJoins(tx *gorm.DB, id int64, parties, tags []int64) error {
	err := setJoin(tx, &StatementParty{}, "party", id, parties, func(p int64) any {
		return &StatementParty{StatementID: id, PartyID: p}
	})
	if err != nil {
		return err
	}
	return setJoin(tx, &StatementTag{}, "tag", id, tags, func(t int64) any {
		return &StatementTag{StatementID: id, TagID: t}
	})
}

// UpdateStatement saves every field of v (not its parties or tags). A
// kind this Parley does not know is kept when the statement has it.
func (s *Store) UpdateStatement(ctx context.Context, v *Statement) error {
	var stored Kind
	if v.Kind != "" && !v.Kind.Valid() {
		cur, err := s.Statement(ctx, v.ID)
		if err != nil {
			return err
		}
		stored = cur.Kind
	}
	if err := checkStatementKeeping(v, stored); err != nil {
		return err
	}
	return update(ctx, s, "statement", v.ID, v)
}

// SetStatementParties replaces the parties that hold a statement and
// returns the ones that held it before.
func (s *Store) SetStatementParties(ctx context.Context, statementID int64, partyIDs []int64) (before []int64, err error) {
	err = s.write(ctx, "set statement parties", func(tx *gorm.DB) error {
		if err := tx.First(&Statement{}, statementID).Error; err != nil {
			return notFound(err, "statement", statementID)
		}
		before = []int64{}
		if err := tx.Model(&StatementParty{}).Where("statement_id = ?", statementID).Order("party_id").Pluck("party_id", &before).Error; err != nil {
			return err
		}
		return setJoin(tx, &StatementParty{}, "party", statementID, partyIDs, func(id int64) any {
			return &StatementParty{StatementID: statementID, PartyID: id}
		})
	})
	return before, err
}

// DeleteStatement removes a statement with its tags, notes and links, and
// returns them as the bundle that RestoreStatement puts back.
func (s *Store) DeleteStatement(ctx context.Context, id int64) (b StatementBundle, err error) {
	err = s.change(ctx, "delete statement", func(ctx context.Context) error {
		if b, err = s.StatementBundle(ctx, id); err != nil {
			return err
		}
		return remove[Statement](ctx, s, "statement", id)
	})
	return b, err
}

// Statement returns one statement.
func (s *Store) Statement(ctx context.Context, id int64) (Statement, error) {
	return get[Statement](ctx, s, "statement", id)
}

// StatementBundle is a statement with everything that hangs off it: what
// DeleteStatement removes and RestoreStatement puts back (for undo).
type StatementBundle struct {
	Statement Statement
	PartyIDs  []int64
	TagIDs    []int64
	Notes     []Note
	Links     []Link
	LinkNotes []Note
}

// StatementBundle reads a statement and all that hangs off it, in one read
// transaction.
func (s *Store) StatementBundle(ctx context.Context, id int64) (StatementBundle, error) {
	var b StatementBundle
	err := s.view(ctx, func(ctx context.Context) error {
		db := s.read(ctx)
		if err := db.First(&b.Statement, id).Error; err != nil {
			return notFound(err, "statement", id)
		}
		steps := []error{
			db.Model(&StatementParty{}).Where("statement_id = ?", id).Order("party_id").Pluck("party_id", &b.PartyIDs).Error,
			db.Model(&StatementTag{}).Where("statement_id = ?", id).Order("tag_id").Pluck("tag_id", &b.TagIDs).Error,
			db.Where("statement_id = ?", id).Order("id").Find(&b.Notes).Error,
			db.Where("from_id = ? OR to_id = ?", id, id).Order("id").Find(&b.Links).Error,
			db.Where("link_id IN (SELECT id FROM links WHERE from_id = ? OR to_id = ?)", id, id).Order("id").Find(&b.LinkNotes).Error,
		}
		for _, err := range steps {
			if err != nil {
				return fmt.Errorf("read statement %d: %w", id, err)
			}
		}
		return nil
	})
	return b, err
}

// RestoreStatement puts back a statement read by StatementBundle, with its
// original IDs. Links to statements that no longer exist are dropped.
func (s *Store) RestoreStatement(ctx context.Context, b StatementBundle) error {
	return s.write(ctx, "restore statement", func(tx *gorm.DB) error {
		if err := tx.Create(&b.Statement).Error; err != nil {
			return err
		}
		if err := setStatementJoins(tx, b.Statement.ID, b.PartyIDs, b.TagIDs); err != nil {
			return err
		}
		for i := range b.Notes {
			if err := tx.Create(&b.Notes[i]).Error; err != nil {
				return err
			}
		}
		kept := map[int64]bool{}
		for i := range b.Links {
			l := b.Links[i]
			var n int64
			if err := tx.Model(&Statement{}).Where("id IN ?", []int64{l.FromID, l.ToID}).Count(&n).Error; err != nil {
				return err
			}
			if n < 2 {
				continue
			}
			if err := tx.Create(&l).Error; err != nil {
				return err
			}
			kept[l.ID] = true
		}
		for i := range b.LinkNotes {
			if n := b.LinkNotes[i]; n.LinkID != nil && kept[*n.LinkID] {
				if err := tx.Create(&n).Error; err != nil {
					return err
				}
			}
		}
		return nil
	})
}
