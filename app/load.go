package app

import (
	"context"
	"fmt"
	"runtime/debug"
	"time"

	"parley/app/pairing"
	"parley/storage"
)

// The parts of the view a load reads.
const (
	loadVocab   = 1 << iota // dialogues, parties, topics, tags, speakers
	loadCounts              // per-topic counts and assessments of the dialogue
	loadColumns             // the statements of the topic, per column
	loadDetail              // the selected statement with its notes and links
	loadAll     = loadVocab | loadCounts | loadColumns | loadDetail
)

// columnLimit bounds how many statements a column view holds at once, so
// that "All topics" of a very large dialogue stays quick; the header says
// when statements were left out.
const columnLimit = 300

// viewData is what the window shows, as storage last returned it.
type viewData struct {
	dialogues []storage.Dialogue
	parties   []storage.Party
	topics    []storage.Topic
	tags      []storage.Tag
	speakers  []storage.Speaker
	topicByID map[int64]storage.Topic
	partyByID map[int64]storage.Party
	paths     map[int64]string

	countDialogue int64
	counts        map[int64]map[int64]int // topic → party → statements, subtopics included
	noTopic       map[int64]int           // party → statements without topic
	total         map[int64]int           // party → statements of the dialogue
	assessments   map[int64]storage.Assessment

	columns   []storage.Column
	truncated bool

	suggestions []pairing.Found         // links proposed between the dialogue's two readouts, but the dismissed ones
	dismissed   []pairing.Found         // those of them the analyst dismissed
	unanswered  []storage.StatementView // one side's points the other readout does not answer
	openCounts  map[int64]map[int64]int // topic → party → unanswered, subtopics included
	openNoTopic map[int64]int           // party → unanswered without topic
	openTotal   map[int64]int           // party → unanswered in the dialogue

	detail *detailData
}

// detailData is the selected statement as the detail editor shows it.
type detailData struct {
	view  storage.StatementView
	row   storage.Statement // its version and who made and changed it
	notes []storage.Note
	links []storage.LinkView
}

// viewQuery is what to load, copied from the workspace so that the
// background job never reads state the UI goroutine changes.
type viewQuery struct {
	parts      int
	dialogueID int64
	topic      topicKey
	columns    []int64
	filter     columnFilter
	selected   int64
}

// load reads the parts of the view in the background and puts them on
// screen; a load overtaken by a newer one is dropped.
func (ws *Workspace) load(parts int) {
	if ws.store() == nil {
		return
	}
	ws.gen++
	gen := ws.gen
	q := viewQuery{parts: parts, dialogueID: ws.dialogueID, topic: ws.topic, filter: ws.filter, selected: ws.selected}
	if ws.columnsChosen {
		q.columns = append([]int64(nil), ws.columns...)
	}
	prev := ws.data
	st := ws.store()
	var next viewData
	var err error
	tr := ws.trace
	ws.run.run(func() {
		tr.first("data read: start")
		// One read transaction: the lists, counts, columns and detail
		// all show the project as it was at one moment.
		err = st.Read(context.Background(), func(ctx context.Context) error {
			var err error
			next, err = readView(ctx, st, &q, prev)
			return err
		})
		tr.first("data read: done")
	}, func() {
		if gen != ws.gen || st != ws.store() {
			return
		}
		if err != nil {
			ws.showError("Could not read the project", err)
			return
		}
		ws.apply(q, next)
	})
}

// readView reads what q asks for; the parts not asked for come from prev.
// Empty dialogue or column choices are filled with sensible defaults.
func readView(ctx context.Context, st *storage.Store, q *viewQuery, prev viewData) (viewData, error) {
	d := prev
	if q.parts&loadVocab != 0 || d.topicByID == nil {
		if err := readVocab(ctx, st, &d); err != nil {
			return d, err
		}
	}
	if !hasDialogue(d.dialogues, q.dialogueID) {
		q.dialogueID = 0
		if len(d.dialogues) > 0 {
			q.dialogueID = d.dialogues[0].ID
		}
	}
	// Columns remembered for parties deleted since are dropped.
	kept := q.columns[:0:0]
	for _, id := range q.columns {
		if _, ok := d.partyByID[id]; ok {
			kept = append(kept, id)
		}
	}
	q.columns = kept
	if q.parts&loadCounts != 0 || d.countDialogue != q.dialogueID {
		if err := readCounts(ctx, st, &d, q.dialogueID); err != nil {
			return d, err
		}
		if err := readPairing(ctx, st, &d, q.dialogueID); err != nil {
			return d, err
		}
	}
	if len(q.columns) == 0 {
		q.columns = defaultColumns(d)
	}
	if q.parts&loadColumns != 0 {
		if err := readColumns(ctx, st, &d, *q); err != nil {
			return d, err
		}
	}
	if q.parts&(loadDetail|loadColumns) != 0 {
		d.detail = nil
		if q.selected != 0 {
			dd, err := readDetail(ctx, st, q.selected)
			if err != nil && storage.CodeOf(err) != storage.CodeNotFound {
				return d, err
			}
			if err == nil {
				d.detail = &dd
			}
		}
	}
	return d, nil
}

func hasDialogue(ds []storage.Dialogue, id int64) bool {
	for _, d := range ds {
		if d.ID == id {
			return true
		}
	}
	return false
}

func readVocab(ctx context.Context, st *storage.Store, d *viewData) error {
	var err error
	if d.dialogues, err = st.Dialogues(ctx); err != nil {
		return err
	}
	if d.parties, err = st.Parties(ctx); err != nil {
		return err
	}
	if d.topics, err = st.Topics(ctx); err != nil {
		return err
	}
	if d.tags, err = st.Tags(ctx); err != nil {
		return err
	}
	if d.speakers, err = st.Speakers(ctx); err != nil {
		return err
	}
	d.topicByID = make(map[int64]storage.Topic, len(d.topics))
	for _, t := range d.topics {
		d.topicByID[t.ID] = t
	}
	d.partyByID = make(map[int64]storage.Party, len(d.parties))
	for _, p := range d.parties {
		d.partyByID[p.ID] = p
	}
	d.paths = storage.TopicPathMap(d.topics)
	return nil
}

func readCounts(ctx context.Context, st *storage.Store, d *viewData, dialogueID int64) error {
	d.countDialogue = dialogueID
	d.counts, d.noTopic, d.total = map[int64]map[int64]int{}, map[int64]int{}, map[int64]int{}
	d.assessments = map[int64]storage.Assessment{}
	if dialogueID == 0 {
		return nil
	}
	cs, err := st.TopicCounts(ctx, dialogueID)
	if err != nil {
		return err
	}
	own := map[int64]map[int64]int{}
	for _, c := range cs {
		d.total[c.PartyID] += c.Count
		if c.TopicID == 0 {
			d.noTopic[c.PartyID] += c.Count
			continue
		}
		if own[c.TopicID] == nil {
			own[c.TopicID] = map[int64]int{}
		}
		own[c.TopicID][c.PartyID] += c.Count
	}
	d.counts = storage.RollUp(d.topics, own)
	as, err := st.Assessments(ctx, dialogueID)
	if err != nil {
		return err
	}
	for _, a := range as {
		d.assessments[a.TopicID] = a
	}
	return nil
}

// readColumns reads the statements of the topic (with its subtopics) for
// every column in one query and deals them out to their parties.
func readColumns(ctx context.Context, st *storage.Store, d *viewData, q viewQuery) error {
	d.columns, d.truncated = nil, false
	if q.dialogueID == 0 || len(q.columns) == 0 {
		return nil
	}
	f := q.filter.statementFilter()
	f.DialogueID = q.dialogueID
	if q.filter.unanswered {
		f.IDs = unansweredIDs(d.unanswered)
	}
	// The parties are picked out below rather than in the query: a party
	// filter makes SQLite collect the statements of those parties in every
	// dialogue first, which at a million statements costs tens of
	// milliseconds, while one topic of one dialogue is a few hundred rows.
	switch q.topic {
	case topicAll:
	case topicNone:
		f.NoTopic = true
	default:
		f.TopicIDs = subtree(d.topics, q.topic.id())
	}
	vs, err := st.ColumnViews(ctx, f, columnLimit)
	if err != nil {
		return fmt.Errorf("read the statements of the topic: %w", err)
	}
	d.truncated = len(vs) == columnLimit
	d.columns = make([]storage.Column, len(q.columns))
	for i, p := range q.columns {
		d.columns[i].PartyID = p
		for _, v := range vs {
			if v.HeldBy(p) {
				d.columns[i].Statements = append(d.columns[i].Statements, v)
			}
		}
	}
	return nil
}

func readDetail(ctx context.Context, st *storage.Store, id int64) (detailData, error) {
	var dd detailData
	// One read transaction, so the pane never mixes a statement with
	// notes or links from after a colleague's save.
	err := st.Read(ctx, func(ctx context.Context) error {
		var err error
		if dd.view, err = st.StatementView(ctx, id); err != nil {
			return err
		}
		if dd.row, err = st.Statement(ctx, id); err != nil {
			return err
		}
		if dd.notes, err = st.NotesOf(ctx, id, 0, 0); err != nil {
			return err
		}
		dd.links, err = st.LinksOf(ctx, id)
		return err
	})
	return dd, err
}

// subtree returns id and the IDs of its descendants, from the loaded tree.
func subtree(topics []storage.Topic, id int64) []int64 {
	kids := map[int64][]int64{}
	for _, t := range topics {
		if t.ParentID != nil {
			kids[*t.ParentID] = append(kids[*t.ParentID], t.ID)
		}
	}
	out := []int64{id}
	for i := 0; i < len(out) && i < 100000; i++ {
		out = append(out, kids[out[i]]...)
	}
	return out
}

// settleDelay is how long after data is on screen the window has surely
// painted it.
const settleDelay = 2 * time.Second

// releaseMemory hands the memory a load left as garbage back to the system
// once the window has been quiet for settleDelay. Opening a project leaves
// much short-lived garbage (every card measured, every row scanned), and
// painting the first frames as much again; so does every burst of topic
// switches after it. Go's collector keeps the heap it has grown to (up to
// twice what is live) for the next burst: some 30 MB at a million
// statements after two dozen topics, held for the whole session.
// Collecting more often instead (GOGC=50) kept less while clicking but cost
// every switch 4–13 % more CPU (BenchmarkTopicSwitch at 1M). SQLite's page
// caches are handed back with it (storage.ReleaseCaches): the pages the
// load read, some 6 MB at a million statements, stay cached otherwise; a
// switch after the release reads its pages again from the system's file
// cache, which costs it little (BenchmarkTopicSwitch/click-after-release).
func (ws *Workspace) releaseMemory() {
	if ws.release == nil {
		go handBackMemory() // the project's first view: at once, and again once painted
		ws.release = time.AfterFunc(settleDelay, handBackMemory)
		return
	}
	ws.release.Reset(settleDelay)
}

// handBackMemory frees SQLite's unused cached pages, then hands Go's free
// heap back to the system.
func handBackMemory() {
	storage.ReleaseCaches()
	debug.FreeOSMemory()
}

// apply puts freshly read data on screen.
func (ws *Workspace) apply(q viewQuery, d viewData) {
	ws.data = d
	ws.dialogueID = q.dialogueID
	if !ws.columnsChosen || len(ws.columns) == 0 || len(q.columns) < len(ws.columns) {
		ws.columns = q.columns
	}
	if d.detail == nil {
		ws.selected = 0
	}
	if q.parts&(loadVocab|loadCounts) != 0 {
		ws.view.applyVocab()
		ws.tree.apply()
		ws.assess.apply()
		ws.overview.apply()
		ws.evolution.changed()
	}
	if q.parts&loadColumns != 0 || q.parts&loadDetail != 0 {
		ws.view.applyColumns()
	}
	ws.detail.apply()
	ws.menu.refreshUndo()
	if ws.managerOpen != nil {
		ws.managerOpen.reload()
	}
	if ws.trace != nil {
		ws.trace.ready()
	}
	ws.releaseMemory()
	hooks := ws.onLoad
	ws.onLoad = nil
	for _, h := range hooks {
		h()
	}
}
