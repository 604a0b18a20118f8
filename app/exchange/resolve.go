package exchange

import (
	"fmt"
	"sort"

	"parley/storage"
)

// ToRows turns a document into rows for storage.WriteRows, resolving
// names and paths to IDs. Every reference must name something in the
// document; the error says which one does not. Parties, speakers, tags and
// series without an ID get the next free one. Every statement citing a
// source must quote it exactly (see ToRowsWith).
func ToRows(doc *Document) (storage.ProjectRows, error) { return ToRowsWith(doc, ImportOptions{}) }

// ToRowsWith is ToRows with options.
func ToRowsWith(doc *Document, o ImportOptions) (storage.ProjectRows, error) {
	var r storage.ProjectRows
	for _, check := range []func(*Document) error{checkIDs, checkNumbers, checkDates} {
		if err := check(doc); err != nil {
			return r, err
		}
	}
	x := &resolver{doc: doc, editedText: o.AllowEditedText}
	steps := []func(*storage.ProjectRows) error{x.vocabulary, x.topics, x.sources, x.statements, x.annotations, x.register}
	for _, step := range steps {
		if err := step(&r); err != nil {
			return storage.ProjectRows{}, err
		}
	}
	keys := make([]string, 0, len(doc.Settings))
	for k := range doc.Settings {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		r.Settings = append(r.Settings, storage.Meta{Key: k, Value: doc.Settings[k]})
	}
	return r, nil
}

type resolver struct {
	doc         *Document
	series      map[string]int64
	parties     map[string]int64
	tags        map[string]int64
	speakers    map[string][]int64
	speakerName map[int64]string
	paths       map[string][]int64
	topicPath   map[int64]string
	hasDialogue map[int64]bool
	hasSource   map[int64]bool
	hasStmt     map[int64]bool
	sourceText  map[int64]string
	runes       map[int64]*runeIndex
	editedText  bool
}

// byName maps unique names to IDs, giving items without an ID the next
// free one.
func byName(what string, n int, name func(int) string, id func(int) *int64) (map[string]int64, error) {
	out := make(map[string]int64, n)
	var max int64
	for i := 0; i < n; i++ {
		max = maxOf(max, *id(i))
	}
	for i := 0; i < n; i++ {
		nm := name(i)
		if _, dup := out[nm]; dup {
			return nil, fmt.Errorf("two %s are named %q", what, nm)
		}
		if *id(i) == 0 {
			max++
			*id(i) = max
		}
		out[nm] = *id(i)
	}
	return out, nil
}

func maxOf(a, b int64) int64 {
	if b > a {
		return b
	}
	return a
}

func (x *resolver) vocabulary(r *storage.ProjectRows) error {
	d := x.doc
	var err error
	if x.series, err = byName("series", len(d.Series), func(i int) string { return d.Series[i].Name }, func(i int) *int64 { return &d.Series[i].ID }); err != nil {
		return err
	}
	if x.parties, err = byName("parties", len(d.Parties), func(i int) string { return d.Parties[i].Name }, func(i int) *int64 { return &d.Parties[i].ID }); err != nil {
		return err
	}
	if x.tags, err = byName("tags", len(d.Tags), func(i int) string { return d.Tags[i].Name }, func(i int) *int64 { return &d.Tags[i].ID }); err != nil {
		return err
	}
	for _, v := range d.Series {
		r.Series = append(r.Series, storage.Series{ID: v.ID, Name: v.Name, Description: v.Description, Revision: v.revision(), CreatedAt: v.CreatedAt.Time, UpdatedAt: v.UpdatedAt.Time})
	}
	x.hasDialogue = map[int64]bool{}
	for _, v := range d.Dialogues {
		sid, err := x.optional("dialogue", v.ID, "series", x.series, v.Series)
		if err != nil {
			return err
		}
		x.hasDialogue[v.ID] = true
		r.Dialogues = append(r.Dialogues, storage.Dialogue{ID: v.ID, SeriesID: sid, Title: v.Title, Round: v.Round, Place: v.Place,
			StartDate: v.StartDate, EndDate: v.EndDate, Revision: v.revision(), CreatedAt: v.CreatedAt.Time, UpdatedAt: v.UpdatedAt.Time})
	}
	for _, v := range d.Parties {
		color := v.Color
		if color == "" {
			color = storage.DefaultPartyColor
		}
		r.Parties = append(r.Parties, storage.Party{ID: v.ID, Name: v.Name, ShortName: v.ShortName, Color: color, Position: v.Position,
			Revision: v.revision(), CreatedAt: v.CreatedAt.Time, UpdatedAt: v.UpdatedAt.Time})
	}
	for _, v := range d.Tags {
		color := v.Color
		if color == "" {
			color = storage.DefaultTagColor
		}
		r.Tags = append(r.Tags, storage.Tag{ID: v.ID, Name: v.Name, Color: color, Revision: v.revision(), CreatedAt: v.CreatedAt.Time, UpdatedAt: v.UpdatedAt.Time})
	}
	return x.speakerRows(r)
}

func (x *resolver) speakerRows(r *storage.ProjectRows) error {
	d := x.doc
	var max int64
	for _, v := range d.Speakers {
		max = maxOf(max, v.ID)
	}
	x.speakers, x.speakerName = map[string][]int64{}, map[int64]string{}
	for i := range d.Speakers {
		v := &d.Speakers[i]
		if v.ID == 0 {
			max++
			v.ID = max
		}
		pid, err := x.optional("speaker", v.ID, "party", x.parties, v.Party)
		if err != nil {
			return err
		}
		x.speakers[v.Name] = append(x.speakers[v.Name], v.ID)
		x.speakerName[v.ID] = v.Name
		r.Speakers = append(r.Speakers, storage.Speaker{ID: v.ID, Name: v.Name, Role: v.Role, PartyID: pid,
			Revision: v.revision(), CreatedAt: v.CreatedAt.Time, UpdatedAt: v.UpdatedAt.Time})
	}
	return nil
}

// optional resolves a name that may be null.
func (x *resolver) optional(owner string, ownerID int64, what string, m map[string]int64, name *string) (*int64, error) {
	if name == nil {
		return nil, nil
	}
	id, ok := m[*name]
	if !ok {
		return nil, fmt.Errorf("%s %d names %s %q, which is not in the export's %s", owner, ownerID, what, *name, plural(what))
	}
	return &id, nil
}

func plural(what string) string {
	switch what {
	case "party":
		return "parties"
	case "series":
		return "series"
	}
	return what + "s"
}

// checkIDs checks that the rows other rows refer to by ID have a unique
// one.
func checkIDs(d *Document) error {
	lists := []struct {
		what string
		ids  func() []int64
	}{
		{"dialogues", func() []int64 { return idsOf(d.Dialogues, func(v Dialogue) int64 { return v.ID }) }},
		{"topics", func() []int64 { return idsOf(d.Topics, func(v Topic) int64 { return v.ID }) }},
		{"sources", func() []int64 { return idsOf(d.Sources, func(v Source) int64 { return v.ID }) }},
		{"statements", func() []int64 { return idsOf(d.Statements, func(v Statement) int64 { return v.ID }) }},
		{"links", func() []int64 { return idsOf(d.Links, func(v Link) int64 { return v.ID }) }},
		{"assessments", func() []int64 { return idsOf(d.Assessments, func(v Assessment) int64 { return v.ID }) }},
		{"notes", func() []int64 { return idsOf(d.Notes, func(v Note) int64 { return v.ID }) }},
		{"dismissals", func() []int64 { return idsOf(d.Dismissals, func(v Dismissal) int64 { return v.ID }) }},
	}
	for _, l := range lists {
		seen := map[int64]bool{}
		for i, id := range l.ids() {
			if id <= 0 {
				return fmt.Errorf("%s number %d has no \"id\" (a positive number)", l.what, i+1)
			}
			if seen[id] {
				return fmt.Errorf("two %s have ID %d", l.what, id)
			}
			seen[id] = true
		}
	}
	return nil
}

func idsOf[T any](rows []T, id func(T) int64) []int64 {
	out := make([]int64, len(rows))
	for i, r := range rows {
		out[i] = id(r)
	}
	return out
}

// checkTree rejects a topic under a missing parent, in a loop of parents
// or more than storage.MaxTopicDepth levels deep, before paths are made
// from the tree. Each topic's level is remembered, so a deep chain costs
// one walk rather than one per topic (100,000 topics in a chain took
// minutes, and their paths would take gigabytes).
func checkTree(ts []Topic) error {
	parent := make(map[int64]*int64, len(ts))
	for _, t := range ts {
		parent[t.ID] = t.Parent
	}
	for _, t := range ts {
		if t.Parent != nil {
			if _, ok := parent[*t.Parent]; !ok {
				return fmt.Errorf("topic %d (%q) is under topic %d, which is not in the export's topics", t.ID, t.Name, *t.Parent)
			}
		}
	}
	level := make(map[int64]int, len(ts)) // 1 for a top-level topic
	var chain []int64
	for _, t := range ts {
		chain = chain[:0]
		n := 0
		for id := &t.ID; id != nil; id = parent[*id] {
			if l, ok := level[*id]; ok {
				n = l
				break
			}
			chain = append(chain, *id)
			if len(chain) > storage.MaxTopicDepth {
				return deepTopic(t, parent)
			}
		}
		for i := len(chain) - 1; i >= 0; i-- {
			n++
			level[chain[i]] = n
		}
		if n > storage.MaxTopicDepth {
			return deepTopic(t, parent)
		}
	}
	return nil
}

// deepTopic says why t's parents go on for more than
// storage.MaxTopicDepth levels: a loop, or a tree that deep.
func deepTopic(t Topic, parent map[int64]*int64) error {
	seen := map[int64]bool{}
	levels := 0
	for id := &t.ID; id != nil; id = parent[*id] {
		if seen[*id] {
			return fmt.Errorf("topic %d (%q) is in a loop of parents", t.ID, t.Name)
		}
		seen[*id] = true
		levels++
	}
	return fmt.Errorf("topic %d (%q) is %d levels deep; Parley keeps topics at most %d levels deep", t.ID, t.Name, levels, storage.MaxTopicDepth)
}

func (x *resolver) topics(r *storage.ProjectRows) error {
	if err := checkTree(x.doc.Topics); err != nil {
		return err
	}
	for _, v := range x.doc.Topics {
		r.Topics = append(r.Topics, storage.Topic{ID: v.ID, ParentID: v.Parent, Name: v.Name, Position: v.Position,
			Description: v.Description, Keywords: v.Keywords, Revision: v.revision(), CreatedAt: v.CreatedAt.Time, UpdatedAt: v.UpdatedAt.Time})
	}
	x.topicPath = storage.TopicPathMap(r.Topics)
	x.paths = map[string][]int64{}
	for _, v := range x.doc.Topics {
		p := x.topicPath[v.ID]
		if v.Path != "" && v.Path != p {
			return fmt.Errorf("topic %d says its path is %q, but its parents make it %q", v.ID, v.Path, p)
		}
		x.paths[p] = append(x.paths[p], v.ID)
	}
	return nil
}

// topic resolves a topic path, with the ID that settles a shared path.
func (x *resolver) topic(owner string, ownerID int64, path string, id *int64) (int64, error) {
	ids := x.paths[path]
	if id != nil {
		if x.topicPath[*id] != path || len(ids) == 0 {
			return 0, fmt.Errorf("%s %d: topic_id %d is not a topic with path %q", owner, ownerID, *id, path)
		}
		return *id, nil
	}
	switch len(ids) {
	case 0:
		return 0, fmt.Errorf("%s %d names topic %q, which is not in the export's topics", owner, ownerID, path)
	case 1:
		return ids[0], nil
	}
	return 0, fmt.Errorf("%s %d names topic %q, which %d topics share; say which with topic_id", owner, ownerID, path, len(ids))
}

func (x *resolver) speaker(stID int64, name string, id *int64) (int64, error) {
	ids := x.speakers[name]
	if id != nil {
		if x.speakerName[*id] != name || len(ids) == 0 {
			return 0, fmt.Errorf("statement %d: speaker_id %d is not a speaker named %q", stID, *id, name)
		}
		return *id, nil
	}
	switch len(ids) {
	case 0:
		return 0, fmt.Errorf("statement %d names speaker %q, who is not in the export's speakers", stID, name)
	case 1:
		return ids[0], nil
	}
	return 0, fmt.Errorf("statement %d names speaker %q, a name %d speakers share; say which with speaker_id", stID, name, len(ids))
}

func (x *resolver) sources(r *storage.ProjectRows) error {
	x.hasSource = map[int64]bool{}
	x.sourceText = make(map[int64]string, len(x.doc.Sources))
	for _, v := range x.doc.Sources {
		if v.Dialogue != nil && !x.hasDialogue[*v.Dialogue] {
			return fmt.Errorf("source %d belongs to dialogue %d, which is not in the export's dialogues", v.ID, *v.Dialogue)
		}
		author, err := x.optional("source", v.ID, "party", x.parties, v.Author)
		if err != nil {
			return err
		}
		if v.SHA256 != "" && v.SHA256 != storage.TextHash(v.Text) {
			return fmt.Errorf("source %d: its text does not match its sha256; was the text edited? Statements point into it, so it must not change", v.ID)
		}
		format := v.Format
		if format == "" {
			format = "text"
		}
		x.hasSource[v.ID] = true
		x.sourceText[v.ID] = v.Text
		r.Sources = append(r.Sources, storage.Source{ID: v.ID, DialogueID: v.Dialogue, Title: v.Title, Publisher: v.Publisher, URL: v.URL,
			PublishedOn: v.PublishedOn, AuthorPartyID: author, Format: format, Text: v.Text, ImportedAt: v.ImportedAt.Time,
			Revision: v.revision(), CreatedAt: v.CreatedAt.Time, UpdatedAt: v.UpdatedAt.Time})
	}
	return nil
}
