#!/usr/bin/env bash
# Builds the solution once and runs every test project. The last line of output is always the totals,
# "N passed, N failed", summed over all test assemblies; the exit code is non-zero if the build failed,
# any test failed or no test ran.
#
# On a fresh machine, run as root: it installs what the tests need from the Debian archive first
# (PostgreSQL server binaries for the storage tests, Chromium for the browser tests).
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# The totals are read from dotnet test's summary lines, which are translated in other languages.
export DOTNET_CLI_UI_LANGUAGE=en

passed=0
failed=0
print_totals() {
    local status=$?
    echo "$passed passed, $failed failed"
    exit "$status"
}
trap print_totals EXIT

say() { echo "==> $*"; }

fail() {
    echo "test.sh: $*" >&2
    exit 1
}

# apt-get's chatter goes to a log that is shown only when it fails.
apt_updated=false
apt_install() {
    local log
    log=$(mktemp)
    if ! { { $apt_updated || apt-get update -q; } && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@"; } >"$log" 2>&1; then
        tail -n 30 "$log" >&2
        rm -f "$log"
        fail "apt-get install $* failed (output above)"
    fi
    apt_updated=true
    rm -f "$log"
}

# All the work is in one function that bash reads whole before running it, so that the script being
# edited while it runs (the test run is long) cannot make bash read a half-old, half-new line.
main() {
    missing=()
    compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
    [[ -x /usr/bin/chromium ]] || missing+=(chromium)

    if ((${#missing[@]} > 0)); then
        if ((EUID != 0)); then
            fail "missing Debian packages: ${missing[*]}. Install them (sudo apt-get install ${missing[*]}) or run this script as root."
        fi
        for package in "${missing[@]}"; do
            case "$package" in
            postgresql)
                say "Installing PostgreSQL server binaries (apt-get install postgresql)"
                # Tests start private servers of their own: the package's default cluster would only be a
                # system-wide server left running on port 5432.
                apt_install postgresql-common
                sed -i 's/^#\?\s*create_main_cluster\s*=.*/create_main_cluster = false/' /etc/postgresql-common/createcluster.conf
                apt_install postgresql
                ;;
            chromium)
                say "Installing Chromium for the browser tests (apt-get install chromium)"
                apt_install chromium
                ;;
            esac
        done
    fi

    say "Building KpiActors.sln (Release)"
    dotnet build KpiActors.sln -c Release -v minimal -tl:off || fail "the build failed"

    say "Running the tests"
    log=$(mktemp)
    test_status=0
    # A test host stuck for 15 minutes is stopped and the test it was running named, instead of the run
    # hanging until CI's limit.
    dotnet test KpiActors.sln -c Release --no-build -v minimal -tl:off --blame-hang-timeout 15m --blame-hang-dump-type none 2>&1 | tee "$log" || test_status=$?

    # One summary line per test assembly, e.g.
    # "Failed!  - Failed:     1, Passed:    12, Skipped:     0, Total:    13, Duration: 2 s - X.Tests.dll (net10.0)".
    while read -r assembly_failed assembly_passed; do
        passed=$((passed + assembly_passed))
        failed=$((failed + assembly_failed))
    done < <(sed -E 's/\x1b\[[0-9;]*m//g' "$log" |
        sed -nE 's/^[[:space:]]*(Passed|Failed)![[:space:]]+-[[:space:]]+Failed:[[:space:]]*([0-9]+),[[:space:]]*Passed:[[:space:]]*([0-9]+),.*/\2 \3/p')
    # A crashed or hung test host leaves no summary line, so its tests are in neither total.
    aborted=$(grep -c 'Test Run Aborted' "$log" || true)
    rm -f "$log"

    if ((aborted > 0)); then
        fail "a test run was aborted: a test host crashed or hung, see above"
    fi
    if ((test_status != 0)); then
        fail "dotnet test exited with code $test_status"
    fi
    if ((failed > 0)); then
        fail "$failed test(s) failed"
    fi
    if ((passed == 0)); then
        fail "no test ran"
    fi
}

main "$@"; exit
