package pairing

import "parley/storage"

// TopicCounts is one row of a topic × party matrix: a topic's statements
// per party, subtopics included, in the parties' order.
type TopicCounts struct {
	Topic   string // the topic's name
	Parent  string // the path above it ("Regional issues"), "" at the top
	Counts  []int
	NoTopic bool // the statements without a topic, which no side can leave out
}

// Omission is a topic some parties raised and the others did not mention.
type Omission struct {
	Row    int    // index of the topic's row
	Topic  string // the topic's path
	Raised []int  // indexes of the parties that raised it
	Silent []int  // indexes of the parties that did not mention it
}

// Omissions lists the topics of rows (in tree order) that some parties
// raised and others did not mention, leaving out a subtopic whose parent
// already says the same. It is the omission map of the report and of the
// Overview tab.
func Omissions(rows []TopicCounts) []Omission {
	var out []Omission
	silentAt := map[string]string{} // topic path → its silent parties
	for i, r := range rows {
		o := Omission{Row: i}
		for j, n := range r.Counts {
			if n > 0 {
				o.Raised = append(o.Raised, j)
			} else {
				o.Silent = append(o.Silent, j)
			}
		}
		if r.NoTopic || len(o.Raised) == 0 || len(o.Silent) == 0 {
			continue
		}
		key := indexKey(o.Silent)
		o.Topic = joinPath(r.Parent, r.Topic)
		silentAt[o.Topic] = key
		if k, ok := silentAt[r.Parent]; ok && r.Parent != "" && k == key {
			continue
		}
		out = append(out, o)
	}
	return out
}

func joinPath(parent, name string) string {
	if parent == "" {
		return name
	}
	return parent + storage.TopicPathSep + name
}

func indexKey(xs []int) string {
	b := make([]byte, 0, 4*len(xs))
	for _, x := range xs {
		b = append(b, byte(x>>8), byte(x), ',')
	}
	return string(b)
}
