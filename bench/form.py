#!/usr/bin/env python3
"""Does the arrangement develop? Reads what `cadenza generate` wrote (arrangement.mid and the
manifest) the way a producer reads MIDI bar by bar, and prints, per track:
  - distinct bars per part (a bar's content: onsets on a 1/24-beat grid and pitches; velocity and
    a drummer's few milliseconds of timing are ignored, so humanising cannot fake variety),
  - the longest run of an unchanged four-bar block of all parts (blocks on four-bar boundaries),
  - how often the commonest four-bar block comes, of all blocks,
  - whether the first verse and the first chorus differ in harmony or in rhythm (without a verse
    and a chorus: the first two kinds of section other than intro and outro),
  - a verdict on the issue's bar (run <= 4, every part >= 8 distinct bars, verse and chorus
    differ). A part heard in fewer than one bar in eight (a band's effects: a riser into a chorus,
    an impact on the last one) is a handful of one-shots at section boundaries, not a part that
    plays through the track: it is listed apart, with the bars it sounds in, and not held to the
    8-distinct-bars bar.
With several folders of one prompt (different seeds) it also prints how many drum bars each pair
shares and how many distinct progressions the seeds gave.
Usage: form.py MANIFEST.json...   (python3-mido)"""
import json, sys, itertools, mido

def notes_by_part(mid_path):
    mid = mido.MidiFile(mid_path)
    tempo = 500000
    parts = {}
    for track in mid.tracks[1:]:
        name, t, out = None, 0, []
        for msg in track:
            t += msg.time
            if msg.type == 'track_name':
                name = msg.name
            elif msg.type == 'note_on' and msg.velocity > 0:
                out.append((t, msg.note))
        parts[name or f'track{len(parts)}'] = out
    for msg in mid.tracks[0]:
        if msg.type == 'set_tempo':
            tempo = msg.tempo
            break
    secs = lambda ticks: mido.tick2second(ticks, mid.ticks_per_beat, tempo)
    return {k: [(secs(t), p) for t, p in v] for k, v in parts.items()}

def bars_of(notes, downbeats, beat):
    bars = [[] for _ in downbeats]
    for t, p in notes:
        i = max(0, sum(1 for d in downbeats if d <= t + 1e-6) - 1)
        grid = round((t - downbeats[i]) / beat * 24)
        bars[i].append((grid, p))
    return [tuple(sorted(b)) for b in bars]

def analyse(manifest_path):
    m = json.load(open(manifest_path))
    folder = manifest_path.rsplit('/', 1)[0] if '/' in manifest_path else '.'
    truth = m['truth']
    beat = 60.0 / truth['bpm']
    downbeats = truth['downbeats']
    parts = {k: bars_of(v, downbeats, beat) for k, v in notes_by_part(m["midi"]).items()}
    n = len(downbeats)
    blocks = [tuple(parts[k][b:b + 4] for k in sorted(parts)) for b in range(0, n - 3, 4)]
    run = best = 1
    for a, b in zip(blocks, blocks[1:]):
        run = run + 1 if a == b else 1
        best = max(best, run)
    def first(label):
        for s in truth['sections']:
            if s['label'] == label:
                return s
    def chords_in(s):
        return [c['symbol'] for c in truth['chords'] if c['start'] < s['end'] - 1e-6 and c['end'] > s['start'] + 1e-6]
    def bar_range(s):
        return [i for i, d in enumerate(downbeats) if s['start'] - 1e-6 <= d < s['end'] - 1e-6]
    framing = ('intro', 'outro')
    labels = []
    for s in truth['sections']:
        if s['label'] not in framing and s['label'] not in labels:
            labels.append(s['label'])
    verse, chorus = first('verse'), first('chorus')
    if not (verse and chorus):
        verse = first(labels[0]) if labels else None
        chorus = first(labels[1]) if len(labels) > 1 else None
    differ = None
    if verse and chorus:
        harmony = chords_in(verse)[:8] != chords_in(chorus)[:8]
        rhythm = any(set(parts[k][i] for i in bar_range(verse)) != set(parts[k][i] for i in bar_range(chorus)) for k in parts)
        differ = 'harmony' if harmony else 'rhythm' if rhythm else 'no'
    distinct = {k: len(set(b for b in v if b)) for k, v in parts.items()}
    sounding = {k: sum(1 for b in v if b) for k, v in parts.items()}
    progression = tuple(chords_in(verse or truth['sections'][0])[:8])
    commonest = max(blocks.count(b) for b in blocks) if blocks else 0
    one_shots = {k: sounding[k] for k in parts if sounding[k] * 8 < n}
    return m, parts, n, best, differ, distinct, progression, f'{commonest}/{len(blocks)}', one_shots

def verdict(best, differ, distinct, one_shots):
    fails = [f'run {best}'] if best > 4 else []
    fails += [f'{k}={v}' for k, v in sorted(distinct.items()) if v < 8 and k not in one_shots]
    fails += ['verse=chorus'] if differ == 'no' else []
    return 'ok' if not fails else 'FAIL ' + ','.join(fails)

results = [analyse(p) for p in sys.argv[1:]]
for path, (m, parts, n, best, differ, distinct, _, commonest, one_shots) in zip(sys.argv[1:], results):
    d = ' '.join(f'{k}={v}' for k, v in sorted(distinct.items()) if k not in one_shots)
    o = ' '.join(f'{k}={distinct[k]}(in {v} bars)' for k, v in sorted(one_shots.items()))
    print(f'{m["genre"]:<14} bars={n:<4} longest-4bar-run={best:<3} commonest-4bar-block={commonest:<6} verse/chorus-differ={str(differ):<8} {verdict(best, differ, distinct, one_shots):<14} distinct bars: {d}' + (f'  one-shots: {o}' if o else ''))
if len(results) > 1:
    drums = [r[1].get('drums', []) for r in results]
    worst = 0.0
    for a, b in itertools.permutations(range(len(drums)), 2):
        sb = set(drums[b])
        filled = [x for x in drums[a] if x]
        if filled:
            worst = max(worst, sum(1 for x in filled if x in sb) / len(filled))
    print(f'seeds={len(results)} most drum bars one seed shares with another: {worst:.0%}; '
          f'distinct progressions (first verse, 8 chords): {len(set(r[6] for r in results))}')
