"""bench/sound.sh's measurements (numpy, scipy, python3-mido).

  sound.py --split REPORT STEMS   writes one manifest per stem (that stem alone) into STEMS and
                                  prints their paths
  sound.py --measure PROMPT DIR   one JSON line of measurements of DIR (master.wav, report.json,
                                  stems/arrangement.mid, stems/solo-*.wav)
  sound.py --table                reads those lines on stdin and prints the table

Loudness is ITU-R BS.1770-4: K-weighting (its two biquads, designed for the file's rate by the
bilinear transform as libebur128 does), 3 s short-term windows every 100 ms; a stem's level is the
median short-term loudness over the windows where it plays (above -70 LUFS and within 20 LU of its
loudest), so a part that rests half the track is judged by what it plays. The tail is read after
the last MIDI note-off: the RMS level 1..2 s after it against the 0.5 s before it (the last notes),
and the time the 50 ms RMS takes to stay 40 dB under that level (0.0 when it is there at once; the
file's end counts as silence, so a master that stops short shows as a fall at its end).
"""

import json
import math
import os
import sys

import mido
import numpy as np
from scipy.io import wavfile
from scipy.signal import lfilter


def read(path):
    rate, x = wavfile.read(path)
    if x.dtype == np.int32:
        x = x.astype(np.float64) / 2**31
    elif x.dtype == np.int16:
        x = x.astype(np.float64) / 2**15
    else:
        x = x.astype(np.float64)
    if x.ndim == 1:
        x = x[:, None]
    return rate, x


def k_weight(x, rate):
    # Stage 1: high shelf (+4 dB at high frequencies); stage 2: RLB high-pass (BS.1770-4).
    f0, g, q = 1681.974450955533, 3.999843853973347, 0.7071752369554196
    k = math.tan(math.pi * f0 / rate)
    vh = 10 ** (g / 20)
    vb = vh**0.4996667741545416
    a0 = 1 + k / q + k * k
    b1 = [(vh + vb * k / q + k * k) / a0, 2 * (k * k - vh) / a0, (vh - vb * k / q + k * k) / a0]
    a1 = [1, 2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0]
    f0, q = 38.13547087602444, 0.5003270373238773
    k = math.tan(math.pi * f0 / rate)
    a0 = 1 + k / q + k * k
    b2 = [1, -2, 1]
    a2 = [1, 2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0]
    return lfilter(b2, a2, lfilter(b1, a1, x, axis=0), axis=0)


def short_term(x, rate):
    """Short-term loudness (LUFS), 3 s windows every 100 ms."""
    y = k_weight(x, rate)
    power = (y**2).sum(axis=1)
    c = np.concatenate([[0.0], np.cumsum(power)])
    win, hop = 3 * rate, rate // 10
    starts = np.arange(0, max(1, len(power) - win + 1), hop)
    ends = np.minimum(starts + win, len(power))
    mean = (c[ends] - c[starts]) / win
    with np.errstate(divide="ignore"):
        return -0.691 + 10 * np.log10(mean)


def playing_level(x, rate):
    st = short_term(x, rate)
    st = st[np.isfinite(st) & (st > -70)]
    if len(st) == 0:
        return None
    return float(np.median(st[st > st.max() - 20]))


def last_note_off(mid_path):
    mid = mido.MidiFile(mid_path)
    t, last = 0.0, 0.0
    for msg in mid:  # iterating a MidiFile yields messages with delta times in seconds
        t += msg.time
        if msg.type in ("note_off", "note_on"):
            last = t
    return last


def rms_db(seg):
    if len(seg) == 0:
        return -200.0
    p = float((seg**2).mean())
    return 10 * math.log10(p) if p > 0 else -200.0


def tail(x, rate, off):
    mono = x.mean(axis=1)
    pad = np.concatenate([mono, np.zeros(3 * rate)])
    i = int(off * rate)
    before = rms_db(pad[max(0, i - rate // 2) : i])
    after = rms_db(pad[i + rate : i + 2 * rate])
    hop = rate // 20
    t40 = None
    levels = [rms_db(pad[j : j + hop]) for j in range(i, len(pad), hop)]
    for k in range(len(levels)):
        if all(v < before - 40 for v in levels[k:]):
            t40 = k * hop / rate
            break
    return before - after, t40, (len(mono) / rate) - off


def split(report_path, stems_dir):
    report = json.load(open(report_path))
    m = report["manifest"]
    for s in m["stems"]:
        one = dict(m)
        one["stems"] = [dict(s, file=os.path.basename(s["file"]))]
        path = os.path.join(stems_dir, "solo-" + s["name"] + ".json")
        json.dump(one, open(path, "w"))
        print(path)


def measure(prompt, d):
    report = json.load(open(os.path.join(d, "report.json")))
    rate, x = read(os.path.join(d, "master.wav"))
    l, r = x[:, 0], x[:, -1]
    corr = float((l * r).sum() / math.sqrt((l * l).sum() * (r * r).sum()))
    off = last_note_off(os.path.join(d, "stems", "arrangement.mid"))
    drop, t40, after = tail(x, rate, off)
    stems = {}
    for s in report["manifest"]["stems"]:
        path = os.path.join(d, "stems", "solo-" + s["name"] + ".wav")
        if os.path.exists(path):
            sr, y = read(path)
            stems[s["name"]] = {"role": s["role"], "lufs": playing_level(y, sr)}
    loud = report["analysis"]["loudness"]
    print(json.dumps({"prompt": prompt, "genre": report["manifest"]["genre"], "corr": corr,
                      "tailDropDb": drop, "fall40s": t40, "afterLastNote": after,
                      "lra": loud.get("loudnessRangeLu"), "lufs": loud.get("integratedLufs"),
                      "stems": stems}))


def table():
    rows = [json.loads(line) for line in sys.stdin if line.strip()]
    print(f"{'genre':<14} {'corr':>5} {'drop':>6} {'t40':>5} {'after':>5} {'LRA':>5}  stems (LU vs drums, else vs loudest)")
    for r in rows:
        st = r["stems"]
        ref = next((v["lufs"] for v in st.values() if v["role"] == "drums" and v["lufs"] is not None), None)
        if ref is None:
            ref = max((v["lufs"] for v in st.values() if v["lufs"] is not None), default=0)
        parts = " ".join(
            f"{n}({v['role'][0]}){'-' if v['lufs'] is None else format(v['lufs'] - ref, '+.1f')}"
            for n, v in st.items())
        t40 = "-" if r["fall40s"] is None else f"{r['fall40s']:.1f}"
        lra = "-" if r["lra"] is None else f"{r['lra']:.1f}"
        print(f"{r['genre']:<14} {r['corr']:5.2f} {min(r['tailDropDb'], 99):6.1f} {t40:>5} {r['afterLastNote']:5.1f} {lra:>5}  {parts}")
    c = [r["corr"] for r in rows]
    inside = sum(1 for v in c if 0.3 <= v <= 0.9)
    print(f"correlation: min {min(c):.2f} median {float(np.median(c)):.2f} max {max(c):.2f}; "
          f"{inside} of {len(c)} in 0.3..0.9")


if __name__ == "__main__":
    if sys.argv[1] == "--split":
        split(sys.argv[2], sys.argv[3])
    elif sys.argv[1] == "--measure":
        measure(sys.argv[2], sys.argv[3])
    else:
        table()
