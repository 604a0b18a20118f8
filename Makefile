# Parley: build, test and package.
#
#   make run      install missing system packages (Debian/Ubuntu), build, open Parley
#   make test     the same set-up plus the tests' packages, then go vet, go test,
#                 storage's tests again on PostgreSQL (make test-postgres alone)
#                 and the end-to-end test of the built window (make e2e alone)
#   make package  Parley.tar.xz for Linux (binary, .desktop file, icon)
#
# The system set-up lives in .ci/setup-debian; it installs only what dpkg-query
# says is missing and does nothing on systems without apt-get.

GO      ?= go
SETUP   := .ci/setup-debian
ARCHIVE := Parley.tar.xz
# BENCH and BENCHPKG pick the benchmarks of `make bench`, e.g.
# make bench BENCH=Compare, or make bench BENCHPKG=./... for every package's
BENCH    ?= .
BENCHPKG ?= ./storage/...
# TAGS: no_emoji leaves Fyne's bundled emoji font out of the binary. Fyne
# parsed its 4 MB into 9 MB of the window's memory for regular and bold text
# at start-up, in every window, whether or not an emoji was ever shown; without
# it an emoji is drawn from the system's emoji font (fonts-noto-color-emoji,
# which make run installs), read only once one is on screen. See
# docs/compare.md, Memory.
TAGS     := no_emoji

.PHONY: all setup setup-test build run test test-postgres e2e e2e-run vet fmt layers lint bench package screenshots clean

all: build

setup:
	@$(SETUP) run

setup-test:
	@$(SETUP) test

build: setup
	$(GO) build -tags $(TAGS) -o parley .

run: build
	./parley

# The GUI's unit tests run on Fyne's test driver and need no display; the
# end-to-end test (e2e/, docs/e2e.md) then drives the built ./parley in a
# virtual X display of its own, with real clicks and keys. The app package's
# window tests take about three minutes on two quiet cores and past ten on a
# shared, busy machine: -timeout 30m keeps Go's default ten-minute limit from
# failing a run that is only slow (a real hang still fails, at 30 minutes).
test: setup-test
	$(GO) vet ./...
	$(GO) vet -tags e2e ./e2e
	$(GO) test -timeout 30m ./...
	$(MAKE) --no-print-directory test-postgres
	$(MAKE) --no-print-directory e2e-run

# test-postgres runs the whole storage suite a second time with PostgreSQL
# as the back-end: a throw-away cluster (initdb and pg_ctl on a free port in
# a temporary folder) when PostgreSQL's binaries are installed; without
# them the run is skipped with a message, or fails under CI=1.
test-postgres:
	PARLEY_TEST_BACKEND=postgres $(GO) test ./storage/...

# e2e runs the end-to-end test alone (make e2e); PARLEY_E2E_SHOTS=DIR keeps
# its screenshots there.
e2e: setup-test e2e-run

e2e-run:
	$(GO) build -tags $(TAGS) -o parley .
	PARLEY_BIN=$(CURDIR)/parley $(GO) test -tags e2e -count=1 -v -timeout 15m ./e2e

vet:
	$(GO) vet ./...

# fmt lists the files gofmt would change and fails if there are any.
fmt:
	@out=$$(gofmt -l .); \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

# layers checks the rules of docs/architecture.md: storage and the headless
# packages never import Fyne, and the GUI never imports the command line.
HEADLESS := ./storage/... ./app/ingest/... ./app/report/... ./app/cli/... ./app/agree ./app/qdpx ./app/xlsx ./app/evolution/...
layers:
	@out=$$($(GO) list -deps $(HEADLESS) | grep '^fyne\.io/' || true); \
	if [ -n "$$out" ]; then echo "$(HEADLESS) must not import Fyne, but use:"; echo "$$out"; exit 1; fi
	@out=$$($(GO) list -deps ./app ./widgets | grep -x 'parley/app/cli' || true); \
	if [ -n "$$out" ]; then echo "the GUI must not import the command line (parley/app/cli)"; exit 1; fi

lint: fmt vet layers

# The 1M-statement benchmarks build their projects first: allow them an hour.
bench: setup
	$(GO) test -run '^$$' -bench '$(BENCH)' -benchmem -timeout 1h $(BENCHPKG)

# fyne package counts Details.Build up in FyneApp.toml on every run; the
# Makefile puts the file back so that packaging leaves the tree clean. It
# builds its own release binary and removes ./parley, a stale one to it.
package:
	@$(SETUP) package
	@rm -f $(ARCHIVE)
	@cp FyneApp.toml .FyneApp.toml.keep
	@$(GO) tool fyne package -os linux -release -tags $(TAGS); rc=$$?; \
	  mv .FyneApp.toml.keep FyneApp.toml; exit $$rc
	@tar tJf $(ARCHIVE) > .package.list
	@for f in bin/parley share/applications/io.parley.app.desktop share/pixmaps/io.parley.app.png; do \
	  grep -q "/$$f$$" .package.list || { echo "$(ARCHIVE) lacks $$f"; rm -f .package.list; exit 1; }; \
	done; rm -f .package.list
	@ls -l $(ARCHIVE)

# screenshots takes the README's picture of the real window under Xvfb, as a
# first-time user sees it (a fresh HOME, so the sample project opens), in
# the light theme that suits the README's white page. The clicks pick the
# topic "Regional issues" and China's first statement in the 1280x800 window,
# so that the links and the detail editor show.
SHOT_CLICKS := xdotool mousemove 90 328 click 1; sleep 1.5; xdotool mousemove 460 300 click 1
screenshots: build
	@$(SETUP) screenshots
	FYNE_THEME=light .ci/screenshot -w 10 -x "$(SHOT_CLICKS)" docs/screenshot-compare.png

clean:
	rm -f parley $(ARCHIVE) fyne_metadata_init.go .package.list .FyneApp.toml.keep
