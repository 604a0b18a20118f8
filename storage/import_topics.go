package storage

import (
	"fmt"
	"slices"
	"strings"
)

// createdTopic is a topic an import created, with its whole path.
type createdTopic struct {
	Topic
	path string
}

// topic finds or creates the topic at path, remembering the ones it
// creates (see orderTopics).
func (im *importer) topic(path string) (Topic, error) {
	t, created, err := ensureTopicPathNew(im.tx, path)
	if err != nil {
		return t, fmt.Errorf("topic %q: %w", path, err)
	}
	// The created topics are the last names of the path, parents first:
	// below a new topic every topic is new.
	names := topicNames(path)
	for i, c := range created {
		im.created = append(im.created, createdTopic{c, strings.Join(names[:len(names)-len(created)+i+1], TopicPathSep)})
	}
	im.topics[path] = t.ID
	return t, nil
}

// topicNames splits a topic path as ensureTopicPathNew reads it.
func topicNames(path string) []string {
	var names []string
	for _, n := range strings.Split(path, TopicPathSep) {
		if n = strings.TrimSpace(n); n != "" {
			names = append(names, n)
		}
	}
	return names
}

// orderTopics gives the topics the import created the places among their
// new siblings they would have taken had they been created in the order
// of order (see ImportBatch.TopicOrder): each ranks by the first path of
// order that is it or leads to it, the paths order does not name after
// all of them, by path. The positions they took are shared out again.
func (im *importer) orderTopics(order []string) error {
	if order == nil || len(im.created) < 2 {
		return nil
	}
	used := make([]string, 0, len(im.topics))
	for p := range im.topics {
		used = append(used, strings.Join(topicNames(p), TopicPathSep))
	}
	rankOf := map[string]int{}
	for i, p := range order {
		p = strings.Join(topicNames(p), TopicPathSep)
		if _, ok := rankOf[p]; !ok {
			rankOf[p] = i
		}
	}
	slices.Sort(used)
	for i, p := range used {
		if _, ok := rankOf[p]; !ok {
			rankOf[p] = len(order) + i
		}
	}
	rank := func(t createdTopic) int {
		best := -1
		for _, p := range used {
			if (p == t.path || strings.HasPrefix(p, t.path+TopicPathSep)) && (best < 0 || rankOf[p] < best) {
				best = rankOf[p]
			}
		}
		return best
	}
	siblings := map[int64][]createdTopic{} // by parent; 0 for the top
	for _, t := range im.created {
		var parent int64
		if t.ParentID != nil {
			parent = *t.ParentID
		}
		siblings[parent] = append(siblings[parent], t)
	}
	for _, ts := range siblings {
		positions := make([]int, len(ts))
		for i, t := range ts {
			positions[i] = t.Position
		}
		slices.Sort(positions)
		slices.SortStableFunc(ts, func(a, b createdTopic) int { return rank(a) - rank(b) })
		for i, t := range ts {
			if t.Position == positions[i] {
				continue
			}
			if err := im.tx.Model(&Topic{}).Where("id = ?", t.ID).Update("position", positions[i]).Error; err != nil {
				return fmt.Errorf("place topic %q: %w", t.path, err)
			}
		}
	}
	return nil
}
