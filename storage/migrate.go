package storage

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"gorm.io/gorm"
)

// SchemaVersion is the project format this Parley writes. Opening a project
// with a higher version is refused; a lower one is migrated in place.
const SchemaVersion = 4

// migration moves a project from version-1 to version. Each step is
// written out, never derived from the current models, so a model change
// needs a new migration, a new SchemaVersion and a new canonical schema file
// (schema/vN.json, see TestSchemaCanonical); the earlier files stay as they
// are, since projects of those formats still open and are then migrated.
//
// On PostgreSQL a new project is created from the current models and
// stamped with SchemaVersion at once (see migratePG); pg is the step that
// brings an older server project up to version, and every migration after
// the first needs one.
type migration struct {
	version int
	name    string
	up      func(tx *gorm.DB) error
	pg      func(tx *gorm.DB) error
}

var migrations = []migration{
	// A team project is created in format 2 or later: format 1 has no
	// PostgreSQL step.
	{version: 1, name: "initial schema", up: createFormat1},
	{version: 2, name: "authorship, versions, lessons and the across-rounds register", up: addFormat2, pg: addFormat2},
	{version: 3, name: "dismissed suggestions", up: addFormat3, pg: addFormat3PG},
	{version: 4, name: "the search index of sources in pieces", up: reindexSources, pg: sameOnServer},
}

// createFormat1 creates the tables and indexes of project format 1 by the
// exact SQL of its canonical schema, so that a project made today and one
// made by the first Parley reach the current format by the same steps and
// end up with the same schema. The search index is left to ensureSearch.
func createFormat1(tx *gorm.DB) error {
	objs, ok := canonicalSchema(1)
	if !ok {
		return fmt.Errorf("no canonical schema for format 1")
	}
	var tables, indexes []string
	for _, o := range objs {
		if o.SQL == nil || strings.HasPrefix(o.Table, "fts_") || o.Name == "sqlite_sequence" {
			continue
		}
		switch o.Type {
		case "table":
			tables = append(tables, *o.SQL)
		case "index":
			indexes = append(indexes, *o.SQL)
		}
	}
	sort.Strings(tables)
	sort.Strings(indexes)
	for _, ddl := range append(tables, indexes...) {
		if err := tx.Exec(ddl).Error; err != nil {
			return err
		}
	}
	return nil
}

// revisionTables are the editable tables that gain a Revision in format 2.
var revisionTables = []any{&Series{}, &Dialogue{}, &Party{}, &Speaker{}, &Source{}, &Topic{},
	&Tag{}, &Statement{}, &Link{}, &Assessment{}, &Note{}}

// addFormat2 adds the Revision columns to every editable table (ALTER
// TABLE … ADD keeps the rows where they are, so a million statements
// migrate at once) and creates the tables format 2 adds.
func addFormat2(tx *gorm.DB) error {
	m := tx.Migrator()
	for _, t := range revisionTables {
		for _, col := range []string{"Version", "CreatedBy", "UpdatedBy"} {
			if err := m.AddColumn(t, col); err != nil {
				return fmt.Errorf("add %s: %w", col, err)
			}
		}
	}
	return m.CreateTable(&EditLog{}, &Lesson{}, &Case{}, &CaseName{}, &CaseMention{}, &PhraseMark{}, &CommitmentCheck{})
}

// format3SQLite and format3PG create the table of the analyst's dismissed
// suggestions (Dismissal) exactly as gorm wrote it from the model on each
// back-end when format 3 was made; written out, so that a later change to
// the model cannot change what this step makes. The table is new and
// empty: a project of any size migrates at once.
var (
	format3SQLite = []string{
		"CREATE TABLE `dismissals` (`id` integer PRIMARY KEY AUTOINCREMENT,`kind` text NOT NULL,`from_id` integer NOT NULL," +
			"`to_id` integer NOT NULL,`type` text NOT NULL DEFAULT \"\",`version` integer NOT NULL DEFAULT 1," +
			"`created_by` text NOT NULL DEFAULT \"\",`updated_by` text NOT NULL DEFAULT \"\",`created_at` datetime NOT NULL," +
			"`updated_at` datetime NOT NULL," +
			"CONSTRAINT `fk_dismissals_from` FOREIGN KEY (`from_id`) REFERENCES `statements`(`id`) ON DELETE CASCADE," +
			"CONSTRAINT `fk_dismissals_to` FOREIGN KEY (`to_id`) REFERENCES `statements`(`id`) ON DELETE CASCADE)",
		"CREATE INDEX `idx_dismissals_to_id` ON `dismissals`(`to_id`)",
		"CREATE UNIQUE INDEX `idx_dismissal_unique` ON `dismissals`(`from_id`,`to_id`,`kind`)",
	}
	format3PG = []string{
		`CREATE TABLE "dismissals" ("id" bigserial,"kind" text NOT NULL,"from_id" bigint NOT NULL,"to_id" bigint NOT NULL,` +
			`"type" text NOT NULL DEFAULT '',"version" bigint NOT NULL DEFAULT 1,"created_by" text NOT NULL DEFAULT '',` +
			`"updated_by" text NOT NULL DEFAULT '',"created_at" timestamptz NOT NULL,"updated_at" timestamptz NOT NULL,` +
			`PRIMARY KEY ("id"),` +
			`CONSTRAINT "fk_dismissals_from" FOREIGN KEY ("from_id") REFERENCES "statements"("id") ON DELETE CASCADE,` +
			`CONSTRAINT "fk_dismissals_to" FOREIGN KEY ("to_id") REFERENCES "statements"("id") ON DELETE CASCADE)`,
		`CREATE INDEX "idx_dismissals_to_id" ON "dismissals" ("to_id")`,
		`CREATE UNIQUE INDEX "idx_dismissal_unique" ON "dismissals" ("from_id","to_id","kind")`,
	}
)

// addFormat3 creates the table of dismissed suggestions in a project file.
func addFormat3(tx *gorm.DB) error { return execAll(tx, format3SQLite) }

// addFormat3PG creates it in a team project.
func addFormat3PG(tx *gorm.DB) error { return execAll(tx, format3PG) }

// sameOnServer is the PostgreSQL step of a format that changes only a
// project file: format 4 indexes a file's sources in pieces, where a team
// project's index of a source holds its distinct words (fts_sources, see
// dialect_pg_search.go) and stays as it is.
func sameOnServer(*gorm.DB) error { return nil }

func execAll(tx *gorm.DB, stmts []string) error {
	for _, q := range stmts {
		if err := tx.Exec(q).Error; err != nil {
			return err
		}
	}
	return nil
}

const versionKey = "schema_version"

// schemaVersion reads the project's version: 0 for a database without our
// meta table.
func schemaVersion(ctx context.Context, d dialect, db *gorm.DB) (int, error) {
	has, err := d.hasTable(db.WithContext(ctx), Meta{}.TableName())
	if err != nil {
		return 0, err
	}
	if !has {
		return 0, nil
	}
	var m Meta
	err = db.WithContext(ctx).Where("key = ?", versionKey).Limit(1).Find(&m).Error
	if err != nil {
		return 0, err
	}
	v, _ := strconv.Atoi(m.Value)
	return v, nil
}

// migrate brings the project file up to SchemaVersion in one transaction and
// (re)creates the search index's tables and triggers, which table rebuilds
// would otherwise silently drop. It first checks the schema again, inside
// the write transaction: what was checked before the writer opened is what
// the migrations and every later write run against.
func migrate(ctx context.Context, db *gorm.DB, path string, fresh bool) error {
	return db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		v, err := verifySchema(ctx, tx, path, fresh)
		if err != nil {
			return err
		}
		for _, m := range migrations {
			if m.version <= v {
				continue
			}
			if err := m.up(tx); err != nil {
				return fmt.Errorf("migrate to %d (%s): %w", m.version, m.name, err)
			}
			if err := tx.Save(&Meta{Key: versionKey, Value: strconv.Itoa(m.version)}).Error; err != nil {
				return fmt.Errorf("record version %d: %w", m.version, err)
			}
		}
		return sqliteDialect{}.ensureSearch(tx)
	})
}
