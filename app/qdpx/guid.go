package qdpx

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
)

// guids gives every exported object a GUID derived from a random salt (one
// per export, so two projects never share GUIDs in a peer that merges
// them) and the object's kind and ID (so the same object always has the
// same GUID within one file).
type guids struct{ salt [16]byte }

func newGUIDs() guids {
	var g guids
	// crypto/rand.Read never fails on supported systems (Go 1.24+).
	_, _ = rand.Read(g.salt[:])
	return g
}

// of returns a version-4-shaped GUID for (kind, id).
func (g guids) of(kind string, id int64) string {
	h := sha256.New()
	h.Write(g.salt[:])
	h.Write([]byte(kind))
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], uint64(id))
	h.Write(b[:])
	var u [16]byte
	copy(u[:], h.Sum(nil))
	u[6] = u[6]&0x0f | 0x40
	u[8] = u[8]&0x3f | 0x80
	var s [36]byte
	hex.Encode(s[0:8], u[0:4])
	s[8] = '-'
	hex.Encode(s[9:13], u[4:6])
	s[13] = '-'
	hex.Encode(s[14:18], u[6:8])
	s[18] = '-'
	hex.Encode(s[19:23], u[8:10])
	s[23] = '-'
	hex.Encode(s[24:], u[10:])
	return string(s[:])
}
