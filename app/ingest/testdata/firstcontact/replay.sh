#!/bin/sh
# Replays the rules as they were when each late development readout
# (testdata/accuracy-late) was labelled: for every commit that added late
# readouts, the package as it stood just before that commit proposes them,
# and the proposals go to <commit>.jsonl.gz here, read by
# TestLearntCrossValidated (learnt_cv_test.go). Batches are labelled blind
# and committed before any rule changes for them, so these are the rules'
# first-contact readings: their errors on text they had not been worked on.
# The held-out part is neither extracted nor read.
#
#   sh app/ingest/testdata/firstcontact/replay.sh     (from the repository's root)
set -eu
root=$(git rev-parse --show-toplevel)
here="$root/app/ingest/testdata/firstcontact"
late="$root/app/ingest/testdata/accuracy-late"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in "$late"/*.labels; do
	c=$(git -C "$root" log --diff-filter=A --format=%h -- "$f" | tail -1)
	n=$(basename "$f" .labels)
	a=$(sed -n 's/^# author: *//p' "$f" | head -1)
	printf '%s\t%s\t%s\n' "$n" "$late/$n.txt" "$a" >>"$tmp/list-$c.tsv"
done
rm -f "$here"/*.jsonl.gz
for l in "$tmp"/list-*.tsv; do
	c=$(basename "$l" .tsv | sed 's/^list-//')
	src="$tmp/src-$c"
	mkdir -p "$src"
	git -C "$root" archive "$c^" -- . ':(exclude)app/ingest/testdata' ':(exclude)app/pairing/testdata' | tar -x -C "$src"
	cp "$here/dump_test.go" "$src/app/ingest/zz_firstcontact_dump_test.go"
	(cd "$src" && FC_LIST="$l" FC_OUT="$tmp/$c.jsonl" CGO_ENABLED=0 go test -count=1 -run '^TestZZFirstContactDump$' ./app/ingest >/dev/null)
	gzip -9n <"$tmp/$c.jsonl" >"$here/$c.jsonl.gz"
	echo "$c: $(wc -l <"$l") readouts replayed at $c^"
done
