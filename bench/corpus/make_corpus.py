#!/usr/bin/python3
"""Renders the evaluation corpus into build/ and writes its truth table, build/truth.json.

Every truth value comes from the score or from the way a track was made, never from an
analyzer:
  * tunes (abc/*.abc): the tempo is the one written into the Q: field here, the metre and key
    come from the M: and K: fields, and the beat grid starts at the first full bar, found by
    adding up the notes of the pickup bar; a tune is dropped when abc2midi reports bars of the
    wrong length or when its accompaniment does not start on the computed bar line;
  * drum patterns: written here as MIDI on a grid we choose (including tempo changes);
  * click tracks: made by sox from one bar of clicks, repeated, with the bar length rounded to
    whole samples (the truth uses the rounded length).

The beat is the notated beat: the quarter note in 2/4, 3/4, 4/4 (and 2/2, counted in
quarters), the dotted quarter in 6/8, 9/8 and 12/8. Tempo is in those beats per minute.

Usage: make_corpus.py BUILD_DIR [JOBS]
"""
import hashlib
import json
import os
import re
import subprocess
import sys
from fractions import Fraction
from multiprocessing import Pool

import mido

HERE = os.path.dirname(os.path.abspath(__file__))
RATE = 44100
MAX_SECONDS = 60.0
MIN_SECONDS = 20.0

SOUNDFONTS = [
    '/usr/share/sounds/sf2/FluidR3_GM.sf2',
    '/usr/share/sounds/sf2/TimGM6mb.sf2',
    '/usr/share/sounds/sf3/MuseScore_General_Lite.sf3',
]
# GM programs for the melody and the accompaniment (chords, bass).
MELODY = [0, 21, 40, 73, 24, 22, 71, 105, 56, 68]
CHORDS = [0, 24, 21, 4, 48]
BASS = [32, 33, 0, 43]

# Tempo ranges (notated beats per minute) per metre: one render of each tune per range, so
# every tune is heard slow and fast (polkas, few and fast, twice in the fast range).
TEMPO_RANGES = {
    '6/8': [(60, 100), (100, 141)],
    '3/4': [(90, 140), (140, 191)],
    '4/4': [(100, 150), (150, 191)],
    '2/4': [(120, 155), (155, 191), (165, 191)],
    'hornpipe': [(80, 115), (115, 151)],
}


def digest(text):
    return int(hashlib.sha1(text.encode()).hexdigest(), 16)


def split(names):
    """Deterministic, stratified split of one family (a tune file, a drum pattern, the clicks):
    its members in the order of a hash of their names go alternately to dev and test."""
    ordered = sorted(names, key=lambda name: digest('split:' + name))
    return {name: ('dev', 'test')[i % 2] for i, name in enumerate(ordered)}


def pick(options, seed):
    return options[seed % len(options)]


# ---------------------------------------------------------------- ABC reading

def read_tunes():
    tunes = []
    for name in sorted(os.listdir(os.path.join(HERE, 'abc'))):
        if not name.endswith('.abc'):
            continue
        text = open(os.path.join(HERE, 'abc', name)).read()
        for chunk in re.split(r'\n\s*\n(?=X:)', text.strip()):
            chunk = chunk.strip()
            number = re.match(r'X:\s*(\d+)', chunk).group(1)
            tunes.append({'id': name[:-4] + '-' + number, 'file': name, 'text': chunk})
    return tunes


def header(text, field):
    match = re.search(r'^' + field + r':\s*([^\n%]*)', text, re.M)
    return match.group(1).strip() if match else None


def body(text):
    lines = text.split('\n')
    k_line = next(i for i, line in enumerate(lines) if line.startswith('K:'))
    return [line for line in lines[k_line + 1:]
            if not re.match(r'^[A-Za-z]:', line) and not line.startswith('%')]


def unit_length(text, metre):
    given = header(text, 'L')
    if given:
        return Fraction(given)
    # ABC default: 1/16 below a metre of 3/4, 1/8 from 3/4 up.
    return Fraction(1, 16) if Fraction(metre) < Fraction(3, 4) else Fraction(1, 8)


NOTE = re.compile(r"[_=^]*[A-Ga-gzx][,']*(\d*)(/*)(\d*)")


def note_length(match):
    num = int(match.group(1)) if match.group(1) else 1
    slashes, den = match.group(2), match.group(3)
    if not slashes:
        return Fraction(num)
    if den:
        return Fraction(num, int(den))
    return Fraction(num, 2 ** len(slashes))


def first_bar_length(lines, unit):
    """Length (whole notes) of the music before the first bar line that follows a note."""
    text = ' '.join(line.rstrip('\\') for line in lines)
    i, total, tuplet_left, tuplet_ratio = 0, Fraction(0), 0, Fraction(1)
    while i < len(text):
        c = text[i]
        if c == '"':
            i = text.index('"', i + 1) + 1
        elif c in '!+':
            i = text.index(c, i + 1) + 1
        elif c == '{':
            i = text.index('}', i) + 1
        elif c == '|' or (c == ':' and total == 0):
            if total > 0:
                return total * unit
            i += 1
        elif c == '(' and i + 1 < len(text) and text[i + 1].isdigit():
            n = int(text[i + 1])
            tuplet_left, tuplet_ratio = n, Fraction({2: 3, 3: 2, 4: 3, 6: 2}.get(n, 2), n)
            i += 2
        elif c == '[' and i + 1 < len(text) and text[i + 1].isdigit():
            i += 2
        elif c == '[':
            end = text.index(']', i)
            match = NOTE.search(text, i + 1, end)
            total += note_length(match) * (tuplet_ratio if tuplet_left else 1)
            tuplet_left = max(0, tuplet_left - 1)
            end_len = re.match(r'\](\d*)', text[end:])
            i = end + len(end_len.group(0))
        else:
            match = NOTE.match(text, i)
            if match:
                total += note_length(match) * (tuplet_ratio if tuplet_left else 1)
                tuplet_left = max(0, tuplet_left - 1)
                i = match.end()
            else:
                i += 1
    return total * unit


def key_truth(text):
    """Tonic and mode from K:, kept only when the score ends on that chord."""
    key = header(text, 'K')
    match = re.match(r'([A-G][b#]?)(m|min|maj)?$', key)
    if not match:
        return None
    tonic, minor = match.group(1), match.group(2) in ('m', 'min')
    chords = re.findall(r'"([A-G][b#]?)(m?)[^"]*"', text)
    last_root, last_minor = chords[-1] if chords else (None, '')
    consistent = last_root == tonic and (last_minor == 'm') == minor
    return {'tonic': tonic, 'mode': 'minor' if minor else 'major', 'for_key_metric': consistent}


# ---------------------------------------------------------------- rendering

def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def beat_unit(metre):
    num, den = (int(x) for x in metre.split('/'))
    if den == 8 and num % 3 == 0:
        return Fraction(3, 8), num // 3
    if metre == '2/2':
        return Fraction(1, 4), 4
    return Fraction(1, den), num


def grid(first_downbeat, beat_seconds, beats_per_bar, end):
    """Beat and downbeat times from a first downbeat, backwards into the pickup and on to end."""
    beats, downbeats = [], []
    k = -int(first_downbeat / beat_seconds + 1e-9)
    while True:
        t = first_downbeat + k * beat_seconds
        if t >= end - 1e-6:
            break
        if t >= -1e-6:
            beats.append(round(max(t, 0.0), 6))
            if k % beats_per_bar == 0:
                downbeats.append(round(max(t, 0.0), 6))
        k += 1
    return beats, downbeats


def add_drums(mid, first_tick, beat_ticks, beats_per_bar, end_tick, style):
    track = mido.MidiTrack()
    events = []
    k = -(first_tick // beat_ticks)
    while first_tick + k * beat_ticks < end_tick:
        tick = first_tick + k * beat_ticks
        if tick >= 0:
            position = k % beats_per_bar
            notes = [42]
            if position == 0:
                notes.append(36)
            elif style == 'backbeat' and position % 2 == 1:
                notes.append(38)
            elif style == 'offbeat':
                notes.append(38 if position == beats_per_bar - 1 else 44)
            for note in notes:
                events.append((tick, 'note_on', note, 100 if note == 36 else 80))
                events.append((tick + beat_ticks // 4, 'note_off', note, 0))
        k += 1
    now = 0
    for tick, kind, note, velocity in sorted(events):
        track.append(mido.Message(kind, channel=9, note=note, velocity=velocity, time=tick - now))
        now = tick
    mid.tracks.append(track)


def midi_facts(path):
    mid = mido.MidiFile(path)
    tempo, first_chord, end = None, None, 0
    for track in mid.tracks:
        tick = 0
        for msg in track:
            tick += msg.time
            if msg.type == 'set_tempo' and tempo is None:
                tempo = msg.tempo
            if msg.type == 'note_on' and msg.velocity > 0 and msg.channel in (1, 2):
                first_chord = tick if first_chord is None else min(first_chord, tick)
            if msg.type in ('note_on', 'note_off'):
                end = max(end, tick)
    return mid, tempo, first_chord, end


def cut_midi(mid, last_tick):
    """Drops every event after last_tick and silences each channel there, so that FluidSynth
    renders only the part of a long tune that the track keeps."""
    for track in mid.tracks:
        kept, tick, last = [], 0, 0
        channels = set()
        for msg in track:
            tick += msg.time
            if msg.is_meta and msg.type == 'end_of_track':
                continue
            if tick > last_tick:
                continue
            if not msg.is_meta and hasattr(msg, 'channel'):
                channels.add(msg.channel)
            kept.append(msg.copy(time=tick - last))
            last = tick
        for n, channel in enumerate(sorted(channels)):
            kept.append(mido.Message('control_change', channel=channel, control=123, value=0,
                                     time=(last_tick - last) if n == 0 else 0))
            last = last_tick
        kept.append(mido.MetaMessage('end_of_track', time=0))
        track[:] = kept


def render_audio(mid_path, soundfont, wav_path, seconds):
    raw = wav_path + '.full.wav'
    out = run(['fluidsynth', '-ni', '-q', '-F', raw, '-r', str(RATE), '-g', '0.5',
               soundfont, mid_path])
    if out.returncode != 0:
        raise RuntimeError('fluidsynth failed: ' + out.stderr)
    run(['sox', raw, '-b', '16', wav_path, 'trim', '0', '%.3f' % seconds], check=True)
    os.remove(raw)


def render_tune(job):
    tune, plan, build = job['tune'], job['plan'], job['build']
    text, track_id = tune['text'], plan['id']
    metre = header(text, 'M')
    unit_beat, beats_per_bar = beat_unit(metre)
    bar = Fraction(metre)
    pickup = first_bar_length(body(text), unit_length(text, metre))
    if pickup >= bar:
        pickup = Fraction(0)
    q_field = 'Q:%s=%d' % ('3/8' if unit_beat == Fraction(3, 8) else '1/4', plan['bpm'])
    directives = ['%%MIDI program ' + str(plan['melody']),
                  '%%MIDI chordprog ' + str(plan['chords']),
                  '%%MIDI bassprog ' + str(plan['bass'])]
    lines = [line for line in text.split('\n') if not line.startswith('Q:')]
    k_line = next(i for i, line in enumerate(lines) if line.startswith('K:'))
    lines = lines[:k_line] + [q_field] + [lines[k_line]] + directives + lines[k_line + 1:]
    abc_path = os.path.join(build, 'midi', track_id + '.abc')
    mid_path = os.path.join(build, 'midi', track_id + '.mid')
    with open(abc_path, 'w') as f:
        f.write('\n'.join(lines) + '\n')
    out = run(['abc2midi', abc_path, '-o', mid_path])
    complaints = [l for l in (out.stdout + out.stderr).split('\n')
                  if re.search(r'[Bb]ar .*(units|length)|not .* long', l)]
    if out.returncode != 0 or not os.path.exists(mid_path):
        return {'id': track_id, 'dropped': 'abc2midi failed'}
    if complaints:
        return {'id': track_id, 'dropped': 'bar lengths: ' + complaints[0].strip()}
    mid, tempo, first_chord, end_tick = midi_facts(mid_path)
    tpq = mid.ticks_per_beat
    pickup_ticks = int(pickup * 4 * tpq)
    bar_ticks = int(bar * 4 * tpq)
    if first_chord is not None and (first_chord - 1 - pickup_ticks) % bar_ticks != 0:
        return {'id': track_id, 'dropped': 'accompaniment starts off the computed bar line'}
    seconds_per_tick = tempo / 1e6 / tpq
    beat_ticks = int(unit_beat * 4 * tpq)
    bpm = 60.0 / (beat_ticks * seconds_per_tick)
    if abs(bpm - plan['bpm']) > 0.01:
        return {'id': track_id, 'dropped': 'MIDI tempo %.2f differs from Q: %d' % (bpm, plan['bpm'])}
    first_tick = pickup_ticks + 1   # abc2midi starts the music one tick in
    music_end = end_tick * seconds_per_tick
    if music_end < MIN_SECONDS:
        return {'id': track_id, 'dropped': 'too short (%.1f s)' % music_end}
    seconds = min(MAX_SECONDS, music_end + 1.0)
    if plan['drums']:
        add_drums(mid, first_tick, beat_ticks, beats_per_bar, end_tick, plan['drums'])
    cut_midi(mid, int(seconds / seconds_per_tick))
    mid.save(mid_path)
    wav = os.path.join(build, 'audio', track_id + '.wav')
    render_audio(mid_path, plan['soundfont'], wav, seconds)
    beats, downbeats = grid(first_tick * seconds_per_tick, beat_ticks * seconds_per_tick,
                            beats_per_bar, min(seconds, music_end))
    return {
        'id': track_id, 'half': plan['half'], 'kind': 'tune', 'source': tune['file'] + ' X:' +
        tune['id'].split('-')[-1], 'title': header(text, 'T'), 'audio': 'audio/' + track_id + '.wav',
        'seconds': round(seconds, 3), 'bpm': round(bpm, 4), 'steady': True, 'metre': metre,
        'beats_per_bar': beats_per_bar, 'swing': plan['swing'], 'pitched': True,
        'key': key_truth(text), 'pickup_beats': float(pickup / unit_beat),
        'soundfont': os.path.basename(plan['soundfont']), 'melody_program': plan['melody'],
        'drums': plan['drums'] or 'none', 'beats': beats, 'downbeats': downbeats,
    }


def plan_tunes(tunes):
    jobs, halves = [], {}
    for family in sorted({tune['file'] for tune in tunes}):
        halves.update(split([tune['id'] for tune in tunes if tune['file'] == family]))
    for tune in tunes:
        metre = header(tune['text'], 'M')
        swing = (header(tune['text'], 'R') or '').lower() == 'hornpipe'
        ranges = TEMPO_RANGES['hornpipe' if swing else metre]
        for n, (low, high) in enumerate(ranges):
            seed = digest(tune['id'] + ':' + str(n))
            jobs.append({'tune': tune, 'plan': {
                'id': '%s-%d' % (tune['id'], n), 'half': halves[tune['id']],
                'bpm': low + seed % (high - low), 'soundfont': pick(SOUNDFONTS, seed >> 8),
                'melody': pick(MELODY, seed >> 16), 'chords': pick(CHORDS, seed >> 24),
                'bass': pick(BASS, seed >> 32), 'swing': swing,
                'drums': pick([None, 'backbeat', None, 'offbeat'], seed >> 40)}})
    return jobs


# ---------------------------------------------------------------- drum patterns

DRUM_PATTERNS = [
    # id, metre, beats per bar, subdivisions per beat, tempo segments [(bpm, bars)], hits
    # hits: per subdivision index in a bar, list of GM drum notes.
    ('rock', '4/4', 4, 2, {0: [36, 42], 1: [42], 2: [38, 42], 3: [42], 4: [36, 42], 5: [36, 42], 6: [38, 42], 7: [42]}),
    ('shuffle', '12/8', 4, 3, {0: [36, 42], 2: [42], 3: [38, 42], 5: [42], 6: [36, 42], 8: [42], 9: [38, 42], 11: [42]}),
    ('jig-drums', '6/8', 2, 3, {0: [36, 42], 1: [42], 2: [42], 3: [38, 42], 4: [42], 5: [42]}),
    ('waltz-drums', '3/4', 3, 2, {0: [36], 2: [42], 3: [42], 4: [42], 5: [42]}),
    ('polka-drums', '2/4', 2, 2, {0: [36], 1: [42], 2: [38], 3: [42]}),
    ('breakbeat', '4/4', 4, 4, {0: [36, 42], 2: [42], 4: [38, 42], 6: [42], 7: [36], 10: [36, 42], 12: [38, 42], 14: [42], 15: [38]}),
]


def plan_drums():
    plans = []
    for name, metre, beats, subdivisions, hits in DRUM_PATTERNS:
        halves = split(['drums-%s-%d' % (name, n) for n in range(4)])
        for n in range(4):
            seed = digest(name + ':' + str(n))
            if n == 3:   # a tempo change half way
                first = 70 + seed % 60
                segments = [(first, 10), (round(first * (1.25 if seed % 2 else 0.8)), 10)]
            else:
                low, high = [(60, 100), (100, 150), (150, 191)][n]
                segments = [(low + seed % (high - low), 0)]
            track_id = 'drums-%s-%d' % (name, n)
            plans.append({'id': track_id, 'half': halves[track_id], 'metre': metre, 'beats': beats,
                          'sub': subdivisions, 'hits': hits, 'segments': segments,
                          'soundfont': pick(SOUNDFONTS, seed >> 8)})
    return plans


def render_drums(job):
    plan, build = job['plan'], job['build']
    tpq = 480
    beat_ticks = tpq * 3 // 2 if plan['metre'].endswith('/8') else tpq   # dotted quarter or quarter
    sub_ticks = beat_ticks // plan['sub']
    mid = mido.MidiFile(ticks_per_beat=tpq)
    track = mido.MidiTrack()
    mid.tracks.append(track)
    beats, downbeats, t, now_tick, events = [], [], 0.0, 0, []
    segments = list(plan['segments'])
    for bpm, bars in segments:
        if bars == 0:
            bars = int(MAX_SECONDS * 0.75 / (plan['beats'] * 60.0 / bpm)) + 1
        tempo = mido.bpm2tempo(bpm * beat_ticks / tpq)
        events.append((now_tick, 0, mido.MetaMessage('set_tempo', tempo=tempo)))
        for b in range(bars * plan['beats']):
            if t < MAX_SECONDS - 1:
                beats.append(round(t, 6))
                if b % plan['beats'] == 0:
                    downbeats.append(round(t, 6))
            t += 60.0 / bpm
        for b in range(bars):
            for sub in range(plan['beats'] * plan['sub']):
                for note in plan['hits'].get(sub, []):
                    tick = now_tick + b * plan['beats'] * beat_ticks + sub * sub_ticks
                    velocity = 110 if note == 36 else 85 if sub % plan['sub'] == 0 else 60
                    events.append((tick, 1, mido.Message('note_on', channel=9, note=note, velocity=velocity)))
                    events.append((tick + sub_ticks // 2, 2, mido.Message('note_off', channel=9, note=note)))
        now_tick += bars * plan['beats'] * beat_ticks
    last = 0
    for tick, _, msg in sorted(events, key=lambda e: (e[0], e[1])):
        track.append(msg.copy(time=tick - last))
        last = tick
    mid_path = os.path.join(build, 'midi', plan['id'] + '.mid')
    mid.save(mid_path)
    seconds = min(MAX_SECONDS, t)
    wav = os.path.join(build, 'audio', plan['id'] + '.wav')
    render_audio(mid_path, plan['soundfont'], wav, seconds)
    beats = [b for b in beats if b < seconds]
    downbeats = [b for b in downbeats if b < seconds]
    steady = len(segments) == 1
    return {'id': plan['id'], 'half': plan['half'], 'kind': 'drums', 'audio': 'audio/' + plan['id'] + '.wav',
            'seconds': round(seconds, 3), 'bpm': segments[0][0] if steady else None,
            'bpm_segments': [s[0] for s in segments], 'steady': steady, 'metre': plan['metre'],
            'beats_per_bar': plan['beats'], 'swing': plan['metre'] == '12/8', 'pitched': False,
            'key': None, 'soundfont': os.path.basename(plan['soundfont']), 'drums': 'pattern',
            'beats': beats, 'downbeats': downbeats}


# ---------------------------------------------------------------- click tracks

CLICKS = [(60, 4), (72, 3), (90, 4), (105, 2), (120, 4), (128, 3), (140, 4), (152, 2),
          (160, 4), (168, 3), (175, 4), (184, 4), (190, 3)]
CLICK_CHANGES = [((90, 4), (120, 4)), ((170, 4), (128, 4)), ((100, 3), (150, 3))]


def click_bar(path, bpm, beats):
    """One bar: a high click on the downbeat, lower clicks after, padded to whole samples
    (without dither, which sox otherwise adds at random when it writes 16 bits)."""
    samples = int(round(beats * 60.0 * RATE / bpm))
    beat = samples / beats
    parts = []
    for b in range(beats):
        part = path + '.%d.wav' % b
        start = int(round(b * beat))
        length = int(round((b + 1) * beat)) - start
        freq = 1500 if b == 0 else 1000
        run(['sox', '-D', '-r', str(RATE), '-c', '1', '-n', '-b', '16', part, 'synth', '0.03', 'sine',
             str(freq), 'fade', '0', '0.03', '0.025', 'pad', '0', '%ds' % (length - int(0.03 * RATE))],
            check=True)
        parts.append(part)
    run(['sox'] + parts + [path], check=True)
    for part in parts:
        os.remove(part)
    return samples


def render_clicks(job):
    plan, build = job['plan'], job['build']
    wav = os.path.join(build, 'audio', plan['id'] + '.wav')
    pieces, beats, downbeats, t = [], [], [], 0.0
    per_segment = MAX_SECONDS * 0.75 / len(plan['segments'])
    for index, (bpm, n) in enumerate(plan['segments']):
        bar_path = wav + '.bar%d.wav' % index
        samples = click_bar(bar_path, bpm, n)
        bars = int(per_segment * RATE / samples) + 1
        seg_path = wav + '.seg%d.wav' % index
        run(['sox', bar_path, seg_path, 'repeat', str(bars - 1)], check=True)
        os.remove(bar_path)
        for b in range(bars):
            bar_start = t + b * samples / RATE
            downbeats.append(round(bar_start, 6))
            for k in range(n):
                beats.append(round(bar_start + int(round(k * samples / n)) / RATE, 6))
        t += bars * samples / RATE
        pieces.append(seg_path)
    run(['sox'] + pieces + [wav], check=True)
    for piece in pieces:
        os.remove(piece)
    steady = len(plan['segments']) == 1
    bpms = [s[0] for s in plan['segments']]
    return {'id': plan['id'], 'half': plan['half'], 'kind': 'clicks', 'audio': 'audio/' + plan['id'] + '.wav',
            'seconds': round(t, 3), 'bpm': bpms[0] if steady else None, 'bpm_segments': bpms,
            'steady': steady, 'metre': '%d/4' % plan['segments'][0][1],
            'beats_per_bar': plan['segments'][0][1], 'swing': False, 'pitched': False, 'key': None,
            'drums': 'clicks', 'beats': beats, 'downbeats': downbeats}


def plan_clicks():
    plans = []
    for bpm, beats in CLICKS:
        plans.append({'id': 'clicks-%d-%d' % (bpm, beats), 'segments': [(bpm, beats)]})
    for first, second in CLICK_CHANGES:
        plans.append({'id': 'clicks-%d-to-%d' % (first[0], second[0]), 'segments': [first, second]})
    halves = split([plan['id'] for plan in plans])
    return [dict(plan, half=halves[plan['id']]) for plan in plans]


# ---------------------------------------------------------------- main

def work(job):
    try:
        return job['fn'](job)
    except Exception as error:   # one bad track must not stop the corpus; it is reported
        return {'id': job.get('plan', {}).get('id', '?'), 'dropped': 'error: %s' % error}


def main():
    build = os.path.abspath(sys.argv[1])
    workers = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    for sub in ('audio', 'midi'):
        os.makedirs(os.path.join(build, sub), exist_ok=True)
    jobs = []
    for job in plan_tunes(read_tunes()):
        jobs.append(dict(job, fn=render_tune, build=build))
    for plan in plan_drums():
        jobs.append({'plan': plan, 'fn': render_drums, 'build': build})
    for plan in plan_clicks():
        jobs.append({'plan': plan, 'fn': render_clicks, 'build': build})
    with Pool(workers) as pool:
        results = pool.map(work, jobs, chunksize=1)
    tracks = [r for r in results if 'dropped' not in r]
    dropped = [r for r in results if 'dropped' in r]
    for r in dropped:
        print('dropped %s: %s' % (r['id'], r['dropped']), file=sys.stderr)
    with open(os.path.join(build, 'truth.json'), 'w') as f:
        json.dump({'tracks': tracks}, f, indent=1)
    halves = {h: sum(1 for t in tracks if t['half'] == h) for h in ('dev', 'test')}
    print('%d tracks (dev %d, test %d), %d dropped' % (len(tracks), halves['dev'], halves['test'],
                                                       len(dropped)))


if __name__ == '__main__':
    main()
