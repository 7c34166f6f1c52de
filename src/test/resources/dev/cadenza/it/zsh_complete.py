"""Types a command line and a Tab into an interactive zsh on a pseudo-terminal, with cadenza's
completion function on $fpath, and prints what zsh then shows, terminal escapes removed.

Usage: zsh_complete.py FPATH_DIR LINE   (run in the folder whose files should complete)
"""
import os
import pty
import re
import select
import sys
import time

folder, line = sys.argv[1], sys.argv[2]
pid, terminal = pty.fork()
if pid == 0:
    os.environ["TERM"] = "xterm"
    os.execvp("zsh", ["zsh", "-f", "-i"])


def read_until(done, seconds):
    """Reads what the terminal shows until done(text) or, failing that, for `seconds`."""
    shown, end = b"", time.time() + seconds
    while time.time() < end and not done(shown):
        ready, _, _ = select.select([terminal], [], [], 0.05)
        if ready:
            try:
                shown += os.read(terminal, 65536)
            except OSError:
                break
    return shown


def quiet_for(seconds):
    """Reads until the terminal has shown nothing new for `seconds`."""
    shown, last = b"", time.time()
    while time.time() - last < seconds and time.time() - last < 30:
        ready, _, _ = select.select([terminal], [], [], 0.05)
        if ready:
            try:
                shown += os.read(terminal, 65536)
            except OSError:
                break
            last = time.time()
    return shown


read_until(lambda text: False, 0.5)
# The prompt is spelled with an escape so that the echo of this line does not look like it.
setup = f"fpath=({folder} $fpath); autoload -Uz compinit; compinit -u -D; PS1=$'\\x52EADY> '\n"
os.write(terminal, setup.encode())
read_until(lambda text: b"READY> " in text, 60)
os.write(terminal, line.encode() + b"\t")
shown = quiet_for(2.0)
os.write(terminal, b"\x03exit\n")
text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]|[\x00-\x08\x0b-\x1f]", " ", shown.decode("latin-1"))
print(text)
