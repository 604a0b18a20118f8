package exchange

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"

	"parley/storage"
)

// FormatName and Version identify the JSON format. Version goes up with
// any change to the fields; a reader refuses a version it does not know
// rather than drop fields it would not understand.
const (
	FormatName = "parley-project"
	Version    = 3
)

// Document is a whole project in the JSON format of docs/json-format.md.
// Every list is ordered by ID. Parties, tags and series are referred to by
// name, topics by path, speakers by name; everything else by ID.
type Document struct {
	Format      string            `json:"format"`
	Version     int               `json:"version"`
	Settings    map[string]string `json:"settings"`
	Series      []Series          `json:"series"`
	Dialogues   []Dialogue        `json:"dialogues"`
	Parties     []Party           `json:"parties"`
	Speakers    []Speaker         `json:"speakers"`
	Topics      []Topic           `json:"topics"`
	Tags        []Tag             `json:"tags"`
	Sources     []Source          `json:"sources"`
	Statements  []Statement       `json:"statements"`
	Links       []Link            `json:"links"`
	Assessments []Assessment      `json:"assessments"`
	Notes       []Note            `json:"notes"`
	RegisterLists
}

// Stamps are the creation and last-change times every row carries, and
// from version 2 on who made the row and who changed it last (absent when
// no one is recorded).
type Stamps struct {
	CreatedAt Time   `json:"created_at"`
	UpdatedAt Time   `json:"updated_at"`
	CreatedBy string `json:"created_by,omitempty"`
	UpdatedBy string `json:"updated_by,omitempty"`
}

// revision is the authorship of s as storage keeps it; the row's version
// starts again at 1 in the project it is imported into.
func (s Stamps) revision() storage.Revision {
	return storage.Revision{CreatedBy: s.CreatedBy, UpdatedBy: s.UpdatedBy}
}

// Series is a recurring dialogue.
type Series struct {
	ID          int64  `json:"id"`
	Name        string `json:"name"`
	Description string `json:"description"`
	Stamps
}

// Dialogue is one round; Series is the series' name or null.
type Dialogue struct {
	ID        int64   `json:"id"`
	Series    *string `json:"series"`
	Title     string  `json:"title"`
	Round     int     `json:"round"`
	Place     string  `json:"place"`
	StartDate string  `json:"start_date"`
	EndDate   string  `json:"end_date"`
	Stamps
}

// Party is a delegation; its name is unique.
type Party struct {
	ID        int64  `json:"id"`
	Name      string `json:"name"`
	ShortName string `json:"short_name"`
	Color     string `json:"color"`
	Position  int    `json:"position"`
	Stamps
}

// Speaker is a person of a party (Party is the party's name or null).
type Speaker struct {
	ID    int64   `json:"id"`
	Name  string  `json:"name"`
	Role  string  `json:"role"`
	Party *string `json:"party"`
	Stamps
}

// Topic is a node of the topic tree. Parent is the parent's ID; Path is
// the names from the root joined by "/", the form statements and
// assessments use to refer to it.
type Topic struct {
	ID          int64  `json:"id"`
	Parent      *int64 `json:"parent"`
	Name        string `json:"name"`
	Path        string `json:"path"`
	Position    int    `json:"position"`
	Description string `json:"description"`
	Keywords    string `json:"keywords"`
	Stamps
}

// Tag is a label; its name is unique.
type Tag struct {
	ID    int64  `json:"id"`
	Name  string `json:"name"`
	Color string `json:"color"`
	Stamps
}

// Source is an imported document with its full text. Dialogue is an ID,
// Author a party name; SHA256 is checked against Text on import.
type Source struct {
	ID          int64   `json:"id"`
	Dialogue    *int64  `json:"dialogue"`
	Title       string  `json:"title"`
	Publisher   string  `json:"publisher"`
	URL         string  `json:"url"`
	PublishedOn string  `json:"published_on"`
	Author      *string `json:"author"`
	Format      string  `json:"format"`
	SHA256      string  `json:"sha256"`
	ImportedAt  Time    `json:"imported_at"`
	Text        string  `json:"text"`
	Stamps
}

// Statement is one stated position. Parties, ReportedBy, Speaker and Tags
// are names, Topic a path; Dialogue and Source are IDs. SpeakerID and
// TopicID appear only when the name or path is shared by two speakers or
// topics and so does not say which is meant.
type Statement struct {
	ID         int64    `json:"id"`
	Dialogue   int64    `json:"dialogue"`
	Position   int64    `json:"position"`
	Parties    []string `json:"parties"`
	ReportedBy *string  `json:"reported_by"`
	Speaker    *string  `json:"speaker"`
	SpeakerID  *int64   `json:"speaker_id,omitempty"`
	Topic      *string  `json:"topic"`
	TopicID    *int64   `json:"topic_id,omitempty"`
	Kind       string   `json:"kind"`
	Text       string   `json:"text"`
	Source     *int64   `json:"source"`
	Start      int      `json:"start"`
	End        int      `json:"end"`
	Tags       []string `json:"tags"`
	Stamps
}

// Link relates statement From to statement To.
type Link struct {
	ID   int64  `json:"id"`
	From int64  `json:"from"`
	To   int64  `json:"to"`
	Type string `json:"type"`
	Stamps
}

// Assessment is the verdict on a topic (a path) in a dialogue (an ID).
type Assessment struct {
	ID       int64  `json:"id"`
	Dialogue int64  `json:"dialogue"`
	Topic    string `json:"topic"`
	TopicID  *int64 `json:"topic_id,omitempty"`
	Verdict  string `json:"verdict"`
	Text     string `json:"text"`
	Stamps
}

// Note annotates exactly one statement, link or assessment (IDs).
type Note struct {
	ID         int64  `json:"id"`
	Statement  *int64 `json:"statement"`
	Link       *int64 `json:"link"`
	Assessment *int64 `json:"assessment"`
	Body       string `json:"body"`
	Stamps
}

// Time is a time stamp written in RFC 3339 in UTC with as many fractional
// seconds as it has; a project keeps them to the microsecond. A
// missing or null time reads as zero, which an import replaces with now.
type Time struct{ time.Time }

// MarshalJSON writes t in UTC.
func (t Time) MarshalJSON() ([]byte, error) {
	if t.IsZero() {
		return []byte("null"), nil
	}
	return json.Marshal(t.UTC().Format(time.RFC3339Nano))
}

// UnmarshalJSON reads an RFC 3339 time with any offset and keeps it in UTC.
func (t *Time) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		t.Time = time.Time{}
		return nil
	}
	var s string
	if n := len(b); n >= 2 && b[0] == '"' && b[n-1] == '"' && !bytes.ContainsAny(b[1:n-1], "\\\"") {
		// A plain string, as every export writes its times: taken as it
		// is, without a second decoder (two times in every statement).
		s = string(b[1 : n-1])
	} else if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("a time must be a string such as \"2024-06-16T09:00:00Z\"")
	}
	v, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return fmt.Errorf("%q is not an RFC 3339 time such as \"2024-06-16T09:00:00Z\"", s)
	}
	t.Time = v.UTC()
	return nil
}
