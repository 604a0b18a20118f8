package report

import "parley/storage"

// cleaned returns a copy of d whose user strings have passed clean, so that
// Build need not remember it at every field.
func cleaned(d *Data) *Data {
	c := *d
	c.Dialogues = mapSlice(d.Dialogues, func(x storage.Dialogue) storage.Dialogue {
		x.Title, x.Place = clean(x.Title), clean(x.Place)
		return x
	})
	cp := func(x storage.Party) storage.Party {
		x.Name, x.ShortName = clean(x.Name), clean(x.ShortName)
		return x
	}
	c.Parties = mapSlice(d.Parties, cp)
	c.AllParties = make(map[int64]storage.Party, len(d.AllParties))
	for k, v := range d.AllParties {
		c.AllParties[k] = cp(v)
	}
	c.Topics = mapSlice(d.Topics, func(x storage.Topic) storage.Topic { x.Name = clean(x.Name); return x })
	c.Paths = make(map[int64]string, len(d.Paths))
	for k, v := range d.Paths {
		c.Paths[k] = clean(v)
	}
	c.Tags = mapSlice(d.Tags, func(x storage.Tag) storage.Tag { x.Name = clean(x.Name); return x })
	c.Statements = mapSlice(d.Statements, func(x storage.StatementView) storage.StatementView {
		x.Text, x.SpeakerName, x.SpeakerRole, x.ReportedByName = clean(x.Text), clean(x.SpeakerName), clean(x.SpeakerRole), clean(x.ReportedByName)
		x.Tags = mapSlice(x.Tags, func(t storage.TagRef) storage.TagRef { t.Name = clean(t.Name); return t })
		return x
	})
	c.Assessments = mapSlice(d.Assessments, func(x storage.Assessment) storage.Assessment { x.Text = clean(x.Text); return x })
	c.Notes = mapSlice(d.Notes, func(x storage.Note) storage.Note { x.Body = clean(x.Body); return x })
	c.Sources = make(map[int64]storage.Source, len(d.Sources))
	for k, v := range d.Sources {
		v.Title, v.Publisher, v.URL, v.PublishedOn = clean(v.Title), clean(v.Publisher), clean(v.URL), clean(v.PublishedOn)
		c.Sources[k] = v // Text stays: offsets count its runes
	}
	return &c
}

func mapSlice[T any](xs []T, f func(T) T) []T {
	if xs == nil {
		return nil
	}
	out := make([]T, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}
