#!/usr/bin/env bash
# Installs the Debian packages the test suite needs when they are missing (CI starts from a clean machine).
# Without root or password-less sudo it names what is missing and how to install it; the browser tests
# then skip with that reason locally, and this script fails under CI (CI=1), where nothing may be skipped.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ ${#need[@]} -eq 0 ] && exit 0
missing() {
    echo "Missing system packages: ${need[*]}. Install them as root: apt-get install ${need[*]}" >&2
    if [ -n "${CI:-}" ]; then exit 1; fi
    echo "Continuing without them: the browser tests will be skipped." >&2
    exit 0
}
command -v apt-get >/dev/null 2>&1 || missing
if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO="sudo -n"
else
    missing
fi
echo "Installing system packages: ${need[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
