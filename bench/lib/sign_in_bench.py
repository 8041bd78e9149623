#!/usr/bin/env python3
"""sign_in_bench.py URL ADMIN_PASSWORD ADA_PASSWORD SCHEMA: the measurements of bench/sign-in."""
import base64
import http.client
import json
import re
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse

url, admin_password, ada_password, schema = sys.argv[1:5]
parts = urllib.parse.urlsplit(url)
HOST, PORT, BASE = parts.hostname, parts.port, parts.path


def basic(user, password):
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def request(conn, method, path, headers=None, body=None):
    conn.request(method, BASE + path, body=body, headers=headers or {})
    r = conn.getresponse()
    data = r.read()
    return r.status, r, data


def timed_me(user, password, n):
    times = []
    for _ in range(n):
        conn = http.client.HTTPConnection(HOST, PORT, timeout=30)
        start = time.perf_counter()
        status, _, body = request(conn, "GET", "/api/me", {"Authorization": basic(user, password)})
        times.append((time.perf_counter() - start) * 1000)
        conn.close()
        if status != 200:
            raise SystemExit(f"{user}: HTTP {status} {body[:200]!r}")
    return times


def report(label, times):
    print(f"  {label:<44} first {times[0]:7.1f} ms   then median {statistics.median(times[1:]):6.1f} ms"
          f" (min {min(times[1:]):.1f}, max {max(times[1:]):.1f}, {len(times) - 1} calls)")


def console_sign_in(user, password):
    conn = http.client.HTTPConnection(HOST, PORT, timeout=30)
    start = time.perf_counter()
    status, r, page = request(conn, "GET", "/index.xhtml")
    cookie = r.getheader("Set-Cookie").split(";")[0]
    view_state = re.search(rb'name="jakarta.faces.ViewState"[^>]*value="([^"]+)"', page).group(1).decode()
    action = re.search(rb'<form id="login-form"[^>]*action="([^"]+)"', page).group(1).decode().replace("&amp;", "&")
    form = urllib.parse.urlencode({"login-form": "login-form", "next": f"{BASE}/index.xhtml", "j_username": user,
                                   "j_password": password, "login-submit": "Sign in", "jakarta.faces.ViewState": view_state})
    status, r, _ = request(conn, "POST", action[len(BASE):], {"Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"}, form)
    signed = (time.perf_counter() - start) * 1000
    if status != 302:
        raise SystemExit(f"console sign-in of {user}: HTTP {status}")
    new_cookie = (r.getheader("Set-Cookie") or cookie).split(";")[0]
    return signed, new_cookie


def load(user, password, seconds, connections):
    counts = [0] * connections
    errors = [0] * connections
    stop = time.monotonic() + seconds

    def worker(i):
        conn = http.client.HTTPConnection(HOST, PORT, timeout=30)
        auth = {"Authorization": basic(user, password)}
        while time.monotonic() < stop:
            status, _, _ = request(conn, "GET", "/api/hosts", auth)
            if status == 200:
                counts[i] += 1
            else:
                errors[i] += 1
        conn.close()

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(connections)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sum(counts), sum(errors)


print("== sign-in times (HTTP Basic, GET /api/me, one connection per call)")
report("local user admin (bcrypt cost 10)", timed_me("admin", admin_password, 21))
report("directory user ada (ldaps bind, cached 60 s)", timed_me("ada", ada_password, 21))
times = [console_sign_in("admin", admin_password)[0] for _ in range(6)]
print(f"  {'console form, local admin':<44} first {times[0]:7.1f} ms   then median {statistics.median(times[1:]):6.1f} ms")
times = [console_sign_in("ada", ada_password)[0] for _ in range(6)]
print(f"  {'console form, directory user ada':<44} first {times[0]:7.1f} ms   then median {statistics.median(times[1:]):6.1f} ms")

print("== API calls/s with HTTP Basic, GET /api/hosts, 4 keep-alive connections, 30 s")
for user, password in (("admin", admin_password), ("ada", ada_password)):
    done, errors = load(user, password, 30, 4)
    print(f"  {user:<6} {done / 30:8.1f} calls/s ({done} calls, {errors} errors)")

print("== audit trail with 1,000,000 rows")
subprocess.run(["mariadb", "-uroot", "-h127.0.0.1", schema, "-e",
                "INSERT INTO audit_event (at, actor, address, kind, target, detail) SELECT NOW(6) - INTERVAL seq SECOND,"
                " ELT(1 + seq % 5, 'admin', 'ada', 'otto', 'vera', 'bench'), CONCAT('10.0.', seq % 250, '.', seq % 200),"
                " ELT(1 + seq % 6, 'HOST_CHANGED', 'SETTINGS_CHANGED', 'SIGN_IN', 'JOB_STARTED', 'ALERT_ACKNOWLEDGED', 'USER_CREATED'),"
                " CONCAT('host-', seq % 50), CONCAT('detail ', seq) FROM seq_1_to_1000000; ANALYZE TABLE audit_event"],
               check=True, stdout=subprocess.DEVNULL)
conn = http.client.HTTPConnection(HOST, PORT, timeout=60)
for label, query in (("first page, no filter", "size=50"), ("first page, one user", "size=50&user=otto"),
                     ("first page, one kind", "size=50&kind=SIGN_IN"), ("page 100, no filter", "size=50&page=100")):
    times = []
    for _ in range(5):
        start = time.perf_counter()
        status, _, body = request(conn, "GET", "/api/audit?" + query, {"Authorization": basic("admin", admin_password)})
        times.append((time.perf_counter() - start) * 1000)
        if status != 200:
            raise SystemExit(f"audit: HTTP {status} {body[:200]!r}")
    print(f"  API {label:<28} median {statistics.median(times):7.1f} ms (best {min(times):.1f})")
_, cookie = console_sign_in("admin", admin_password)
times = []
for _ in range(5):
    c = http.client.HTTPConnection(HOST, PORT, timeout=60)
    start = time.perf_counter()
    status, _, page = request(c, "GET", "/audit.xhtml", {"Cookie": cookie})
    times.append((time.perf_counter() - start) * 1000)
    if status != 200 or b"auditForm:events" not in page:
        raise SystemExit(f"audit page: HTTP {status}")
print(f"  console Audit page, full HTML of the first page  median {statistics.median(times):7.1f} ms (best {min(times):.1f})")
