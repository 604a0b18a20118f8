package storage

import "fmt"

func wrapf(err error, format string, args ...any) error {
	return fmt.Errorf(format+": %w", append(args, err)...)
}

// Ptr returns a pointer to v; handy for the optional IDs of the models.
func Ptr[T any](v T) *T { return &v }
