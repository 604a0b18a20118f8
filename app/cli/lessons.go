package cli

import (
	"context"
	"flag"
	"fmt"
	"strconv"
	"strings"

	"parley/app/inert"
	"parley/app/ingest"
	"parley/storage"
)

func init() {
	var (
		forget string
		all    bool
	)
	Register(&Command{
		Name:  "lessons",
		Usage: "[-forget ID[,ID…] | -all] PROJECT",
		Summary: "list what the importer learnt from the analyst's corrections (ID, rule, key, value, times, last, in words); " +
			"-forget forgets the lessons named, -all every lesson",
		Flags: func(fs *flag.FlagSet) {
			fs.StringVar(&forget, "forget", "", "forget the lessons of these IDs (comma-separated)")
			fs.BoolVar(&all, "all", false, "forget every lesson")
		},
		Run: func(ctx context.Context, env *Env, args []string) error {
			if len(args) != 1 {
				return Usagef("name one project")
			}
			if all && forget != "" {
				return Usagef("-forget and -all exclude each other")
			}
			var ids []int64
			for _, f := range strings.FieldsFunc(forget, func(r rune) bool { return r == ',' || r == ' ' }) {
				id, err := strconv.ParseInt(f, 10, 64)
				if err != nil || id <= 0 {
					return Usagef("-forget takes lesson IDs such as 3,7 (see parley lessons PROJECT), not %q", f)
				}
				ids = append(ids, id)
			}
			if !all && len(ids) == 0 {
				return listLessons(ctx, env, args[0])
			}
			s, err := openForWriting(args[0])
			if err != nil {
				return err
			}
			defer s.Close()
			gone, err := s.ForgetLessons(ctx, ids)
			if err != nil {
				return err
			}
			noun := "lessons"
			if len(gone) == 1 {
				noun = "lesson"
			}
			fmt.Fprintf(env.Stderr, "forgot %d %s\n", len(gone), noun)
			return nil
		},
	})
}

// listLessons prints the lessons of the project at path, one a line.
func listLessons(ctx context.Context, env *Env, path string) error {
	s, err := openForReading(path)
	if err != nil {
		return err
	}
	defer s.Close()
	ls, err := s.Lessons(ctx)
	if err != nil {
		return err
	}
	for _, l := range ls {
		fmt.Fprintf(env.Stdout, "%d\t%s\t%s\t%s\t%d\t%s\t%s\n", l.ID, l.Rule, inert.Line(l.Key), inert.Line(l.Value),
			l.Count, lessonDay(l), inert.Line(ingest.Describe(l)))
	}
	if len(ls) == 0 {
		fmt.Fprintln(env.Stderr, "no lessons: the importer has learnt nothing from corrections in this project yet")
	}
	return nil
}

// lessonDay is the day a lesson was last confirmed, or "-" when the
// project does not hold a time for it (edited outside Parley).
func lessonDay(l storage.Lesson) string {
	if l.UpdatedAt.IsZero() {
		return "-"
	}
	return l.UpdatedAt.Format("2006-01-02")
}
