#!/bin/sh
# The Danish task guide docs/ansoegning.md cannot drift from the program:
#  1. every ```console block is run: each "$ frisk …" line with $FRISK from the project root,
#     and what it prints (stderr, then stdout) must be exactly the lines below it, in Danish
#     (LANG=da_DK.UTF-8, the locale generated into the suite's folder: the guide is Danish);
#  2. every ```xml block marked <!-- fra: FILE --> shows lines that FILE really holds;
#  3. the guide has its ten mistakes.
# Run from the project root (tests/run.sh does).
. tests/lib.sh
out=$(suite_out guide)
guide=docs/ansoegning.md

if [ ! -x "$FRISK" ]; then
    not_ok "guide: $FRISK is not built"
    exit 0
fi

mkdir -p "$out/locale"
localedef -i da_DK -f UTF-8 -c "$out/locale/da_DK.UTF-8" > "$out/localedef.log" 2>&1

FRISK="$FRISK" OUT="$out" python3 - "$guide" <<'PY'
import os, subprocess, sys, shlex
guide = sys.argv[1]
frisk = os.environ["FRISK"]
# frisk in Danish, whatever the caller's locale: LANGUAGE, LC_ALL and LC_MESSAGES would win over LANG.
danish = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
danish.update(LANG="da_DK.UTF-8", LOCPATH=os.path.join(os.environ["OUT"], "locale"))
lines = open(guide, encoding="utf-8").read().split("\n")

def tap(ok, name, why=""):
    print(("ok - " if ok else "not ok - ") + name + ("" if ok or not why else ": " + why))

i, source = 0, None
n_console = n_xml = 0
while i < len(lines):
    line = lines[i]
    if line.startswith("<!-- fra: "):
        source = line[len("<!-- fra: "):].rstrip(" ->").strip()
    if line.strip() in ("```console", "```xml"):
        kind = line.strip()[3:]
        body = []
        i += 1
        while i < len(lines) and lines[i].strip() != "```":
            body.append(lines[i])
            i += 1
        if kind == "console":
            # One or more commands, each followed by its expected output.
            j = 0
            while j < len(body):
                if not body[j].startswith("$ frisk "):
                    tap(False, "guide line %r is a $ frisk command" % body[j])
                    j += 1
                    continue
                command = body[j][2:]
                j += 1
                expected = []
                while j < len(body) and not body[j].startswith("$ "):
                    expected.append(body[j])
                    j += 1
                n_console += 1
                args = shlex.split(command)
                run = subprocess.run([frisk] + args[1:], capture_output=True, text=True, env=danish)
                got = (run.stderr + run.stdout).rstrip("\n").split("\n") if (run.stderr + run.stdout) else []
                ok = got == expected
                tap(ok, "guide example runs as shown: " + command,
                    "got:\n#   " + "\n#   ".join(got))
        elif source:
            n_xml += 1
            held = set(l.strip() for l in open(source, encoding="utf-8"))
            missing = [l for l in body if l.strip() and l.strip() not in held]
            tap(not missing, "guide XML is what %s holds" % source, "not there: %r" % missing[:2])
            source = None
    i += 1
tap(n_console >= 10, "guide: at least 10 examples run (%d)" % n_console)
tap(n_xml >= 5, "guide: its XML excerpts are checked (%d)" % n_xml)
PY
count=$(grep -c '^### [0-9]*\. ' "$guide")
check_eq "guide: ten common mistakes" "$count" "10"
