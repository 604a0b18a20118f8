package exchange

import (
	"context"

	"parley/storage"
)

// Rescue builds a new, clean project at to from the data of the project
// file from, typically one Parley refuses to open because its schema holds
// code Parley did not write (storage.ErrUntrusted). from is only read, with
// plain SELECTs of Parley's data tables (storage.ReadRescue); the rows are
// checked as an import checks them and written through the same code as
// import-json, so the new project holds exactly Parley's own schema. It
// returns what could not be brought over, and refuses to replace a file.
func Rescue(ctx context.Context, from, to string, progress storage.BulkProgress) (storage.Rescue, error) {
	res, err := storage.ReadRescue(ctx, from)
	if err != nil {
		return storage.Rescue{}, err
	}
	err = CreateProject(ctx, to, func(ctx context.Context, s *storage.Store) error {
		return s.WriteRows(ctx, &res.Rows, progress)
	})
	if err != nil {
		return storage.Rescue{}, err
	}
	return res, nil
}
