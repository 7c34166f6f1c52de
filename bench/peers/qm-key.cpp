// A small host for qm-dsp's key detector (Debian's libqm-dsp-dev), so that bench scripts can ask
// an ear that is not cadenza's which key a WAV is in. Reads the file with libsndfile, mixes it to
// mono and feeds the detector block by block as its own block and hop sizes ask; each block
// yields a key estimate, and the key named most often over the file is printed as
// "TONIC MODE SHARE" (e.g. "F minor 0.83": 83 % of the estimates were F minor).
// Build: g++ -O2 -I/usr/include/qm-dsp -o qm-key qm-key.cpp -lqm-dsp -lsndfile   (bench/peers/install.sh does it)
#include <qm-dsp/dsp/keydetection/GetKeyMode.h>
#include <sndfile.h>

#include <cstdio>
#include <vector>

int main(int argc, char **argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: qm-key FILE.wav\n");
    return 2;
  }
  SF_INFO info{};
  SNDFILE *file = sf_open(argv[1], SFM_READ, &info);
  if (!file) {
    std::fprintf(stderr, "qm-key: %s: %s\n", argv[1], sf_strerror(nullptr));
    return 66;
  }
  std::vector<double> mono;
  std::vector<double> frame(info.channels * 4096);
  sf_count_t got;
  while ((got = sf_readf_double(file, frame.data(), 4096)) > 0) {
    for (sf_count_t i = 0; i < got; i++) {
      double sum = 0;
      for (int c = 0; c < info.channels; c++) sum += frame[i * info.channels + c];
      mono.push_back(sum / info.channels);
    }
  }
  sf_close(file);
  // 440 Hz tuning; chroma averaged over 10 frames and the key median-filtered over 10, the
  // settings the detector's authors ship as defaults.
  GetKeyMode detector(info.samplerate, 440.0f, 10, 10);
  size_t block = detector.getBlockSize(), hop = detector.getHopSize();
  int votes[25] = {0};
  int total = 0;
  for (size_t start = 0; start + block <= mono.size(); start += hop) {
    int key = detector.process(&mono[start]);
    if (key >= 1 && key <= 24) {
      votes[key]++;
      total++;
    }
  }
  if (total == 0) {
    std::printf("none none 0\n");
    return 0;
  }
  int best = 1;
  for (int k = 2; k <= 24; k++)
    if (votes[k] > votes[best]) best = k;
  // The detector numbers keys 1-12 for C major .. B major and 13-24 for C minor .. B minor.
  static const char *names[12] = {"C", "Db", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"};
  bool minor = best > 12;
  std::printf("%s %s %.2f\n", names[(best - 1) % 12], minor ? "minor" : "major",
              (double)votes[best] / total);
  return 0;
}
