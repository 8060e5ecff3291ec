# offprint — see README.md. Only a JDK 17 and make are needed: ./mvnw fetches Maven itself.
MVN ?= ./mvnw -q -B
JAR := target/offprint.jar
OUT ?= output

.PHONY: all build convert test bench clean
all: build convert

build: $(JAR)

$(JAR): pom.xml $(shell find src/main -type f 2>/dev/null)
	$(MVN) -DskipTests package
	@test -f $(JAR)

convert: build
	bin/offprint convert --format pdf,epub,html,json,txt -o $(OUT) source/

test:
	$(MVN) test

clean:
	rm -rf target $(OUT)
