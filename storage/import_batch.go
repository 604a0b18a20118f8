package storage

import (
	"context"
	"fmt"
	"strings"
	"time"

	"gorm.io/gorm"
)

// ImportBatch is everything one accepted import adds: the source, the
// parties, speakers and topics its statements name (created when missing,
// matched by name otherwise) and the statements. ImportSource stores it in
// one transaction, so a failed import leaves the project as it was.
type ImportBatch struct {
	DialogueID    int64  // the dialogue, or 0 to find or create DialogueTitle
	DialogueTitle string //
	Source        Source // its AuthorPartyID is set from AuthorParty
	AuthorParty   string // a party name or short name, or ""
	Parties       []Party
	Speakers      []ImportSpeaker
	Topics        []ImportTopic
	Statements    []ImportStatement
	// Fill, when set, is called inside the transaction once the source is
	// stored, to add the statements and the parties, speakers and topics
	// they name, a batch at a time: it appends them to b and calls flush,
	// which stores what b holds and empties its lists (whatever is left
	// when Fill returns is stored after it). A large text's statements are
	// proposed there and never held all at once: gathering the 331,000 of
	// a 50 MB text first took 110 MB. An error from Fill or flush stores
	// nothing.
	Fill func(b *ImportBatch, flush func() error) error
	// Expected is how many statements Fill is likely to add, for progress.
	Expected int
	// TopicOrder, when set, orders the topics the import creates among
	// their new siblings by the first of these paths that they are or lead
	// to (topics it does not name follow, by path), as if they had been
	// created in that order: a Fill creates them as its statements first
	// use them.
	TopicOrder []string
	// Lessons are what the analyst's review of the statements taught
	// (see Learn); they are learnt in the import's transaction.
	Lessons []Lesson
}

// ImportSpeaker is a speaker to find by name or create.
type ImportSpeaker struct {
	Name, Role, Party string
}

// ImportTopic is a topic path to find or create, with the keywords a new
// topic gets.
type ImportTopic struct {
	Path, Keywords string
}

// ImportStatement is one statement of a batch, naming its parties,
// speaker, topic path and reporting party.
type ImportStatement struct {
	Text       string // empty: the source text's runes [Start, End)
	Start, End int
	Kind       Kind
	Parties    []string
	Speaker    string
	Topic      string
	ReportedBy string
}

// ImportResult says what ImportSource stored.
type ImportResult struct {
	DialogueID   int64
	SourceID     int64
	StatementIDs []int64
}

// ImportSource stores a batch in one transaction.
func (s *Store) ImportSource(ctx context.Context, b *ImportBatch, progress BulkProgress) (ImportResult, error) {
	var res ImportResult
	if err := checkText("source text", b.Source.Text); err != nil {
		return res, err
	}
	if b.Fill == nil {
		// Found before anything is written; a Fill's statements are checked
		// as they come.
		if err := checkImportStatements(b.Source.Text, b.Statements, &runeCursor{}, 0, len(b.Statements)); err != nil {
			return res, err
		}
	}
	err := s.write(ctx, "import source", func(tx *gorm.DB) (err error) {
		restore, err := s.d.lightCache(tx)
		if err != nil {
			return err
		}
		defer func() {
			if e := restore(); e != nil && err == nil {
				err = fmt.Errorf("restore the page cache: %w", e)
			}
		}()
		im := importer{tx: tx, d: s.d, author: s.Author(), parties: map[string]int64{}, speakers: map[string]int64{}, topics: map[string]int64{}}
		if res.DialogueID, err = im.dialogue(b.DialogueID, b.DialogueTitle); err != nil {
			return err
		}
		if err := im.vocabulary(b); err != nil {
			return err
		}
		src := b.Source
		src.ID, src.DialogueID = 0, &res.DialogueID
		if src.Title, err = checkName("source", src.Title); err != nil {
			return err
		}
		src.SHA256 = TextHash(src.Text)
		if src.ImportedAt.IsZero() {
			src.ImportedAt = storedTime(time.Now())
		}
		if b.AuthorParty != "" {
			id, err := im.party(b.AuthorParty)
			if err != nil {
				return err
			}
			src.AuthorPartyID = &id
		}
		stored := []Source{src}
		if err := s.d.insertSources(tx, stored); err != nil {
			return fmt.Errorf("store the source: %w", err)
		}
		src = stored[0]
		res.SourceID = src.ID
		w := im.newStatementWriter(ctx, res.DialogueID, src, progress)
		if b.Fill == nil {
			w.total = len(b.Statements)
			for start := 0; start < len(b.Statements); start += bulkRows {
				if err := w.add(b.Statements[start:min(start+bulkRows, len(b.Statements))]); err != nil {
					return err
				}
			}
		} else {
			w.total = b.Expected
			flush := func() error {
				if err := im.vocabulary(b); err != nil {
					return err
				}
				if err := checkImportStatements(src.Text, b.Statements, &w.cur, w.n, 0); err != nil {
					return err
				}
				if err := w.add(b.Statements); err != nil {
					return err
				}
				b.Parties, b.Speakers, b.Topics, b.Statements = b.Parties[:0], b.Speakers[:0], b.Topics[:0], b.Statements[:0]
				return nil
			}
			if err := b.Fill(b, flush); err != nil {
				return err
			}
			if err := flush(); err != nil {
				return err
			}
		}
		if res.StatementIDs, err = w.finish(); err != nil {
			return err
		}
		if err := im.orderTopics(b.TopicOrder); err != nil {
			return err
		}
		_, err = learn(tx, b.Lessons)
		return err
	})
	if err != nil {
		return ImportResult{}, err
	}
	return res, nil
}

// checkImportStatements fills in the texts of statements from their spans
// in text, walking it with cur, and checks them. They follow the first
// before statements of total (0: not known yet).
func checkImportStatements(text string, in []ImportStatement, cur *runeCursor, before, total int) error {
	for i := range in {
		if err := spanText(text, &in[i], cur); err != nil {
			return fmt.Errorf("%s: %w", statementNumber(before+i, total), err)
		}
		st := Statement{Text: in[i].Text, Kind: in[i].Kind, DialogueID: 1, Start: in[i].Start, End: in[i].End}
		if err := checkStatement(&st); err != nil {
			return fmt.Errorf("%s: %w", statementNumber(before+i, total), err)
		}
	}
	return nil
}

// statementNumber names the ith statement (from 0) of total (0: not
// known).
func statementNumber(i, total int) string {
	if total == 0 {
		return fmt.Sprintf("statement %d", i+1)
	}
	return fmt.Sprintf("statement %d of %d", i+1, total)
}

type importer struct {
	tx       *gorm.DB
	d        dialect
	author   string // names the statements' maker
	parties  map[string]int64
	speakers map[string]int64
	topics   map[string]int64
	created  []createdTopic // the topics the import created, in order
}

func (im *importer) dialogue(id int64, title string) (int64, error) {
	if id != 0 {
		var d Dialogue
		if err := im.tx.First(&d, id).Error; err != nil {
			return 0, notFound(err, "dialogue", id)
		}
		return id, nil
	}
	title, err := checkName("dialogue", title)
	if err != nil {
		return 0, err
	}
	var d Dialogue
	if err := im.tx.Where("lower(title) = lower(?)", title).Order("id").Limit(1).Find(&d).Error; err != nil {
		return 0, err
	}
	if d.ID == 0 {
		d = Dialogue{Title: title}
		if err := im.tx.Create(&d).Error; err != nil {
			return 0, fmt.Errorf("create dialogue %q: %w", title, err)
		}
	}
	return d.ID, nil
}

// vocabulary finds or creates the batch's parties, topics and speakers.
func (im *importer) vocabulary(b *ImportBatch) error {
	for _, p := range b.Parties {
		if _, err := im.ensureParty(p); err != nil {
			return err
		}
	}
	for _, t := range b.Topics {
		top, err := im.topic(t.Path)
		if err != nil {
			return err
		}
		if top.Keywords == "" && t.Keywords != "" {
			if err := im.tx.Model(&Topic{ID: top.ID}).Update("keywords", t.Keywords).Error; err != nil {
				return err
			}
		}
	}
	for _, sp := range b.Speakers {
		if _, err := im.speaker(sp); err != nil {
			return err
		}
	}
	return nil
}

func (im *importer) ensureParty(p Party) (int64, error) {
	name, err := checkName("party", p.Name)
	if err != nil {
		return 0, err
	}
	if id, ok := im.parties[strings.ToLower(name)]; ok {
		return id, nil
	}
	var old Party
	q := im.tx.Where("lower(name) = lower(?)", name)
	if p.ShortName != "" {
		q = q.Or("short_name <> '' AND lower(short_name) = lower(?)", p.ShortName)
	}
	if err := q.Order("id").Limit(1).Find(&old).Error; err != nil {
		return 0, err
	}
	if old.ID == 0 {
		if p.Color == "" || checkColor(p.Color) != nil {
			p.Color = DefaultPartyColor
		}
		var max int
		if err := im.tx.Model(&Party{}).Select("coalesce(max(position), 0)").Scan(&max).Error; err != nil {
			return 0, fmt.Errorf("create party %q: %w", name, err)
		}
		old = Party{Name: name, ShortName: p.ShortName, Color: p.Color, Position: max + 1}
		if err := im.tx.Create(&old).Error; err != nil {
			return 0, fmt.Errorf("create party %q: %w", name, err)
		}
	}
	im.parties[strings.ToLower(name)] = old.ID
	if p.ShortName != "" {
		im.parties[strings.ToLower(p.ShortName)] = old.ID
	}
	return old.ID, nil
}

func (im *importer) party(name string) (int64, error) {
	if id, ok := im.parties[strings.ToLower(strings.TrimSpace(name))]; ok {
		return id, nil
	}
	var p Party
	n := strings.TrimSpace(name)
	err := im.tx.Where("lower(name) = lower(?) OR (short_name <> '' AND lower(short_name) = lower(?))", n, n).Order("id").Limit(1).Find(&p).Error
	if err != nil {
		return 0, err
	}
	if p.ID == 0 {
		return im.ensureParty(Party{Name: n})
	}
	im.parties[strings.ToLower(n)] = p.ID
	return p.ID, nil
}

func (im *importer) speaker(sp ImportSpeaker) (int64, error) {
	name, err := checkName("speaker", sp.Name)
	if err != nil {
		return 0, err
	}
	if id, ok := im.speakers[strings.ToLower(name)]; ok {
		return id, nil
	}
	var partyID *int64
	if sp.Party != "" {
		id, err := im.party(sp.Party)
		if err != nil {
			return 0, err
		}
		partyID = &id
	}
	var old Speaker
	if err := im.tx.Where("lower(name) = lower(?)", name).Order("id").Limit(1).Find(&old).Error; err != nil {
		return 0, err
	}
	if old.ID == 0 {
		old = Speaker{Name: name, Role: sp.Role, PartyID: partyID}
		if err := im.tx.Create(&old).Error; err != nil {
			return 0, fmt.Errorf("create speaker %q: %w", name, err)
		}
	}
	im.speakers[strings.ToLower(name)] = old.ID
	return old.ID, nil
}

// row is statement x ready for the bulk writer, its names resolved.
func (im *importer) row(x ImportStatement, dialogueID, sourceID, position int64) (StatementInput, error) {
	st := Statement{DialogueID: dialogueID, Position: position, Kind: x.Kind, Text: x.Text,
		SourceID: &sourceID, Start: x.Start, End: x.End}
	if err := im.refs(&st, x); err != nil {
		return StatementInput{}, err
	}
	row := StatementInput{Statement: st}
	for _, p := range x.Parties {
		pid, err := im.party(p)
		if err != nil {
			return StatementInput{}, err
		}
		row.PartyIDs = append(row.PartyIDs, pid)
	}
	return row, nil
}

func (im *importer) refs(st *Statement, x ImportStatement) error {
	if x.Speaker != "" {
		id, err := im.speaker(ImportSpeaker{Name: x.Speaker})
		if err != nil {
			return err
		}
		st.SpeakerID = &id
	}
	if x.ReportedBy != "" {
		id, err := im.party(x.ReportedBy)
		if err != nil {
			return err
		}
		st.ReportedByID = &id
	}
	if x.Topic != "" {
		id, ok := im.topics[x.Topic]
		if !ok {
			t, err := im.topic(x.Topic)
			if err != nil {
				return err
			}
			id = t.ID
		}
		st.TopicID = &id
	}
	return nil
}
