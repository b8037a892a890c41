# Yuanbahui (院坝汇) — the two commands a newcomer needs are `make run` and `make test`.

GO        ?= go
NPM       ?= npm
BIN       := bin/yuanbahui
ADDR      ?= 127.0.0.1:8080
DB        ?= sqlite:data/yuanbahui.db
# PostgreSQL server the test suite also runs against (a database per test is
# created on it). Set TEST_POSTGRES_URL= (empty) to run on SQLite only.
TEST_POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable

.PHONY: run build spa server test test-go test-replica test-fuzz test-frontend test-e2e generate check-generated bench bench-paint soak soak-short lint clean

## run: install front-end packages, build SPA and server, seed the demo district
## into an empty database (never over existing data), serve
SCALE     ?= district
run: build
	$(BIN) seed --db '$(DB)' --scale $(SCALE) --if-empty
	$(BIN) user add --db '$(DB)' --username admin --role DISTRICT_ADMIN --area 500154 --demo
	@echo "Log in as admin / yuanbahui-demo (demo only: 'serve --production' refuses this password)."
	$(BIN) serve --db '$(DB)' --addr '$(ADDR)' --dev

build: spa server

node_modules/.installed: package.json package-lock.json
	$(NPM) ci --no-audit --no-fund
	@touch $@

spa: node_modules/.installed
	$(NPM) run build

server:
	$(GO) build -o $(BIN) ./cmd/yuanbahui

## test: front-end tests, vet, the Go suite on SQLite (with the race
## detector, which needs cgo and a C compiler; RACE= turns it off) and on
## PostgreSQL, and the browser tests (E2E= skips them)
RACE      ?= -race
E2E       ?= 1
test: lint test-frontend test-go test-fuzz $(if $(strip $(E2E)),test-e2e)

test-frontend: node_modules/.installed
	$(NPM) test

## test-e2e: the SPA's first-route size budget, then headless Chromium
## (CHROMIUM, default /usr/bin/chromium) against the real server on a freshly
## seeded SQLite database; screenshots in e2e/artifacts/
test-e2e: build
	$(NPM) run check:bundle
	$(NPM) run e2e

## test-go: the race detector runs on the packages .ci/race-packages lists
## (their tests start goroutines, or run code of this module that does), the
## rest without it; then the whole suite on PostgreSQL, packages in parallel
## (each test has its own database, named after its process). The race
## detector instruments every Go package but two pure computations that share
## no memory with their callers: the C library of SQLite translated to Go
## (modernc.org/libc, modernc.org/sqlite/lib; SQLite guards its state with
## its own mutexes), whose instrumentation made the SQLite suite about 7 times
## slower, and the argon2id password hash (every test login). Our code, ent,
## gqlgen, database/sql and the SQLite driver's Go side stay instrumented.
RACE_PKGS  = $(shell .ci/race-packages)
OTHER_PKGS = $(filter-out $(RACE_PKGS),$(shell $(GO) list -f '{{if or .TestGoFiles .XTestGoFiles}}./{{.Dir}}{{end}}' ./... | sed 's|^\./$(CURDIR)/|./|'))
RACE_SKIP  = $(foreach p,modernc.org/libc/... modernc.org/sqlite/lib golang.org/x/crypto/argon2 golang.org/x/crypto/blake2b,-gcflags='$(p)=-race=false')
## GOTEST_TIMEOUT bounds each package's test binary: two packages share the
## two cores now, so the server package on PostgreSQL (the full district
## included) may need more than go test's default 10 minutes on a busy machine.
GOTEST_TIMEOUT ?= 30m
test-go:
	$(GO) test $(RACE) $(if $(strip $(RACE)),$(RACE_SKIP)) -count=1 -timeout $(GOTEST_TIMEOUT) $(RACE_PKGS)
	$(GO) test -count=1 -timeout $(GOTEST_TIMEOUT) $(OTHER_PKGS)
ifneq ($(strip $(TEST_POSTGRES_URL)),)
	TEST_DATABASE_URL='$(TEST_POSTGRES_URL)' $(GO) test -count=1 -timeout $(GOTEST_TIMEOUT) ./...
endif

## test-replica: the read replica (serve --read-db) against a real streaming
## replica: a PostgreSQL primary of the tests' own (initdb, pg_ctl) and a
## replica of it (pg_basebackup -R), on free loopback ports in a temporary
## directory; the server of TEST_POSTGRES_URL is neither replicated nor
## restarted. test-go runs the same tests on PostgreSQL.
test-replica:
	TEST_DATABASE_URL='$(TEST_POSTGRES_URL)' $(GO) test -count=1 -run 'ReadReplica|ReadDB' ./server/ ./cmd/yuanbahui/

## test-fuzz: Go's native fuzzing of the request decoder (/query) and of the
## filter guard, each for FUZZTIME; their seeds also run in test-go. The
## security suite alone: go test -run Security ./...
FUZZTIME  ?= 20s
test-fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzSecurityQueryRequest$$' -fuzztime $(FUZZTIME) -parallel 2 ./server/
	$(GO) test -run '^$$' -fuzz '^FuzzFilterGuard$$' -fuzztime $(FUZZTIME) -parallel 2 ./graph/

## lint: gofmt, vet and staticcheck (a tool in go.mod; its default checks,
## the unused-code check U1000 among them; ent/staticcheck.conf turns off what
## entgql's generated code trips), ESLint and Prettier over the SPA
lint: node_modules/.installed
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(GO) tool staticcheck ./...
	$(NPM) run lint
	$(NPM) run format:check

## generate: regenerate ent, the PostgreSQL migrations, gqlgen and the TS types
generate: node_modules/.installed
	$(GO) mod tidy
	$(GO) generate ./ent
	$(GO) generate ./graph
	$(NPM) run codegen

## check-generated: fail when generated code differs from its sources
check-generated: generate
	@git add -N . && git diff --exit-code --stat -- . ':!node_modules' || \
		(echo "generated code is out of date: run 'make generate' and commit" && exit 1)

## bench: seeding the district and typical API reads, on SQLite and PostgreSQL,
## each with p50/p95 over repeated runs, and the nested lists beside the same rows
## by hand-written SQL, with the ratio (x-of-sql), and the cost model's prices
## (BenchmarkPriceQuery: each priced class's µs per point and its ratio to the
## median, failing beyond 3×) (BENCH_SCALE=town for a quick run); then, on
## PostgreSQL, how fast the leader's screens paint (bench-paint)
BENCH_SCALE ?= district
BENCH = YBH_BENCH_SCALE=$(BENCH_SCALE) $(GO) test ./internal/bench -run '^$$' -timeout 60m
bench:
	@echo "== SQLite"
	$(BENCH) -bench '^BenchmarkSeed$$' -benchtime 3x
	$(BENCH) -bench 'Query|Page|Lookup|Export' -benchtime 5x
ifneq ($(strip $(TEST_POSTGRES_URL)),)
	@echo "== PostgreSQL"
	TEST_DATABASE_URL='$(TEST_POSTGRES_URL)' $(BENCH) -bench '^BenchmarkSeed$$' -benchtime 3x
	TEST_DATABASE_URL='$(TEST_POSTGRES_URL)' $(BENCH) -bench 'Query|Page|Lookup|Export' -benchtime 5x
	$(MAKE) bench-paint
endif

## bench-paint: how fast the leader's screens paint (issue 21 item 7), in
## headless Chromium on the full district in PostgreSQL: a fresh database on
## TEST_POSTGRES_URL's server (created, then dropped; the server itself is
## never touched), the baseline PAINT_BASE built in a temporary git worktree
## and seeded, measured, then the same data migrated by this build and
## measured; medians of PAINT_RUNS runs after a warm-up beside the targets
## (cards 0.5 s, map 1.0 s, boards 0.8 s). PAINT_ENFORCE=1 fails over a
## target; PAINT_SEED=each seeds once per build; PAINT_TRACE=1 prints the
## waterfall; PAINT_BASE=none measures this build alone (e2e/paint.mjs)
PAINT_BASE  ?= 253b92e
PAINT_RUNS  ?= 5
## (builds with npm run build and go build, not `build`: its npm ci would
## empty a node_modules that is a symlink shared by several worktrees)
bench-paint:
	$(NPM) run build
	$(GO) build -o $(BIN) ./cmd/yuanbahui
	PAINT_PG='$(TEST_POSTGRES_URL)' PAINT_BASE='$(PAINT_BASE)' PAINT_RUNS='$(PAINT_RUNS)' PAINT_SCALE='$(BENCH_SCALE)' node e2e/paint.mjs --bench

## soak: the soak and fault test (cmd/soak): 200 clients for a minute read and
## send idempotent workflow writes through `yuanbahui serve` on a PostgreSQL
## instance of the soak's own (initdb in a temporary directory, a free port;
## the shared server is never touched), stopped (pg_ctl stop -m fast) for 5 s
## halfway; prints throughput, p50/p99, errors by code, the recovery time and
## the acknowledged writes missing from the database, and fails unless that is
## 0. soak-short is CI's version (50 clients, 15 s, 3 s down). More flags:
## make soak SOAK_FLAGS='-clients 100 -duration 2m -stop-mode immediate'
SOAK_FLAGS ?=
soak: server
	$(GO) run ./cmd/soak -bin $(BIN) $(SOAK_FLAGS)

soak-short: server
	$(GO) run ./cmd/soak -bin $(BIN) -short $(SOAK_FLAGS)

clean:
	rm -rf bin
	find server/spa/dist -mindepth 1 ! -name .gitkeep -delete
