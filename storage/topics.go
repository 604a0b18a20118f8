package storage

import (
	"context"
	"fmt"
	"strings"

	"gorm.io/gorm"
)

// TopicPathSep separates the names of a topic path ("Regional issues/Xinjiang").
const TopicPathSep = "/"

// CreateTopic adds a topic under v.ParentID; a zero Position puts it last.
func (s *Store) CreateTopic(ctx context.Context, v *Topic) error {
	var err error
	if v.Name, err = checkName("topic", v.Name); err != nil {
		return err
	}
	return s.write(ctx, "create topic", func(tx *gorm.DB) error {
		if err := checkTopicUnder(tx, v.ParentID, 1, "a topic"); err != nil { // topic_depth.go
			return err
		}
		if v.Position == 0 {
			p, err := nextTopicPosition(tx, v.ParentID)
			if err != nil {
				return err
			}
			v.Position = p
		}
		return tx.Create(v).Error
	})
}

func nextTopicPosition(tx *gorm.DB, parentID *int64) (int, error) {
	var max int
	q := tx.Model(&Topic{}).Select("coalesce(max(position), 0)")
	if parentID == nil {
		q = q.Where("parent_id IS NULL")
	} else {
		q = q.Where("parent_id = ?", *parentID)
	}
	if err := q.Scan(&max).Error; err != nil {
		return 0, fmt.Errorf("read topic positions: %w", err)
	}
	return max + 1, nil
}

// UpdateTopic saves name, description, keywords and position of v. Use
// MoveTopic to change its parent.
func (s *Store) UpdateTopic(ctx context.Context, v *Topic) error {
	var err error
	if v.Name, err = checkName("topic", v.Name); err != nil {
		return err
	}
	return s.write(ctx, "update topic", func(tx *gorm.DB) error {
		return updateCols(s, tx, "topic", v.ID, v, "name", "description", "keywords", "position")
	})
}

// MoveTopic puts topic id under parentID (nil for the top level) at
// position (0 for last). A topic cannot move under itself. It returns the
// snapshot of the topic and its new parent that undoes the move.
func (s *Store) MoveTopic(ctx context.Context, id int64, parentID *int64, position int) (TopicSnapshot, error) {
	ids := []int64{id}
	if parentID != nil {
		ids = append(ids, *parentID)
	}
	return s.topicChange(ctx, "move topic", ids, func(tx *gorm.DB) error {
		if parentID != nil {
			// seen ends the walk up a loop of topics a hand-edited file may hold.
			seen := map[int64]bool{}
			for p := parentID; p != nil && !seen[*p]; {
				seen[*p] = true
				if *p == id {
					return invalid("a topic cannot be moved under itself")
				}
				var t Topic
				if err := tx.First(&t, *p).Error; err != nil {
					return notFound(err, "topic", *p)
				}
				p = t.ParentID
			}
			h, err := topicHeight(tx, id)
			if err != nil {
				return err
			}
			if err := checkTopicUnder(tx, parentID, h, "moving it"); err != nil {
				return err
			}
		}
		if position == 0 {
			p, err := nextTopicPosition(tx, parentID)
			if err != nil {
				return err
			}
			position = p
		} else {
			q := tx.Model(&Topic{}).Where("position >= ? AND id <> ?", position, id)
			if parentID == nil {
				q = q.Where("parent_id IS NULL")
			} else {
				q = q.Where("parent_id = ?", *parentID)
			}
			if err := q.Update("position", gorm.Expr("position + 1")).Error; err != nil {
				return err
			}
		}
		res := tx.Model(&Topic{ID: id}).Updates(map[string]any{"parent_id": parentID, "position": position})
		if res.Error == nil && res.RowsAffected == 0 {
			return newErr(CodeNotFound, nil, "topic %d does not exist", id)
		}
		return res.Error
	})
}

// DeleteTopic removes a topic and its subtopics. Their statements are kept
// and moved to the deleted topic's parent (or left without topic at the top
// level); their assessments are removed. It returns the snapshot that
// undoes the deletion.
func (s *Store) DeleteTopic(ctx context.Context, id int64) (TopicSnapshot, error) {
	return s.topicChange(ctx, "delete topic", []int64{id}, func(tx *gorm.DB) error {
		var t Topic
		if err := tx.First(&t, id).Error; err != nil {
			return notFound(err, "topic", id)
		}
		ids, err := subtreeIDs(tx, id)
		if err != nil {
			return err
		}
		if err := tx.Model(&Statement{}).Where("topic_id IN ?", ids).Update("topic_id", t.ParentID).Error; err != nil {
			return err
		}
		return tx.Delete(&Topic{}, id).Error
	})
}

// subtreeIDs returns id and the ids of all its descendants. UNION, not
// UNION ALL, so that a loop of topics in a hand-edited file ends the walk.
func subtreeIDs(tx *gorm.DB, id int64) ([]int64, error) {
	var ids []int64
	err := tx.Raw(`WITH RECURSIVE sub(id) AS (SELECT CAST(? AS bigint) UNION SELECT t.id FROM topics t JOIN sub ON t.parent_id = sub.id)
		SELECT id FROM sub`, id).Scan(&ids).Error
	return ids, err
}

// TopicSubtree returns id and the ids of all its descendants.
func (s *Store) TopicSubtree(ctx context.Context, id int64) ([]int64, error) {
	ids, err := subtreeIDs(s.read(ctx), id)
	return ids, wrapNil(err, "topic subtree")
}

// MergeTopics moves everything of topic from into topic into: statements,
// subtopics and assessments (texts joined when both have one), then deletes
// from. It returns the snapshot of both topics that undoes the merge.
func (s *Store) MergeTopics(ctx context.Context, from, into int64) (TopicSnapshot, error) {
	if from == into {
		return TopicSnapshot{}, invalid("a topic cannot be merged into itself")
	}
	return s.topicChange(ctx, "merge topics", []int64{from, into}, func(tx *gorm.DB) error {
		var a, b Topic
		if err := tx.First(&a, from).Error; err != nil {
			return notFound(err, "topic", from)
		}
		if err := tx.First(&b, into).Error; err != nil {
			return notFound(err, "topic", into)
		}
		sub, err := subtreeIDs(tx, from)
		if err != nil {
			return err
		}
		for _, x := range sub {
			if x == into {
				return invalid("%q cannot be merged into its own subtopic %q", a.Name, b.Name)
			}
		}
		// Its subtopics move under into: as deep as they were under from.
		if h, err := topicHeight(tx, from); err != nil {
			return err
		} else if h > 1 {
			if err := checkTopicUnder(tx, &into, h-1, "merging its subtopics"); err != nil {
				return err
			}
		}
		if err := tx.Model(&Statement{}).Where("topic_id = ?", from).Update("topic_id", into).Error; err != nil {
			return err
		}
		if err := tx.Model(&Topic{}).Where("parent_id = ?", from).Update("parent_id", into).Error; err != nil {
			return err
		}
		if err := mergeAssessments(tx, from, into); err != nil {
			return err
		}
		if a.Keywords != "" {
			kw := strings.Trim(b.Keywords+","+a.Keywords, ",")
			if err := tx.Model(&Topic{ID: into}).Update("keywords", kw).Error; err != nil {
				return err
			}
		}
		return tx.Delete(&Topic{}, from).Error
	})
}

func mergeAssessments(tx *gorm.DB, from, into int64) error {
	var olds []Assessment
	if err := tx.Where("topic_id = ?", from).Find(&olds).Error; err != nil {
		return err
	}
	for _, o := range olds {
		var cur Assessment
		err := tx.Where("dialogue_id = ? AND topic_id = ?", o.DialogueID, into).Limit(1).Find(&cur).Error
		if err != nil {
			return err
		}
		if cur.ID == 0 {
			if err := tx.Model(&Assessment{ID: o.ID}).Update("topic_id", into).Error; err != nil {
				return err
			}
			continue
		}
		text := strings.TrimSpace(cur.Text + "\n\n" + o.Text)
		if err := tx.Model(&Assessment{ID: cur.ID}).Update("text", text).Error; err != nil {
			return err
		}
		if err := tx.Model(&Note{}).Where("assessment_id = ?", o.ID).Update("assessment_id", cur.ID).Error; err != nil {
			return err
		}
	}
	return nil
}

// Topic returns one topic.
func (s *Store) Topic(ctx context.Context, id int64) (Topic, error) {
	return get[Topic](ctx, s, "topic", id)
}

// Topics lists every topic, parents before children, siblings in order.
func (s *Store) Topics(ctx context.Context) ([]Topic, error) {
	all, err := list[Topic](ctx, s, "topics", "position, id")
	if err != nil {
		return nil, err
	}
	return treeOrder(all), nil
}

// MaxTopicDepth is the most levels of topics a path is made from; an
// import refuses a deeper tree, whose paths would be cut short.
const MaxTopicDepth = 64

// treeOrder sorts topics depth-first so that each parent precedes its
// children. A topic whose parents never reach the top level — a loop of
// topics, or a parent that does not exist, which only a file edited outside
// Parley holds — is listed at the top level (its ParentID cleared in the
// copy returned), so that it and its statements stay in sight and every
// walk up or down the tree ends.
func treeOrder(all []Topic) []Topic {
	kids := map[int64][]Topic{}
	var roots []Topic
	for _, t := range all {
		if t.ParentID == nil {
			roots = append(roots, t)
		} else {
			kids[*t.ParentID] = append(kids[*t.ParentID], t)
		}
	}
	out := make([]Topic, 0, len(all))
	seen := make(map[int64]bool, len(all))
	var walk func([]Topic)
	walk = func(ts []Topic) {
		for _, t := range ts {
			if seen[t.ID] {
				continue
			}
			seen[t.ID] = true
			out = append(out, t)
			walk(kids[t.ID])
		}
	}
	walk(roots)
	for _, t := range all {
		if !seen[t.ID] {
			t.ParentID = nil
			walk([]Topic{t})
		}
	}
	return out
}

// liftStrayTopics clears, in place, the parent of each topic that the tree
// lists at the top level although it has one (see treeOrder), so that what
// is exported is a tree that imports again. It passes err on.
func liftStrayTopics(err error, ts []Topic) error {
	if err != nil {
		return err
	}
	top := map[int64]bool{}
	for _, t := range treeOrder(ts) {
		if t.ParentID == nil {
			top[t.ID] = true
		}
	}
	for i := range ts {
		if top[ts[i].ID] {
			ts[i].ParentID = nil
		}
	}
	return nil
}

// TopicPaths maps every topic id to its path ("Regional issues/Xinjiang").
func (s *Store) TopicPaths(ctx context.Context) (map[int64]string, error) {
	all, err := s.Topics(ctx)
	if err != nil {
		return nil, err
	}
	return TopicPathMap(all), nil
}

// TopicPathMap maps every topic of all to its path.
func TopicPathMap(all []Topic) map[int64]string {
	byID := make(map[int64]Topic, len(all))
	for _, t := range all {
		byID[t.ID] = t
	}
	out := make(map[int64]string, len(all))
	var path func(id int64, depth int) string
	path = func(id int64, depth int) string {
		if p, ok := out[id]; ok {
			return p
		}
		t := byID[id]
		p := t.Name
		if t.ParentID != nil && depth < MaxTopicDepth {
			p = path(*t.ParentID, depth+1) + TopicPathSep + p
		}
		out[id] = p
		return p
	}
	for _, t := range all {
		path(t.ID, 0)
	}
	return out
}

// EnsureTopicPath returns the topic at path, creating the missing topics
// along it.
func (s *Store) EnsureTopicPath(ctx context.Context, path string) (Topic, error) {
	var t Topic
	err := s.write(ctx, "create topic path", func(tx *gorm.DB) error {
		var err error
		t, err = ensureTopicPath(tx, path)
		return err
	})
	return t, err
}

func ensureTopicPath(tx *gorm.DB, path string) (Topic, error) {
	t, _, err := ensureTopicPathNew(tx, path)
	return t, err
}

// ensureTopicPathNew is ensureTopicPath that also returns the topics it
// created, parents first, so that an undo can remove them again.
func ensureTopicPathNew(tx *gorm.DB, path string) (Topic, []Topic, error) {
	var t Topic
	if err := CheckTopicPath(path); err != nil { // topic_depth.go
		return t, nil, err
	}
	var created []Topic
	var parent *int64
	for _, name := range strings.Split(path, TopicPathSep) {
		name = strings.TrimSpace(name)
		if name == "" {
			continue
		}
		q := tx.Where("name = ?", name)
		if parent == nil {
			q = q.Where("parent_id IS NULL")
		} else {
			q = q.Where("parent_id = ?", *parent)
		}
		t = Topic{}
		if err := q.Limit(1).Find(&t).Error; err != nil {
			return t, nil, err
		}
		if t.ID == 0 {
			pos, err := nextTopicPosition(tx, parent)
			if err != nil {
				return t, nil, err
			}
			t = Topic{Name: name, ParentID: parent, Position: pos}
			if err := tx.Create(&t).Error; err != nil {
				return t, nil, err
			}
			created = append(created, t)
		}
		id := t.ID // t is reset on the next step; parent must keep this ID
		parent = &id
	}
	if t.ID == 0 {
		return t, nil, invalid("the topic path %q names no topic", path)
	}
	return t, created, nil
}

func wrapNil(err error, what string) error {
	if err == nil {
		return nil
	}
	return wrapf(err, "%s", what)
}
