package storage

import (
	"context"
	"fmt"
	"strconv"

	"gorm.io/gorm"
)

// SchemaVersion is the project format this Parley writes. Opening a project
// with a higher version is refused; a lower one is migrated in place.
const SchemaVersion = 1

// migration moves a project from version-1 to version. Version 1 creates
// the tables from the current models, so a model change needs a new
// migration, a new SchemaVersion and a new canonical schema file
// (schema/vN.json, see TestSchemaCanonical); the earlier files stay as they
// are, since projects of those formats still open and are then migrated.
type migration struct {
	version int
	name    string
	up      func(tx *gorm.DB) error
}

var migrations = []migration{
	{1, "initial schema", func(tx *gorm.DB) error {
		return tx.Migrator().CreateTable(allModels()...)
	}},
}

const versionKey = "schema_version"

// schemaVersion reads the project's version: 0 for a database without our
// meta table.
func schemaVersion(ctx context.Context, db *gorm.DB) (int, error) {
	has, err := dialect.hasTable(db.WithContext(ctx), Meta{}.TableName())
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

// migrate brings the project up to SchemaVersion in one transaction and
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
		return dialect.ensureSearch(tx)
	})
}
