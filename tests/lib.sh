# Shared helpers for the shell test suites (tests/*/test.sh). Each assertion prints one
# TAP-style line that tests/run.sh counts: "ok - name" or "not ok - name: reason".
# Suites run from the project root with FRISK=./frisk and OUT=tests/out/<suite>.

FRISK=${FRISK:-./frisk}

ok() { echo "ok - $1"; }
not_ok() { echo "not ok - $1${2:+: $2}"; }

# check NAME COMMAND...: passes when COMMAND exits 0.
check() {
    name=$1; shift
    if "$@" >/dev/null 2>&1; then ok "$name"; else not_ok "$name" "command failed: $*"; fi
}

# check_fails NAME COMMAND...: passes when COMMAND exits non-zero.
check_fails() {
    name=$1; shift
    if "$@" >/dev/null 2>&1; then not_ok "$name" "command succeeded: $*"; else ok "$name"; fi
}

# check_eq NAME ACTUAL EXPECTED
check_eq() {
    if [ "$2" = "$3" ]; then ok "$1"; else not_ok "$1" "got '$2', want '$3'"; fi
}

# check_contains NAME FILE TEXT: FILE contains TEXT (fixed string).
check_contains() {
    if grep -qF -- "$3" "$2"; then ok "$1"; else not_ok "$1" "'$3' not in $2"; fi
}

# check_not_contains NAME FILE TEXT
check_not_contains() {
    if grep -qF -- "$3" "$2"; then not_ok "$1" "'$3' found in $2"; else ok "$1"; fi
}

# suite_out NAME: a fresh output folder for a suite.
suite_out() {
    d="tests/out/$1"
    rm -rf "$d" && mkdir -p "$d" && echo "$d"
}
