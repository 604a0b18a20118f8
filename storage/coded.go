package storage

import (
	"context"
	"fmt"
	"sort"
	"strings"
)

// CodedSpan is one statement as a coder coded it, with everything needed
// to compare it with another coder's coding of the same source: the
// source's hash and the rune offsets locate it, the party names, kind and
// topic path are its codes (names rather than IDs, which differ between
// projects).
type CodedSpan struct {
	StatementID int64
	SourceSHA   string // Source.SHA256 of the text the offsets count into
	SourceTitle string
	Start, End  int
	Text        string
	Parties     []string // names of the parties that hold it, sorted
	Kind        Kind
	Topic       string // topic path, "" when it has none
	Author      string // who coded it (created_by), "" when unknown
}

// CodedSpans returns every statement of the project that comes from a
// source (statements typed in by hand have no span to compare), ordered by
// source and offset, in one read transaction.
func (s *Store) CodedSpans(ctx context.Context) ([]CodedSpan, error) {
	out, err := viewed(ctx, s, func(ctx context.Context) ([]CodedSpan, error) {
		return s.codedSpans(ctx)
	})
	if err != nil {
		return nil, fmt.Errorf("read the coded statements of %s: %w", s.path, err)
	}
	return out, nil
}

func (s *Store) codedSpans(ctx context.Context) ([]CodedSpan, error) {
	var sources []Source
	if err := s.read(ctx).Select("id", "sha256", "title").Find(&sources).Error; err != nil {
		return nil, fmt.Errorf("sources: %w", err)
	}
	srcByID := make(map[int64]Source, len(sources))
	for _, src := range sources {
		srcByID[src.ID] = src
	}
	paths, err := s.TopicPaths(ctx)
	if err != nil {
		return nil, fmt.Errorf("topics: %w", err)
	}
	var sts []Statement
	err = s.read(ctx).Select("id", "source_id", "start", "end", "text", "kind", "topic_id", "created_by").
		Where("source_id IS NOT NULL").Order("source_id, start, id").Find(&sts).Error
	if err != nil {
		return nil, fmt.Errorf("statements: %w", err)
	}
	parties, err := s.partyNamesOfStatements(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]CodedSpan, 0, len(sts))
	for _, st := range sts {
		src := srcByID[*st.SourceID]
		c := CodedSpan{StatementID: st.ID, SourceSHA: src.SHA256, SourceTitle: src.Title,
			Start: st.Start, End: st.End, Text: st.Text, Kind: st.Kind, Parties: parties[st.ID], Author: st.CreatedBy}
		if st.TopicID != nil {
			c.Topic = paths[*st.TopicID]
		}
		out = append(out, c)
	}
	return out, nil
}

// partyNamesOfStatements maps each statement to the sorted names of the
// parties that hold it.
func (s *Store) partyNamesOfStatements(ctx context.Context) (map[int64][]string, error) {
	var rows []struct {
		StatementID int64
		Name        string
	}
	err := s.read(ctx).Table("statement_parties").Select("statement_parties.statement_id, parties.name").
		Joins("JOIN parties ON parties.id = statement_parties.party_id").Scan(&rows).Error
	if err != nil {
		return nil, fmt.Errorf("parties of statements: %w", err)
	}
	out := map[int64][]string{}
	for _, r := range rows {
		out[r.StatementID] = append(out[r.StatementID], r.Name)
	}
	for _, names := range out {
		sort.Slice(names, func(i, j int) bool { return strings.ToLower(names[i]) < strings.ToLower(names[j]) })
	}
	return out, nil
}

// Authors lists the analysts who coded the project's statements, by the
// names their statements record, sorted; statements of no known author
// are left out.
func (s *Store) Authors(ctx context.Context) ([]string, error) {
	var out []string
	err := s.read(ctx).Model(&Statement{}).Distinct("created_by").Where("created_by <> ''").Order("created_by").Pluck("created_by", &out).Error
	if err != nil {
		return nil, fmt.Errorf("read the authors of %s: %w", s.path, err)
	}
	return out, nil
}
