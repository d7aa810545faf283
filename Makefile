# frisk — `make` installs what is missing, builds frisk and compiles input/ into output/;
# `make check` builds and runs every test. See README.md.

PKGS      := libxml-2.0 libxslt libexslt pangocairo pangoft2 cairo-pdf cairo-svg fontconfig librsvg-2.0 libjpeg
CC        ?= cc
CFLAGS    ?= -O2 -g
WARN      := -std=c11 -Wall -Wextra -Werror -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE
ifeq ($(SANITIZE),1)
  CFLAGS  := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined
  LDFLAGS += -fsanitize=address,undefined
  BUILD   := build/sanitize
else
  BUILD   := build/release
endif
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS))
PKG_LIBS   = $(shell pkg-config --libs $(PKGS)) -lcsv -lhyphen -lm

SRCS      := $(wildcard src/*.c src/*/*.c)
OBJS      := $(SRCS:src/%.c=$(BUILD)/%.o)
LIB_OBJS  := $(filter-out $(BUILD)/main.o,$(OBJS))
UNIT_SRCS := $(wildcard tests/*/test_*.c)
UNIT_BINS := $(addprefix $(BUILD)/tests/,$(basename $(notdir $(UNIT_SRCS))))

FONT_SRC  := /usr/share/fonts/truetype/noto
FONTS     := $(addprefix fonts/,NotoSerif-Regular.ttf NotoSerif-Bold.ttf NotoSerif-Italic.ttf \
               NotoSerif-BoldItalic.ttf NotoSans-Regular.ttf NotoSans-Bold.ttf NotoSans-Italic.ttf \
               NotoSans-BoldItalic.ttf NotoSansMono-Regular.ttf NotoSansMono-Bold.ttf)
LINGUAS   := $(basename $(notdir $(wildcard po/*.po)))
MO_FILES  := $(LINGUAS:%=build/locale/%/LC_MESSAGES/frisk.mo)
XGETTEXT_KEYWORDS := -k_ -kN_ -kngettext_frisk:1,2 -kdiag_error:4 -kdiag_warning:4 \
	-kdiag_report:5 -kdiag_node_error:2 -kdiag_node_warning:2 -kdiag_node_report:3 \
	-kdiag_environment:1 -kusage_error:1 -kfo_error:3 -kfo_warning:3 -knode_error:3 -ktypeset_error:3 -kreport_node:3 -kreport_attribute:4 \
	-kparse_error:3 -kcell_error:4
# Everything xgettext reads; tests/i18n extracts afresh with the same (make print-xgettext).
XGETTEXT_ARGS = --from-code=UTF-8 --no-location --sort-output $(XGETTEXT_KEYWORDS) \
	--package-name=frisk $(sort $(SRCS))

HYPH_DIC  := build/hyph_da_DK.dic
HYPH_SRC  := /usr/share/hyphen/hyph_da_DK.dic
SUBSTRINGS := /usr/share/libhyphen/substrings.pl

# Every file outside the checkout that the build reads; tools/system-files.py (run by
# tests/setup) checks that a listed package owns each.
SYSTEM_FILES := $(FONTS:fonts/%=$(FONT_SRC)/%) $(HYPH_SRC) $(SUBSTRINGS)

.PHONY: all deps frisk build check bench fuzz clean system-files print-cflags print-xgettext install uninstall
.DELETE_ON_ERROR:

all: build

# A stamp per package list keeps `make` from asking dpkg on every run.
deps: build/deps.stamp
build/deps.stamp: tools/packages.txt tools/deps.sh
	@sh tools/deps.sh
	@mkdir -p build && touch $@

frisk: build/deps.stamp $(FONTS) $(HYPH_DIC) $(MO_FILES) $(BUILD)/frisk
	@cp $(BUILD)/frisk frisk.tmp && mv -f frisk.tmp frisk

$(BUILD)/frisk: $(OBJS)
	$(CC) $(LDFLAGS) -o $@ $(OBJS) $(PKG_LIBS)

$(BUILD)/%.o: src/%.c build/deps.stamp
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(CFLAGS) -Isrc $(PKG_CFLAGS) -MMD -MP -c -o $@ $<

-include $(OBJS:.o=.d)

# Fonts come from Debian's packages, copied so that frisk sees only fonts/ (fonts/README.md).
fonts/%.ttf: build/deps.stamp
	cp $(FONT_SRC)/$*.ttf $@

# Messages in the author's language (src/shared/i18n.h): po/LANG.po compiled into
# build/locale/LANG/LC_MESSAGES/frisk.mo. `make update-po` extracts the messages again
# (xgettext reads every diag_* call and every _("…")) and merges them into each po/*.po.
build/locale/%/LC_MESSAGES/frisk.mo: po/%.po build/deps.stamp
	@mkdir -p $(dir $@)
	msgfmt --check -o $@ $<

.PHONY: update-po
update-po:
	xgettext $(XGETTEXT_ARGS) -o po/frisk.pot
	for po in po/*.po; do msgmerge --quiet --update --backup=none --no-location --sort-output $$po po/frisk.pot; done

# hyphen-da ships ISO-8859-1 patterns that libhyphen wants preprocessed (TOOLING.md).
$(HYPH_DIC): build/deps.stamp
	@mkdir -p build
	iconv -f ISO-8859-1 -t UTF-8 $(HYPH_SRC) | tail -n +2 > build/hyph_da_DK.raw
	perl $(SUBSTRINGS) build/hyph_da_DK.raw $@ UTF-8 2 2 > /dev/null
	rm -f build/hyph_da_DK.raw

build: frisk
	./frisk build

# A unit test lives beside what it tests (tests/unit, tests/typeset, tests/diagram).
vpath test_%.c $(sort $(dir $(UNIT_SRCS)))
$(BUILD)/tests/%: %.c tests/unit/harness.h $(LIB_OBJS)
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(CFLAGS) $(PKG_CFLAGS) -Isrc -Itests/unit $(LDFLAGS) -o $@ $< $(LIB_OBJS) $(PKG_LIBS)

# The browser, accessibility and HTML-validity tests' npm packages (exact versions in
# package-lock.json); Debian's chromium is the browser.
node_modules/.stamp: package.json package-lock.json build/deps.stamp
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

check: frisk $(UNIT_BINS) node_modules/.stamp
	@BUILD=$(BUILD) sh tests/run.sh

# Speed against Apache FOP and the pango/cairo floor (README "Benchmark"); not part of `check`.
# Its extra packages are in tools/packages-bench.txt: installed as root, else the apt-get line.
bench: frisk
	sh bench/run.sh

# `make install` puts frisk in $(DESTDIR)$(PREFIX)/bin and its resources in
# $(DESTDIR)$(PREFIX)/share/frisk, where the installed binary looks for them (src/home.c):
# stylesheets, schema, fonts, hyphenation patterns and the programme data new projects start
# from. `make uninstall` removes exactly those.
PREFIX    ?= /usr/local
BINDIR    := $(PREFIX)/bin
DATADIR   := $(PREFIX)/share/frisk
MANDIR    := $(PREFIX)/share/man/man1
LOCALEDIR := $(PREFIX)/share/locale
SHARED     = $(shell git ls-files stylesheets schema input 2>/dev/null || find stylesheets schema input -type f) \
             fonts/README.md

install: frisk
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)/fonts $(DESTDIR)$(DATADIR)/build $(DESTDIR)$(MANDIR)
	install -m 755 frisk $(DESTDIR)$(BINDIR)/frisk
	for f in $(SHARED); do install -D -m 644 "$$f" "$(DESTDIR)$(DATADIR)/$$f" || exit 1; done
	install -m 644 $(FONTS) $(DESTDIR)$(DATADIR)/fonts/
	install -m 644 $(HYPH_DIC) $(DESTDIR)$(DATADIR)/build/
	install -m 644 docs/frisk.1 $(DESTDIR)$(MANDIR)/frisk.1
	for lang in $(LINGUAS); do install -D -m 644 build/locale/$$lang/LC_MESSAGES/frisk.mo \
	  $(DESTDIR)$(LOCALEDIR)/$$lang/LC_MESSAGES/frisk.mo || exit 1; done

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/frisk $(DESTDIR)$(MANDIR)/frisk.1
	for lang in $(LINGUAS); do rm -f $(DESTDIR)$(LOCALEDIR)/$$lang/LC_MESSAGES/frisk.mo; done
	rm -rf $(DESTDIR)$(DATADIR)

# For tools/system-files.py: the system files the build reads and the compiler's flags.
system-files:
	@echo $(SYSTEM_FILES)
print-cflags:
	@echo $(WARN) $(PKG_CFLAGS) -Isrc
print-xgettext:
	@echo $(XGETTEXT_ARGS)

clean:
	rm -rf build frisk output tests/out fonts/*.ttf

# ---- fuzzing (issue 8) ------------------------------------------------------------------
# `make fuzz` builds libFuzzer harnesses (clang, ASan + UBSan) for the loader+checker and the
# typesetter and runs each for FUZZ_TIME seconds (default 60) from a seed corpus; findings
# land in build/fuzz/crashes/ and become regression inputs in tests/robustness/fuzz-regressions/.
FUZZ_BUILD := build/fuzz
FUZZ_CC    := clang
FUZZ_FLAGS := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined
FUZZ_OBJS  := $(filter-out $(FUZZ_BUILD)/main.o,$(SRCS:src/%.c=$(FUZZ_BUILD)/%.o))

$(FUZZ_BUILD)/%.o: src/%.c build/deps.stamp
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(WARN) $(FUZZ_FLAGS) -fsanitize=fuzzer-no-link -Isrc $(PKG_CFLAGS) -MMD -MP -c -o $@ $<

$(FUZZ_BUILD)/fuzz_%: tests/fuzz/fuzz_%.c $(FUZZ_OBJS)
	$(FUZZ_CC) $(WARN) $(FUZZ_FLAGS) -fsanitize=fuzzer -Isrc $(PKG_CFLAGS) -o $@ $< $(FUZZ_OBJS) $(PKG_LIBS)

-include $(FUZZ_OBJS:.o=.d)

fuzz: frisk $(FUZZ_BUILD)/fuzz_load $(FUZZ_BUILD)/fuzz_fo
	@FUZZ=$(FUZZ_BUILD) sh tests/fuzz/run.sh
# ---- end of fuzzing ---------------------------------------------------------------------
