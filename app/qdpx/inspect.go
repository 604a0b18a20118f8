package qdpx

import (
	"fmt"
	"os"
)

// Choices are what a project offers for finding its parties, for the
// window's mapping step: its variables, the codes with sub-codes, and
// whether it has named cases.
type Choices struct {
	Name      string
	Origin    string
	Parley    bool // a Parley export: its own codes say the parties
	Variables []string
	Codes     []string
	Cases     int
}

// Inspect reads the project.qde of the .qdpx at path, with the same checks
// as an import, and lists its choices.
func Inspect(path string) (Choices, error) {
	var c Choices
	f, err := os.Open(path)
	if err != nil {
		return c, fmt.Errorf("read %s: %w", path, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return c, fmt.Errorf("read %s: %w", path, err)
	}
	a, err := openArchive(f, st.Size())
	if err != nil {
		return c, err
	}
	qde, err := a.get(entryQDE)
	if err != nil {
		return c, err
	}
	p, err := decodeQDE(qde)
	if err != nil {
		return c, err
	}
	c.Name, c.Origin = p.Name, p.Origin
	c.Parley = newMapper(a, p, Options{}).parley
	if p.Variables != nil {
		for _, v := range p.Variables.Variable {
			c.Variables = append(c.Variables, v.Name)
		}
	}
	if p.CodeBook != nil {
		for _, code := range p.CodeBook.Codes.Code {
			if len(code.Code) > 0 {
				c.Codes = append(c.Codes, code.Name)
			}
		}
	}
	if p.Cases != nil {
		c.Cases = len(p.Cases.Case)
	}
	return c, nil
}
