#!/usr/bin/env python3
"""Every file outside the checkout that the build, the program or the tests read must come from a
Debian package that tools/packages*.txt lists, so that `make` on a fresh machine installs it.

This finds those files the way a reader of the project would — the absolute paths that the
Makefile, tools/ and tests/ name, the commands their scripts run, the system headers the
compiler read (build/*/*.d) and the system files the Makefile declares (`make system-files`) —
asks dpkg which package owns each, and fails, naming the path and its package, when that package is
neither listed, nor a dependency of a listed one, nor part of Debian's base system (priority
required or important, or Essential). A path no installed package owns is a failure too: nothing
would put it on a fresh machine.

usage: tools/system-files.py [--list FILE]... [--scan FILE]... [-v]
  --list FILE  a package list (default: tools/packages.txt and tools/packages-bench.txt)
  --scan FILE  scan this file too (the test uses it to show that a new path turns it red)
"""
import glob
import os
import re
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Where the project names system files: the build, its tools and its tests.
SCANNED = ["Makefile", "tools/*", "tests/*.sh", "tests/*.mjs", "tests/*.py",
           "tests/*/*.sh", "tests/*/*.mjs", "tests/*/*.py", "tests/*/*.c"]

# Paths that are named but never read: hostile input the tests show refused, and the PREFIXes
# `make install` writes to (under a DESTDIR in the tests).
NOT_READ = {"/etc/passwd", "/usr/local", "/opt/frisk"}

# A command may come from packages that tools/deps.sh installs when the command is missing
# (Debian's nodejs does not ship npm; some machines' nodejs does).
COMMAND_FALLBACKS = {"npm": "npm", "node": "nodejs"}

# The PATH tests/run.sh gives the tests: the system's commands first, whatever else a machine
# puts in front of them (pyenv, /usr/local).
TEST_PATH = "/usr/bin:/bin:/usr/sbin:/sbin:" + os.environ.get("PATH", "")

# Words that come before a command (it follows them) ...
COMMAND_PREFIXES = {"if", "then", "else", "elif", "while", "until", "do", "!", "{", "exec",
                    "command", "env", "time", "timeout", "nice", "xargs", "sudo"}
# ... and shell words and builtins whose following words are arguments, not commands.
NOT_COMMANDS = {"fi", "for", "done", "case", "esac", "in", "function", "}", "[[", "]]", "set",
                "export", "local", "return", "exit", "shift", "break", "continue", "eval",
                "trap", "wait", "read", "cd", "echo", "printf", "test", "[", "true", "false",
                ":", ".", "unset", "umask", "kill", "select"}

ABS_PATH = re.compile(r"(?<![\w.~$/-])(/(?:usr|etc|opt|lib|bin|sbin)/[A-Za-z0-9_.+/-]*[A-Za-z0-9_+])")
PY_SUBPROCESS = re.compile(r"subprocess\.\w+\(\s*\[\s*['\"]([A-Za-z][\w.+-]*)['\"]")
SPLIT_COMMANDS = re.compile(r"\|\||&&|[|;&`(){}]|\$\(|\bthen\b|\bdo\b|\belse\b")
HEREDOC = re.compile(r"<<-?\s*['\"]?([A-Za-z_]+)['\"]?")
ASSIGNMENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*=")
COMMAND_WORD = re.compile(r"^[A-Za-z][A-Za-z0-9_.+-]*$")


def read(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read()
    except OSError:
        return ""


def shell_lines(path, text):
    """The lines of a file that are shell: a script, or the recipes of a Makefile."""
    if os.path.basename(path) == "Makefile":
        lines = []
        for line in text.splitlines():
            if line.startswith("\t"):
                lines.append(line.lstrip("\t@-"))
            for m in re.finditer(r"\$\(shell ([^)]*)\)", line):
                lines.append(m.group(1))
        return lines
    if path.endswith(".sh") or text.startswith("#!/bin/sh") or text.startswith("#!/bin/bash"):
        # A here-document's body is data (often a Python or XML program), not shell.
        lines, end = [], None
        for line in text.splitlines():
            if end is not None:
                if line.strip() == end:
                    end = None
                continue
            lines.append(line)
            m = HEREDOC.search(line)
            if m:
                end = m.group(1)
        return lines
    return []


def commands_in(lines):
    """First words in command position; a heuristic good enough for the project's scripts."""
    found = set()
    for line in lines:
        line = line.split(" #")[0]
        if line.lstrip().startswith("#"):
            continue
        line = re.sub(r"'[^']*'|\"[^\"]*\"", " \"\" ", line)
        for part in SPLIT_COMMANDS.split(line):
            words = part.split()
            while words and (ASSIGNMENT.match(words[0]) or words[0] in COMMAND_PREFIXES
                             or words[0].startswith("-") or words[0].isdigit()):
                words = words[1:]
            if words and words[0] not in NOT_COMMANDS and COMMAND_WORD.match(words[0]):
                found.add(words[0])
    return found


def scan(files):
    paths, commands = {}, {}
    for path in files:
        text = read(path)
        where = os.path.relpath(path, ROOT)
        for m in ABS_PATH.finditer(text):
            if m.group(1) not in NOT_READ:
                paths.setdefault(m.group(1), where)
        for word in commands_in(shell_lines(path, text)):
            commands.setdefault(word, where)
        for m in PY_SUBPROCESS.finditer(text):
            commands.setdefault(m.group(1), where)
    return paths, commands


def make_system_files():
    out = subprocess.run(["make", "-s", "--no-print-directory", "system-files"], cwd=ROOT,
                         capture_output=True, text=True)
    return out.stdout.split() if out.returncode == 0 else []


def compiler_headers():
    """System headers the compiler reads for frisk's sources (cc -M with the build's flags)."""
    flags = subprocess.run(["make", "-s", "--no-print-directory", "print-cflags"], cwd=ROOT,
                           capture_output=True, text=True).stdout.split()
    headers = set()
    for source in sorted(glob.glob(os.path.join(ROOT, "src", "**", "*.c"), recursive=True)):
        out = subprocess.run(["cc", "-M", *flags, source], cwd=ROOT, capture_output=True,
                             text=True)
        for word in out.stdout.replace("\\\n", " ").split():
            if word.startswith("/usr/"):
                headers.add(os.path.normpath(word))
    return headers


def owners(paths):
    """{path: [package, …]} from dpkg, trying the path as named, then with symlinks resolved
    (and the /usr-merged names); None where no package owns it. One dpkg-query for all."""
    candidates = {}
    for path in paths:
        names = [path]
        real = os.path.realpath(path)
        if real != path:
            names.append(real)
        for c in list(names):
            if c.startswith("/usr/") and c.split("/")[2] in ("bin", "sbin", "lib", "lib64"):
                names.append(c[4:])
        candidates[path] = names
    wanted = sorted({c for names in candidates.values() for c in names})
    out = subprocess.run(["dpkg-query", "-S", *wanted], capture_output=True, text=True)
    owned_by = {}
    for line in out.stdout.splitlines():
        if line.startswith("diversion by"):
            continue
        names, _, owned = line.rpartition(": ")
        owned_by.setdefault(owned.strip(), set()).update(
            n.strip().split(":")[0] for n in names.split(","))
    result = {}
    for path, names in candidates.items():
        result[path] = next((sorted(owned_by[c]) for c in names if c in owned_by), None)
    return result


def installed_packages():
    out = subprocess.run(["dpkg-query", "-W", "-f",
                          "${Package}\t${Status}\t${Priority}\t${Essential}\t${Depends}\t"
                          "${Pre-Depends}\t${Provides}\n"], capture_output=True, text=True)
    info = {}
    for line in out.stdout.splitlines():
        name, status, priority, essential, depends, predepends, provides = line.split("\t")
        if "ok installed" not in status:
            continue
        deps = []
        for clause in (depends + "," + predepends).split(","):
            alternatives = [a.strip().split(" ")[0].split(":")[0] for a in clause.split("|")]
            deps.append([a for a in alternatives if a])
        info[name] = {"priority": priority, "essential": essential == "yes", "deps": deps,
                      "provides": [p.strip().split(" ")[0] for p in provides.split(",") if p.strip()]}
    return info


def closure(listed, info):
    """The listed packages and everything they depend on, as installed here."""
    providers = {}
    for name, i in info.items():
        for p in i["provides"]:
            providers.setdefault(p, []).append(name)
    seen, todo = set(), list(listed)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        for alternatives in info.get(name, {"deps": []})["deps"]:
            for a in alternatives:
                for real in ([a] if a in info else providers.get(a, [])):
                    if real not in seen:
                        todo.append(real)
    return seen


def read_list(path):
    return [w for line in read(path).splitlines()
            if not line.lstrip().startswith("#") for w in line.split()]


def main(argv):
    lists, extra, verbose = [], [], False
    args = list(argv)
    while args:
        a = args.pop(0)
        if a == "--list" and args:
            lists.append(args.pop(0))
        elif a == "--scan" and args:
            extra.append(args.pop(0))
        elif a == "-v":
            verbose = True
        else:
            print(__doc__.split("usage:")[1], file=sys.stderr)
            return 2
    if not lists:
        lists = [os.path.join(ROOT, "tools/packages.txt"), os.path.join(ROOT, "tools/packages-bench.txt")]
    listed = set()
    for path in lists:
        listed.update(read_list(path))

    files = sorted({f for pattern in SCANNED for f in glob.glob(os.path.join(ROOT, pattern))
                    if os.path.isfile(f) and f != os.path.abspath(__file__)} | set(extra))
    paths = {path: "Makefile (make system-files)" for path in make_system_files()}
    scanned, commands = scan(files)
    for path, where in scanned.items():
        paths.setdefault(path, where)
    for header in compiler_headers():
        paths.setdefault(header, "the compiler (cc -M on src/)")

    # Commands: where the scripts would find them on this machine.
    for word, where in commands.items():
        found = shutil.which(word, path=TEST_PATH)
        if found and not found.startswith(ROOT) and not os.path.basename(found) == word + ".sh":
            paths.setdefault(found, f"{where} (command {word})")
            commands[word] = found

    info = installed_packages()
    allowed = closure(listed, info)
    owned = owners(sorted(paths))
    problems, report = [], []
    for path in sorted(paths):
        where = paths[path]
        pkgs = owned[path]
        if pkgs is None:
            problems.append(f"{path} (named in {where}) belongs to no installed Debian package: "
                            "install it from a package and list that package in tools/packages.txt")
            continue
        ok = [p for p in pkgs if p in allowed or info.get(p, {}).get("essential")
              or info.get(p, {}).get("priority") in ("required", "important")]
        command = os.path.basename(path)
        if not ok and COMMAND_FALLBACKS.get(command) in pkgs:
            ok = [COMMAND_FALLBACKS[command]]
        report.append(f"{path}\t{','.join(pkgs)}\t{'ok' if ok else 'NOT LISTED'}\t{where}")
        if not ok:
            problems.append(f"{path} (named in {where}) comes from the package "
                            f"{' or '.join(pkgs)}, which tools/packages*.txt does not list: add it")
    if verbose:
        print("\n".join(report))
    for p in problems:
        print(f"tools/system-files.py: error: {p}", file=sys.stderr)
    print(f"{len(paths)} system files and commands, from "
          f"{len({p for v in owned.values() if v for p in v})} packages; {len(problems)} unlisted")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
