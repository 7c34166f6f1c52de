#!/usr/bin/env bash
# The idiom every genre plays: renders each genre of music/genres.json (and each subgenre with an
# idiom of its own in compose/styles.json) with `bin/cadenza generate`, 8 bars of a drop at the
# genre's default tempo, and prints a markdown table read from the MIDI file: the idiom it renders
# as, one bar of the drums as a grid (kick, snare/clap/rim, hats/ride, other percussion), the bass
# and chord rhythms of that bar, the instruments and what stands in for what.
# Grid: X accent, x hit, o ghost (by velocity), r several hits in one step; bass and chords: the
# step a note starts on (bass: 1 the chord's root, 8 its octave, * another note; chords: how many
# notes sound together, or a for one note of an arpeggio), - held, . silent.
# Usage: bench/idioms.sh [seed]   (needs /usr/bin/python3 with mido; installed when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
seed=${1:-1}
if ! /usr/bin/python3 -c 'import mido' 2>/dev/null; then
  apt-get install -y -q python3-mido >/dev/null
fi
mvn -q -B -o -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
/usr/bin/python3 - "$work" "$seed" <<'PY'
import json, subprocess, sys, os
import mido

work, seed = sys.argv[1], int(sys.argv[2])
genres = json.load(open("src/main/resources/dev/cadenza/music/genres.json"))["genres"]
styles = json.load(open("src/main/resources/dev/cadenza/compose/styles.json"))
drum_names = {v: k for k, v in styles["midiDrums"].items()}
ROWS = [("kick", {"kick"}), ("snare", {"snare", "clap", "rim"}),
        ("hats", {"closed-hat", "open-hat", "ride"}), ("perc", {"shaker", "cowbell", "tom"})]
NAMES = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"]

def style_of(genre, sub):
    for name in ([sub] if sub else []) + [genre]:
        for s in styles["styles"]:
            if name in s["genres"]:
                return s

jobs = []
for g in genres:
    jobs.append((g, None))
    for sub in g["subgenres"]:
        if any(sub["name"] in s["genres"] for s in styles["styles"]):
            jobs.append((g, sub))

def notes_of(track, ppq):
    t, on, out = 0, {}, []
    for m in track:
        t += m.time
        if m.type == "note_on" and m.velocity > 0:
            on.setdefault(m.note, []).append((t, m.velocity))
        elif m.type in ("note_off", "note_on"):
            if on.get(m.note):
                start, v = on[m.note].pop(0)
                out.append((start, t, m.note, v))
    return sorted(out)

def root_pc(symbol):
    pc = NAMES.index(symbol[0])
    if len(symbol) > 1 and symbol[1] in "#b":
        pc += 1 if symbol[1] == "#" else -1
    return pc % 12

def grid(notes, bar0, bar_ticks, steps, mark):
    cells = ["."] * steps
    seen = set()
    step = bar_ticks / steps
    for start, end, pitch, v in notes:
        k = round((start - bar0) / step)
        if 0 <= k < steps and abs(start - bar0 - k * step) < step / 2:
            cells[k] = "r" if (k, pitch) in seen and mark is drum_mark else mark(cells[k], pitch, v, notes)
            seen.add((k, pitch))
    return cells

def drum_mark(cell, pitch, v, notes):
    mark = "X" if v >= 100 else "o" if v < 70 else "x"
    # Two voices of a row on one step show the louder; one voice hit again within it is a roll.
    return "r" if cell == "r" else mark if "Xxo.".index(mark) < "Xxo.".index(cell) else cell

def holds(cells, notes, bar0, bar_ticks, steps):
    step = bar_ticks / steps
    for start, end, _, _ in notes:
        for k in range(steps):
            t = bar0 + k * step
            if start < t - step / 2 and end > t + step / 4 and cells[k] == ".":
                cells[k] = "-"
    return "".join(cells)

print(f"| genre | renders as | bpm | kick | snare, clap, rim | hats, ride | other percussion | bass | chords | instruments | stands in |")
print("|---|---|---|---|---|---|---|---|---|---|---|")
for g, sub in jobs:
    name = sub["name"] if sub else g["name"]
    bpm = (sub or {}).get("defaultBpm") or g["defaultBpm"]
    style = style_of(g["name"], sub["name"] if sub else None)
    steps = style.get("steps", 16)
    spec = json.loads(subprocess.run(["bin/cadenza", "parse", name], check=True, capture_output=True,
                                     text=True).stdout)
    assert spec["genre"] == g["name"] and spec.get("subgenre") == (sub["name"] if sub else None), name
    spec.update({"bpm": bpm, "key": {"tonic": "C", "mode": g["mode"]}, "timeSignature": "4/4",
                 "bars": 8, "durationSeconds": 8 * 240 / bpm, "structure": ["drop"], "seed": seed})
    folder = os.path.join(work, name.replace(" ", "-").replace("&", "n"))
    path = folder + ".json"
    json.dump(spec, open(path, "w"))
    manifest = json.loads(subprocess.run(["bin/cadenza", "generate", "-q", path, "-o", folder, "--bits", "16"],
                                         check=True, capture_output=True, text=True).stdout)
    mid = mido.MidiFile(os.path.join(folder, "arrangement.mid"))
    ppq = mid.ticks_per_beat
    bar_ticks = 4 * ppq
    bar = 2
    bar0 = bar * bar_ticks
    tracks = {t.name: notes_of(t, ppq) for t in mid.tracks if t.name}
    drums = tracks.get("drums", [])
    rows = []
    for _, voices in ROWS:
        hits = [n for n in drums if drum_names.get(n[2]) in voices]
        rows.append("`" + "".join(grid(hits, bar0, bar_ticks, steps, drum_mark)) + "`" if drums else "(no kit)")
    chord_at = [c for c in manifest["truth"]["chords"] if c["start"] <= bar * 240 / bpm + 1e-6 < c["end"]]
    root = root_pc(chord_at[0]["symbol"]) if chord_at else 0
    bass = tracks.get("bass", [])
    in_bar = [p for s, e, p, v in bass if bar0 <= s < bar0 + bar_ticks and p % 12 == root]
    def bass_mark(cell, pitch, v, _):
        return "*" if pitch % 12 != root else "1" if pitch == min(in_bar) else "8"
    bass_cells = holds(grid(bass, bar0, bar_ticks, steps, bass_mark), bass, bar0, bar_ticks, steps) if bass else "(none)"
    chords = tracks.get("chords", [])
    step = bar_ticks / steps
    ccells = ["."] * steps
    starts = {}
    for s, e, p, v in chords:
        k = round((s - bar0) / step)
        if 0 <= k < steps and abs(s - bar0 - k * step) < step / 2:
            starts[k] = starts.get(k, 0) + 1
    for k, n in starts.items():
        ccells[k] = "a" if n == 1 else str(min(n, 9))
    chord_cells = holds(ccells, chords, bar0, bar_ticks, steps) if chords else "(none)"
    parts = dict(style["parts"])
    parts.update(style.get("instrumentsByGenre", {}).get(g["name"], {}))
    used = "; ".join(f"{k}: {', '.join(v) if isinstance(v, list) else v}" for k, v in parts.items()
                     if v and k != "drums") + "; drums: " + ", ".join(sorted({drum_names.get(n[2], str(n[2])) for n in drums}) or ["none"])
    stand = "; ".join(f"{k} → {v}" for k, v in style.get("standIns", {}).items()) or "—"
    label = f"{g['name']} / {sub['name']}" if sub else g["name"]
    print(f"| {label} | {style['name']} | {bpm:g} | {rows[0]} | {rows[1]} | {rows[2]} | {rows[3]} | `{bass_cells}` | `{chord_cells}` | {used} | {stand} |")
PY
