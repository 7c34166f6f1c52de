# bash completion for cadenza. Generated from the command model by the build
# (CompletionScript); edit the commands, not this file.
# Installed by bin/install; or: source completions/cadenza.bash

# The current word from a list of words.
_cadenza_offer() {
  local IFS=$'\n'
  COMPREPLY=($(compgen -W "$*" -- "$cur"))
}

_cadenza_files() {
  local IFS=$'\n'
  compopt -o filenames 2>/dev/null
  COMPREPLY=($(compgen -f -- "$cur"))
}

_cadenza_dirs() {
  local IFS=$'\n'
  compopt -o filenames 2>/dev/null
  COMPREPLY=($(compgen -d -- "$cur"))
}

_cadenza() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
  # bash splits --bits=24 at the '=': complete the value after it.
  if [[ $cur == = ]]; then
    cur= prev=${COMP_WORDS[COMP_CWORD-2]}
  elif [[ $prev == = ]]; then
    prev=${COMP_WORDS[COMP_CWORD-2]}
  fi
  local command= i
  for ((i = 1; i < COMP_CWORD; i++)); do
    case ${COMP_WORDS[i]} in
      parse|generate|mix|produce|batch|analyze|qa|report|schema|completion)
        command=${COMP_WORDS[i]}
        break
        ;;
    esac
  done
  case $command in
    parse) _cadenza_parse ;;
    generate) _cadenza_generate ;;
    mix) _cadenza_mix ;;
    produce) _cadenza_produce ;;
    batch) _cadenza_batch ;;
    analyze) _cadenza_analyze ;;
    qa) _cadenza_qa ;;
    report) _cadenza_report ;;
    schema) _cadenza_schema ;;
    completion) _cadenza_completion ;;
    *) _cadenza_root ;;
  esac
}

_cadenza_root() {
  if [[ $cur == -* ]]; then
    _cadenza_offer --debug -q --quiet -h --help -V --version
  else
    _cadenza_offer parse generate mix produce batch analyze qa report schema completion
  fi
}

_cadenza_parse() {
  case $prev in
    --set) return ;;
    --seed) return ;;
    -o|--output) _cadenza_files; return ;;
  esac
  if [[ $cur == -* ]]; then
    _cadenza_offer --debug -q --quiet --explain --set --seed -o --output --pretty -h --help -V --version
  fi
}

_cadenza_generate() {
  case $prev in
    -o|--output) _cadenza_dirs; return ;;
    --seed) return ;;
    --bits) _cadenza_offer 16 24 32f; return ;;
    --sample-rate) _cadenza_offer 44100 48000 96000; return ;;
    --soundfont) _cadenza_files; return ;;
    --drum-soundfont) _cadenza_files; return ;;
    --jams) _cadenza_files; return ;;
    --truth-dir) _cadenza_dirs; return ;;
  esac
  if [[ $cur == -* ]]; then
    _cadenza_offer --debug -q --quiet -o --output --seed --bits --sample-rate --soundfont --drum-soundfont --mixdown --pretty --jams --truth-dir -h --help -V --version
  else
    _cadenza_files
  fi
}

_cadenza_mix() {
  case $prev in
    -o|--output) _cadenza_files; return ;;
    --preset) _cadenza_offer streaming club broadcast podcast none; return ;;
    --target-lufs) return ;;
    --true-peak) return ;;
    --chain) _cadenza_files; return ;;
    --max-limiting) return ;;
    --match) _cadenza_files; return ;;
    --bits) _cadenza_offer 16 24 32f; return ;;
    --seed) return ;;
  esac
  if [[ $cur == -* ]]; then
    _cadenza_offer --debug -q --quiet -o --output --preset --target-lufs --true-peak --chain --max-limiting --print-chain --match --any-path --bits --seed --pretty -h --help -V --version
  else
    _cadenza_files
  fi
}

_cadenza_produce() {
  case $prev in
    --spec) _cadenza_files; return ;;
    -o|--output) _cadenza_files; return ;;
    --stems) _cadenza_dirs; return ;;
    --report) _cadenza_files; return ;;
    --reference) _cadenza_files; return ;;
    --retries) return ;;
    --seed) return ;;
    --set) return ;;
    --preset) _cadenza_offer streaming club broadcast podcast none; return ;;
    --target-lufs) return ;;
    --true-peak) return ;;
    --chain) _cadenza_files; return ;;
    --max-limiting) return ;;
    --bits) _cadenza_offer 16 24 32f; return ;;
    --sample-rate) _cadenza_offer 44100 48000 96000; return ;;
    --soundfont) _cadenza_files; return ;;
    --drum-soundfont) _cadenza_files; return ;;
    --tolerance) return ;;
  esac
  if [[ $cur == -* ]]; then
    _cadenza_offer --debug -q --quiet --spec -o --output --stems --report --reference --retries --keep-failed --seed --set --preset --target-lufs --true-peak --chain --max-limiting --bits --sample-rate --soundfont --drum-soundfont --tolerance -h --help -V --version
  fi
}

_cadenza_batch() {
  case $prev in
    -o|--outdir) _cadenza_dirs; return ;;
    -j|--jobs) return ;;
    --shard) return ;;
    --retries) return ;;
    --status) _cadenza_dirs; return ;;
  esac
  if [[ $cur == -* ]]; then
    _cadenza_offer --debug -q --quiet --pretty -o --outdir -j --jobs --shard --retries --fail-fast --stems --report --status --json -h --help -V --version
  else
    _cadenza_files
  fi
}

_cadenza_analyze() {
  case $prev in
    -o|--output) _cadenza_files; return ;;
    --only) _cadenza_offer levels silence loudness tempo key spectral sections; return ;;
    --silence-threshold) return ;;
    --plot) _cadenza_files; return ;;
    --jams) _cadenza_files; return ;;
    --target-lufs) return ;;
  esac
  if [[ $cur == -* ]]; then
    _cadenza_offer --debug -q --quiet -o --output --pretty --only --curves --silence-threshold --plot --jams --target-lufs -h --help -V --version
  else
    _cadenza_files
  fi
}

_cadenza_qa() {
  case $prev in
    --spec) _cadenza_files; return ;;
    --stems) _cadenza_files; return ;;
    --target-lufs) return ;;
    --true-peak) return ;;
    --tolerance) return ;;
    --junit) _cadenza_files; return ;;
    -o|--output) _cadenza_files; return ;;
  esac
  if [[ $cur == -* ]]; then
    _cadenza_offer --debug -q --quiet --spec --stems --target-lufs --true-peak --tolerance --junit --any-path -o --output --pretty -h --help -V --version
  else
    _cadenza_files
  fi
}

_cadenza_report() {
  case $prev in
    -o|--output) _cadenza_files; return ;;
  esac
  if [[ $cur == -* ]]; then
    _cadenza_offer --debug -q --quiet -o --output --embed -h --help -V --version
  else
    _cadenza_files
  fi
}

_cadenza_schema() {
  if [[ $cur == -* ]]; then
    _cadenza_offer --debug -q --quiet -h --help -V --version
  else
    _cadenza_offer analysis trackspec manifest chain qa report job batch
  fi
}

_cadenza_completion() {
  if [[ $cur == -* ]]; then
    _cadenza_offer --debug -q --quiet -h --help -V --version
  else
    _cadenza_offer bash zsh fish
  fi
}

complete -F _cadenza cadenza
