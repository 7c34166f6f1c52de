#!/usr/bin/python3
"""Scores cadenza and its peers against the corpus truth (build/truth.json) on one half.

Metrics:
  tempo acc1  estimate within 4 % of the true tempo (tracks with a steady tempo);
  tempo acc2  within 4 % of the true tempo times 1, 2, 1/2, 3 or 1/3 (same tracks);
  null        share of tracks (all have a beat) where the tool gave no tempo;
  beat F      F-measure of beat times at +-70 ms, after dropping the beats of the first 5 s
              from both lists, as is conventional;
  downbeat F  the same measure on downbeats;
  key         tonic pitch class and mode both right, on the pitched tracks whose K: field
              agrees with their final chord (see make_corpus.py).

The F-measure follows the definition used by mir_eval.beat.f_measure (Davies, Degara and
Plumbley, "Evaluation methods for musical audio beat tracking algorithms", QMUL technical
report C4DM-TR-09-06, 2009): an estimate is a hit when it lies within 70 ms of an annotation not
already matched; precision = hits / estimates, recall = hits / annotations, F = 2PR / (P + R),
and 0 when either list is empty.

Usage: score.py TRUTH_JSON RESULTS_DIR dev|test
"""
import json
import os
import sys
from collections import Counter, defaultdict

WINDOW = 0.07
SKIP = 5.0
PITCH = {'C': 0, 'B#': 0, 'C#': 1, 'Db': 1, 'D': 2, 'D#': 3, 'Eb': 3, 'E': 4, 'Fb': 4, 'F': 5,
         'E#': 5, 'F#': 6, 'Gb': 6, 'G': 7, 'G#': 8, 'Ab': 8, 'A': 9, 'A#': 10, 'Bb': 10,
         'B': 11, 'Cb': 11}


# ---------------------------------------------------------------- measures

def f_measure(reference, estimated):
    reference = [t for t in reference if t >= SKIP]
    estimated = sorted(t for t in estimated if t >= SKIP)
    if not reference or not estimated:
        return 0.0
    # On a line, matching sorted lists greedily within the window finds a largest matching.
    hits, i, j = 0, 0, 0
    while i < len(reference) and j < len(estimated):
        if abs(reference[i] - estimated[j]) <= WINDOW:
            hits, i, j = hits + 1, i + 1, j + 1
        elif estimated[j] < reference[i]:
            j += 1
        else:
            i += 1
    if hits == 0:
        return 0.0
    precision, recall = hits / len(estimated), hits / len(reference)
    return 2 * precision * recall / (precision + recall)


def tempo_ok(truth, estimate, factors=(1.0,)):
    return estimate is not None and any(abs(estimate - truth * f) <= 0.04 * truth * f for f in factors)


OCTAVES = (1.0, 2.0, 0.5, 3.0, 1 / 3)


def key_relation(truth, estimate):
    if estimate is None:
        return 'none'
    (tp, tm), (ep, em) = truth, estimate
    up = (ep - tp) % 12
    if up == 0:
        return 'exact' if tm == em else 'parallel'
    if tm != em and ((tm == 'major' and up == 9) or (tm == 'minor' and up == 3)):
        return 'relative'
    if tm == em and up == 7:
        return 'V'
    if tm == em and up == 5:
        return 'IV'
    return 'other'


# ---------------------------------------------------------------- readers

def read_lines(path):
    try:
        with open(path) as f:
            return [line.split() for line in f if line.strip()]
    except OSError:
        return []


def number(text):
    try:
        value = float(text)
        return value if value > 0 else None
    except (TypeError, ValueError):
        return None


def key_of(tonic, mode):
    if tonic not in PITCH or mode not in ('major', 'minor'):
        return None
    return PITCH[tonic], mode


def read_cadenza(results, track_id):
    try:
        with open(os.path.join(results, 'cadenza', track_id + '.json')) as f:
            analysis = json.load(f)
    except (OSError, ValueError):
        analysis = {}
    tempo = analysis.get('tempo') or {}
    key = analysis.get('key') or {}
    return {'bpm': number(tempo.get('bpm')), 'beats': analysis.get('beats') or [],
            'downbeats': analysis.get('downbeats') or [],
            'key': key_of(key.get('tonic'), key.get('mode')),
            'metre': analysis.get('timeSignature')}


def read_peers(results, track_id):
    qm = read_lines(os.path.join(results, 'qm', track_id + '.txt'))
    essentia = read_lines(os.path.join(results, 'essentia', track_id + '.txt'))
    essentia = essentia[0] if essentia else [None] * 5
    aubio_tempo = [line[0] for line in read_lines(os.path.join(results, 'aubio', track_id + '.tempo'))
                   if len(line) > 1 and line[1] == 'bpm']
    bpm_tools = read_lines(os.path.join(results, 'bpm-tools', track_id + '.txt'))
    answers = {
        'qm-dsp': {'key': key_of(*qm[0][:2]) if qm and len(qm[0]) >= 2 else None},
        'essentia RE2013': {
            'bpm': number(essentia[3]),
            'beats': [float(l[0]) for l in read_lines(os.path.join(results, 'essentia', track_id + '.beats'))]},
        'essentia Percival': {'bpm': number(essentia[4])},
        'essentia Key': {'key': key_of(essentia[0], essentia[1])},
        'aubio': {'bpm': number(aubio_tempo[-1]) if aubio_tempo else None,
                  'beats': [float(l[0]) for l in read_lines(os.path.join(results, 'aubio', track_id + '.beats'))]},
        'bpm-tools': {'bpm': number(bpm_tools[0][0]) if bpm_tools else None},
    }
    # A peer that has not read this track yet (no output file) is left out, not counted wrong.
    ran = {'qm-dsp': 'qm/%s.txt', 'essentia RE2013': 'essentia/%s.txt', 'essentia Percival': 'essentia/%s.txt',
           'essentia Key': 'essentia/%s.txt', 'aubio': 'aubio/%s.tempo', 'bpm-tools': 'bpm-tools/%s.txt'}
    return {tool: answer for tool, answer in answers.items()
            if os.path.exists(os.path.join(results, ran[tool] % track_id))}


# ---------------------------------------------------------------- table

TOOLS = ['cadenza', 'essentia RE2013', 'essentia Percival', 'essentia Key', 'qm-dsp', 'aubio', 'bpm-tools']


def score(tracks, results):
    sums = {tool: defaultdict(list) for tool in TOOLS}
    failures = {'tempo': [], 'key': Counter(), 'key misses': [], 'downbeat': []}
    for track in tracks:
        answers = read_peers(results, track['id'])
        answers['cadenza'] = read_cadenza(results, track['id'])
        truth_key = key_of(track['key']['tonic'], track['key']['mode']) if track.get('key') else None
        keyed = truth_key is not None and track['key'].get('for_key_metric')
        for tool, answer in answers.items():
            got = sums[tool]
            got['n'].append(1)
            if 'bpm' in answer:
                got['null'].append(answer['bpm'] is None)
                if track['steady']:
                    got['acc1'].append(tempo_ok(track['bpm'], answer['bpm']))
                    got['acc2'].append(tempo_ok(track['bpm'], answer['bpm'], OCTAVES))
            if 'beats' in answer:
                got['beatF'].append(f_measure(track['beats'], answer['beats']))
            if 'downbeats' in answer:
                got['downbeatF'].append(f_measure(track['downbeats'], answer['downbeats']))
            if 'key' in answer and keyed and track['pitched']:
                got['key'].append(answer['key'] == truth_key)
        cadenza = answers['cadenza']
        if track['steady'] and not tempo_ok(track['bpm'], cadenza['bpm']):
            failures['tempo'].append((track, cadenza))
        if keyed:
            relation = key_relation(truth_key, cadenza['key'])
            failures['key'][relation] += 1
            if relation != 'exact':
                failures['key misses'].append((track, cadenza['key'], relation))
        failures['downbeat'].append((track, f_measure(track['downbeats'], cadenza['downbeats']), cadenza['metre']))
    return sums, failures


def cell(values, percent=True):
    if not values:
        return '-'
    if percent is None:
        return str(len(values))
    mean = sum(values) / len(values)
    return ('%5.1f %%' % (100 * mean)) if percent else '%5.3f' % mean


def print_table(half, tracks, sums):
    steady = sum(1 for t in tracks if t['steady'])
    keyed = sum(1 for t in tracks if t.get('key') and t['key'].get('for_key_metric'))
    print('corpus half: %s, %d tracks (%d with a steady tempo, %d keyed)' % (half, len(tracks), steady, keyed))
    columns = [('tracks', 'n', None), ('tempo acc1', 'acc1', True), ('tempo acc2', 'acc2', True), ('null tempo', 'null', True),
               ('beat F', 'beatF', False), ('downbeat F', 'downbeatF', False), ('key exact', 'key', True)]
    print('| tool | ' + ' | '.join(c[0] for c in columns) + ' |')
    print('|---|' + '---|' * len(columns))
    for tool in TOOLS:
        print('| %s | ' % tool + ' | '.join(cell(sums[tool][c[1]], c[2]) for c in columns) + ' |')


def print_failures(failures):
    print('\ncadenza tempo misses (truth -> estimate, ratio), by metre:')
    by_metre = defaultdict(list)
    for track, answer in failures['tempo']:
        by_metre[track['metre']].append((track, answer))
    for metre in sorted(by_metre):
        items = sorted(by_metre[metre], key=lambda x: x[0]['bpm'])
        text = ', '.join('%s %.0f->%s' % (t['id'], t['bpm'], ('%.1f (x%.2f)' % (a['bpm'], a['bpm'] / t['bpm']))
                                          if a['bpm'] else 'null') for t, a in items)
        print('  %s (%d): %s' % (metre, len(items), text))
    ratios = Counter()
    for track, answer in failures['tempo']:
        if answer['bpm'] is None:
            ratios['null'] += 1
            continue
        r = answer['bpm'] / track['bpm']
        name = min(((abs(r - v), n) for n, v in [('x1/2', 0.5), ('x2', 2), ('x3/2', 1.5), ('x2/3', 2 / 3),
                                                   ('x4/3', 4 / 3), ('x3/4', 0.75), ('x1/3', 1 / 3), ('x3', 3)]))
        ratios[name[1] if name[0] < 0.04 * max(r, 1) else 'other'] += 1
    print('  ratios: ' + ', '.join('%s %d' % kv for kv in ratios.most_common()))
    print('cadenza key answers against truth: ' + ', '.join('%s %d' % kv for kv in failures['key'].most_common()))
    names = ['C', 'C#', 'D', 'Eb', 'E', 'F', 'F#', 'G', 'Ab', 'A', 'Bb', 'B']
    for track, key, relation in failures['key misses']:
        print('  %s: %s %s heard as %s (%s)' % (track['id'], track['key']['tonic'], track['key']['mode'],
                                               '%s %s' % (names[key[0]], key[1]) if key else 'nothing', relation))
    bars = defaultdict(list)
    for track, f, metre in failures['downbeat']:
        bars[(track['metre'], metre)].append(f)
    print('cadenza downbeat F by true metre (and metre it reported):')
    for (true_metre, said), values in sorted(bars.items(), key=lambda kv: (kv[0][0], str(kv[0][1]))):
        print('  %s read as %s: %d tracks, mean F %.3f' % (true_metre, said, len(values), sum(values) / len(values)))


def main():
    truth, results, half = sys.argv[1], sys.argv[2], sys.argv[3]
    with open(truth) as f:
        tracks = [t for t in json.load(f)['tracks'] if t['half'] == half]
    sums, failures = score(tracks, results)
    print_table(half, tracks, sums)
    print_failures(failures)


if __name__ == '__main__':
    main()
