"""bench/stem-pitch.sh's monophonic view of a MIDI file (python3-mido): in every track but the
drums where at most a tenth of the notes start with another (within 10 ticks: a line, not chords),
a note that still sounds when the next one starts is cut there, so a line that overlaps its notes now and then
(legato, a grace note) is judged note by note instead of being skipped as polyphonic. Prints how many notes were cut per track on stderr.
Usage: legato.py IN.mid OUT.mid"""

import sys

import mido


def cut(track):
    t, events = 0, []
    for m in track:
        t += m.time
        events.append((t, m))
    notes, sounding = [], {}
    for t, m in events:
        if m.type == "note_on" and m.velocity > 0:
            sounding.setdefault(m.note, []).append((t, m))
        elif m.type in ("note_off", "note_on") and sounding.get(m.note):
            start, on = sounding[m.note].pop(0)
            notes.append([start, t, on, m])
    notes.sort(key=lambda n: (n[0], n[2].note))
    together = sum(1 for a, b in zip(notes, notes[1:]) if b[0] - a[0] <= 10)
    if together > len(notes) / 10:
        return track, 0  # chords: notes struck together

    cuts = 0
    for a, b in zip(notes, notes[1:]):
        if b[0] < a[1]:
            a[1] = max(a[0] + 1, b[0])
            cuts += 1
    other = [(t, m) for t, m in events if m.type not in ("note_on", "note_off")]
    timed = other + [(n[0], n[2]) for n in notes] + [(n[1], n[3]) for n in notes]
    # Offs before ons at the same tick, so a cut note ends before the next begins.
    timed.sort(key=lambda e: (e[0], 0 if e[1].type == "note_off" or
                              (e[1].type == "note_on" and e[1].velocity == 0) else 1,
                              e[1].type == "end_of_track"))
    out, last = mido.MidiTrack(), 0
    for t, m in timed:
        out.append(m.copy(time=t - last))
        last = t
    return out, cuts


def main():
    mid = mido.MidiFile(sys.argv[1])
    for i, track in enumerate(mid.tracks):
        if track.name == "drums":
            continue
        mid.tracks[i], cuts = cut(track)
        if cuts:
            print(f"{track.name}: {cuts} overlapping notes cut at the next one", file=sys.stderr)
    mid.save(sys.argv[2])


if __name__ == "__main__":
    main()
