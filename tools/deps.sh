#!/bin/sh
# Installs the Debian packages listed in tools/packages.txt that are missing.
# As root: apt-get update && apt-get install -y. Otherwise: print the exact command and fail,
# so `make` stops before a confusing compiler error.
set -eu
here=$(dirname "$0")
# FRISK_PACKAGES names another list (make bench uses tools/packages-bench.txt; the tests a fake).
list=$(grep -v '^#' "${FRISK_PACKAGES:-$here/packages.txt}" | grep -v '^$')
missing=""
for pkg in $list; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    case "$status" in
        *"install ok installed"*) ;;
        *) missing="$missing $pkg" ;;
    esac
done
# The web tests run on Node.js with npm. Some machines have Node from another source that
# bundles npm (and conflicts with Debian's npm package), so ask for the commands, not packages.
command -v node > /dev/null 2>&1 || missing="$missing nodejs"
command -v npm > /dev/null 2>&1 || missing="$missing npm"
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then
    echo "frisk: installing missing Debian packages:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q && apt-get install -y -q --no-install-recommends $missing
else
    echo "frisk: missing Debian packages. Run as root:" >&2
    echo "  apt-get update && apt-get install -y$missing" >&2
    exit 1
fi
