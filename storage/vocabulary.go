package storage

import (
	"context"
	"fmt"
	"strings"

	"gorm.io/gorm"
)

// CreateSeries adds a series.
func (s *Store) CreateSeries(ctx context.Context, v *Series) error {
	var err error
	if v.Name, err = checkName("series", v.Name); err != nil {
		return err
	}
	return create(ctx, s, "series", v)
}

// AllSeries lists the series by name.
func (s *Store) AllSeries(ctx context.Context) ([]Series, error) {
	return list[Series](ctx, s, "series", "name")
}

// CreateDialogue adds a dialogue.
func (s *Store) CreateDialogue(ctx context.Context, v *Dialogue) error {
	if err := checkDialogue(v); err != nil {
		return err
	}
	return create(ctx, s, "dialogue", v)
}

// UpdateDialogue saves every field of v.
func (s *Store) UpdateDialogue(ctx context.Context, v *Dialogue) error {
	if err := checkDialogue(v); err != nil {
		return err
	}
	return update(ctx, s, "dialogue", v.ID, v)
}

func checkDialogue(v *Dialogue) error {
	var err error
	if v.Title, err = checkName("dialogue", v.Title); err != nil {
		return err
	}
	if err := CheckDialogueFields(v.Round, v.StartDate, v.EndDate); err != nil {
		return invalid("dialogue %q: %s", v.Title, err)
	}
	return nil
}

// DeleteDialogue removes a dialogue with its statements and assessments
// and returns the snapshot that RestoreVocab puts back.
func (s *Store) DeleteDialogue(ctx context.Context, id int64) (VocabSnapshot, error) {
	return s.vocabChange(ctx, "dialogue", s.SnapshotDialogue, id, remove[Dialogue])
}

// Dialogue returns one dialogue.
func (s *Store) Dialogue(ctx context.Context, id int64) (Dialogue, error) {
	return get[Dialogue](ctx, s, "dialogue", id)
}

// Dialogues lists the dialogues, newest first.
func (s *Store) Dialogues(ctx context.Context) ([]Dialogue, error) {
	return list[Dialogue](ctx, s, "dialogues", "start_date DESC, round DESC, id DESC")
}

// DialogueByTitle finds a dialogue by its exact title (case-insensitive).
func (s *Store) DialogueByTitle(ctx context.Context, title string) (Dialogue, error) {
	var d Dialogue
	err := s.read(ctx).Where("lower(title) = lower(?)", strings.TrimSpace(title)).Order("id").First(&d).Error
	if err != nil {
		return d, notFoundName(err, "dialogue", title)
	}
	return d, nil
}

// CreateParty adds a party; a zero Position puts it after the others.
func (s *Store) CreateParty(ctx context.Context, v *Party) error {
	var err error
	if v.Name, err = checkName("party", v.Name); err != nil {
		return err
	}
	if v.Color == "" {
		v.Color = DefaultPartyColor
	}
	if err := checkColor(v.Color); err != nil {
		return err
	}
	return s.write(ctx, "create party", func(tx *gorm.DB) error {
		if v.Position == 0 {
			var max int
			if err := tx.Model(&Party{}).Select("coalesce(max(position), 0)").Scan(&max).Error; err != nil {
				return err
			}
			v.Position = max + 1
		}
		return tx.Create(v).Error
	})
}

// UpdateParty saves every field of v.
func (s *Store) UpdateParty(ctx context.Context, v *Party) error {
	var err error
	if v.Name, err = checkName("party", v.Name); err != nil {
		return err
	}
	if err := checkColor(v.Color); err != nil {
		return err
	}
	return update(ctx, s, "party", v.ID, v)
}

// DeleteParty removes a party; statements it alone held stay, with no
// party. It returns the snapshot that RestoreVocab puts back.
func (s *Store) DeleteParty(ctx context.Context, id int64) (VocabSnapshot, error) {
	return s.vocabChange(ctx, "party", s.SnapshotParty, id, remove[Party])
}

// Party returns one party.
func (s *Store) Party(ctx context.Context, id int64) (Party, error) {
	return get[Party](ctx, s, "party", id)
}

// Parties lists the parties in column order.
func (s *Store) Parties(ctx context.Context) ([]Party, error) {
	return list[Party](ctx, s, "parties", "position, id")
}

// PartyByName finds a party by name or short name, ignoring case.
func (s *Store) PartyByName(ctx context.Context, name string) (Party, error) {
	var p Party
	n := strings.TrimSpace(name)
	err := s.read(ctx).Where("lower(name) = lower(?) OR (short_name <> '' AND lower(short_name) = lower(?))", n, n).
		Order("id").First(&p).Error
	if err != nil {
		return p, notFoundName(err, "party", name)
	}
	return p, nil
}

// CreateSpeaker adds a speaker.
func (s *Store) CreateSpeaker(ctx context.Context, v *Speaker) error {
	var err error
	if v.Name, err = checkName("speaker", v.Name); err != nil {
		return err
	}
	return create(ctx, s, "speaker", v)
}

// UpdateSpeaker saves every field of v.
func (s *Store) UpdateSpeaker(ctx context.Context, v *Speaker) error {
	var err error
	if v.Name, err = checkName("speaker", v.Name); err != nil {
		return err
	}
	return update(ctx, s, "speaker", v.ID, v)
}

// DeleteSpeaker removes a speaker; their statements stay, without
// speaker. It returns the snapshot that RestoreVocab puts back.
func (s *Store) DeleteSpeaker(ctx context.Context, id int64) (VocabSnapshot, error) {
	return s.vocabChange(ctx, "speaker", s.SnapshotSpeaker, id, remove[Speaker])
}

// Speakers lists the speakers by name.
func (s *Store) Speakers(ctx context.Context) ([]Speaker, error) {
	return list[Speaker](ctx, s, "speakers", "name, id")
}

// SpeakerByName finds a speaker by name (case-insensitive), optionally
// within one party.
func (s *Store) SpeakerByName(ctx context.Context, name string, partyID *int64) (Speaker, error) {
	var sp Speaker
	q := s.read(ctx).Where("lower(name) = lower(?)", strings.TrimSpace(name))
	if partyID != nil {
		q = q.Where("party_id = ?", *partyID)
	}
	if err := q.Order("id").First(&sp).Error; err != nil {
		return sp, notFoundName(err, "speaker", name)
	}
	return sp, nil
}

func notFoundName(err error, what, name string) error {
	if err == gorm.ErrRecordNotFound {
		return newErr(CodeNotFound, err, "no %s named %q", what, name)
	}
	return fmt.Errorf("find %s %q: %w", what, name, err)
}
