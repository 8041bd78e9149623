#!/usr/bin/env python3
"""sshd-inetd.py N PORT SSHD_CONFIG LOG: listens on 127.0.1.1..N:PORT (loopback only) and runs
`sshd -i -f SSHD_CONFIG` on each accepted connection, as inetd does. For bench/metrics-poll."""
import selectors
import socket
import subprocess
import sys

n, port, config, log = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
sel = selectors.DefaultSelector()
for i in range(1, n + 1):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind((f"127.0.1.{i}", port))
    s.listen(64)
    sel.register(s, selectors.EVENT_READ)
children = []
while True:
    for key, _ in sel.select(timeout=1):
        conn, _ = key.fileobj.accept()
        children.append(subprocess.Popen(["/usr/sbin/sshd", "-i", "-f", config, "-E", log],
                                         stdin=conn, stdout=conn, close_fds=True))
        conn.close()
    children = [c for c in children if c.poll() is None]
