"""Runs a command with some of its standard streams on a pseudo-terminal, as a user's shell would,
for the tests of what cadenza does on a terminal.

Usage: on_a_terminal.py FDS TYPE_AFTER COMMAND...
  FDS         the descriptors that are the terminal: "0", "1", "2" or several ("012")
  TYPE_AFTER  once the command has shown this text (on the terminal or stderr), type Ctrl-D on
              the terminal; "" for never
Prints one JSON object: the exit code, what the terminal showed, and stdout and stderr where
they are pipes (as Latin-1 text, so any bytes survive).
"""
import json
import os
import pty
import select
import subprocess
import sys
import time

fds, type_after, command = sys.argv[1], sys.argv[2], sys.argv[3:]
master, slave = pty.openpty()


def stream(fd, otherwise):
    return slave if str(fd) in fds else otherwise


child = subprocess.Popen(
    command,
    stdin=stream(0, subprocess.DEVNULL),
    stdout=stream(1, subprocess.PIPE),
    stderr=stream(2, subprocess.PIPE),
)
os.close(slave)
shown = {"terminal": b"", "stdout": b"", "stderr": b""}
readers = {master: "terminal"}
if child.stdout:
    readers[child.stdout.fileno()] = "stdout"
if child.stderr:
    readers[child.stderr.fileno()] = "stderr"
typed = False
deadline = time.time() + 120
while readers and time.time() < deadline:
    ready, _, _ = select.select(list(readers), [], [], 0.2)
    for fd in ready:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # the terminal reads EIO once the command has closed it
            chunk = b""
        if chunk:
            shown[readers[fd]] += chunk
        else:
            del readers[fd]
    if type_after and not typed and type_after.encode() in shown["terminal"] + shown["stderr"]:
        os.write(master, b"\x04")
        typed = True
    if not ready and child.poll() is not None and master in readers and len(readers) == 1:
        break  # the command has ended and the terminal has nothing more to show
code = child.wait(timeout=max(1, deadline - time.time()))
result = {name: text.decode("latin-1") for name, text in shown.items()}
result["exit"] = code
print(json.dumps(result))
