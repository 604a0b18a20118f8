package ingest

import (
	"context"

	"parley/storage"
)

// batchPart is one batch of proposals made ready for storage: the
// statements and the parties, speakers and topics they name first.
type batchPart struct {
	parties    []storage.Party
	speakers   []storage.ImportSpeaker
	topics     []storage.ImportTopic
	statements []storage.ImportStatement
}

// proposed is what the proposing goroutine of fill hands over: a batch,
// or at the end the error that stopped it (nil when it ran through) or a
// panic to raise again on the storing side.
type proposed struct {
	part     batchPart
	done     bool
	err      error
	panicked any
}

// fill proposes the sentences of s on a goroutine of its own while the
// caller's, inside storage's transaction, stores each batch of
// streamBatch with flush: proposing and SQLite's work are about even
// for a large text, so on two cores the import takes about the time of
// the slower one instead of their sum. Only the batch being stored and
// the one being proposed are held. bt gathers the proposals (its own
// batch, never b); b is storage's batch, which only this goroutine
// touches. On an error from either side the other stops and nothing is
// kept (storage rolls the transaction back).
func (s *Streamed) fill(ctx context.Context, bt *batcher, b *storage.ImportBatch, flush func() error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	out := make(chan proposed, 1) // one batch proposed ahead
	free := make(chan batchPart, 2)
	go s.propose(ctx, bt, out, free)
	for p := range out {
		if p.done {
			if p.panicked != nil {
				panic(p.panicked)
			}
			return p.err
		}
		b.Parties = append(b.Parties, p.part.parties...)
		b.Speakers = append(b.Speakers, p.part.speakers...)
		b.Topics = append(b.Topics, p.part.topics...)
		b.Statements = append(b.Statements[:0], p.part.statements...)
		select {
		case free <- p.part:
		default:
		}
		if err := flush(); err != nil {
			cancel()
			for p := range out { // the proposer sees the cancel and ends
				if p.panicked != nil {
					panic(p.panicked)
				}
			}
			return err
		}
	}
	return nil
}

// propose is fill's proposing side: it sends a batchPart on out every
// streamBatch chosen proposals, then whatever is left and the end, and
// closes out. free hands back the lists storage has copied.
func (s *Streamed) propose(ctx context.Context, bt *batcher, out chan<- proposed, free <-chan batchPart) {
	defer close(out)
	end := proposed{done: true}
	defer func() {
		if r := recover(); r != nil {
			end = proposed{done: true, panicked: r}
		}
		out <- end // out has room or fill is reading: it reads until closed
	}()
	stage := &storage.ImportBatch{Statements: make([]storage.ImportStatement, 0, min(s.Sentences, streamBatch))}
	bt.b = stage
	send := func() error {
		part := batchPart{stage.Parties, stage.Speakers, stage.Topics, stage.Statements}
		select {
		case out <- proposed{part: part}:
		case <-ctx.Done():
			return ctx.Err()
		}
		var next batchPart
		select {
		case next = <-free:
		default:
			next.statements = make([]storage.ImportStatement, 0, streamBatch)
		}
		stage.Parties, stage.Speakers, stage.Topics, stage.Statements = next.parties[:0], next.speakers[:0], next.topics[:0], next.statements[:0]
		return nil
	}
	end.err = s.Each(ctx, func(pr Proposal) error {
		if !pr.Chosen(true) {
			return nil
		}
		bt.add(pr, "")
		if len(stage.Statements) < streamBatch {
			return nil
		}
		return send()
	})
	if end.err == nil && len(stage.Statements)+len(stage.Parties)+len(stage.Speakers)+len(stage.Topics) > 0 {
		end.err = send()
	}
}
