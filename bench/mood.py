#!/usr/bin/env python3
"""Do mood and energy change the notes? Reads what `cadenza generate` wrote (arrangement.mid and
the manifest) and prints, per track, what a producer would compare between a dark and a happy
render, or a calm and an energetic one: the key and tempo, and per part the notes per bar, the
mean pitch (MIDI) and the mean velocity (1-127); for the drums the hits per bar; for the lead
also how many of its moves from one note to the next go up (up%: a rising line above 50).
Usage: mood.py LABEL=MANIFEST.json...   (python3-mido)"""
import json, sys, mido

def part_notes(mid_path):
    mid = mido.MidiFile(mid_path)
    parts = {}
    for track in mid.tracks[1:]:
        name, out = None, []
        for msg in track:
            if msg.type == 'track_name':
                name = msg.name
            elif msg.type == 'note_on' and msg.velocity > 0:
                out.append((msg.note, msg.velocity))
        parts[name or f'track{len(parts)}'] = out
    return parts

rows = []
for arg in sys.argv[1:]:
    label, path = arg.split('=', 1)
    m = json.load(open(path))
    truth = m['truth']
    bars = len(truth['downbeats'])
    parts = part_notes(m['midi'])
    cells = []
    for name in ('drums', 'bass', 'chords', 'pad', 'lead'):
        notes = parts.get(name, [])
        if not notes:
            cells.append(f'{name}: -')
            continue
        density = len(notes) / bars
        pitch = sum(p for p, _ in notes) / len(notes)
        velocity = sum(v for _, v in notes) / len(notes)
        cell = f'{name}: {density:.1f}/bar' + ('' if name == 'drums' else f' p{pitch:.1f}') + f' v{velocity:.0f}'
        if name == 'lead':
            moves = [b - a for (a, _), (b, _) in zip(notes, notes[1:]) if b != a]
            cell += f' up{100 * sum(1 for d in moves if d > 0) / max(1, len(moves)):.0f}%'
        cells.append(cell)
    key = truth['key']
    print(f'{label:<22} {key["tonic"]} {key["mode"]:<6} {truth["bpm"]:>5.0f} bpm | ' + ' | '.join(cells))
