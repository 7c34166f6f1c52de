// Asks essentia.js (the npm build of Essentia) for the key and tempo of one audio signal, so
// bench scripts can compare cadenza with an analyzer it does not share code with.
// Input on stdin: raw 32-bit float mono samples at 44.1 kHz, e.g.
//   sox track.wav -t f32 -r 44100 -c 1 - | node essentia.cjs
// Output, one line: "TONIC MODE STRENGTH BPM PERCIVAL_BPM" (KeyExtractor with its default
// profile, RhythmExtractor2013 with its default multifeature method, PercivalBpmEstimator).
// With a file name as argument, RhythmExtractor2013's beat positions (seconds) are also written
// to that file, one a line, e.g. for bench/corpus/score.sh.
const fs = require('fs');
const { Essentia, EssentiaWASM } = require('essentia.js');
const beatsFile = process.argv[2];

const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk));
process.stdin.on('end', () => {
  const bytes = Buffer.concat(chunks);
  const samples = new Float32Array(bytes.buffer, bytes.byteOffset, Math.floor(bytes.length / 4));
  const essentia = new Essentia(EssentiaWASM);
  const signal = essentia.arrayToVector(samples);
  const key = essentia.KeyExtractor(signal);
  const rhythm = essentia.RhythmExtractor2013(signal);
  const percival = essentia.PercivalBpmEstimator(signal);
  if (beatsFile) {
    const ticks = essentia.vectorToArray(rhythm.ticks);
    fs.writeFileSync(beatsFile, Array.from(ticks, (t) => t.toFixed(4)).join('\n') + '\n');
  }
  console.log(`${key.key} ${key.scale} ${key.strength.toFixed(2)} ${rhythm.bpm.toFixed(2)} ${percival.bpm.toFixed(2)}`);
});
