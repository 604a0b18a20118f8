package app

import (
	"fmt"
	"strings"

	"parley/storage"
)

// A topic tree is at most storage.MaxTopicDepth levels deep (the import
// of a JSON export refuses a deeper one, and storage refuses to make
// one). Where a path is typed ("Regional issues/Xinjiang/Detention") the
// window refuses a deeper one as the user types, keeping what was typed,
// rather than failing once the dialog has closed.

// typedTopicPath is a typed topic path as the window stores it.
func typedTopicPath(text string) string {
	return strings.Trim(strings.TrimSpace(text), storage.TopicPathSep)
}

// checkTypedTopic is the validator of a field where a topic path is
// typed: nil, or why the path cannot be made, short enough for the one
// line a form shows under the field.
func checkTypedTopic(text string) error {
	if n := storage.TopicPathLevels(typedTopicPath(text)); n > storage.MaxTopicDepth {
		return fmt.Errorf("%d levels: Parley keeps topics at most %d levels deep", n, storage.MaxTopicDepth)
	}
	return nil
}

// topicTooDeep is why a typed topic path cannot be made, as a sentence,
// or "".
func topicTooDeep(text string) string {
	if err := storage.CheckTopicPath(typedTopicPath(text)); err != nil {
		return plainCause(err)
	}
	return ""
}

// shortTopicPath is a long topic path cut to its first and last names
// ("Level 1/…/Level 64"), for a message.
func shortTopicPath(path string) string {
	names := strings.Split(path, storage.TopicPathSep)
	if len(names) <= 3 {
		return path
	}
	return names[0] + storage.TopicPathSep + "…" + storage.TopicPathSep + names[len(names)-1]
}

// topicLevel is the level of topic id in the tree the view holds (a
// top-level topic is level 1).
func (d *viewData) topicLevel(id int64) int {
	parent := make(map[int64]*int64, len(d.topics))
	for _, t := range d.topics {
		parent[t.ID] = t.ParentID
	}
	level := 0
	for p := &id; p != nil && level <= len(d.topics); p = parent[*p] {
		level++
	}
	return level
}

// checkTopicParent says why no topic can be made under topic parent (nil:
// the top level), before its name is asked for.
func (d *viewData) checkTopicParent(parent *int64) error {
	if parent == nil {
		return nil
	}
	if level := d.topicLevel(*parent); level >= storage.MaxTopicDepth {
		name := ""
		for _, t := range d.topics {
			if t.ID == *parent {
				name = t.Name
			}
		}
		return fmt.Errorf("%q is at level %d, and Parley keeps topics at most %d levels deep: make the topic under one higher up, or at the top level",
			name, level, storage.MaxTopicDepth)
	}
	return nil
}
