#!/usr/bin/env python3
"""timed.py OUT ERR CMD...: runs CMD with its standard output in OUT and its standard error in ERR,
then prints "WALL USER SYS" in seconds (user and sys: CPU time of CMD and its children, from
wait4) and exits with CMD's status. For bench/logcheck-vs-fail2ban."""
import os
import sys
import time

out, err, cmd = sys.argv[1], sys.argv[2], sys.argv[3:]
with open(out, "wb") as o, open(err, "wb") as e:
    start = time.monotonic()
    pid = os.fork()
    if pid == 0:
        try:
            os.dup2(o.fileno(), 1)
            os.dup2(e.fileno(), 2)
            os.execvp(cmd[0], cmd)
        finally:
            os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    wall = time.monotonic() - start
print(f"{wall:.3f} {usage.ru_utime:.3f} {usage.ru_stime:.3f}")
sys.exit(os.waitstatus_to_exitcode(status))
