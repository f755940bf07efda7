#!/usr/bin/env bash
# Makes the upgrade fixtures of release 9 (schema_version 9): a database written by this release on each engine, and the
# raw facts of its manifest, so that a later release can be started on them and shown to lose nothing on upgrade.
#
#   Made from commit 64593196801a63a82c8525419f0af4961f497c6c (main: "The demo's progress line no longer ends in
#   "(null)" when nothing was refused; ...") on 2026-12-07, with the machine's real clock.
#
# What it does, for SQLite and then PostgreSQL, each on a fresh database:
#   1. takes the commit's files (git archive) into a temporary folder and builds them (dotnet build KpiActors.sln -c Release;
#      the board's npm ci runs as part of it), unless APP_DIR names a checkout whose app is that commit's and is built already;
#   2. starts the app as a process (the built KpiActors.Api.dll) with short alert periods, and drives it through its public
#      HTTP API only, as users would: keys, a target, province mappings, dossiers (JSON, the portal's sync, a CSV),
#      e-document counts, a procedure catalogue, silences, subscriptions; webhooks go to a receiver this script runs on
#      127.0.0.1, which answers 200 to some requests and 500 to others;
#   3. stops the app gracefully (SIGTERM) so that grains write their snapshots, starts it again with other settings for
#      the second part (an alert that stays pending, a delivery left pending after a failed attempt), stops it again;
#   4. takes the files: the SQLite file checkpointed (no -wal beside it), and a plain pg_dump with INSERT statements;
#   5. writes what it made to facts.<engine>.json (keys, alerts, silences, subscriptions, deliveries, row counts, board
#      figures as the API answered them before the last stop), and from them release-9.json, checking on the way that the
#      API's answers are the database's rows and that both engines hold the same (but for random ids and times);
#   6. replays the dump through Npgsql, as one command text, into an empty database.
# The release-9.json committed beside the fixtures was written so and then checked by hand against what was asked for.
# The committed files were made on 2026-12-07 by `APP_DIR=<the upgrade-fixtures worktree> make-fixtures.sh`, the worktree
# built with `dotnet build KpiActors.sln -c Release` at that commit; the default path (git archive, build) was run too.
# Besides the fixtures, the output folder gets facts.<engine>.json and the apps' logs, which are not committed.
#
# The alerts' timing is real: each run gives other ids of keys and subscriptions, other delivery keys and times, so
# release-9.json describes the files committed beside it, not what a new run would make.
#
# Usage: tests/TestSupport/Upgrade/make-fixtures.sh [output folder]   (default: a new folder under /tmp, printed at the end)
# Needs: git, dotnet (the SDK of global.json), python3, sqlite3, PostgreSQL 15 server binaries (/usr/lib/postgresql/15/bin
# or PG_BIN), and, as root, the postgres user (initdb and postgres refuse to run as root).
set -euo pipefail

COMMIT=64593196801a63a82c8525419f0af4961f497c6c
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(git -C "$HERE" rev-parse --show-toplevel)
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
OUT=${1:-$(mktemp -d /tmp/kpi-release-9-fixtures.XXXXXX)}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)

WORK=$(mktemp -d /tmp/kpi-fixtures-work.XXXXXX)
PG_DIR=""
PG_PORT=""

as_postgres() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

cleanup() {
    local status=$?
    if [ -n "$PG_DIR" ] && [ -f "$PG_DIR/data/postmaster.pid" ]; then
        as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" stop -m fast -w >/dev/null 2>&1 || true
    fi
    [ -n "$PG_DIR" ] && rm -rf "$PG_DIR"
    rm -rf "$WORK"
    exit $status
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

# 1. The release, built: its files as the commit has them, in a folder of their own (nothing is added to the repository).
APP_FILES=(src Directory.Build.props Directory.Packages.props global.json KpiActors.sln)
if [ -n "${APP_DIR:-}" ]; then
    # A checkout built already, whose app is the commit's: the same files, unchanged.
    git -C "$APP_DIR" diff --quiet "$COMMIT" -- "${APP_FILES[@]}" || { echo "APP_DIR's app differs from $COMMIT" >&2; exit 1; }
    [ -z "$(git -C "$APP_DIR" status --porcelain -- "${APP_FILES[@]}")" ] || { echo "APP_DIR has uncommitted changes" >&2; exit 1; }
    SRC=$APP_DIR
else
    SRC=$WORK/release
    mkdir -p "$SRC"
    git -C "$REPO" archive "$COMMIT" | tar -x -C "$SRC"
    (cd "$SRC" && dotnet build KpiActors.sln -c Release -nologo -v quiet)
fi
DLL=$SRC/src/Api/bin/Release/net10.0/KpiActors.Api.dll
[ -f "$DLL" ] || { echo "no $DLL: build $SRC first" >&2; exit 1; }

# The driver: starts and stops the app, runs the webhook receiver, makes the data, records what it made.
cat > "$WORK/driver.py" <<'PY'
import atexit, json, os, signal, socket, sqlite3, subprocess, sys, threading, time, urllib.error, urllib.request
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

engine, connection_string, dll, workdir, facts_path = sys.argv[1:6]
psql = sys.argv[6:]  # for PostgreSQL: the psql command line that reaches the database
ADMIN_KEY = "kpi-release9-fixture-admin-7d3e91c4b2a85f06"
VN = timezone(timedelta(hours=7))
BOARD_URL = "https://kpi.example.gov.vn"


def log(message):
    print(f"[{engine}] {message}", flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# ---- the webhook receiver: per path a mode, "ok" (200), "fail" (500) or "flaky" (500 to a delivery's first request, then 200)
class Receiver:
    def __init__(self):
        self.modes = {}
        self.requests = []
        self.lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            # Keep-alive, as receivers answer: with HTTP/1.0's close after each answer, a request sent while another was
            # being answered now and then ended without an answer ("The response ended prematurely"), which counted an
            # attempt that no handler saw.
            protocol_version = "HTTP/1.1"

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                key = self.headers.get("Idempotency-Key")
                with receiver.lock:
                    mode = receiver.modes.get(self.path, "ok")
                    seen = any(r["key"] == key for r in receiver.requests)
                    status = 200 if mode == "ok" or (mode == "flaky" and seen) else 500
                    receiver.requests.append({"path": self.path, "key": key, "status": status, "body": json.loads(body)})
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def of(self, path):
        with self.lock:
            return [r for r in self.requests if r["path"] == path]


receiver = Receiver()
running = []  # the apps started, stopped (or killed) whatever ends this script


def stop_what_runs():
    for process in running:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


atexit.register(stop_what_runs)
signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
smtp_port = free_port()  # nothing listens there: the digest stays pending until its hour, long after this script


# ---- the app, as a process
class App:
    def __init__(self, settings):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        args = ["dotnet", dll,
                f"--Storage:Provider={engine}", f"--ConnectionStrings:Kpi={connection_string}", f"--Urls={self.base}",
                f"--Auth:BootstrapAdminKey={ADMIN_KEY}", f"--Orleans:SiloPort={free_port()}", f"--Orleans:GatewayPort={free_port()}",
                # Left on, every closed period's report of every province would be issued a minute after start: hundreds of documents.
                "--Reports:IssueClosedPeriods=false",
                "--Notifications:AllowPrivateWebhookTargets=true", f"--Notifications:PublicBaseUrl={BOARD_URL}",
                "--Smtp:Host=127.0.0.1", f"--Smtp:Port={smtp_port}", "--Smtp:From=canhbao@kpi.example.gov.vn", "--Smtp:Security=None"]
        args += [f"--{k}={v}" for k, v in settings.items()]
        env = {k: v for k, v in os.environ.items() if k not in ("ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "ASPNETCORE_URLS")}
        self.log = open(os.path.join(workdir, f"app-{engine}-{int(time.time())}.log"), "w")
        self.process = subprocess.Popen(args, cwd=workdir, env=env, stdout=self.log, stderr=subprocess.STDOUT)
        running.append(self.process)
        log(f"app started (pid {self.process.pid}) at {self.base} with {settings}")
        deadline = time.time() + 120
        while True:
            if self.process.poll() is not None:
                raise SystemExit(f"the app exited with {self.process.returncode} while starting; see {self.log.name}")
            try:
                with urllib.request.urlopen(self.base + "/health/ready", timeout=5) as r:
                    if r.status == 200:
                        break
            except Exception:
                pass
            if time.time() > deadline:
                self.stop()
                raise SystemExit("the app was not ready within 120 s")
            time.sleep(0.3)

    def stop(self):
        """Gracefully: SIGTERM, as a service manager stops it; grains write their snapshots as they deactivate."""
        self.process.send_signal(signal.SIGTERM)
        try:
            code = self.process.wait(timeout=90)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            raise SystemExit("the app did not stop within 90 s of SIGTERM")
        self.log.close()
        log(f"app stopped, exit code {code}")
        if code != 0:
            raise SystemExit(f"the app exited with {code}; see {self.log.name}")

    def call(self, method, path, body=None, key=ADMIN_KEY, content_type="application/json", expect=(200, 201, 204)):
        data = None
        headers = {"Accept": "application/json"}
        if key:
            headers["Authorization"] = f"Bearer {key}"
        if body is not None:
            data = body if isinstance(body, bytes) else json.dumps(body, ensure_ascii=False).encode()
            headers["Content-Type"] = content_type
        request = urllib.request.Request(self.base + path, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=60) as r:
                status, text = r.status, r.read().decode()
        except urllib.error.HTTPError as e:
            status, text = e.code, e.read().decode()
        if expect and status not in expect:
            raise SystemExit(f"{method} {path} answered {status}: {text}")
        return json.loads(text) if text else None

    def alerts(self):
        return self.call("GET", "/api/v1/alerts?limit=1000")

    def alert_of(self, province):
        found = [a for a in self.alerts() if a["province"] == province]
        return found[0] if found else None

    def deliveries(self, alert_id):
        return self.call("GET", f"/api/v1/alerts/{alert_id}/deliveries")


def until(what, check, timeout=90, every=0.25):
    deadline = time.time() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.time() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        time.sleep(every)


# ---- the calendar: the live month and the two before it, in Vietnam time, with the real clock
now = datetime.now(VN).replace(microsecond=0)
live_start = now.replace(day=1, hour=0, minute=0, second=0)
m1_start = (live_start - timedelta(days=1)).replace(day=1)
m2_start = (m1_start - timedelta(days=1)).replace(day=1)
LIVE, M1, M2 = (d.strftime("%Y-%m") for d in (live_start, m1_start, m2_start))
QUARTER = f"{live_start.year}-Q{(live_start.month - 1) // 3 + 1}"
YEAR = str(live_start.year)
if now - live_start < timedelta(hours=6):
    raise SystemExit("run this at least six hours into a month: the live month's dossiers need room before now")


def at(fraction):
    """A point this far between the live month's start and the script's start."""
    return (live_start + (now - live_start) * fraction).replace(microsecond=0).isoformat()


def dossier(province, id, received, due, resolved=None, status="resolved", channel="online", level="commune", procedure=None):
    row = {"province": province, "dossierId": id, "receivedAt": received, "dueAt": due, "resolvedAt": resolved, "status": status,
           "channel": channel, "level": level}
    if procedure:
        row["procedureCode"] = procedure
    return row


def resolved_live(province, prefix, count, late, channels=None):
    """Resolved in the live month: the first `late` of them after their due date, the others before it."""
    rows = []
    for i in range(count):
        is_late = i < late
        rows.append(dossier(province, f"{prefix}-{i:03d}", at(0.2), at(0.3) if is_late else (live_start + timedelta(days=40)).isoformat(),
                            at(0.5), channel=(channels or {}).get(i, "online")))
    return rows


def past_month(province, start, prefix, resolved, late, in_progress=0):
    """A closed month: resolved dossiers (some late), and some still in progress, due in the live month."""
    rows = []
    for i in range(resolved):
        received = start + timedelta(days=2 + i % 10, hours=8)
        due = received + timedelta(days=10 if i >= late else 1)
        rows.append(dossier(province, f"{prefix}-{i:03d}", received.isoformat(), due.isoformat(), (received + timedelta(days=5)).isoformat(),
                            channel="in-person" if i % 7 == 0 else "online", level="province" if i % 5 == 0 else "commune"))
    for i in range(in_progress):
        received = start + timedelta(days=20, hours=9)
        rows.append(dossier(province, f"{prefix}-p{i}", received.isoformat(), (live_start + timedelta(days=25)).isoformat(), status="in-progress"))
    return rows


facts = {"engine": engine, "liveMonth": LIVE, "months": [M2, M1, LIVE], "quarter": QUARTER, "year": YEAR, "keys": {}, "subscriptionSecrets": {},
         "notes": []}

# =====================================================================================================================
# Run 1: alerts pend for 2 s, keep firing for 2 s, are looked at twice a second; a failed delivery is retried after 3 s and
# given up 8 s after it was due.
# =====================================================================================================================
app = App({
    "Alerts:PendingFor": "00:00:02", "Alerts:KeepFiringFor": "00:00:02", "Alerts:EvaluateEvery": "00:00:00.500",
    "Notifications:PollEvery": "00:00:00.200", "Notifications:FirstRetryAfter": "00:00:03",
    "Notifications:LongestRetryInterval": "00:00:03", "Notifications:GiveUpAfter": "00:00:08",
})

# -- keys: an office of Hồ Chí Minh City, a viewer, and a viewer revoked at once
office = app.call("POST", "/api/v1/admin/keys", {"name": "Trung tâm Phục vụ hành chính công TP. Hồ Chí Minh", "role": "office", "provinces": ["79"]})
viewer = app.call("POST", "/api/v1/admin/keys", {"name": "Văn phòng UBND tỉnh - theo dõi", "role": "viewer"})
revoked = app.call("POST", "/api/v1/admin/keys", {"name": "Khách xem tạm (đã thu hồi)", "role": "viewer"})
app.call("DELETE", f"/api/v1/admin/keys/{revoked['id']}")
facts["keys"] = {"admin": {"key": ADMIN_KEY}, "office79": {"id": office["id"], "key": office["key"]},
                 "viewer": {"id": viewer["id"], "key": viewer["key"]}, "revokedViewer": {"id": revoked["id"], "key": revoked["key"]}}
time.sleep(3.5)  # keys are remembered for 3 s: the revoked one is refused everywhere after that
facts["notes"].append({"revokedKeyAnswer": app.call("GET", "/api/v1/alerts", key=revoked["key"], expect=(401, 403))})

# -- a province's own target: Hồ Chí Minh City's on-time rate, 90 % instead of the default 95 %
app.call("PUT", "/api/v1/admin/targets/79/ontime",
         {"value": 0.9, "deadline": "2027-12-31", "source": "Kế hoạch số 123/KH-UBND ngày 15/01/2026 của UBND TP. Hồ Chí Minh (mức 90%)"})

# -- province mappings: an agency code of Thái Nguyên, a dossier id prefix of Quảng Ninh
app.call("PUT", "/api/v1/admin/province-mappings/agency/000.00.00.H19", {"province": "19"})
app.call("PUT", "/api/v1/admin/province-mappings/prefix/QN.", {"province": "Quảng Ninh"})

# -- the procedure catalogue of Hồ Chí Minh City, by its office: 40 procedures, 16 full online (40 %, over the 30 % target)
catalogue = [{"code": f"1.00{i:04d}", "name": f"Thủ tục hành chính số {i + 1} (TP. Hồ Chí Minh)", "onlineLevel": 4 if i < 16 else 3 if i < 30 else 2}
             for i in range(40)]
app.call("PUT", "/api/v1/provinces/79/procedures", catalogue, key=office["key"])

# -- e-document counts: Hà Nội and Hồ Chí Minh City, three months; the live month all electronic (met: the target is 100 %)
edoc = []
for province in ("01", "79"):
    for month, share in ((M2, 0.9), (M1, 0.95), (LIVE, 1.0)):
        for direction in ("incoming", "outgoing"):
            total = 200 if direction == "incoming" else 150
            edoc.append({"province": province, "agency": f"Văn phòng UBND {province}", "level": "province", "direction": direction,
                         "period": month, "electronic": int(total * share), "total": total})
        edoc.append({"province": province, "agency": f"UBND phường Trung tâm {province}", "level": "commune", "direction": "outgoing",
                     "period": month, "electronic": int(60 * share), "total": 60})
app.call("POST", "/api/v1/edoc-counts", edoc)

# -- dossiers of the two closed months: Hà Nội, Hồ Chí Minh City (by its office), Hải Phòng
app.call("POST", "/api/v1/dossiers", past_month("01", m2_start, "HN-T2", 30, 2) + past_month("01", m1_start, "HN-T1", 35, 3, in_progress=2))
app.call("POST", "/api/v1/dossiers", past_month("79", m2_start, "HCM-T2", 32, 1) + past_month("79", m1_start, "HCM-T1", 36, 4, in_progress=3),
         key=office["key"])
app.call("POST", "/api/v1/dossiers", past_month("31", m2_start, "HP-T2", 20, 0) + past_month("31", m1_start, "HP-T1", 25, 6))

# -- the national portal's sync, placed by the agency mapping: 12 dossiers of Thái Nguyên (too few to judge)
def portal_time(iso):
    return datetime.fromisoformat(iso).astimezone(VN).strftime("%Y%m%d%H%M%S")

portal = []
for i in range(12):
    status = "10" if i < 9 else "4"
    portal.append({"MaHoSo": f"000.00.00.H19-{i:04d}", "MaTTHC": "1.001234", "KenhThucHien": "2" if i % 3 else "1",
                   "NgayTiepNhan": portal_time(at(0.1)), "NgayHenTra": portal_time((live_start + timedelta(days=30)).isoformat()),
                   "NgayKetThucXuLy": portal_time(at(0.4)) if status == "10" else "", "TrangThaiHoSo": status,
                   "DonViXuLy": "UBND xã Phú Bình"})
reply = app.call("POST", "/api/v1/dvcqg/DongBoHoSoMC", {"madonvi": "000.00.00.H19", "service": "DongBoHoSoMC", "isUpdating": "False", "data": portal})
assert reply["error_code"] == "0", reply

# -- a spreadsheet export without a province column, placed by the prefix mapping: 8 dossiers of Quảng Ninh
def sheet_date(iso):
    return datetime.fromisoformat(iso).astimezone(VN).strftime("%d/%m/%Y %H:%M")

csv = ["Mã hồ sơ;Mã TTHC;Kênh;Ngày tiếp nhận;Ngày hẹn trả;Ngày kết thúc xử lý;Trạng thái;Đơn vị xử lý"]
for i in range(8):
    resolved = i < 6
    csv.append(";".join([f"QN.2026.{i:04d}", "2.000123", "Trực tuyến" if i % 2 else "Trực tiếp", sheet_date(at(0.1)),
                         sheet_date((live_start + timedelta(days=20)).isoformat()), sheet_date(at(0.3)) if resolved else "",
                         "Đã giải quyết" if resolved else "Đang xử lý", "UBND phường Hạ Long"]))
app.call("POST", "/api/v1/dossiers", ("\r\n".join(csv) + "\r\n").encode(), content_type="text/csv; charset=utf-8")

# -- silences: Đà Nẵng muted for a year (the longest the API takes: 366 days), Cần Thơ's on-time rate muted for a month
#    and ended early below. 2099 is refused:
refusal = app.call("POST", "/api/v1/alerts/silences", {"province": "48", "endsAt": "2099-12-31T17:00:00+07:00", "reason": "thử"},
                   key=viewer["key"], expect=(400,))
facts["notes"].append({"silenceUntil2099Refused": refusal})
in_force = app.call("POST", "/api/v1/alerts/silences", {
    "province": "48", "indicator": None, "endsAt": (now + timedelta(days=365)).replace(hour=17, minute=0, second=0).isoformat(),
    "reason": "Đà Nẵng chuyển đổi phần mềm một cửa: số liệu chưa đầy đủ"}, key=viewer["key"])
ended = app.call("POST", "/api/v1/alerts/silences", {
    "province": "92", "indicator": "ontime", "endsAt": (now + timedelta(days=30)).isoformat(),
    "reason": "Cần Thơ rà soát lại hồ sơ quá hạn"})

# -- subscriptions
hooks = {"ops": "/hooks/ops", "office": "/hooks/office", "retired": "/hooks/retired"}
receiver.modes.update({hooks["office"]: "fail", hooks["retired"]: "fail"})
ops = app.call("POST", "/api/v1/subscriptions", {"channel": "webhook", "target": receiver.url + hooks["ops"],
                                                 "provinces": ["01", "31", "33", "48", "79", "92", "96"]})
digest_hour = (now.hour + 12) % 24  # half a day away: the digest stays pending
digest = app.call("POST", "/api/v1/subscriptions", {"channel": "email", "target": "theodoi@ubnd.example.gov.vn", "provinces": ["Hà Nội", "31", "33"],
                                                    "indicators": ["ontime"], "delivery": "digest", "digestHour": digest_hour}, key=viewer["key"])
office_hook = app.call("POST", "/api/v1/subscriptions", {"channel": "webhook", "target": receiver.url + hooks["office"], "indicators": ["ontime"]},
                       key=office["key"])
retired = app.call("POST", "/api/v1/subscriptions", {"channel": "webhook", "target": receiver.url + hooks["retired"], "provinces": ["31"],
                                                     "indicators": ["ontime"]})
for name, created in (("ops", ops), ("office", office_hook), ("retired", retired)):
    facts["subscriptionSecrets"][created["subscription"]["id"]] = created["secret"]
facts["digestHour"] = digest_hour


def fired(province):
    return until(f"an alert of {province} firing", lambda: (a := app.alert_of(province)) and a["state"] == "firing" and a)


def resolved(province):
    return until(f"the alert of {province} resolved", lambda: (a := app.alert_of(province)) and a["state"] == "resolved" and a)


def settled(alert_id, count):
    return until(f"{count} settled deliveries of alert {alert_id}",
                 lambda: (d := app.deliveries(alert_id)) and len(d) == count and all(x["status"] != "pending" or x["digest"] for x in d) and d)


# A1, Hồ Chí Minh City, by its office: 40 resolved, 20 late (50 %, behind its 90 % target), 2 in person, 1 by post, 3 still
# in progress (one past its due date), 1 returned, 1 withdrawn. Fires; the ops webhook takes it, the office's refuses it until
# it is given up (failed); a viewer acknowledges it.
rows = resolved_live("79", "HCM-L", 40, 20, channels={25: "in-person", 26: "in-person", 27: "postal"})
rows += [dossier("79", "HCM-L-p0", at(0.1), at(0.15), status="in-progress"),
         dossier("79", "HCM-L-p1", at(0.6), (live_start + timedelta(days=35)).isoformat(), status="in-progress"),
         dossier("79", "HCM-L-p2", at(0.7), (live_start + timedelta(days=35)).isoformat(), status="received", channel="in-person"),
         dossier("79", "HCM-L-r0", at(0.2), (live_start + timedelta(days=35)).isoformat(), at(0.4), status="returned"),
         dossier("79", "HCM-L-w0", at(0.2), (live_start + timedelta(days=35)).isoformat(), at(0.4), status="withdrawn")]
app.call("POST", "/api/v1/dossiers", rows, key=office["key"])
a1 = fired("79")
d = until("the office webhook to give up", lambda: (x := app.deliveries(a1["id"])) and len(x) == 2 and all(y["status"] != "pending" for y in x) and x,
          timeout=60)
assert sorted(x["status"] for x in d) == ["failed", "sent"], d
app.call("POST", f"/api/v1/alerts/{a1['id']}/acknowledge", key=viewer["key"])

# A2, Hà Nội: 40 resolved, 20 late. Fires; the ops webhook refuses its first request and takes the retry; into the digest.
receiver.modes[hooks["ops"]] = "flaky"
app.call("POST", "/api/v1/dossiers", resolved_live("01", "HN-L", 40, 20))
a2 = fired("01")
d = settled(a2["id"], 2)
assert sorted((x["digest"], x["status"], x["attempts"]) for x in d) == [(False, "sent", 2), (True, "pending", 0)], d
receiver.modes[hooks["ops"]] = "ok"

# A3, Hải Phòng: behind, fires (ops webhook, digest, and the retired webhook, which refuses it and is removed before its
# retry: cancelled); then 400 more on time, and it resolves (ops webhook, digest).
app.call("POST", "/api/v1/dossiers", resolved_live("31", "HP-L", 40, 20))
a3 = fired("31")
until("the retired webhook's first refusal", lambda: receiver.of(hooks["retired"]) and any(
    x["subscription"] == retired["subscription"]["id"] and x["attempts"] == 1 and x["status"] == "pending" for x in app.deliveries(a3["id"])))
app.call("DELETE", f"/api/v1/subscriptions/{retired['subscription']['id']}")
d = settled(a3["id"], 3)
assert sorted((x["subscription"] == retired["subscription"]["id"], x["status"]) for x in d if not x["digest"]) == [(False, "sent"), (True, "cancelled")], d
app.call("POST", "/api/v1/dossiers", resolved_live("31", "HP-R", 400, 0))
a3 = resolved("31")
until("the resolution sent", lambda: (x := app.deliveries(a3["id"])) and any(y["change"] == "resolved" and y["status"] == "sent" for y in x))

# A4, Đà Nẵng: behind under the year-long silence: fires muted, sent to nobody.
app.call("POST", "/api/v1/dossiers", resolved_live("48", "DN-L", 40, 20))
a4 = fired("48")
assert a4["silenceId"] == in_force["id"], a4

# A5, Cần Thơ: fires muted by the month's silence, which is then ended early; its resolution stays muted.
app.call("POST", "/api/v1/dossiers", resolved_live("92", "CT-L", 40, 20))
a5 = fired("92")
assert a5["silenceId"] == ended["id"], a5
app.call("DELETE", f"/api/v1/alerts/silences/{ended['id']}", key=viewer["key"])
app.call("POST", "/api/v1/dossiers", resolved_live("92", "CT-R", 400, 0))
a5 = resolved("92")
assert a5["silenceId"] == ended["id"], a5

# A6, Hưng Yên: behind, fires (ops webhook, digest); it resolves in run 2.
app.call("POST", "/api/v1/dossiers", resolved_live("33", "HY-L", 40, 20))
a6 = fired("33")
until("A6 sent", lambda: any(y["status"] == "sent" for y in app.deliveries(a6["id"])))
time.sleep(1)
app.stop()

# =====================================================================================================================
# Run 2: alerts pend for a day (so one stays pending), keep firing for 2 s; a failed delivery is retried after an hour.
# =====================================================================================================================
app = App({
    "Alerts:PendingFor": "1.00:00:00", "Alerts:KeepFiringFor": "00:00:02", "Alerts:EvaluateEvery": "00:00:00.500",
    "Notifications:PollEvery": "00:00:00.200", "Notifications:FirstRetryAfter": "01:00:00",
})

# A6 resolves; the ops webhook now refuses everything: its delivery stays pending, one attempt made, the next in an hour.
receiver.modes[hooks["ops"]] = "fail"
app.call("POST", "/api/v1/dossiers", resolved_live("33", "HY-R", 400, 0))
a6 = resolved("33")
until("A6's resolution attempted once", lambda: any(y["change"] == "resolved" and y["attempts"] == 1 for y in app.deliveries(a6["id"])
                                                    if not y["digest"]))

# A7, Cà Mau: behind, pending for a day.
app.call("POST", "/api/v1/dossiers", resolved_live("96", "CM-L", 40, 20))
a7 = until("an alert of 96 pending", lambda: app.alert_of("96"))
assert a7["state"] == "pending", a7
time.sleep(2)

# ---- what the API answers now, before the last stop
facts["api"] = {
    "keys": app.call("GET", "/api/v1/admin/keys"),
    "targets": app.call("GET", "/api/v1/admin/targets"),
    "provinceMappings": app.call("GET", "/api/v1/admin/province-mappings"),
    "alerts": app.alerts(),
    "silences": app.call("GET", "/api/v1/alerts/silences"),
    "activeSilences": app.call("GET", "/api/v1/alerts/silences?active=true"),
    "subscriptions": app.call("GET", "/api/v1/subscriptions"),
    "deliveriesByAlert": {str(a["id"]): app.deliveries(a["id"]) for a in app.alerts()},
    "boards": {}, "provinces": {},
}
for period in (M2, M1, LIVE, QUARTER, YEAR):
    facts["api"]["boards"][period] = {i: app.call("GET", f"/api/v1/board?indicator={i}&period={period}")
                                      for i in ("edoc", "ontime", "online-l4", "online-dossier")}
    for province in ("01", "19", "22", "31", "33", "48", "79", "92", "96"):
        facts["api"]["provinces"].setdefault(province, {})[period] = app.call("GET", f"/api/v1/provinces/{province}?period={period}")
# Every attempt counted is a request the receiver answered (a cancelled delivery gives back the claim that found it removed).
for listed in facts["api"]["deliveriesByAlert"].values():
    for d in listed:
        if d["channel"] == "webhook":
            seen = sum(1 for r in receiver.requests if r["key"] == d["id"])
            assert seen == d["attempts"], f"delivery {d['id']}: {d['attempts']} attempts, the receiver answered {seen}"
facts["receiver"] = [{k: r[k] for k in ("path", "key", "status")} | {"alerts": [(a["province"], a["change"]) for a in r["body"]["alerts"]]}
                     for r in receiver.requests]
app.stop()

# ---- what the database holds after the stop
TABLES = ["schema_version", "grain_state", "dossiers", "edoc_counts", "procedures", "delta_log", "ledger", "api_keys", "targets", "alerts",
          "silences", "province_mappings", "subscriptions", "subscription_coverage", "deliveries", "delivery_alerts", "issued_reports"]
QUERIES = {
    "schemaVersions": "SELECT version, description FROM schema_version ORDER BY version",
    "alerts": "SELECT id, province, indicator, period, state, status, value, target, behind_since, fired_at, clear_since, resolved_at, silence_id, acknowledged_by, acknowledged_at FROM alerts ORDER BY id",
    "silences": "SELECT id, province, indicator, ends_at, reason, created_by, created_at, ended_by FROM silences ORDER BY id",
    "subscriptions": "SELECT id, channel, target, digest_hour, secret, owner_key, created_by, created_at, deleted_at FROM subscriptions ORDER BY created_at, id",
    "coverage": "SELECT subscription_id, province, indicator FROM subscription_coverage ORDER BY subscription_id, province, indicator",
    "deliveries": "SELECT id, delivery_key, subscription_id, status, created_at, due_at, give_up_at, attempts, last_error, last_attempt_at, sent_at, lease_token, lease_until FROM deliveries ORDER BY id",
    "deliveryAlerts": "SELECT delivery_id, alert_id, change, province, indicator, period, value, target, status, changed_at FROM delivery_alerts ORDER BY delivery_id, changed_at, alert_id, change",
    "dossiersByProvince": "SELECT province, status, COUNT(*) AS count FROM dossiers GROUP BY province, status ORDER BY province, status",
    "edocByProvince": "SELECT province, period, SUM(electronic) AS electronic, SUM(total) AS total, COUNT(*) AS count FROM edoc_counts GROUP BY province, period ORDER BY province, period",
    "proceduresByProvince": "SELECT province, online_level, COUNT(*) AS count FROM procedures GROUP BY province, online_level ORDER BY province, online_level",
    "ledger": "SELECT province, indicator, last_sequence FROM ledger ORDER BY province, indicator",
    "grainState": "SELECT grain_type, grain_key, state_name, version FROM grain_state ORDER BY grain_type, grain_key, state_name",
}


def query(sql):
    """Rows as objects, typed as each engine stores them (SQLite keeps instants as text; they are made ISO 8601 here)."""
    if engine == "sqlite":
        db = sqlite3.connect(connection_string.split("=", 1)[1])
        db.row_factory = sqlite3.Row
        try:
            rows = [dict(r) for r in db.execute(sql)]
        finally:
            db.close()
        for row in rows:
            for k, v in row.items():
                if isinstance(v, str) and len(v) >= 25 and v[4] == "-" and v[10] == " " and v[-6] in "+-" and v[-3] == ":":
                    row[k] = v.replace(" ", "T", 1)
        return rows
    out = subprocess.run(psql + ["-At", "-c", f"SELECT COALESCE(json_agg(row_to_json(t)), '[]') FROM ({sql}) t"],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)


facts["db"] = {"rowCounts": {t: query(f"SELECT COUNT(*) AS n FROM {t}")[0]["n"] for t in TABLES}}
if engine == "postgres":
    facts["db"]["clusterRowCounts"] = {t: query(f"SELECT COUNT(*) AS n FROM {t}")[0]["n"] for t in ("orleans_membership", "orleans_membership_version", "orleansquery")}
facts["db"].update({name: query(sql) for name, sql in QUERIES.items()})
with open(facts_path, "w") as f:
    json.dump(facts, f, ensure_ascii=False, indent=1, default=str)
log(f"facts written to {facts_path}")
PY

# The manifest: what the fixtures hold, as data, from the facts each run recorded; the API's answers checked against the
# database's rows, and the two engines against each other, before it is written.
cat > "$WORK/manifest.py" <<'PY'
import json, sys
from datetime import datetime

out, commit, made_on = sys.argv[1:4]
INDICATORS = ("edoc", "ontime", "online-l4", "online-dossier")


def instant(text):
    return None if text is None else datetime.fromisoformat(text)


def same(api_value, db_value, what):
    if isinstance(api_value, str) and isinstance(db_value, str) and "T" in api_value and api_value[:4].isdigit():
        ok = instant(api_value) == instant(db_value)
    else:
        ok = api_value == db_value
    if not ok:
        raise SystemExit(f"{what}: the API answered {api_value!r}, the database holds {db_value!r}")


def manifest(engine, file):
    f = json.load(open(f"{out}/facts.{engine}.json"))
    api, db = f["api"], f["db"]
    raw = {k["id"]: k["key"] for k in f["keys"].values() if "id" in k}
    raw[next(k["id"] for k in api["keys"] if k["name"] == "bootstrap admin")] = f["keys"]["admin"]["key"]
    keys = [{"id": k["id"], "name": k["name"], "role": k["role"], "provinces": k["provinces"], "revoked": k["revokedAt"] is not None,
             "createdAt": k["createdAt"], "revokedAt": k["revokedAt"], "key": raw[k["id"]]} for k in api["keys"]]

    alerts = sorted(api["alerts"], key=lambda a: a["id"])
    assert [a["id"] for a in alerts] == [r["id"] for r in db["alerts"]], "alerts: API and database differ"
    columns = {"province": "province", "indicator": "indicator", "period": "period", "state": "state", "status": "status", "value": "value",
               "target": "target", "behindSince": "behind_since", "firedAt": "fired_at", "clearSince": "clear_since", "resolvedAt": "resolved_at",
               "silenceId": "silence_id", "acknowledgedBy": "acknowledged_by", "acknowledgedAt": "acknowledged_at"}
    for a, r in zip(alerts, db["alerts"]):
        for field, column in columns.items():
            same(a[field], r[column], f"{engine} alert {a['id']} {field}")

    silences = sorted(api["silences"], key=lambda s: s["id"])
    active = {s["id"] for s in api["activeSilences"]}
    for s, r in zip(silences, db["silences"]):
        same(s["endsAt"], r["ends_at"], f"{engine} silence {s['id']} endsAt")
        s["inForceAtTheEnd"] = s["id"] in active
        s["endedEarly"] = s["endedBy"] is not None

    listed = {s["id"]: s for s in api["subscriptions"]}
    subscriptions = []
    for r in db["subscriptions"]:
        coverage = [(c["province"], c["indicator"]) for c in db["coverage"] if c["subscription_id"] == r["id"]]
        provinces = sorted({p for p, _ in coverage})
        indicators = sorted({i for _, i in coverage})
        assert len(coverage) == len(provinces) * len(indicators), f"{r['id']}: coverage is not provinces x indicators"
        if r["deleted_at"] is None:
            s = listed[r["id"]]
            assert (s["provinces"], s["indicators"]) == (provinces, indicators), f"{r['id']}: coverage differs from the API's"
            same(s["createdAt"], r["created_at"], f"{r['id']} createdAt")
        else:
            assert r["id"] not in listed, f"{r['id']} is removed but listed"
        secret = f["subscriptionSecrets"].get(r["id"])
        assert r["secret"] == secret, f"{r['id']}: the stored secret is not the one returned (no Notifications:SecretKey: stored as is)"
        subscriptions.append({
            "id": r["id"], "channel": r["channel"], "target": r["target"], "delivery": "immediate" if r["digest_hour"] is None else "digest",
            "digestHour": r["digest_hour"], "ownerKeyId": r["owner_key"], "createdBy": r["created_by"], "createdAt": r["created_at"],
            "deletedAt": r["deleted_at"], "secret": secret, "secretStoredAs": None if secret is None else "plain (no Notifications:SecretKey)",
            "coverage": {"provinces": provinces, "indicators": indicators}, "coverageRows": len(coverage)})

    by_key = {}
    for alert_id, listed_deliveries in api["deliveriesByAlert"].items():
        for d in listed_deliveries:
            by_key.setdefault(d["id"], []).append((int(alert_id), d))
    deliveries = []
    for r in db["deliveries"]:
        carried = [{"alertId": l["alert_id"], "change": l["change"], "province": l["province"], "indicator": l["indicator"], "period": l["period"],
                    "value": l["value"], "target": l["target"], "status": l["status"], "changedAt": l["changed_at"]}
                   for l in db["deliveryAlerts"] if l["delivery_id"] == r["id"]]
        assert r["lease_token"] is None and r["lease_until"] is None, f"delivery {r['id']} still leased after a graceful stop"
        for alert_id, d in by_key[r["delivery_key"]]:
            assert (d["subscription"], d["status"], d["attempts"], d["lastError"]) == (r["subscription_id"], r["status"], r["attempts"], r["last_error"]), d
            assert any(c["alertId"] == alert_id and c["change"] == d["change"] for c in carried), d
        assert len(by_key[r["delivery_key"]]) == len(carried), r
        deliveries.append({
            "id": r["id"], "key": r["delivery_key"], "subscription": r["subscription_id"], "status": r["status"], "attempts": r["attempts"],
            "lastError": r["last_error"], "createdAt": r["created_at"], "dueAt": r["due_at"], "giveUpAt": r["give_up_at"],
            "lastAttemptAt": r["last_attempt_at"], "sentAt": r["sent_at"], "alerts": carried})

    board = []
    for period, per_indicator in api["boards"].items():
        for indicator in INDICATORS:
            answer = per_indicator[indicator]
            assert answer["unavailable"] == [], f"{period} {indicator}: unavailable {answer['unavailable']}"
            for r in answer["provinces"]:
                if r["numerator"] == 0 and r["denominator"] == 0 and not any(r["counts"].values()):
                    continue
                page = next(x for x in api["provinces"].get(r["province"], {}).get(period, {"indicators": []})["indicators"] if x["indicator"] == indicator)
                assert {k: page[k] for k in ("value", "numerator", "denominator", "target", "status", "counts")} == \
                       {k: r[k] for k in ("value", "numerator", "denominator", "target", "status", "counts")}, (period, indicator, r["province"])
                board.append({"period": period, "indicator": indicator, "province": r["province"], "value": r["value"], "numerator": r["numerator"],
                              "denominator": r["denominator"], "target": r["target"], "targetSource": r["targetSource"], "status": r["status"],
                              "counts": r["counts"]})

    dossiers = {}
    for r in db["dossiersByProvince"]:
        dossiers.setdefault(r["province"], {})[r["status"]] = r["count"]
    procedures = {}
    for r in db["proceduresByProvince"]:
        procedures.setdefault(r["province"], {})[f"level{r['online_level']}"] = r["count"]
    return {
        "file": file,
        "keys": keys,
        "targets": api["targets"],
        "provinceMappings": api["provinceMappings"],
        "alerts": alerts,
        "silences": silences,
        "subscriptions": subscriptions,
        "deliveries": deliveries,
        "rowCounts": db["rowCounts"] | ({"cluster": db["clusterRowCounts"]} if "clusterRowCounts" in db else {}),
        "schemaVersions": db["schemaVersions"],
        "facts": {"dossiersByProvinceAndStatus": dossiers,
                  "edocCounts": [{"province": r["province"], "period": r["period"], "electronic": r["electronic"], "total": r["total"], "rows": r["count"]}
                                 for r in db["edocByProvince"]],
                  "proceduresByProvinceAndLevel": procedures},
        "ledger": {f"{r['province']}/{r['indicator']}": r["last_sequence"] for r in db["ledger"]},
        "board": board,
        "webhookRequests": f["receiver"],
    }, f


sqlite, facts = manifest("sqlite", "release-9.sqlite")
postgres, _ = manifest("postgres", "release-9.postgres.sql")


# What must be the same on both engines: everything but the ids made at random (keys, subscriptions, delivery keys), delivery
# ids (a change's deliveries are written in subscription-id order), the receiver's address and times.
def timeless(value, drop=()):
    if isinstance(value, dict):
        return {k: timeless(v, drop) for k, v in value.items()
                if not (k.endswith("At") or k in ("behindSince", "clearSince") or k in drop or (k == "target" and isinstance(v, str)))}
    if isinstance(value, list):
        return [timeless(v, drop) for v in value]
    return value


for section in ("alerts", "silences", "targets", "provinceMappings", "facts", "ledger", "board", "schemaVersions"):
    assert timeless(sqlite[section]) == timeless(postgres[section]), f"{section} differs between the engines"
assert sqlite["rowCounts"] == {k: v for k, v in postgres["rowCounts"].items() if k != "cluster"}, "row counts differ between the engines"
for section in ("deliveries", "subscriptions", "keys"):
    drop = ("id", "key", "secret", "ownerKeyId", "subscription")
    flat = lambda m: sorted(json.dumps(x, sort_keys=True, ensure_ascii=False) for x in timeless(m[section], drop))
    assert flat(sqlite) == flat(postgres), f"{section} differ between the engines"

manifest = {
    "about": ("What the release-9 upgrade fixtures hold, written out as data so that a test can assert it without asking the app. "
              "Both files were made by make-fixtures.sh from the same commit, through the app's public HTTP API, with the real clock; "
              "the same steps on each engine, so the same alerts (same ids), silences, states and figures, but other random ids "
              "(API keys, subscriptions, delivery keys), other delivery ids (a change's deliveries are written in subscription-id order) and other times."),
    "release": {"commit": commit, "schemaVersion": 9, "madeOn": made_on, "liveMonth": facts["liveMonth"], "months": facts["months"],
                "quarter": facts["quarter"], "year": facts["year"], "timeZoneOfPeriods": "Asia/Ho_Chi_Minh (+07:00)"},
    "howToAuthenticate": "Authorization: Bearer <key> (or X-Api-Key); engines.<engine>.keys[].key; the admin key is the same on both engines "
                         "(it was given as Auth:BootstrapAdminKey); the revoked viewer's key must be refused (401).",
    "adminKey": facts["keys"]["admin"]["key"],
    "scenario": [
        "Keys: the bootstrap admin; an office key for 79 (Hồ Chí Minh); a viewer; a second viewer, revoked at once.",
        "Target: 79/ontime set by the admin to 0.9 (deadline 2027-12-31), replacing the default 0.95.",
        "Province mappings: agency 000.00.00.H19 -> 19 (Thái Nguyên); prefix 'QN.' -> 22 (Quảng Ninh).",
        "Procedure catalogue of 79 (by its office key): 40 procedures, 16 at level 4, 14 at level 3, 10 at level 2.",
        "E-document counts of 01 and 79 for the live month and the two before (rates 90 %, 95 %, 100 %).",
        "Dossiers of the two closed months for 01, 79 (office key), 31: resolved early and late, some still in progress (due in the live month).",
        "Live month: 12 dossiers of 19 through the portal's DongBoHoSoMC sync (placed by the agency mapping) and 8 of 22 from a semicolon CSV "
        "without a province column (placed by the prefix mapping): too few to judge.",
        "Alert 1, 79/ontime: 40 resolved, 20 late (50 %, behind its 90 % target), plus 2 in progress (one past its due date), 1 only received, "
        "1 returned and 1 withdrawn; 3 of the 45 in person, 1 by post; fired; the ops webhook took it at once (sent), the office's webhook refused every attempt until it was given up (failed); "
        "acknowledged by the viewer.",
        "Alert 2, 01/ontime: 20 of 40 late; fired, not acknowledged; the ops webhook refused the first attempt and took the retry (sent, 2 attempts); "
        "added to the viewer's email digest.",
        "Alert 3, 31/ontime: fired (ops webhook sent; digest; a fourth webhook refused it and was removed before its retry: cancelled); "
        "400 more on time (420 of 440), resolved (ops webhook sent; digest).",
        "Alert 4, 48/ontime: fired under silence 1 (province 48, for a year): muted, sent to nobody; still firing.",
        "Alert 5, 92/ontime: fired muted by silence 2 (92/ontime), which the viewer then ended early; 400 more on time, resolved, still muted.",
        "Alert 6, 33/ontime: fired (ops webhook sent; digest); after a restart, 400 more on time, resolved: the ops webhook now answers 500, "
        "so that delivery is pending after 1 attempt, its next attempt an hour later; added to the digest too.",
        "Alert 7, 96/ontime: 20 of 40 late after the restart, with Alerts:PendingFor one day: pending.",
        "The digest (email, viewer's subscription) carries five alert changes and is due at its hour, half a day after the run: pending, 0 attempts.",
    ],
    "settings": {
        "both runs": {"Reports:IssueClosedPeriods": "false (no issued report: on, it issues every closed period's report of every province, "
                      "hundreds of documents)", "Notifications:AllowPrivateWebhookTargets": "true", "Notifications:PublicBaseUrl": "https://kpi.example.gov.vn",
                      "Smtp:Host": "127.0.0.1 (nothing listening)", "Smtp:From": "canhbao@kpi.example.gov.vn", "Notifications:SecretKey": "not set: webhook secrets stored as they are"},
        "run 1": {"Alerts:PendingFor": "00:00:02", "Alerts:KeepFiringFor": "00:00:02", "Alerts:EvaluateEvery": "00:00:00.500",
                  "Notifications:PollEvery": "00:00:00.200", "Notifications:FirstRetryAfter": "00:00:03", "Notifications:LongestRetryInterval": "00:00:03",
                  "Notifications:GiveUpAfter": "00:00:08"},
        "run 2": {"Alerts:PendingFor": "1.00:00:00", "Alerts:KeepFiringFor": "00:00:02", "Alerts:EvaluateEvery": "00:00:00.500",
                  "Notifications:PollEvery": "00:00:00.200", "Notifications:FirstRetryAfter": "01:00:00"},
    },
    "caveats": [
        "Alert, delivery and silence times are the run's real times; started later, the app moves on from them: the live month's open alerts "
        "resolve once it has ended (or, for the pending one, fire after the PendingFor in force); the pending webhook delivery and the digest are "
        "attempted once due, against receivers that are gone (127.0.0.1 ports of the run), and fail until their giveUpAt.",
        "The silence in force ends a year after the run (the API refuses more than 366 days; 2099 was answered 400).",
        "Board statuses of the live month carry hysteresis: 420 of 440 (95.45 %) against 95 % is 'at-risk' for the month, having been behind, "
        "and 'met' for the quarter and the year. The grains' snapshots keep the month's last status.",
        "Board counts 'inProgress' and 'overdue' move with the clock as due dates pass; numerators and denominators do not.",
        "The PostgreSQL dump is pg_dump's plain output without the \\restrict and \\unrestrict lines that pg_dump 15.14 and later add for psql: "
        "it replays as one Npgsql command text into an empty database; its cluster membership rows are the two runs' silos, both dead.",
    ],
    "legend": {
        "keys": "every API key: id, name, role, provinces, revoked, and the key itself to authenticate with",
        "alerts": "every alert as GET /api/v1/alerts answered, checked against the alerts table",
        "silences": "every silence as GET /api/v1/alerts/silences answered; inForceAtTheEnd as ?active=true answered before the last stop",
        "subscriptions": "every subscription, removed ones too (deletedAt), from the subscriptions table; coverage = the provinces x indicators "
                         "of its subscription_coverage rows; secret = the webhook secret the creating POST returned, stored as is",
        "deliveries": "every outbox row (deliveries), with the delivery_alerts rows it carries (alert, change, figure as it stood); key is the "
                      "Idempotency-Key receivers saw; checked against GET /api/v1/alerts/{id}/deliveries",
        "rowCounts": "rows per table after the last stop (cluster: PostgreSQL's Orleans membership tables)",
        "facts": "dossiers per province and status, e-document counts per province and month, procedures per province and online level",
        "ledger": "last sequence of each (province/indicator) grain's delta log",
        "board": "every (period, indicator, province) with figures, as GET /api/v1/board?indicator=&period= answered before the last stop; "
                 "GET /api/v1/provinces/{province}?period= answered the same",
        "webhookRequests": "what the receiver was sent, in order: path, Idempotency-Key, the status it answered, the alert changes carried",
    },
    "engines": {"sqlite": sqlite, "postgres": postgres},
}
with open(f"{out}/release-9.json", "w") as file:
    json.dump(manifest, file, ensure_ascii=False, indent=2)
    file.write("\n")
print(f"manifest written to {out}/release-9.json")
PY

# 2.-5. SQLite
SQLITE_DIR=$WORK/sqlite
mkdir -p "$SQLITE_DIR"
python3 "$WORK/driver.py" sqlite "Data Source=$SQLITE_DIR/kpi.db" "$DLL" "$SQLITE_DIR" "$OUT/facts.sqlite.json"
# The app's last connection closed checkpoints the log; this makes sure, and leaves one self-contained file.
sqlite3 "$SQLITE_DIR/kpi.db" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
[ ! -s "$SQLITE_DIR/kpi.db-wal" ] || { echo "the SQLite log was not checkpointed" >&2; exit 1; }
sqlite3 "$SQLITE_DIR/kpi.db" "PRAGMA integrity_check;" | grep -qx ok
cp "$SQLITE_DIR/kpi.db" "$OUT/release-9.sqlite"
cp "$SQLITE_DIR"/app-*.log "$OUT/" 2>/dev/null || true

# 2.-5. PostgreSQL: a private server on 127.0.0.1 and a socket folder of its own, run as the postgres user when root.
PG_DIR=$(mktemp -d /tmp/kpi-fixtures-pg.XXXXXX)
mkdir -p "$PG_DIR/sockets"
[ "$(id -u)" = 0 ] && chown -R postgres: "$PG_DIR"
as_postgres "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >/dev/null
PG_PORT=$(free_port)
as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
    -o "-p $PG_PORT -k $PG_DIR/sockets -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
PSQL=("$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -q)
"${PSQL[@]}" -d postgres -c "CREATE DATABASE kpi" -c "CREATE DATABASE replay"
PG_WORK=$WORK/postgres
mkdir -p "$PG_WORK"
python3 "$WORK/driver.py" postgres "Host=127.0.0.1;Port=$PG_PORT;Database=kpi;Username=postgres" "$DLL" "$PG_WORK" "$OUT/facts.postgres.json" \
    "${PSQL[@]}" -d kpi
# pg_dump 15.14 and later fence a plain dump with psql's \restrict and \unrestrict: psql-only lines that no driver runs.
# They are left out so that the dump is SQL alone, which Npgsql runs as one command text.
"$PG_BIN/pg_dump" -h 127.0.0.1 -p "$PG_PORT" -U postgres --inserts --no-owner --no-privileges kpi \
    | grep -v -E '^\\(restrict|unrestrict) ' > "$OUT/release-9.postgres.sql"
! grep -q -E '^\\' "$OUT/release-9.postgres.sql" || { echo "the dump still holds a psql meta-command" >&2; exit 1; }
cp "$PG_WORK"/app-*.log "$OUT/" 2>/dev/null || true

# The dump replays through Npgsql, as one command text, into an empty database; every table has the rows it had.
COUNTS="SELECT table_name || ' ' || (xpath('/row/n/text()', query_to_xml(format('SELECT COUNT(*) AS n FROM public.%I', table_name), false, true, '')))[1]::text
        FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name"
REPLAY=$WORK/replay
mkdir -p "$REPLAY"
NPGSQL_VERSION=$(sed -n 's/.*Include="Npgsql" Version="\([^"]*\)".*/\1/p' "$SRC/Directory.Packages.props")
cat > "$REPLAY/Replay.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings><Nullable>enable</Nullable><NuGetAudit>false</NuGetAudit></PropertyGroup>
  <ItemGroup><PackageReference Include="Npgsql" Version="$NPGSQL_VERSION" /></ItemGroup>
</Project>
XML
cat > "$REPLAY/Program.cs" <<'CS'
using Npgsql;
// args: connection string, dump, the query that counts every table's rows
await using var connection = new NpgsqlConnection(args[0]);
await connection.OpenAsync();
await using (var replay = new NpgsqlCommand(await File.ReadAllTextAsync(args[1]), connection))
{
    await replay.ExecuteNonQueryAsync();
}
await using var count = new NpgsqlCommand(args[2], connection);
await using var reader = await count.ExecuteReaderAsync();
while (await reader.ReadAsync())
{
    Console.WriteLine(reader.GetString(0));
}
CS
cp "$SRC/global.json" "$REPLAY/" 2>/dev/null || true
(cd "$REPLAY" && dotnet build -c Release -nologo -v quiet >/dev/null)
REPLAYED=$(cd "$REPLAY" && dotnet run -c Release --no-build -- "Host=127.0.0.1;Port=$PG_PORT;Database=replay;Username=postgres;Pooling=false" \
    "$OUT/release-9.postgres.sql" "$COUNTS")
EXPECTED=$("${PSQL[@]}" -d kpi -At -c "$COUNTS")
[ "$REPLAYED" = "$EXPECTED" ] || { printf 'replayed through Npgsql:\n%s\ndumped:\n%s\n' "$REPLAYED" "$EXPECTED" >&2; exit 1; }
echo "the dump replays through Npgsql into an empty database, every table's rows back:" $REPLAYED

as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" stop -m fast -w >/dev/null
python3 "$WORK/manifest.py" "$OUT" "$COMMIT" "$(date -u +%Y-%m-%d)"
echo "fixtures in $OUT"
ls -l "$OUT"
