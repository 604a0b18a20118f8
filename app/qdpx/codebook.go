package qdpx

import (
	"sort"
	"strconv"

	"parley/app/exchange"
	"parley/storage"
)

// The branches of the code tree Parley writes. A Parley import recognises
// its own files by these root names (and Project@origin).
const (
	branchTopics   = "Topics"
	branchTags     = "Tags"
	branchParties  = "Parties"
	branchReported = "Reported by"
	branchKinds    = "Kinds"
	branchSpeakers = "Speakers"
)

// codebook is the exported code tree and the GUIDs statements code with.
type codebook struct {
	roots     []*xCode
	topic     map[int64]*xCode // by topic ID
	tag       map[string]string
	party     map[string]string
	reported  map[string]string
	kind      map[string]string
	speaker   map[int64]string
	topicID   map[string]int64 // path → ID where the path is unique
	speakerID map[string]int64 // name → ID where the name is unique
}

func buildCodebook(doc *exchange.Document, g guids) *codebook {
	cb := &codebook{topic: map[int64]*xCode{}, tag: map[string]string{}, party: map[string]string{},
		reported: map[string]string{}, kind: map[string]string{}, speaker: map[int64]string{},
		topicID: map[string]int64{}, speakerID: map[string]int64{}}
	names := uniqueNames{}
	root := func(n int64, name string) *xCode {
		c := &xCode{GUID: g.of("branch", n), Name: names.take(name)}
		cb.roots = append(cb.roots, c)
		return c
	}
	topics, tags, parties := root(1, branchTopics), root(2, branchTags), root(3, branchParties)
	reported, kinds, speakers := root(4, branchReported), root(5, branchKinds), root(6, branchSpeakers)
	cb.topicTree(doc, g, names, topics)
	for _, t := range doc.Tags {
		c := &xCode{GUID: g.of("tag", t.ID), Name: names.take(t.Name), IsCodable: true, Color: color(t.Color)}
		cb.tag[t.Name] = c.GUID
		tags.Code = append(tags.Code, c)
	}
	for _, p := range doc.Parties {
		c := &xCode{GUID: g.of("party", p.ID), Name: names.take(p.Name), IsCodable: true, Color: color(p.Color),
			Description: p.ShortName}
		cb.party[p.Name] = c.GUID
		parties.Code = append(parties.Code, c)
		r := &xCode{GUID: g.of("reported", p.ID), Name: names.take("reported by " + p.Name), IsCodable: true, Color: color(p.Color)}
		cb.reported[p.Name] = r.GUID
		reported.Code = append(reported.Code, r)
	}
	for i, k := range storage.Kinds {
		c := &xCode{GUID: g.of("kind", int64(i)), Name: names.take(string(k)), IsCodable: true}
		cb.kind[string(k)] = c.GUID
		kinds.Code = append(kinds.Code, c)
	}
	seen := map[string]int{}
	for _, s := range doc.Speakers {
		seen[s.Name]++
		cb.speakerID[s.Name] = s.ID
		c := &xCode{GUID: g.of("speaker", s.ID), Name: names.take(s.Name), IsCodable: true, Description: s.Role}
		cb.speaker[s.ID] = c.GUID
		speakers.Code = append(speakers.Code, c)
	}
	for name, n := range seen {
		if n > 1 {
			delete(cb.speakerID, name)
		}
	}
	for _, r := range cb.roots {
		r.IsCodable = false
	}
	return cb
}

// topicTree nests the topics under root in Parley's order (position, then
// ID), each top-level subtree in one colour.
func (cb *codebook) topicTree(doc *exchange.Document, g guids, names uniqueNames, root *xCode) {
	ts := append([]exchange.Topic(nil), doc.Topics...)
	sort.SliceStable(ts, func(i, j int) bool {
		if ts[i].Position != ts[j].Position {
			return ts[i].Position < ts[j].Position
		}
		return ts[i].ID < ts[j].ID
	})
	children := map[int64][]exchange.Topic{}
	var tops []exchange.Topic
	count := map[string]int{}
	for _, t := range ts {
		count[t.Path]++
		cb.topicID[t.Path] = t.ID
		if t.Parent == nil {
			tops = append(tops, t)
		} else {
			children[*t.Parent] = append(children[*t.Parent], t)
		}
	}
	for p, n := range count {
		if n > 1 {
			delete(cb.topicID, p)
		}
	}
	var add func(parent *xCode, t exchange.Topic, col string, depth int)
	add = func(parent *xCode, t exchange.Topic, col string, depth int) {
		c := &xCode{GUID: g.of("topic", t.ID), Name: names.take(t.Name), IsCodable: true, Color: col, Description: t.Description}
		cb.topic[t.ID] = c
		parent.Code = append(parent.Code, c)
		if depth > len(ts) { // a loop of parents; exchange refuses these anyway
			return
		}
		for _, ch := range children[t.ID] {
			add(c, ch, col, depth+1)
		}
	}
	for i, t := range tops {
		add(root, t, topicPalette[i%len(topicPalette)], 0)
	}
}

// codings lists the codes of statement v: topic, kind, parties, reported
// by, speaker, tags; the first is the topic when it has one, which is what
// a peer shows first.
func (cb *codebook) codings(v *exchange.Statement, g guids) []xCoding {
	var refs []string
	if v.Topic != nil {
		id := cb.topicID[*v.Topic]
		if v.TopicID != nil {
			id = *v.TopicID
		}
		if c, ok := cb.topic[id]; ok {
			refs = append(refs, c.GUID)
		}
	}
	if k, ok := cb.kind[v.Kind]; ok {
		refs = append(refs, k)
	}
	for _, p := range v.Parties {
		refs = appendKnown(refs, cb.party, p)
	}
	if v.ReportedBy != nil {
		refs = appendKnown(refs, cb.reported, *v.ReportedBy)
	}
	if v.Speaker != nil {
		id, ok := cb.speakerID[*v.Speaker]
		if v.SpeakerID != nil {
			id, ok = *v.SpeakerID, true
		}
		if c, found := cb.speaker[id]; ok && found {
			refs = append(refs, c)
		}
	}
	for _, t := range v.Tags {
		refs = appendKnown(refs, cb.tag, t)
	}
	out := make([]xCoding, len(refs))
	for i, r := range refs {
		out[i] = xCoding{GUID: g.of("coding"+strconv.Itoa(i), v.ID), CodeRef: xRef{Target: r}}
	}
	return out
}

func appendKnown(refs []string, m map[string]string, name string) []string {
	if c, ok := m[name]; ok {
		return append(refs, c)
	}
	return refs
}
