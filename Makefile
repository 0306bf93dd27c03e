# make && make install PREFIX=/usr/local — builds the release binary and installs it,
# stripped, with its manual page and bash, zsh and fish completions. The Swift runtime is
# linked statically, so the installed binary needs no toolchain at run time (only libxml2 and libarchive)
# and starts faster.
PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man/man1
BASHCOMPDIR ?= $(PREFIX)/share/bash-completion/completions
ZSHCOMPDIR ?= $(PREFIX)/share/zsh/site-functions
FISHCOMPDIR ?= $(PREFIX)/share/fish/vendor_completions.d
SWIFT ?= swift
PYTHON ?= python3
SWIFTFLAGS ?= -c release --static-swift-stdlib
# The binary to install; install-files takes any, the tests give it their own build.
BIN ?= $$($(SWIFT) build $(SWIFTFLAGS) --show-bin-path)/filingdown

all: build

build:
	$(SWIFT) build $(SWIFTFLAGS) --product filingdown

install: build install-files

# Completions come from the binary itself, so they always match its options.
install-files:
	install -d "$(DESTDIR)$(BINDIR)" "$(DESTDIR)$(MANDIR)" "$(DESTDIR)$(BASHCOMPDIR)" "$(DESTDIR)$(ZSHCOMPDIR)" "$(DESTDIR)$(FISHCOMPDIR)"
	install -s -m 755 "$(BIN)" "$(DESTDIR)$(BINDIR)/filingdown"
	install -m 644 man/filingdown.1 "$(DESTDIR)$(MANDIR)/filingdown.1"
	"$(DESTDIR)$(BINDIR)/filingdown" --generate-completion-script bash > "$(DESTDIR)$(BASHCOMPDIR)/filingdown"
	"$(DESTDIR)$(BINDIR)/filingdown" --generate-completion-script zsh > "$(DESTDIR)$(ZSHCOMPDIR)/_filingdown"
	"$(DESTDIR)$(BINDIR)/filingdown" --generate-completion-script fish > "$(DESTDIR)$(FISHCOMPDIR)/filingdown.fish"

uninstall:
	rm -f "$(DESTDIR)$(BINDIR)/filingdown" "$(DESTDIR)$(MANDIR)/filingdown.1" "$(DESTDIR)$(BASHCOMPDIR)/filingdown" \
		"$(DESTDIR)$(ZSHCOMPDIR)/_filingdown" "$(DESTDIR)$(FISHCOMPDIR)/filingdown.fish"

check:
	$(SWIFT) test

# make wheel — the Python package as a platform wheel in dist/: the adapter, the release
# binary (static Swift runtime, stripped) and the libraries it loads that a bare Linux may
# lack (libxml2, ICU, liblzma, zlib) beside it, found through $$ORIGIN; the tag states the
# glibc the binary and those libraries need (docs/scale.md). Needs patchelf and binutils.
wheel: build
	$(PYTHON) python/tools/build_wheel.py --binary "$(BIN)" --out dist

.PHONY: all build install install-files uninstall check wheel
