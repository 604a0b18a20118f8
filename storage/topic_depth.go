package storage

import (
	"strings"

	"gorm.io/gorm"
)

// A topic tree is at most MaxTopicDepth levels deep: an import refuses a
// deeper one, and paths are cut at that depth. The ways of making topics
// check it too, so that a path typed in the window ("a/b/c/…") or a
// topic nested under one at the last level cannot build a tree that the
// project's own export would no longer import.

// TopicPathLevels is how many topics a typed path names: its names split
// at TopicPathSep, empty ones not counted (as EnsureTopicPath reads it).
func TopicPathLevels(path string) int {
	n := 0
	for _, name := range strings.Split(path, TopicPathSep) {
		if strings.TrimSpace(name) != "" {
			n++
		}
	}
	return n
}

// CheckTopicPath refuses a typed topic path deeper than MaxTopicDepth.
func CheckTopicPath(path string) error {
	if n := TopicPathLevels(path); n > MaxTopicDepth {
		return invalid("the topic path names %d levels of topics; Parley keeps topics at most %d levels deep, so remove %d of them",
			n, MaxTopicDepth, n-MaxTopicDepth)
	}
	return nil
}

// topicLevel is the level of topic id (a top-level topic is level 1);
// the walk up ends at a loop of topics a hand-edited file may hold.
func topicLevel(tx *gorm.DB, id int64) (int, error) {
	seen := map[int64]bool{}
	level := 0
	for p := &id; p != nil && !seen[*p]; {
		seen[*p] = true
		var t Topic
		if err := tx.First(&t, *p).Error; err != nil {
			return 0, notFound(err, "topic", *p)
		}
		level++
		p = t.ParentID
	}
	return level, nil
}

// topicHeight is how many levels topic id and its subtopics take (1 for
// a topic without subtopics).
func topicHeight(tx *gorm.DB, id int64) (int, error) {
	var h int
	err := tx.Raw(`WITH RECURSIVE sub(id, level) AS (SELECT CAST(? AS bigint), 1
		UNION SELECT t.id, sub.level + 1 FROM topics t JOIN sub ON t.parent_id = sub.id WHERE sub.level <= ?)
		SELECT max(level) FROM sub`, id, MaxTopicDepth+1).Scan(&h).Error
	return h, err
}

// checkTopicUnder refuses to put a tree height levels high under topic
// parent (nil: the top level) when that makes it deeper than
// MaxTopicDepth; what names what is being put there.
func checkTopicUnder(tx *gorm.DB, parent *int64, height int, what string) error {
	if parent == nil {
		return nil
	}
	level, err := topicLevel(tx, *parent)
	if err != nil {
		return err
	}
	if level+height > MaxTopicDepth {
		var p Topic
		if err := tx.First(&p, *parent).Error; err != nil {
			return notFound(err, "topic", *parent)
		}
		return invalid("%s under %q would make the topics %d levels deep; Parley keeps topics at most %d levels deep (%q is at level %d)",
			what, p.Name, level+height, MaxTopicDepth, p.Name, level)
	}
	return nil
}
