package storage

import (
	"context"
	"fmt"

	"gorm.io/gorm"
)

// TopicSnapshot is part of the topic tree as it was before a change that
// deletes or merges topics (DeleteTopic, MergeTopics, MoveTopic): the
// topics with their subtrees, which statements sat on each of them, their
// assessments and the notes on those. RestoreTopics puts it all back.
type TopicSnapshot struct {
	Topics      []Topic
	Statements  map[int64][]int64 // topic → statements directly on it
	Assessments []Assessment
	Notes       []Note
}

// topicChange runs fn, a change of the topic tree, in one write
// transaction with reading the snapshot of the topics ids that undoes it.
func (s *Store) topicChange(ctx context.Context, what string, ids []int64, fn func(tx *gorm.DB) error) (TopicSnapshot, error) {
	var snap TopicSnapshot
	err := s.change(ctx, what, func(ctx context.Context) error {
		var err error
		if snap, err = snapshotTopics(s.read(ctx), ids); err != nil {
			return err
		}
		return fn(s.read(ctx))
	})
	return snap, err
}

func snapshotTopics(db *gorm.DB, ids []int64) (TopicSnapshot, error) {
	snap := TopicSnapshot{Statements: map[int64][]int64{}}
	seen := map[int64]bool{}
	var all []int64
	for _, id := range ids {
		sub, err := subtreeIDs(db, id)
		if err != nil {
			return snap, fmt.Errorf("snapshot topic %d: %w", id, err)
		}
		for _, x := range sub {
			if !seen[x] {
				seen[x] = true
				all = append(all, x)
			}
		}
	}
	var topics []Topic
	if err := db.Where("id IN ?", all).Order("position, id").Find(&topics).Error; err != nil {
		return snap, fmt.Errorf("snapshot topics: %w", err)
	}
	if len(topics) < len(ids) {
		return snap, newErr(CodeNotFound, nil, "a topic to change no longer exists")
	}
	snap.Topics = subtreeOrder(topics)
	for _, t := range snap.Topics {
		var sts []int64
		if err := db.Model(&Statement{}).Where("topic_id = ?", t.ID).Order("id").Pluck("id", &sts).Error; err != nil {
			return snap, fmt.Errorf("snapshot statements of topic %d: %w", t.ID, err)
		}
		if len(sts) > 0 {
			snap.Statements[t.ID] = sts
		}
	}
	if err := db.Where("topic_id IN ?", all).Order("id").Find(&snap.Assessments).Error; err != nil {
		return snap, fmt.Errorf("snapshot assessments: %w", err)
	}
	err := db.Where("assessment_id IN (SELECT id FROM assessments WHERE topic_id IN ?)", all).Order("id").Find(&snap.Notes).Error
	if err != nil {
		return snap, fmt.Errorf("snapshot assessment notes: %w", err)
	}
	return snap, nil
}

// subtreeOrder orders a set of topics so that a parent in the set comes
// before its children.
func subtreeOrder(ts []Topic) []Topic {
	in := map[int64]bool{}
	for _, t := range ts {
		in[t.ID] = true
	}
	kids := map[int64][]Topic{}
	var roots []Topic
	for _, t := range ts {
		if t.ParentID == nil || !in[*t.ParentID] {
			roots = append(roots, t)
		} else {
			kids[*t.ParentID] = append(kids[*t.ParentID], t)
		}
	}
	out := make([]Topic, 0, len(ts))
	var walk func([]Topic)
	walk = func(level []Topic) {
		for _, t := range level {
			out = append(out, t)
			walk(kids[t.ID])
		}
	}
	walk(roots)
	return out
}

// RestoreTopics puts back the snapshot a change of the topic tree returned
// (DeleteTopic, MergeTopics, MoveTopic), in one transaction:
// topics re-created with their IDs or given back their fields, statements
// returned to their topics, assessments and their notes restored.
func (s *Store) RestoreTopics(ctx context.Context, snap TopicSnapshot) error {
	ctx = Undoing(ctx) // puts back only what nobody else changed since
	return s.write(ctx, "restore topics", func(tx *gorm.DB) error {
		for _, t := range snap.Topics {
			if err := upsert(tx, &Topic{}, t.ID, &t, map[string]any{"parent_id": t.ParentID, "name": t.Name,
				"position": t.Position, "description": t.Description, "keywords": t.Keywords}); err != nil {
				return fmt.Errorf("restore topic %q: %w", t.Name, err)
			}
		}
		for tid, ids := range snap.Statements {
			for _, part := range chunks(ids, 500) {
				if err := tx.Model(&Statement{}).Where("id IN ?", part).Update("topic_id", tid).Error; err != nil {
					return fmt.Errorf("return statements to topic %d: %w", tid, err)
				}
			}
		}
		for _, a := range snap.Assessments {
			err := tx.Where("dialogue_id = ? AND topic_id = ? AND id <> ?", a.DialogueID, a.TopicID, a.ID).Delete(&Assessment{}).Error
			if err == nil {
				err = upsert(tx, &Assessment{}, a.ID, &a, map[string]any{"dialogue_id": a.DialogueID,
					"topic_id": a.TopicID, "verdict": a.Verdict, "text": a.Text})
			}
			if err != nil {
				return fmt.Errorf("restore assessment %d: %w", a.ID, err)
			}
		}
		for _, n := range snap.Notes {
			if err := upsert(tx, &Note{}, n.ID, &n, map[string]any{"assessment_id": n.AssessmentID, "body": n.Body}); err != nil {
				return fmt.Errorf("restore note %d: %w", n.ID, err)
			}
		}
		return nil
	})
}

// upsert creates row with its ID when no row of model has id, else updates
// the fields. It never deletes, so no cascade fires.
func upsert(tx *gorm.DB, model any, id int64, row any, fields map[string]any) error {
	var n int64
	if err := tx.Model(model).Where("id = ?", id).Count(&n).Error; err != nil {
		return err
	}
	if n == 0 {
		return tx.Create(row).Error
	}
	return tx.Model(model).Where("id = ?", id).Updates(fields).Error
}
