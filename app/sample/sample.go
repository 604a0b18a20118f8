// Package sample holds Parley's sample project, the 39th China-EU Human
// Rights Dialogue, and the default project that a first run creates with
// it. No Fyne here.
package sample

import (
	"context"
	"fmt"

	"parley/assets"
	"parley/storage"
)

// Load writes the sample dialogue into s, which should be empty.
func Load(ctx context.Context, s *storage.Store) error {
	text, err := assets.FS.ReadFile("sample/china-readout-39th-hr-dialogue-2024.txt")
	if err != nil {
		return fmt.Errorf("read the sample: %w", err)
	}
	series := storage.Series{Name: "China-EU Human Rights Dialogue"}
	if err := s.CreateSeries(ctx, &series); err != nil {
		return fmt.Errorf("load the sample: %w", err)
	}
	d := storage.Dialogue{SeriesID: &series.ID, Title: "39th China-EU Human Rights Dialogue", Round: 39,
		Place: "Chongqing", StartDate: "2024-06-16", EndDate: "2024-06-16"}
	if err := s.CreateDialogue(ctx, &d); err != nil {
		return fmt.Errorf("load the sample: %w", err)
	}
	china := storage.Party{Name: "China", ShortName: "CN", Color: "#c8102e"}
	eu := storage.Party{Name: "European Union", ShortName: "EU", Color: "#003399"}
	for _, p := range []*storage.Party{&china, &eu} {
		if err := s.CreateParty(ctx, p); err != nil {
			return fmt.Errorf("load the sample: %w", err)
		}
	}
	src := storage.Source{DialogueID: &d.ID, Title: "China Emphasizes Its Human Rights Stance at China-EU Dialogue",
		PublishedOn: "2024-06-17", AuthorPartyID: &china.ID, Text: string(text)}
	if err := s.CreateSource(ctx, &src); err != nil {
		return fmt.Errorf("load the sample: %w", err)
	}
	return nil
}
