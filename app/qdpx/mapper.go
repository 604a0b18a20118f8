package qdpx

import (
	"fmt"
	"strings"

	"parley/app/exchange"
	"parley/storage"
)

// roles a code plays in Parley.
type role int

const (
	roleNone role = iota
	roleTopic
	roleTag
	roleParty
	roleReported
	roleKind
	roleSpeaker
)

type codeInfo struct {
	role  role
	name  string // tag, party or kind name
	id    int64  // topic or speaker ID
	color string
	code  *xCode
}

// mapper turns a REFI-QDA project into Parley's document.
type mapper struct {
	a       *archive
	p       *xProject
	o       Options
	parley  bool // written by Parley: its code branches mean Parley's fields
	doc     *exchange.Document
	codes   map[string]*codeInfo
	topics  []storage.Topic
	paths   map[int64]string
	parties map[string]bool
	tags    map[string]bool
	notes   map[string]*xTextSource
	sels    map[string]int64 // selection GUID → statement ID
	vars    map[string]string
	skipped skipped
	nextID  map[string]int64
	byTopic []*codeInfo // topic codes in codebook order
}

func newMapper(a *archive, p *xProject, o Options) *mapper {
	n := selections(p)
	m := &mapper{a: a, p: p, o: o, codes: map[string]*codeInfo{}, parties: map[string]bool{}, tags: map[string]bool{},
		notes: map[string]*xTextSource{}, sels: make(map[string]int64, n), vars: map[string]string{}, skipped: skipped{},
		nextID: map[string]int64{}}
	// Sized once: 50,000 statements grown by append cost a tenth of the
	// mapping.
	m.doc = &exchange.Document{Format: exchange.FormatName, Version: exchange.Version, Settings: map[string]string{},
		Statements: make([]exchange.Statement, 0, n)}
	m.parley = p.Origin == Origin && p.CodeBook != nil && hasRoot(p.CodeBook.Codes.Code, branchTopics) &&
		hasRoot(p.CodeBook.Codes.Code, branchKinds)
	return m
}

// selections counts the project's text selections, the most there can be
// statements.
func selections(p *xProject) int {
	n := 0
	if p.Sources != nil {
		for _, s := range p.Sources.Text {
			n += len(s.Selection)
		}
	}
	return n
}

func hasRoot(cs []*xCode, name string) bool {
	for _, c := range cs {
		if c.Name == name {
			return true
		}
	}
	return false
}

func (m *mapper) id(kind string) int64 {
	m.nextID[kind]++
	return m.nextID[kind]
}

// document maps the whole project.
func (m *mapper) document() (*exchange.Document, error) {
	if m.p.Variables != nil {
		for _, v := range m.p.Variables.Variable {
			m.vars[v.GUID] = v.Name
		}
	}
	if m.p.CodeBook != nil {
		m.codebook(m.p.CodeBook.Codes.Code)
	}
	if m.p.Notes != nil {
		for _, n := range m.p.Notes.Note {
			m.notes[n.GUID] = n
		}
	}
	if err := m.sources(); err != nil {
		return nil, err
	}
	if err := m.links(); err != nil {
		return nil, err
	}
	m.assessments()
	m.finishTopics()
	return m.doc, nil
}

// codebook gives each code its role: under a Parley export's branches the
// branch says it; in any other project every code is a topic (the tree
// kept), but for the sub-codes of Options.PartyCode, which are parties.
func (m *mapper) codebook(roots []*xCode) {
	for i, c := range roots {
		r := roleTopic
		if m.parley {
			switch c.Name {
			case branchTopics:
				m.under(c.Code, roleTopic, nil)
				continue
			case branchTags:
				r = roleTag
			case branchParties:
				r = roleParty
			case branchReported:
				r = roleReported
			case branchKinds:
				r = roleKind
			case branchSpeakers:
				r = roleSpeaker
			}
			if r != roleTopic {
				m.codes[c.GUID] = &codeInfo{code: c}
				m.under(c.Code, r, nil)
				continue
			}
		}
		if m.o.PartyCode != "" && c.Name == m.o.PartyCode {
			m.codes[c.GUID] = &codeInfo{code: c}
			m.under(c.Code, roleParty, nil)
			continue
		}
		m.topic(c, nil, i)
	}
}

// under maps the codes cs, all of role r (topics nest under parent).
func (m *mapper) under(cs []*xCode, r role, parent *int64) {
	for i, c := range cs {
		info := &codeInfo{role: r, name: c.Name, color: color(c.Color), code: c}
		m.codes[c.GUID] = info
		switch r {
		case roleTopic:
			m.topic(c, parent, i)
			continue
		case roleTag:
			m.addTag(c.Name, info.color)
		case roleParty:
			m.addParty(c.Name, info.color, c.Description)
		case roleReported:
			info.name = strings.TrimPrefix(c.Name, "reported by ")
			m.addParty(info.name, info.color, "")
		case roleKind:
			if !storage.Kind(c.Name).Valid() {
				info.role = roleTag // a kind Parley does not know stays visible as a tag
				m.addTag(c.Name, info.color)
			}
		case roleSpeaker:
			info.id = m.id("speaker")
			m.doc.Speakers = append(m.doc.Speakers, exchange.Speaker{ID: info.id, Name: c.Name, Role: c.Description})
		}
		m.under(c.Code, r, parent) // sub-codes of a non-topic branch play the same role
	}
}

func (m *mapper) topic(c *xCode, parent *int64, pos int) {
	id := m.id("topic")
	info := &codeInfo{role: roleTopic, id: id, name: c.Name, code: c}
	m.codes[c.GUID] = info
	m.byTopic = append(m.byTopic, info)
	m.topics = append(m.topics, storage.Topic{ID: id, ParentID: parent, Name: c.Name, Position: pos, Description: c.Description})
	m.under(c.Code, roleTopic, &id)
}

func (m *mapper) addTag(name, col string) {
	if !m.tags[name] {
		m.tags[name] = true
		m.doc.Tags = append(m.doc.Tags, exchange.Tag{ID: m.id("tag"), Name: name, Color: col})
	}
}

func (m *mapper) addParty(name, col, short string) {
	if name == "" || m.parties[name] {
		return
	}
	m.parties[name] = true
	if col == "" {
		col = topicPalette[len(m.doc.Parties)%len(topicPalette)]
	}
	m.doc.Parties = append(m.doc.Parties, exchange.Party{ID: m.id("party"), Name: name, ShortName: short, Color: col,
		Position: len(m.doc.Parties)})
}

// finishTopics adds the topics with their paths.
func (m *mapper) finishTopics() {
	m.paths = storage.TopicPathMap(m.topics)
	for _, t := range m.topics {
		m.doc.Topics = append(m.doc.Topics, exchange.Topic{ID: t.ID, Parent: t.ParentID, Name: t.Name, Path: m.paths[t.ID],
			Position: t.Position, Description: t.Description})
	}
	for i := range m.doc.Statements {
		if v := &m.doc.Statements[i]; v.TopicID != nil {
			p := m.paths[*v.TopicID]
			v.Topic = &p
		}
	}
	for i := range m.doc.Assessments {
		a := &m.doc.Assessments[i]
		a.Topic = m.paths[*a.TopicID]
	}
}

func (m *mapper) unknownCode(where, guid string) error {
	return fmt.Errorf("project.qde: %s is coded with code %s, which the codebook does not have", where, guid)
}
