package qdpx

import "encoding/xml"

// Namespace is the REFI-QDA project namespace. QualCoder reads nothing from
// elements outside it (no error, no rows), so every element carries it.
const Namespace = "urn:QDA-XML:project:1.0"

// The element types below follow Project-mrt2019.xsd (testdata) in the
// order its sequences demand; only what Parley writes or reads is
// declared, and unknown elements are skipped on import.

type xProject struct {
	XMLName          xml.Name    `xml:"urn:QDA-XML:project:1.0 Project"`
	Name             string      `xml:"name,attr"`
	Origin           string      `xml:"origin,attr"`
	CreatingUser     string      `xml:"creatingUserGUID,attr,omitempty"`
	CreationDateTime string      `xml:"creationDateTime,attr,omitempty"`
	Users            *xUsers     `xml:"Users"`
	CodeBook         *xCodeBook  `xml:"CodeBook"`
	Variables        *xVariables `xml:"Variables"`
	Cases            *xCases     `xml:"Cases"`
	Sources          *xSources   `xml:"Sources"`
	Notes            *xNotes     `xml:"Notes"`
	Links            *xLinks     `xml:"Links"`
	Description      string      `xml:"Description,omitempty"`
}

type xUsers struct {
	User []xUser `xml:"User"`
}

type xUser struct {
	GUID string `xml:"guid,attr"`
	Name string `xml:"name,attr,omitempty"`
}

type xCodeBook struct {
	Codes xCodes `xml:"Codes"`
}

type xCodes struct {
	Code []*xCode `xml:"Code"`
}

type xCode struct {
	GUID        string   `xml:"guid,attr"`
	Name        string   `xml:"name,attr"`
	IsCodable   bool     `xml:"isCodable,attr"`
	Color       string   `xml:"color,attr,omitempty"`
	Description string   `xml:"Description,omitempty"`
	NoteRef     []xRef   `xml:"NoteRef"`
	Code        []*xCode `xml:"Code"`
}

type xVariables struct {
	Variable []xVariable `xml:"Variable"`
}

type xVariable struct {
	GUID        string `xml:"guid,attr"`
	Name        string `xml:"name,attr"`
	Type        string `xml:"typeOfVariable,attr"`
	Description string `xml:"Description,omitempty"`
}

type xCases struct {
	Case []xCase `xml:"Case"`
}

// xCase is read only: QualCoder drops a named case's link to its source,
// so Parley carries parties as codes and variables instead.
type xCase struct {
	GUID          string           `xml:"guid,attr"`
	Name          string           `xml:"name,attr"`
	VariableValue []xVariableValue `xml:"VariableValue"`
	SourceRef     []xRef           `xml:"SourceRef"`
	SelectionRef  []xRef           `xml:"SelectionRef"`
}

type xVariableValue struct {
	VariableRef xRef    `xml:"VariableRef"`
	TextValue   *string `xml:"TextValue"`
}

type xSources struct {
	Text    []*xTextSource `xml:"TextSource"`
	Picture []xOther       `xml:"PictureSource"`
	PDF     []xOther       `xml:"PDFSource"`
	Audio   []xOther       `xml:"AudioSource"`
	Video   []xOther       `xml:"VideoSource"`
}

// xOther is a source Parley does not import; only its name is reported.
type xOther struct {
	Name string `xml:"name,attr"`
}

type xTextSource struct {
	GUID             string           `xml:"guid,attr"`
	Name             string           `xml:"name,attr,omitempty"`
	PlainTextPath    string           `xml:"plainTextPath,attr,omitempty"`
	CreatingUser     string           `xml:"creatingUser,attr,omitempty"`
	CreationDateTime string           `xml:"creationDateTime,attr,omitempty"`
	Description      string           `xml:"Description,omitempty"`
	PlainTextContent *string          `xml:"PlainTextContent"`
	Selection        []*xSelection    `xml:"PlainTextSelection"`
	Coding           []xCoding        `xml:"Coding"`
	NoteRef          []xRef           `xml:"NoteRef"`
	VariableValue    []xVariableValue `xml:"VariableValue"`
}

type xSelection struct {
	GUID             string    `xml:"guid,attr"`
	Name             string    `xml:"name,attr,omitempty"`
	Start            int       `xml:"startPosition,attr"`
	End              int       `xml:"endPosition,attr"`
	CreatingUser     string    `xml:"creatingUser,attr,omitempty"`
	CreationDateTime string    `xml:"creationDateTime,attr,omitempty"`
	Description      string    `xml:"Description,omitempty"`
	Coding           []xCoding `xml:"Coding"`
	NoteRef          []xRef    `xml:"NoteRef"`
}

// xCoding's CodeRef is its first child: QualCoder drops a coding whose
// first child is anything else.
type xCoding struct {
	GUID         string `xml:"guid,attr"`
	CreatingUser string `xml:"creatingUser,attr,omitempty"`
	CodeRef      xRef   `xml:"CodeRef"`
	NoteRef      []xRef `xml:"NoteRef"`
}

type xRef struct {
	Target string `xml:"targetGUID,attr"`
}

type xNotes struct {
	Note []*xTextSource `xml:"Note"`
}

type xLinks struct {
	Link []xLink `xml:"Link"`
}

type xLink struct {
	GUID      string `xml:"guid,attr"`
	Name      string `xml:"name,attr,omitempty"`
	Direction string `xml:"direction,attr,omitempty"`
	Origin    string `xml:"originGUID,attr,omitempty"`
	Target    string `xml:"targetGUID,attr,omitempty"`
	NoteRef   []xRef `xml:"NoteRef"`
}
