package qdpx

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"parley/app/report/reporttest"
)

// scanned is decodeQDE's fast path alone.
func scanned(data []byte) (*xProject, error) {
	root, err := scanQDE(data)
	if err != nil {
		return nil, err
	}
	return projectOf(root)
}

// TestScannerReadsWhatEncodingXMLReads: the files Parley and QualCoder
// write take the fast path and give what encoding/xml's Unmarshal gives.
func TestScannerReadsWhatEncodingXMLReads(t *testing.T) {
	files := map[string][]byte{"QualCoder style": []byte(qualCoderQDE)}
	for name, p := range map[string]*reporttest.Project{"coded": reporttest.CodedProject(t), "shipped": reporttest.ShippedSample(t)} {
		files[name] = entry(t, exportDoc(t, docOf(t, p.Store)), entryQDE)
	}
	for name, qde := range files {
		t.Run(name, func(t *testing.T) {
			fast, err := scanned(qde)
			if err != nil {
				t.Fatalf("the fast path refused it: %v", err)
			}
			slow, err := unmarshalQDE(qde)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(fast, slow) {
				t.Errorf("the fast path read\n%+v\nencoding/xml read\n%+v", fast, slow)
			}
		})
	}
}

// TestScannerLeavesOddXMLToEncodingXML: what the scanner does not handle,
// or encoding/xml refuses, goes to encoding/xml; what it takes, it reads
// as encoding/xml does.
func TestScannerLeavesOddXMLToEncodingXML(t *testing.T) {
	takes := map[string]bool{"char refs": true, "spaces around =": true, "spaced number": true,
		"prefixed attribute": true, "duplicate attribute": true, "trailing junk": true}
	const sel = `<PlainTextSelection guid="70000000-0000-4000-8000-000000000003" name="annotation only" startPosition="43" endPosition="47"/>`
	for name, tc := range map[string]struct{ old, new string }{
		"comment":             {sel, sel + `<!-- hi -->`},
		"CDATA":               {`<PlainTextContent>memo`, `<PlainTextContent><![CDATA[memo]]>`},
		"processing":          {sel, sel + `<?pi x?>`},
		"prefixed element":    {sel, `<q:PlainTextSelection xmlns:q="urn:QDA-XML:project:1.0" startPosition="1" endPosition="2"/>`},
		"unknown entity":      {`>memo<`, `>m&nbsp;o<`},
		"bad char ref":        {`>memo<`, `>m&#0;o<`},
		"char refs":           {`>memo<`, `>m&#xA;&#9;&#233;&amp;&lt;&gt;&quot;&apos;o<`},
		"carriage return":     {`>memo<`, ">m\r\no<"},
		"twice described":     {`<Description>Anything on rights</Description>`, `<Description>a</Description><Description>b</Description>`},
		"element in text":     {`<PlainTextContent>memo`, `<PlainTextContent>me<b>x</b>mo`},
		"mismatched tag":      {`</Notes>`, `</Note>`},
		"unquoted attribute":  {`name="first"`, `name=first`},
		"attributes run on":   {`name="first" startPosition`, `name="first"startPosition`},
		"lt in attribute":     {`name="first"`, `name="a<b"`},
		"not a number":        {`startPosition="19"`, `startPosition="nineteen"`},
		"spaced number":       {`startPosition="19"`, `startPosition=" 19 "`},
		"empty number":        {`startPosition="19"`, `startPosition=""`},
		"bad bool":            {`isCodable="false"`, `isCodable="maybe"`},
		"spaces around =":     {`name="first"`, `name = 'first'`},
		"trailing junk":       {`</Project>`, `</Project><junk`},
		"other root":          {`<Project xmlns`, `<Projekt xmlns`},
		"unclosed":            {`</Project>`, ``},
		"redeclared default":  {`<Sources>`, `<Sources xmlns="urn:QDA-XML:project:1.0">`},
		"prefixed attribute":  {`name="first"`, `xsi:name="first"`},
		"latin-1 declared":    {`encoding="utf-8"`, `encoding="ISO-8859-1"`},
		"twice a code ref":    {`<CodeRef targetGUID="20000000-0000-4000-8000-000000000004"/>`, `<CodeRef targetGUID="a"/><CodeRef targetGUID="b"/>`},
		"duplicate attribute": {`name="first"`, `name="first" name="second"`},
		"doctype":             {`<Project xmlns`, `<!DOCTYPE Project><Project xmlns`},
	} {
		t.Run(name, func(t *testing.T) {
			qde := []byte(strings.Replace(qualCoderQDE, tc.old, tc.new, 1))
			if string(qde) == qualCoderQDE {
				t.Fatalf("%q is not in the file", tc.old)
			}
			fast, ferr := scanned(qde)
			slow, serr := unmarshalQDE(qde)
			switch {
			case takes[name] && ferr != nil:
				t.Fatalf("the fast path left a file it reads to encoding/xml: %v", ferr)
			case ferr != nil && !errors.Is(ferr, errSlow):
				t.Fatalf("the fast path failed with %v instead of leaving the file to encoding/xml", ferr)
			case ferr == nil && serr != nil:
				t.Fatalf("the fast path took a file encoding/xml refuses: %v", serr)
			case ferr == nil && !reflect.DeepEqual(fast, slow):
				t.Errorf("the fast path read\n%+v\nencoding/xml read\n%+v", fast, slow)
			}
		})
	}
}
