#!/bin/sh
# Installs the Debian packages of tools/packages-bench.txt that are missing (tools/deps.sh's
# pattern): as root it says what it installs and runs apt-get; otherwise it prints the exact
# command and fails, so `make bench` stops before measuring anything.
set -eu
here=$(dirname "$0")/../tools
list=$(grep -v '^#' "$here/packages-bench.txt" | grep -v '^$')
missing=""
for pkg in $list; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    case "$status" in
        *"install ok installed"*) ;;
        *) missing="$missing $pkg" ;;
    esac
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then
    echo "frisk bench: installing missing Debian packages:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q && apt-get install -y -q --no-install-recommends $missing
else
    echo "frisk bench: missing Debian packages. Run as root:" >&2
    echo "  apt-get update && apt-get install -y$missing" >&2
    exit 1
fi
