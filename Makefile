# offprint — see README.md. Only a JDK 17 and make are needed: ./mvnw fetches Maven itself.
MVN ?= ./mvnw -q -B
JAR := target/offprint.jar
OUT ?= output
SHARED ?= ../shared
# The test classpath, for the benchmark and corpus-check mains in src/test/java.
TESTCP_FILE := target/test-classpath.txt
TESTCP = target/classes:target/test-classes:$$(cat $(TESTCP_FILE))
JAVA_BENCH = java -Xss4m -Xmx2g -cp $(TESTCP)

.PHONY: all build convert test bench bench-batch bench-extract check-epub check-pdf check-hostile fuzz clean
all: build convert

build: $(JAR)

$(JAR): pom.xml $(shell find src/main -type f 2>/dev/null)
	$(MVN) -DskipTests package
	@test -f $(JAR)

convert: build
	bin/offprint convert --format pdf,epub,html,json,txt -o $(OUT) source/

# Not quiet: Surefire's closing 'Tests run: N, Failures: N' line is the suite's verdict.
test:
	./mvnw -B -ntp -Dstyle.color=never test

# Test classes plus the test classpath, for the mains below (no tests run).
$(TESTCP_FILE): pom.xml $(shell find src -type f 2>/dev/null)
	$(MVN) -DskipTests package dependency:build-classpath -Dmdep.outputFile=$(TESTCP_FILE) -Dmdep.includeScope=test

# Speed and memory figures: PDF and EPUB renderers (warm, one JVM), then whole batches of corpus
# pages (500 and 2,000 articles, from a folder and from a WARC) with p50/p95 and peak RSS.
bench: $(TESTCP_FILE)
	$(JAVA_BENCH) dev.offprint.render.pdf.PdfBench
	$(JAVA_BENCH) dev.offprint.render.epub.EpubBench
	$(MAKE) --no-print-directory bench-batch

# The batch part alone: each batch is one bin/offprint run (the launcher's JVM settings, or
# OFFPRINT_JAVA_OPTS), printing articles/s, p50/p95 ms, peak RSS (VmHWM), CPU ms per article, the
# load average and the RSS ratio 2,000/500; exits 1 when a run fails. BATCH_SIZES to change sizes,
# OFFPRINT_BENCH_ARGS to add convert options (e.g. -j 3).
BATCH_SIZES ?= 500 2000
bench-batch: $(TESTCP_FILE) $(JAR)
	$(JAVA_BENCH) -Doffprint.shared=$(SHARED) dev.offprint.batch.BatchBench $(SHARED) $(BATCH_SIZES)

# Extraction quality and speed on ../shared/corpus, scored by ../shared/tools/score.py.
bench-extract: build
	scripts/bench-extract.sh $(SHARED)

# EPUBCheck over every page of both extraction corpora (readability, trafilatura-dev).
check-epub: $(TESTCP_FILE)
	@for c in readability trafilatura-dev/html; do \
	  if [ -d $(SHARED)/corpus/$$c ]; then echo "== $$c"; $(JAVA_BENCH) dev.offprint.render.epub.EpubCorpusCheck $(SHARED)/corpus/$$c || exit 1; \
	  else echo "check-epub: $(SHARED)/corpus/$$c not found"; fi; done

# Every hostile case at full size (10^5-deep trees, 50 MB data: URIs, all html5lib cases): minutes.
check-hostile:
	$(MVN) test -Dtest='dev.offprint.hostile.**' -Dtest.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false

# Coverage-guided fuzzing with Jazzer, each target for FUZZ_SECONDS; crashes land in
# src/test/resources/crashers/ and are replayed by the normal suite.
FUZZ_SECONDS ?= 600
fuzz:
	for t in ExtractFuzzTest PipelineFuzzTest CharsetFuzzTest; do JAZZER_FUZZ=1 $(MVN) test -Dtest=$$t \
	  -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.internal.arg.0=fakeArgv \
	  -Djazzer.internal.arg.1=-max_total_time=$(FUZZ_SECONDS) || exit 1; done

# veraPDF (PDF/A-2u and PDF/UA-1) over every page of both extraction corpora (readability, trafilatura-dev).
check-pdf: $(TESTCP_FILE)
	@for c in readability trafilatura-dev/html; do \
	  if [ -d $(SHARED)/corpus/$$c ]; then echo "== $$c"; $(JAVA_BENCH) dev.offprint.render.pdf.PdfCorpusCheck $(SHARED)/corpus/$$c || exit 1; \
	  else echo "check-pdf: $(SHARED)/corpus/$$c not found"; fi; done

clean:
	rm -rf target $(OUT)
