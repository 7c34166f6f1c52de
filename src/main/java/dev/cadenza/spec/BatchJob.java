package dev.cadenza.spec;

import java.util.List;
import java.util.Map;

/**
 * The {@code cadenza.job/1} document: one line of a {@code cadenza batch} jobs file, one track to
 * produce, with the options {@code produce} takes on its command line. Every field but {@code id}
 * and one of {@code prompt} or {@code spec} may be left out; {@code cadenza schema job} prints the
 * rule for each.
 *
 * @param id names the job and its folder of results, {@code OUTDIR/<id>/}
 * @param prompt the prompt, as {@code produce PROMPT}
 * @param spec a trackspec, as {@code produce --spec}: fields left out are filled as parse would
 * @param seed as {@code produce --seed}
 * @param set spec fields over what the prompt says, as {@code produce --set}
 * @param tolerance QA tolerances, as {@code produce --tolerance} ("NAME=VALUE" each)
 * @param retries as {@code produce --retries}
 * @param keepFailed as {@code produce --keep-failed}: the master of a job that failed QA is kept in
 *     its folder (the job is still failed, and the next run redoes it)
 * @param reference a WAV to take tempo, key, loudness and balance from, as {@code --reference}
 * @param chain a {@code cadenza.chain/1} file whose stages replace the preset's, as {@code produce
 *     --chain}
 * @param soundfont a SoundFont 2 file for the melodic parts, as {@code produce --soundfont}
 * @param preset as {@code produce --preset}
 * @param targetLufs as {@code produce --target-lufs}
 * @param truePeak as {@code produce --true-peak}
 * @param maxLimiting as {@code produce --max-limiting}
 * @param bits as {@code produce --bits}: 16, 24 or 32f
 * @param sampleRate as {@code produce --sample-rate}
 * @param output the file name of the master inside the job's folder
 */
public record BatchJob(
    @WhenLeftOut("the current version, cadenza.job/1") String schema,
    String id,
    @WhenLeftOut("null: the job gives a spec instead") String prompt,
    @WhenLeftOut("null: the job gives a prompt instead") TrackSpec spec,
    @WhenLeftOut("the spec's seed, else the one parse draws for the prompt") Long seed,
    @WhenLeftOut("no field set") Map<String, String> set,
    @WhenLeftOut("the default tolerances") List<String> tolerance,
    @WhenLeftOut("the batch's --retries (default 2)") Integer retries,
    @WhenLeftOut("false: a job that fails QA leaves no master") Boolean keepFailed,
    @WhenLeftOut("no reference") String reference,
    @WhenLeftOut("the preset's stages") String chain,
    @WhenLeftOut("the built-in instruments") String soundfont,
    @WhenLeftOut("streaming") String preset,
    @WhenLeftOut("the preset's") Double targetLufs,
    @WhenLeftOut("the preset's") Double truePeak,
    @WhenLeftOut("8") Double maxLimiting,
    @WhenLeftOut("24") String bits,
    @WhenLeftOut("44100") Integer sampleRate,
    @WhenLeftOut("master.wav") String output) {}
