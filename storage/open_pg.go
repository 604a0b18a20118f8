package storage

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgproto3"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/jackc/pgx/v5/stdlib"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
)

// A team project lives in one PostgreSQL database: its address is a
// postgres:// (or postgresql://) URL, e.g.
// postgres://anna@db.example.org/parley?sslmode=verify-full. Passwords
// follow PostgreSQL's own conventions (~/.pgpass, PGPASSWORD, a service
// file); Parley never stores one, and the address it shows and remembers
// has none.

// IsServerAddress reports whether path names a team project on a
// PostgreSQL server rather than a project file.
func IsServerAddress(path string) bool {
	p := strings.ToLower(path)
	return strings.HasPrefix(p, "postgres://") || strings.HasPrefix(p, "postgresql://")
}

// ServerConfig is what the Connect dialog asks for.
type ServerConfig struct {
	Host     string
	Port     int // 0: PostgreSQL's default, 5432
	Database string
	User     string
	SSLMode  string // "": PostgreSQL's default (prefer)
}

// Address is the config as a server address, without any password.
func (c ServerConfig) Address() string {
	u := url.URL{Scheme: "postgres", Host: c.Host, Path: "/" + c.Database}
	if c.Port != 0 {
		u.Host += ":" + strconv.Itoa(c.Port)
	}
	if c.User != "" {
		u.User = url.User(c.User)
	}
	if c.SSLMode != "" {
		u.RawQuery = url.Values{"sslmode": {c.SSLMode}}.Encode()
	}
	return u.String()
}

// ParseServerAddress reads a server address back into its parts. A
// password in it is refused: it would end up in the recent projects and
// the window's title.
func ParseServerAddress(addr string) (ServerConfig, error) {
	u, err := url.Parse(addr)
	if err != nil || !IsServerAddress(addr) {
		return ServerConfig{}, newErr(CodeInvalid, err, "%q is not a server address (postgres://user@host/database)", RedactAddress(addr))
	}
	var c ServerConfig
	c.Host = u.Hostname()
	if p := u.Port(); p != "" {
		if c.Port, err = strconv.Atoi(p); err != nil || c.Port <= 0 || c.Port > 65535 {
			return ServerConfig{}, invalid("the port of %s is not a number from 1 to 65535", RedactAddress(addr))
		}
	}
	c.Database = strings.TrimPrefix(u.Path, "/")
	if u.User != nil {
		c.User = u.User.Username()
	}
	c.SSLMode = u.Query().Get("sslmode")
	return c, nil
}

// RedactAddress removes a password from a server address, for showing or
// remembering it; other text is returned as it is.
func RedactAddress(addr string) string {
	u, err := url.Parse(addr)
	if err != nil || u.User == nil {
		return addr
	}
	if _, has := u.User.Password(); !has {
		return addr
	}
	u.User = url.User(u.User.Username())
	return u.String()
}

// openPG opens (fresh: creates) the team project at addr.
func openPG(addr string, fresh bool) (*Store, error) {
	cfg, err := pgx.ParseConfig(addr)
	if err != nil {
		return nil, newErr(CodeInvalid, err, "%s is not a usable server address: %v", RedactAddress(addr), err)
	}
	name := RedactAddress(addr)
	s := &Store{path: name, d: pgDialect{}, live: liveState{addr: addr}}
	fail := func(err error) (*Store, error) {
		s.Close()
		return nil, err
	}
	if s.w, err = openPGDB(addr, name, 1); err != nil {
		return fail(err)
	}
	if err := s.installRevisionHooks(s.w); err != nil {
		return fail(err)
	}
	// On a server the database role names the analyst's edits (author.go).
	var role string
	if err := s.w.Raw("SELECT current_user").Scan(&role).Error; err != nil {
		return fail(fmt.Errorf("read the database role of %s: %w", name, err))
	}
	s.SetServerAuthor(role)
	if err := migratePG(context.Background(), s.w, name, cfg.Database, fresh); err != nil {
		return fail(err)
	}
	if s.r, err = openPGDB(addr, name, 4); err != nil {
		return fail(err)
	}
	// A role that may only read (docs/team.md) opens the project read-only,
	// so that the window says so up front instead of refusing each edit.
	var mayWrite bool
	if err := s.r.Raw("SELECT has_table_privilege('statements', 'INSERT')").Scan(&mayWrite).Error; err != nil {
		return fail(fmt.Errorf("open %s: %w", name, err))
	}
	if !mayWrite {
		closeDB(s.w)
		s.w, s.readOnly = nil, true
	}
	return s, nil
}

// openPGReadOnly opens the team project at addr for reading only: nothing
// is created or upgraded, and every change fails with ErrReadOnly.
func openPGReadOnly(addr string) (*Store, error) {
	if _, err := pgx.ParseConfig(addr); err != nil {
		return nil, newErr(CodeInvalid, err, "%s is not a usable server address: %v", RedactAddress(addr), err)
	}
	name := RedactAddress(addr)
	s := &Store{path: name, d: pgDialect{}, readOnly: true, live: liveState{addr: addr}}
	var err error
	if s.r, err = openPGDB(addr, name, 4); err != nil {
		return nil, err
	}
	v, err := schemaVersion(context.Background(), s.d, s.r)
	switch {
	case err != nil:
	case v == 0:
		err = newErr(CodeEmpty, nil, "%s holds no Parley project yet", name)
	case v > SchemaVersion:
		err = newErr(CodeNewerVersion, nil, "%s was made by a newer Parley (project format %d; this Parley reads up to %d); update Parley to open it", name, v, SchemaVersion)
	case v < SchemaVersion:
		err = newErr(CodeReadOnly, nil, "%s is from an older Parley; open it once for writing so that it is upgraded", name)
	}
	if err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// connectTimeout is how long a connection waits for a server unless the
// address says otherwise (connect_timeout=N).
const connectTimeout = 15 * time.Second

// openPGDB opens a pool of at most conns connections and checks that the
// server answers.
func openPGDB(addr, name string, conns int) (*gorm.DB, error) {
	cfg, err := pgx.ParseConfig(addr)
	if err != nil {
		return nil, newErr(CodeInvalid, err, "%s is not a usable server address: %v", name, err)
	}
	// The search's plans depend on how common its words are: a plan made
	// for the parameters of every call (pgx prepares its statements, and
	// PostgreSQL turns to one generic plan after five calls) walked the
	// whole index in id order for a rare word, 100 ms at 100k statements.
	if _, set := cfg.RuntimeParams["plan_cache_mode"]; !set {
		cfg.RuntimeParams["plan_cache_mode"] = "force_custom_plan"
	}
	if cfg.ConnectTimeout == 0 {
		// A server that does not answer (a closed network) is reported
		// after seconds, not after the system's TCP time-out of minutes.
		cfg.ConnectTimeout = connectTimeout
	}
	// Times come back in UTC, as they were stored and as SQLite gives them.
	pool := stdlib.OpenDB(*cfg, stdlib.OptionAfterConnect(func(_ context.Context, c *pgx.Conn) error {
		c.TypeMap().RegisterType(&pgtype.Type{Name: "timestamptz", OID: pgtype.TimestamptzOID,
			Codec: &pgtype.TimestamptzCodec{ScanLocation: time.UTC}})
		return nil
	}))
	db, err := gorm.Open(postgres.New(postgres.Config{Conn: pool}), gormConfig())
	if err == nil {
		err = installHooks(db, name, pgDialect{})
	}
	if err != nil {
		pool.Close()
		return nil, newErr(CodeNotFound, err, "cannot connect to %s: %v", name, pgReason(err))
	}
	sqlDB, err := db.DB()
	if err != nil {
		pool.Close()
		return nil, err
	}
	sqlDB.SetMaxOpenConns(conns)
	if err := sqlDB.Ping(); err != nil {
		sqlDB.Close()
		return nil, newErr(CodeNotFound, err, "cannot connect to %s: %v", name, pgReason(err))
	}
	return db, nil
}

// notPostgres are the driver's words for a reply that is not PostgreSQL's
// protocol at all: a web server or a proxy listens on that port.
var notPostgres = []string{"invalid body length", "unknown message type", "body must have length", "body is invalid", "received unexpected message"}

// pgReason is the part of a connection error a user can act on.
func pgReason(err error) string {
	m := err.Error()
	var tooLong *pgproto3.ExceededMaxBodyLenErr
	if errors.As(err, &tooLong) || slices.ContainsFunc(notPostgres, func(w string) bool { return strings.Contains(m, w) }) {
		return "a program answers there, but it is not a PostgreSQL server; check the server's name and port"
	}
	var dns *net.DNSError
	if errors.As(err, &dns) && dns.IsNotFound {
		return fmt.Sprintf("no server is called %q; check its name", dns.Name)
	}
	// An address without a host makes the driver look for a server on this
	// computer, through a socket file; its words ("dial unix
	// /var/run/postgresql/.s.PGSQL.5432: connect: no such file or
	// directory") do not say that no host was named.
	var op *net.OpError
	if errors.As(err, &op) && op.Net == "unix" && errors.Is(err, syscall.ENOENT) {
		where := "its socket"
		if op.Addr != nil {
			where = filepath.Dir(op.Addr.String())
		}
		return fmt.Sprintf("no PostgreSQL server runs on this computer (nothing in %s); name the server: postgres://USER@HOST/DATABASE", where)
	}
	if errors.Is(err, syscall.ECONNREFUSED) {
		return "the server accepts no connections on that port; check the port, or whether PostgreSQL runs there"
	}
	if i := strings.LastIndex(m, "): "); i >= 0 && strings.Contains(m, "failed to connect") {
		return m[i+3:]
	}
	return m
}

// migrationLock is the advisory lock (a number every Parley agrees on:
// "parley" in ASCII) held while a team project is created or upgraded.
const migrationLock int64 = 0x7061726c6579

// migratePG brings the team project up to SchemaVersion in one
// transaction: an empty database gets the current schema at once (fresh
// only), an older project the PostgreSQL steps of the migrations after its
// version. A newer project is refused, and so is a database that holds
// tables other than a project's. An advisory lock keeps two analysts who
// open an old project at the same moment from both upgrading it.
func migratePG(ctx context.Context, db *gorm.DB, name, database string, fresh bool) error {
	return db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := tx.Exec("SELECT pg_advisory_xact_lock(?)", migrationLock).Error; err != nil {
			return err
		}
		v, err := schemaVersion(ctx, pgDialect{}, tx)
		if err != nil {
			return err
		}
		if v == 0 {
			return createPG(tx, name, database, fresh)
		}
		if fresh {
			return newErr(CodeExists, nil, "the database %s already holds a Parley project; connect to it instead", database)
		}
		if v > SchemaVersion {
			return newErr(CodeNewerVersion, nil, "%s was made by a newer Parley (project format %d; this Parley reads up to %d); update Parley to open it", name, v, SchemaVersion)
		}
		if v == SchemaVersion {
			return nil
		}
		for _, m := range migrations {
			if m.version <= v {
				continue
			}
			if m.pg == nil {
				return fmt.Errorf("migrate to %d (%s): no step for PostgreSQL", m.version, m.name)
			}
			if err := m.pg(tx); err != nil {
				if (pgDialect{}).isReadOnly(err) {
					return newErr(CodeReadOnly, err, "%s is in project format %d and needs upgrading to %d, which only the role that owns its tables may do; "+
						"ask your IT team to open it once as that role (see Parley's docs/team.md)", name, v, SchemaVersion)
				}
				return fmt.Errorf("migrate to %d (%s): %w", m.version, m.name, err)
			}
		}
		if err := stampVersion(tx); err != nil {
			return err
		}
		return pgDialect{}.ensureSearch(tx)
	})
}

// createPG creates the current schema in an empty database.
func createPG(tx *gorm.DB, name, database string, fresh bool) error {
	var tables []string
	err := tx.Raw("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1 LIMIT 4").Scan(&tables).Error
	if err != nil {
		return err
	}
	if len(tables) > 0 {
		return newErr(CodeNotProject, nil, "the database %s holds tables (%s) but no Parley project; choose an empty database", database, strings.Join(tables, ", "))
	}
	if !fresh {
		return newErr(CodeEmpty, nil, "the database %s holds no Parley project yet", database)
	}
	if err := tx.Migrator().CreateTable(allModels()...); err != nil {
		return fmt.Errorf("create the project in %s: %w", name, err)
	}
	if err := stampVersion(tx); err != nil {
		return err
	}
	return pgDialect{}.ensureSearch(tx)
}

func stampVersion(tx *gorm.DB) error {
	if err := tx.Save(&Meta{Key: versionKey, Value: strconv.Itoa(SchemaVersion)}).Error; err != nil {
		return fmt.Errorf("record version %d: %w", SchemaVersion, err)
	}
	return nil
}

// copyProject writes every row of s into a new project at path (a file
// or a server's empty database): one read snapshot, one write
// transaction; nothing is left at path when it fails.
func copyProject(ctx context.Context, s *Store, path string) error {
	rows, err := s.ReadRows(ctx)
	if err != nil {
		return err
	}
	dst, err := Create(path)
	if err != nil {
		return err
	}
	err = dst.WriteRows(ctx, &rows, nil)
	if cerr := dst.Close(); err == nil {
		err = cerr
	}
	if err != nil && !IsServerAddress(path) {
		removeProjectFile(path)
	}
	return err
}
