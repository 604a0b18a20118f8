package storage

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"gorm.io/gorm"
)

// Live refresh: on a server, every edit's transaction also sends a
// PostgreSQL notification (NOTIFY, delivered when and only when the edit
// commits), and every open window listens (LISTEN) on a connection of its
// own, so that one analyst's edit shows in the others' windows within
// moments. A project file is held by one Parley at a time: nobody else
// edits it, and there is nothing to listen for.

// changeChannel is the notification channel of a team project's edits.
const changeChannel = "parley_changes"

// Change is an edit another store committed: who, what (the edit's name,
// as in the edit log) and the first row it touched. Reconnected says that
// the connection that listens was lost and made again: edits made in
// between went unannounced, so everything should be read again.
type Change struct {
	Author      string
	Action      string
	Table       string
	RowID       int64
	Reconnected bool
}

// liveState is a store's part in the live refresh.
type liveState struct {
	addr  string // the server address with its credentials, for LISTEN
	once  sync.Once
	token string // tells this store's own notifications from others'
}

func (s *Store) liveToken() string {
	s.live.once.Do(func() {
		b := make([]byte, 8)
		if _, err := rand.Read(b); err == nil {
			s.live.token = hex.EncodeToString(b)
		} else {
			s.live.token = fmt.Sprintf("%p-%d", s, time.Now().UnixNano())
		}
	})
	return s.live.token
}

// notice is a notification's payload.
type notice struct {
	Token  string `json:"t"`
	Author string `json:"a"`
	Action string `json:"x"`
	Table  string `json:"tb,omitempty"`
	RowID  int64  `json:"id,omitempty"`
}

// notifyChange announces the edit e in tx, on a server; PostgreSQL
// delivers it only if tx commits.
func (s *Store) notifyChange(tx *gorm.DB, e *EditLog) error {
	if !s.Server() {
		return nil
	}
	action := e.Action
	if len(action) > 200 { // a notification's payload is limited (8000 bytes)
		action = action[:200]
	}
	payload, err := json.Marshal(notice{Token: s.liveToken(), Author: e.Author, Action: action, Table: e.RowTable, RowID: e.RowID})
	if err != nil {
		return err
	}
	return tx.Exec("SELECT pg_notify(?, ?)", changeChannel, string(payload)).Error
}

// Live reports whether the project can tell of other analysts' edits as
// they happen (a team project on a server).
func (s *Store) Live() bool { return s.Server() && s.live.addr != "" }

// Watch calls fn, on a goroutine of its own, for every edit another store
// (another analyst's window, a script) commits to this team project, until
// stop is called. It listens on a connection of its own and makes it again
// when it is lost (then fn gets a Change with Reconnected set). On a
// project file it does nothing: nobody else writes a file Parley holds.
func (s *Store) Watch(fn func(Change)) (stop func()) {
	if !s.Live() {
		return func() {}
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	own := s.liveToken()
	go func() {
		defer close(done)
		for attempt := 0; ctx.Err() == nil; attempt++ {
			err := s.listen(ctx, own, attempt > 0, fn)
			if ctx.Err() != nil {
				return
			}
			_ = err // the connection was lost: wait a little and listen again
			select {
			case <-ctx.Done():
				return
			case <-time.After(min(time.Duration(attempt+1)*250*time.Millisecond, 5*time.Second)):
			}
		}
	}()
	return func() {
		cancel()
		<-done
	}
}

// listen holds one LISTEN connection until it fails or ctx ends.
func (s *Store) listen(ctx context.Context, own string, again bool, fn func(Change)) error {
	conn, err := pgx.Connect(ctx, s.live.addr)
	if err != nil {
		return err
	}
	defer conn.Close(context.Background())
	if _, err := conn.Exec(ctx, "LISTEN "+changeChannel); err != nil {
		return err
	}
	if again {
		fn(Change{Reconnected: true})
	}
	for {
		n, err := conn.WaitForNotification(ctx)
		if err != nil {
			return err
		}
		var p notice
		if json.Unmarshal([]byte(n.Payload), &p) != nil || p.Token == own {
			continue
		}
		fn(Change{Author: p.Author, Action: p.Action, Table: p.Table, RowID: p.RowID})
	}
}
