# make && make install PREFIX=/usr/local — builds the release binary and installs it with
# its manual page. The Swift runtime is linked statically, so the installed binary needs
# no toolchain at run time (only libxml2) and starts faster.
PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man/man1
SWIFT ?= swift
SWIFTFLAGS ?= -c release --static-swift-stdlib

all: build

build:
	$(SWIFT) build $(SWIFTFLAGS) --product filingdown

install: build
	install -d "$(DESTDIR)$(BINDIR)" "$(DESTDIR)$(MANDIR)"
	install -m 755 "$$($(SWIFT) build $(SWIFTFLAGS) --show-bin-path)/filingdown" "$(DESTDIR)$(BINDIR)/filingdown"
	install -m 644 man/filingdown.1 "$(DESTDIR)$(MANDIR)/filingdown.1"

uninstall:
	rm -f "$(DESTDIR)$(BINDIR)/filingdown" "$(DESTDIR)$(MANDIR)/filingdown.1"

check:
	$(SWIFT) test

.PHONY: all build install uninstall check
