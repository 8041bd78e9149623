"""A stand-in for an ALCASAR captive portal, for the PSMM lab (started by lab/captive-portal).

POST /login with a form (username, password) logs a client in when the credentials match the
lab account and no "refuse" file exists; GET or POST /logout logs it out. Every request is
recorded, in order, as one JSON line in the events file: what a test checks ("login before the
update, logout after"). The password is never recorded, only whether it matched.
"""
import json
import os
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

STATE = sys.argv[1]
PORT = int(sys.argv[2])
EVENTS = os.path.join(STATE, "events.jsonl")
REFUSE = os.path.join(STATE, "refuse")
DELAY = os.path.join(STATE, "delay")  # seconds a login takes: lets tests see a run in progress
LOCK = threading.Lock()


def account():
    with open(os.path.join(STATE, "account.json"), encoding="utf-8") as f:
        return json.load(f)


def record(event):
    event["time"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    with LOCK, open(EVENTS, "a", encoding="utf-8") as f:
        f.write(json.dumps(event, ensure_ascii=False) + "\n")


class Portal(BaseHTTPRequestHandler):
    def answer(self, status, text):
        body = (text + "\n").encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def form(self):
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length).decode("utf-8", "replace") if length else ""
        return {k: v[0] for k, v in urllib.parse.parse_qs(raw, keep_blank_values=True).items()}

    def do_POST(self):
        path = urllib.parse.urlsplit(self.path).path
        if path == "/login":
            try:
                with open(DELAY, encoding="utf-8") as f:
                    time.sleep(min(float(f.read().strip() or 0), 60))
            except (OSError, ValueError):
                pass
            acct = account()
            form = self.form()
            user = form.get(acct["user_field"])
            matched = user == acct["user"] and form.get(acct["password_field"]) == acct["password"]
            if os.path.exists(REFUSE):
                record({"event": "login", "ok": False, "user": user, "reason": "refused"})
                self.answer(403, "portal refuses logins")
            elif not matched:
                record({"event": "login", "ok": False, "user": user, "reason": "bad credentials"})
                self.answer(403, "bad credentials")
            else:
                record({"event": "login", "ok": True, "user": user})
                self.answer(200, "logged in")
        elif path == "/logout":
            self.form()
            record({"event": "logout", "ok": True})
            self.answer(200, "logged out")
        else:
            self.answer(404, "not found")

    def do_GET(self):
        path = urllib.parse.urlsplit(self.path).path
        if path == "/logout":
            record({"event": "logout", "ok": True})
            self.answer(200, "logged out")
        elif path == "/":
            self.answer(200, "PSMM lab captive portal")
        else:
            self.answer(404, "not found")

    def log_message(self, fmt, *args):  # requests are in the events file; keep stderr quiet
        pass


ThreadingHTTPServer(("127.0.0.1", PORT), Portal).serve_forever()
