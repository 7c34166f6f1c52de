#!/usr/bin/python3
"""More renders of the development half's tunes, for fitting the analyzer's metrical-level
weights on more than the two renders per tune of build/ (MetricalLevelFit reads them with
-Dcorpus.extra=FOLDER). Each dev tune is rendered twice more at tempi drawn over the whole of its
metre's range, with instruments, soundfont and drums drawn as make_corpus.py draws them, from a
hash of the tune and 'extra'. The test half is never rendered here.

Usage: extra_dev.py BUILD_DIR OUT_DIR [JOBS]   (BUILD_DIR: the corpus built by build.sh)
"""
import json
import os
import sys
from multiprocessing import Pool

import make_corpus as mc


def plans(build):
    with open(os.path.join(build, 'truth.json')) as f:
        truth = json.load(f)
    dev = {t['id'].rsplit('-', 1)[0] for t in truth['tracks'] if t['half'] == 'dev' and t['kind'] == 'tune'}
    for tune in mc.read_tunes():
        if tune['id'] not in dev:
            continue
        swing = (mc.header(tune['text'], 'R') or '').lower() == 'hornpipe'
        ranges = mc.TEMPO_RANGES['hornpipe' if swing else mc.header(tune['text'], 'M')]
        low, high = ranges[0][0], ranges[-1][1]
        for n in range(2):
            seed = mc.digest(tune['id'] + ':extra:' + str(n))
            yield tune, {'id': '%s-x%d' % (tune['id'], n), 'half': 'dev',
                         'bpm': low + seed % (high - low), 'soundfont': mc.pick(mc.SOUNDFONTS, seed >> 8),
                         'melody': mc.pick(mc.MELODY, seed >> 16), 'chords': mc.pick(mc.CHORDS, seed >> 24),
                         'bass': mc.pick(mc.BASS, seed >> 32), 'swing': swing,
                         'drums': mc.pick([None, 'backbeat', None, 'offbeat'], seed >> 40)}


def main():
    build, out = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    for sub in ('audio', 'midi'):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
    jobs = [{'tune': tune, 'plan': plan, 'fn': mc.render_tune, 'build': out} for tune, plan in plans(build)]
    with Pool(int(sys.argv[3]) if len(sys.argv) > 3 else 2) as pool:
        results = pool.map(mc.work, jobs, chunksize=1)
    tracks = [r for r in results if 'dropped' not in r]
    with open(os.path.join(out, 'truth.json'), 'w') as f:
        json.dump({'tracks': tracks}, f, indent=1)
    print('%d tracks, %d dropped' % (len(tracks), len(results) - len(tracks)))


if __name__ == '__main__':
    main()
