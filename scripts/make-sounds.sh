#!/usr/bin/env bash
# Hot Seat — synthesise every game sound and build one audio sprite.
#
# Every sound below is generated from scratch with SoX (no samples, no
# recordings, no third-party assets), so the origin and licence of each asset
# is this file (MIT, like the rest of the project).
#
# Output (overwritten on every run):
#   public/audio/sfx.webm   Opus in WebM, mono 48 kHz, ~32 kbit/s
#   public/audio/sfx.mp3    MP3, mono 48 kHz, CBR (see MP3_BITRATE)
#   public/audio/sfx.json   howler sprite map {"sprite": {name: [offsetMs, durationMs(, true)]}}
#
# Usage:
#   bash scripts/make-sounds.sh           build everything, then run the checks
#   bash scripts/make-sounds.sh --check   only check the existing files in public/audio
#   MP3_BITRATE=48k bash scripts/make-sounds.sh   override a bitrate (also OPUS_BITRATE)
#
# Needs (Debian/Ubuntu): sudo apt-get install -y sox libsox-fmt-all ffmpeg
#   sox, soxi  -> package "sox"  (libsox-fmt-all is recommended; only WAV is used here)
#   ffmpeg, ffprobe with libopus + libmp3lame -> package "ffmpeg"
#
# The build is deterministic: SoX runs in repeatable mode (-R, fixed noise
# seed) and ffmpeg in bit-exact mode, so re-running gives the same audio.

set -euo pipefail
export LC_ALL=C

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT_DIR="$ROOT/public/audio"

RATE=48000            # Hz; Opus is natively 48 kHz, and 48 samples == 1 ms exactly
SPR=48                # samples per millisecond
GAP_MS=100            # silence between sprite entries (and before the first / after the last)
OPUS_BITRATE=${OPUS_BITRATE:-32k}
MP3_BITRATE=${MP3_BITRATE:-32k}   # CBR; 48k gives ~330 KB, over the 250 KB budget for the sprite
FX_PEAK_DB=-3         # default peak level for one-shot effects
SOFT_PEAK_DB=-6       # peak level for soft cues (ping, typing, tick, the calming mood cue)
AMB_RMS_DB=-24        # RMS level for ambience beds

# ----------------------------------------------------------------------------
# Tool check
# ----------------------------------------------------------------------------
check_tools() {
  local missing=() pkgs=()
  command -v sox    >/dev/null 2>&1 || { missing+=(sox);    pkgs+=(sox libsox-fmt-all); }
  command -v soxi   >/dev/null 2>&1 || { missing+=(soxi);   pkgs+=(sox); }
  command -v ffmpeg >/dev/null 2>&1 || { missing+=(ffmpeg); pkgs+=(ffmpeg); }
  command -v ffprobe >/dev/null 2>&1 || { missing+=(ffprobe); pkgs+=(ffmpeg); }
  command -v awk    >/dev/null 2>&1 || { missing+=(awk);    pkgs+=(mawk); }
  if ((${#missing[@]})); then
    local uniq
    uniq=$(printf '%s\n' "${pkgs[@]}" | awk '!seen[$0]++ { printf "%s%s", (n++ ? " " : ""), $0 }')
    echo "make-sounds: missing tools: ${missing[*]}" >&2
    echo "make-sounds: on Debian/Ubuntu install them with:" >&2
    echo "    sudo apt-get update && sudo apt-get install -y ${uniq}" >&2
    echo "    (the full set this script expects: sox libsox-fmt-all ffmpeg)" >&2
    exit 1
  fi
  local enc
  enc=$(ffmpeg -hide_banner -encoders 2>/dev/null)
  for e in libopus libmp3lame; do
    if ! grep -q " $e " <<<"$enc"; then
      echo "make-sounds: this ffmpeg has no '$e' encoder; install Debian's 'ffmpeg' package (it has both libopus and libmp3lame)." >&2
      exit 1
    fi
  done
}

# ----------------------------------------------------------------------------
# SoX helpers
# ----------------------------------------------------------------------------
SOX=(sox -R -V2 --no-show-progress)        # -R: repeatable (fixed random seed)
F=(-r "$RATE" -c 1 -b 32 -e floating-point) # intermediate format

# gen OUT effects...          synthesise from nothing
gen() { local out=$1; shift; "${SOX[@]}" -n "${F[@]}" "$out" "$@"; }
# fx IN OUT effects...        process a file
fx() { local in=$1 out=$2; shift 2; "${SOX[@]}" "$in" "${F[@]}" "$out" "$@"; }

N=0
newf() { N=$((N + 1)); REPLY="$WORK/p$N.wav"; }

# Layer list for the sound being built: add with layer VOL FILE, mix with bounce.
LAYERS=()
begin() { LAYERS=(); }
layer() { LAYERS+=(-v "$1" "$2"); }
# bounce OUT [effects...]     mix all layers into OUT and apply effects to the mix
bounce() {
  local out=$1; shift
  if ((${#LAYERS[@]} == 3)); then   # one layer: "-v VOL FILE"
    "${SOX[@]}" "${LAYERS[@]}" "${F[@]}" "$out" "$@"
  else
    "${SOX[@]}" -m "${LAYERS[@]}" "${F[@]}" "$out" "$@"
  fi
}

calc() { awk "BEGIN { printf \"%.4f\", $* }"; }
# hz SEMITONES  -> frequency, semitones relative to A4 = 440 Hz
hz() { calc "440 * 2 ^ (($1) / 12)"; }

# part VOL START LEN DECAY WAVE FREQ [extra effects...]
#   One partial: WAVE at FREQ Hz, 4 ms attack, exponential decay that reaches
#   -100 dB after DECAY seconds, cut at LEN seconds with a 10 ms release,
#   placed at START seconds. Added to the current layer list at VOL.
part() {
  local vol=$1 start=$2 len=$3 decay=$4 wave=$5 freq=$6; shift 6
  local shape
  if awk -v d="$decay" -v l="$len" 'BEGIN { exit !(d >= l) }'; then
    shape=(trim 0 "$len" fade h 0 "$len" 0.01)          # cut while still sounding: short release
  else
    shape=(pad 0 "$(calc "$len - $decay")")              # already decayed to -100 dB: just extend
  fi
  newf
  gen "$REPLY" synth "$decay" "$wave" "$freq" vol 0.5 \
    fade h 0.004 fade l 0 "$decay" "$decay" "${shape[@]}" "$@" pad "$start"
  layer "$vol" "$REPLY"
}

# click VOL START LEN LOWHZ HIGHHZ     short filtered noise transient with exponential decay
click() {
  local vol=$1 start=$2 len=$3 lo=$4 hi=$5
  newf
  gen "$REPLY" synth "$len" whitenoise vol 0.3 highpass "$lo" lowpass "$hi" \
    fade h 0.0004 fade l 0 "$len" "$len" pad "$start"
  layer "$vol" "$REPLY"
}

# thump VOL START LEN F1 F2            low falling sine "body" of a mechanical click
thump() {
  local vol=$1 start=$2 len=$3 f1=$4 f2=$5
  newf
  gen "$REPLY" synth "$len" sine "$f1/$f2" vol 0.5 fade h 0.001 fade l 0 "$len" "$len" pad "$start"
  layer "$vol" "$REPLY"
}

# note VOL START LEN DECAY SEMI        soft electric-piano-like note (sine + weak harmonics)
note() {
  local vol=$1 start=$2 len=$3 decay=$4 semi=$5 f
  f=$(hz "$semi")
  part "$vol" "$start" "$len" "$decay" sine "$f"
  part "$(calc "$vol * 0.25")" "$start" "$len" "$(calc "$decay * 0.5")" sine "$(calc "$f * 2")"
  part "$(calc "$vol * 0.08")" "$start" "$len" "$(calc "$decay * 0.3")" sine "$(calc "$f * 3")"
}

# bell VOL START LEN FREQ              struck bell: inharmonic partials with faster-decaying overtones
bell() {
  local vol=$1 start=$2 len=$3 f=$4
  part "$vol" "$start" "$len" "$len" sine "$f"
  part "$(calc "$vol * 0.45")" "$start" "$len" "$(calc "$len * 0.5")" sine "$(calc "$f * 2.76")"
  part "$(calc "$vol * 0.22")" "$start" "$len" "$(calc "$len * 0.25")" sine "$(calc "$f * 5.40")"
  if awk -v f="$f" 'BEGIN { exit !(f * 8.93 < 12000) }'; then   # skip partials above 12 kHz
    part "$(calc "$vol * 0.10")" "$start" "$len" "$(calc "$len * 0.12")" sine "$(calc "$f * 8.93")"
  fi
}

# noisebed OUT SECONDS COLOUR SKIP effects...   filtered noise, SKIP s of the noise stream discarded
#   (SoX's repeatable seed gives the same noise every call, so SKIP decorrelates beds)
noisebed() {
  local out=$1 secs=$2 colour=$3 skip=$4; shift 4
  gen "$out" synth "$(calc "$secs + $skip")" "$colour" vol 0.25 "$@" trim "$skip"
}

# seamless IN OUT LEN_MS XF_MS
#   IN must be at least LEN+XF long. OUT is exactly LEN long and loops without a
#   seam: the XF tail after LEN is equal-power cross-faded into the head, so the
#   last sample of OUT runs straight on into its first sample.
seamless() {
  local in=$1 out=$2 len=$(($3 * SPR)) xf=$(($4 * SPR)) a b c d
  newf; a=$REPLY; newf; b=$REPLY; newf; c=$REPLY; newf; d=$REPLY
  fx "$in" "$a" trim 0s "${xf}s" fade q "${xf}s"
  fx "$in" "$b" trim "${len}s" "${xf}s" fade q 0 "${xf}s" "${xf}s"
  "${SOX[@]}" -m -v 1 "$a" -v 1 "$b" "${F[@]}" "$c"
  fx "$in" "$d" trim "${xf}s" "$((len - xf))s"
  "${SOX[@]}" "$c" "$d" "${F[@]}" "$out"
}

# exactlen IN OUT MS                pad / trim to an exact length
exactlen() {
  local n want=$(($3 * SPR))
  n=$(soxi -s "$1")
  if ((n < want)); then fx "$1" "$2" pad 0 "$((want - n))s"; else fx "$1" "$2" trim 0s "${want}s"; fi
}

# to_rms IN OUT DB                  set the RMS level
to_rms() { fx "$1" "$2" gain "$(calc "$3 - ($(rms_db "$1"))")"; }

rms_db() {
  sox "$1" -n stat 2>&1 | awk '/^RMS +amplitude/ { r = $3; print (r > 0 ? 20 * log(r) / log(10) : -200) }'
}

# ----------------------------------------------------------------------------
# The sounds. Each writes $RAW/<name>.wav; finishing (levels, edges) is done later.
# ----------------------------------------------------------------------------

snd_phone_ring() {       # ~2 s burst of a classic electronic two-tone trill (US cadence: 2 s on)
  local o=$RAW/phone-ring.wav a b
  newf; a=$REPLY; newf; b=$REPLY
  # two tones, alternately gated 20 times a second with soft-edged (trapezium) gates
  gen "$a" synth 1.95 triangle 1040 vol 0.5 synth 1.95 trapezium amod 20 0 0 8 42 50
  gen "$b" synth 1.95 triangle 1300 vol 0.5 synth 1.95 trapezium amod 20 0 50 8 42 50
  begin; layer 0.5 "$a"; layer 0.5 "$b"
  # small-speaker band, a little bell-like flutter, soft start and end
  bounce "$o" highpass 450 lowpass 4500 tremolo 6 15 fade h 0.02 -0 0.08
}

snd_phone_pickup() {     # hook switch + handset clack
  begin
  click 0.9 0     0.025 900 7000
  thump 0.6 0     0.07  180 80
  click 0.5 0.075 0.030 1500 6000
  thump 0.3 0.075 0.05  240 120
  bounce "$RAW/phone-pickup.wav" pad 0 0.05
}

snd_phone_hangup() {     # handset clunk, then a short disconnect tone
  begin
  click 0.8 0    0.035 600 6000
  thump 0.9 0    0.11  150 60
  part 0.25 0.18 0.32 2 sine 480 bandpass 1000 3o
  part 0.25 0.18 0.32 2 sine 620 bandpass 1000 3o
  bounce "$RAW/phone-hangup.wav" highpass 60
}

snd_hold_music() {       # 8 s loop: 4 bars at 120 bpm, plucked tune + soft bass, squeezed through a phone line
  local e=0.25 t=0 semi len pair
  begin
  # melody: semitone (relative to A4) : length in eighths
  for pair in 7:2 10:2 15:2 10:1 7:1   8:2 12:2 10:2 5:2   7:2 3:1 7:1 12:2 10:1 8:1   7:2 5:2 3:4; do
    semi=${pair%%:*}; len=$(calc "${pair##*:} * $e")
    part 0.30 "$t" "$(calc "$len + 0.04")" 1.6 pluck "$(hz "$semi")"
    part 0.06 "$t" "$(calc "$len + 0.04")" 0.5 square "$(hz "$semi")" lowpass 2500
    t=$(calc "$t + $len")
  done
  t=0
  # bass line, half notes
  for semi in -21 -26 -28 -26 -24 -28 -26 -21; do
    part 0.22 "$t" 0.98 1.2 triangle "$(hz "$semi")"
    t=$(calc "$t + 1")
  done
  local m; newf; m=$REPLY
  bounce "$m" sinc 300-3400 tremolo 0.5 6
  exactlen "$m" "$RAW/hold-music.wav" 8000
}

snd_chat_ping() {        # soft two-partial ping
  begin
  part 0.5 0 0.45 0.45 sine "$(hz 19)"        # E6
  part 0.12 0 0.45 0.2 sine "$(hz 31)"        # E7
  part 0.15 0 0.04 0.04 sine "$(hz 14)"       # tiny B5 grace at the attack
  bounce "$RAW/chat-ping.wav" lowpass 5000
}

# tap VOL START CENTRE_HZ             one soft keyboard key tap
tap() {
  local vol=$1 start=$2 c=$3
  click "$vol" "$start" 0.022 "$(calc "$c * 0.5")" "$(calc "$c * 1.3")"
  thump "$(calc "$vol * 0.45")" "$start" 0.03 380 240
}

snd_chat_typing() {      # 1.5 s loop of soft typing; taps spaced so the loop rhythm is even
  local t c v i=0 cs=(2000 2500 1800 2800 2200) vs=(0.9 0.7 1.0 0.8 0.6 0.85 0.75)
  begin
  for t in 0.02 0.14 0.25 0.41 0.50 0.63 0.79 0.88 1.02 1.12 1.26 1.37; do
    c=${cs[$((i % 5))]}; v=${vs[$((i % 7))]}; i=$((i + 1))
    tap "$v" "$t" "$c"
  done
  local m; newf; m=$REPLY
  bounce "$m" sinc -5000
  exactlen "$m" "$RAW/chat-typing.wav" 1500
}

snd_email_arrive() {     # two-note "new mail" chime, G5 then C6
  begin
  bell 0.5 0    0.55 "$(hz 10)"
  bell 0.5 0.13 0.75 "$(hz 15)"
  bounce "$RAW/email-arrive.wav" lowpass 9000
}

snd_shop_door() {        # small shop bell over the door: ding, and a softer swing-back ding
  begin
  bell 0.55 0    1.3 2093
  bell 0.25 0.16 1.1 2093
  bell 0.12 0.31 0.8 2093
  bounce "$RAW/shop-door.wav" highpass 300
}

# murmur OUT SECONDS SKIP             crowd murmur: speech-band noise with slow, overlapping "syllable" swells
#   all tremolo rates are multiples of 1/8 Hz, so the swells repeat exactly every 8 s
murmur() {
  local out=$1 secs=$2 skip=$3 a b c d e
  newf; a=$REPLY; newf; b=$REPLY; newf; c=$REPLY; newf; d=$REPLY; newf; e=$REPLY
  noisebed "$a" "$secs" pinknoise "$skip"                bandpass 320 1o  tremolo 2.25 70  tremolo 0.625 40
  noisebed "$b" "$secs" pinknoise "$(calc "$skip + 11")" bandpass 650 1o  tremolo 3.125 75 tremolo 1.375 45
  noisebed "$c" "$secs" pinknoise "$(calc "$skip + 23")" bandpass 1200 1o tremolo 4.375 70 tremolo 0.875 50
  noisebed "$d" "$secs" pinknoise "$(calc "$skip + 37")" bandpass 2400 1o tremolo 5.625 60 tremolo 1.125 40
  noisebed "$e" "$secs" brownnoise "$(calc "$skip + 41")" lowpass 400 highpass 60
  begin; layer 0.35 "$a"; layer 0.35 "$b"; layer 0.25 "$c"; layer 0.10 "$d"; layer 0.12 "$e"
  bounce "$out" highpass 100 lowpass 4000
}

snd_shop_murmur() {      # 8 s seamless crowd-murmur loop
  local m; newf; m=$REPLY
  murmur "$m" 9 0
  seamless "$m" "$RAW/shop-murmur.wav" 8000 1000
}

snd_ui_click() {         # very short tick
  begin
  part 0.6 0 0.012 0.012 sine 3200
  click 0.4 0 0.008 2500 9000
  bounce "$RAW/ui-click.wav" pad 0 0.005
}

snd_ui_confirm() {       # short pleasant two-step blip, C6 -> G6
  begin
  part 0.5 0    0.075 0.4 sine "$(hz 15)"
  part 0.1 0    0.075 0.2 triangle "$(hz 15)"
  part 0.5 0.07 0.16  0.3 sine "$(hz 22)"
  part 0.1 0.07 0.16  0.15 triangle "$(hz 22)"
  bounce "$RAW/ui-confirm.wav" lowpass 6000
}

snd_mood_up() {          # rising, tense: two slightly clashing saws sweeping up with a nervous flutter
  local a b
  newf; a=$REPLY; newf; b=$REPLY
  gen "$a" synth 0.6 sawtooth 196/294 vol 0.4
  gen "$b" synth 0.6 sawtooth 208/311 vol 0.4
  begin; layer 0.6 "$a"; layer 0.4 "$b"
  bounce "$RAW/mood-up.wav" lowpass 1600 highpass 120 tremolo 11 35 fade h 0.06 -0 0.12
}

snd_mood_down() {        # falling, softer: a rounded triangle gliding down a fifth
  local a
  newf; a=$REPLY
  gen "$a" synth 0.7 triangle 659:440 vol 0.4   # (SoX 14.4.2 mis-renders falling "/" triangle sweeps)
  begin; layer 1 "$a"
  bounce "$RAW/mood-down.wav" lowpass 1500 fade h 0.04 -0 0.6
}

snd_ending_resolved() {  # pleasant major arpeggio C5 E5 G5 C6
  begin
  note 0.30 0    0.40 1.0 3
  note 0.30 0.11 0.40 1.0 7
  note 0.30 0.22 0.40 1.0 10
  note 0.35 0.33 1.00 1.2 15
  bounce "$RAW/ending-resolved.wav"
}

snd_ending_escalated() { # neutral open fifth: G4 then D5
  begin
  note 0.4 0    0.40 1.0 -2
  note 0.4 0.32 0.65 1.0 5
  bounce "$RAW/ending-escalated.wav"
}

snd_ending_lost() {      # descending A-minor notes E5 C5 A4, darker tone
  local n=0 semi start
  begin
  for semi in 7 3 0; do
    start=$(calc "$n * 0.3")
    part 0.35 "$start" "$([ $n -eq 2 ] && echo 0.9 || echo 0.34)" 1.4 triangle "$(hz "$semi")" lowpass 1800
    part 0.15 "$start" "$([ $n -eq 2 ] && echo 0.9 || echo 0.34)" 1.0 sine "$(hz $((semi - 12)))"
    n=$((n + 1))
  done
  bounce "$RAW/ending-lost.wav"
}

snd_ending_ended() {     # flat click-tone: a click and an even, unmelodic beep
  local a
  newf; a=$REPLY
  gen "$a" synth 0.28 square 330 vol 0.3 lowpass 700 lowpass 900 fade h 0.008 -0 0.22 pad 0.03
  begin
  click 0.6 0 0.02 1200 7000
  layer 0.5 "$a"
  bounce "$RAW/ending-ended.wav"
}

snd_ambient_phone() {    # office: air-conditioning rumble, faint fluorescent/mains buzz (100 Hz: 800 whole cycles in 8 s)
  local air hiss hum air8 m
  newf; air=$REPLY; newf; hiss=$REPLY; newf; hum=$REPLY; newf; air8=$REPLY; newf; m=$REPLY
  noisebed "$air"  9 brownnoise 101 lowpass 300 highpass 40
  noisebed "$hiss" 9 pinknoise  113 lowpass 1800 highpass 200
  begin; layer 0.6 "$air"; layer 0.4 "$hiss"
  bounce "$m"
  seamless "$m" "$air8" 8000 1000
  gen "$hum" synth 8 sawtooth 100 vol 0.3 lowpass 700 highpass 90
  begin; layer 1 "$air8"; layer 0.04 "$hum"
  bounce "$RAW/ambient-phone.wav"
}

snd_ambient_email() {    # quiet room tone with a faint, occasional run of typing
  local room room8 keys m t c i=0 cs=(2400 3000 2700 3400)
  newf; room=$REPLY; newf; room8=$REPLY; newf; keys=$REPLY; newf; m=$REPLY
  noisebed "$room" 9 pinknoise 211 lowpass 1500 highpass 50
  seamless "$room" "$room8" 8000 1000
  begin
  for t in 1.20 1.33 1.45 1.62 1.71 1.86 2.02 2.11 2.40 2.52 2.66 \
           5.10 5.21 5.37 5.49 5.58 5.80 5.93; do
    c=${cs[$((i % 4))]}; i=$((i + 1))
    tap "$(calc "0.6 + 0.1 * (i % 3)")" "$t" "$c"
  done
  bounce "$keys" sinc -5000
  exactlen "$keys" "$m" 8000
  to_rms "$room8" "$room" "$AMB_RMS_DB"       # room at the bed level ...
  fx "$m" "$keys" gain -n "$(calc "$AMB_RMS_DB + 8")"   # ... faint taps peaking a little above it
  begin; layer 1 "$room"; layer 1 "$keys"
  bounce "$RAW/ambient-email.wav"
}

snd_ambient_chat() {     # quiet room tone: soft air and a faint computer-fan hum (60 Hz and 120 Hz: whole cycles in 8 s)
  local room room8 fan
  newf; room=$REPLY; newf; room8=$REPLY; newf; fan=$REPLY
  noisebed "$room" 9 pinknoise 307 lowpass 2500 highpass 80
  seamless "$room" "$room8" 8000 1000
  newf; local f1=$REPLY; newf; local f2=$REPLY
  gen "$f1" synth 8 sine 60 vol 0.5
  gen "$f2" synth 8 sine 120 vol 0.5
  begin; layer 1 "$f1"; layer 0.6 "$f2"
  bounce "$fan"
  begin; layer 1 "$room8"; layer 0.02 "$fan"
  bounce "$RAW/ambient-chat.wav"
}

# ----------------------------------------------------------------------------
# Sprite order and levels:  name  kind  level_dB
#   fx    one-shot: peak-normalised to level, 0.5 ms fade in / 5 ms fade out, padded to whole ms
#   loop  loop that starts/ends in near-silence (music, typing): peak-normalised, 2 ms edge fades
#   amb   ambience loop: RMS-normalised to level, no edge fades (seamless)
# ambient-inperson reuses shop-murmur, so it has no entry of its own.
# ----------------------------------------------------------------------------
SOUNDS=(
  "phone-ring        fx   $FX_PEAK_DB"
  "phone-pickup      fx   $FX_PEAK_DB"
  "phone-hangup      fx   $FX_PEAK_DB"
  "hold-music        loop $FX_PEAK_DB"
  "chat-ping         fx   $SOFT_PEAK_DB"
  "chat-typing       loop $SOFT_PEAK_DB"
  "email-arrive      fx   $FX_PEAK_DB"
  "shop-door         fx   $FX_PEAK_DB"
  "shop-murmur       amb  $AMB_RMS_DB"
  "ui-click          fx   $SOFT_PEAK_DB"
  "ui-confirm        fx   $FX_PEAK_DB"
  "mood-up           fx   $FX_PEAK_DB"
  "mood-down         fx   $SOFT_PEAK_DB"
  "ending-resolved   fx   $FX_PEAK_DB"
  "ending-escalated  fx   $FX_PEAK_DB"
  "ending-lost       fx   $FX_PEAK_DB"
  "ending-ended      fx   $FX_PEAK_DB"
  "ambient-phone     amb  $AMB_RMS_DB"
  "ambient-email     amb  $AMB_RMS_DB"
  "ambient-chat      amb  $AMB_RMS_DB"
)

finish() {
  local name=$1 kind=$2 level=$3 in=$RAW/$1.wav out=$FIN/$1.wav n
  case $kind in
    fx)
      fx "$in" "$out" highpass 20 fade h 0.0005 -0 0.005 gain -n "$level"
      n=$(soxi -s "$out")
      if ((n % SPR)); then
        local t=$WORK/pad.wav
        fx "$out" "$t" pad 0 "$((SPR - n % SPR))s"
        mv "$t" "$out"
      fi
      ;;
    loop)
      # these loops start and end in (near) silence, so 2 ms edge fades cannot cause a dip
      fx "$in" "$out" fade h 0.002 -0 0.002 gain -n "$level"
      ;;
    amb)
      to_rms "$in" "$out" "$level"
      ;;
    *) echo "bad kind $kind" >&2; exit 1 ;;
  esac
  n=$(soxi -s "$out")
  if ((n % SPR)); then
    echo "make-sounds: $name is $n samples, not a whole number of ms" >&2
    exit 1
  fi
}

WORK="" CHECK_TMP=""
cleanup() { rm -rf "${WORK:-}" "${CHECK_TMP:-}"; }
trap cleanup EXIT

build() {
  WORK=$(mktemp -d "${TMPDIR:-/tmp}/hotseat-sounds.XXXXXX")
  RAW=$WORK/raw FIN=$WORK/fin
  mkdir -p "$RAW" "$FIN" "$OUT_DIR"

  local entry name kind level fn
  for entry in "${SOUNDS[@]}"; do
    read -r name kind level <<<"$entry"
    fn="snd_${name//-/_}"
    echo "make-sounds: synthesising $name"
    "$fn"
    finish "$name" "$kind" "$level"
  done

  # Assemble the sprite: GAP, sound, GAP, sound, ..., GAP
  local gap=$WORK/gap.wav parts=() off=0 dur n json="" sep=""
  gen "$gap" trim 0s "$((GAP_MS * SPR))s"
  for entry in "${SOUNDS[@]}"; do
    read -r name kind level <<<"$entry"
    parts+=("$gap" "$FIN/$name.wav")
    off=$((off + GAP_MS))
    n=$(soxi -s "$FIN/$name.wav")
    dur=$((n / SPR))
    if [[ $kind == fx ]]; then
      json+="$sep    \"$name\": [$off, $dur]"
    else
      json+="$sep    \"$name\": [$off, $dur, true]"
    fi
    sep=$',\n'
    off=$((off + dur))
  done
  parts+=("$gap")
  off=$((off + GAP_MS))
  "${SOX[@]}" "${parts[@]}" "${F[@]}" "$WORK/sprite.wav"
  n=$(soxi -s "$WORK/sprite.wav")
  if ((n != off * SPR)); then
    echo "make-sounds: sprite length mismatch ($n samples, expected $((off * SPR)))" >&2
    exit 1
  fi

  echo "make-sounds: encoding ($((off / 1000)).$(printf '%03d' $((off % 1000))) s of audio)"
  local common=(-hide_banner -loglevel error -y -i "$WORK/sprite.wav"
                -map_metadata -1 -ac 1 -ar "$RATE" -fflags +bitexact -flags:a +bitexact)
  ffmpeg "${common[@]}" -c:a libopus -b:a "$OPUS_BITRATE" -vbr constrained -application audio \
    -f webm "$WORK/sfx.webm"
  ffmpeg "${common[@]}" -c:a libmp3lame -b:a "$MP3_BITRATE" -f mp3 "$WORK/sfx.mp3"
  printf '{\n  "sprite": {\n%s\n  }\n}\n' "$json" >"$WORK/sfx.json"

  mv -f "$WORK/sfx.webm" "$WORK/sfx.mp3" "$WORK/sfx.json" "$OUT_DIR/"
  if [[ -n ${KEEP_WAV:-} ]]; then   # debugging aid: keep the uncompressed master and the single sounds
    mkdir -p "$KEEP_WAV" && cp "$WORK/sprite.wav" "$FIN"/*.wav "$KEEP_WAV/"
  fi
  echo "make-sounds: wrote public/audio/sfx.webm, sfx.mp3, sfx.json"
}

# ----------------------------------------------------------------------------
# Checks: sizes, durations, and per-segment peak / RMS of the *encoded* files
# ----------------------------------------------------------------------------
check() {
  local f fail=0
  for f in sfx.webm sfx.mp3 sfx.json; do
    [[ -s $OUT_DIR/$f ]] || { echo "make-sounds: missing $OUT_DIR/$f" >&2; exit 1; }
  done
  CHECK_TMP=$(mktemp -d "${TMPDIR:-/tmp}/hotseat-check.XXXXXX")
  local tmp=$CHECK_TMP
  echo
  printf '%-10s %9s %10s  %s\n' file bytes seconds codec
  for f in sfx.webm sfx.mp3; do
    local bytes secs codec
    bytes=$(wc -c <"$OUT_DIR/$f")
    secs=$(ffprobe -v error -show_entries format=duration -of default=nw=1:nk=1 "$OUT_DIR/$f")
    codec=$(ffprobe -v error -select_streams a:0 -show_entries stream=codec_name,sample_rate,channels,bit_rate \
              -of compact=p=0:nk=0 "$OUT_DIR/$f")
    printf '%-10s %9s %10s  %s\n' "$f" "$bytes" "$secs" "$codec"
    ffmpeg -hide_banner -loglevel error -y -i "$OUT_DIR/$f" -ac 1 -ar "$RATE" -c:a pcm_f32le "$tmp/${f%.*}-${f##*.}.wav"
  done

  # sprite entries from the JSON (one per line: "name": [off, dur(, true)])
  local entries
  entries=$(awk -F'[][":, ]+' '/: *\[/ { print $2, $3, $4, ($5 == "true" ? "loop" : "once") }' "$OUT_DIR/sfx.json")
  echo
  printf '%-18s %7s %6s %5s  %16s  %16s\n' name offset ms type "webm peak/rms dB" "mp3 peak/rms dB"
  local name off dur type
  while read -r name off dur type; do
    local cols=()
    for f in sfx-webm sfx-mp3; do
      local st pk rms
      st=$(sox "$tmp/$f.wav" -n trim "$((off * SPR))s" "$((dur * SPR))s" stat 2>&1)
      pk=$(awk '/^Maximum amplitude/ {a=$3} /^Minimum amplitude/ {b=-$3} END {m=(a>b?a:b); print (m>0?20*log(m)/log(10):-200)}' <<<"$st")
      rms=$(awk '/^RMS +amplitude/ {r=$3; print (r>0?20*log(r)/log(10):-200)}' <<<"$st")
      cols+=("$(printf '%6.1f / %6.1f' "$pk" "$rms")")
      if awk -v p="$pk" 'BEGIN { exit !(p < -40) }'; then
        echo "make-sounds: $name in $f looks silent (peak $pk dBFS)" >&2; fail=1
      fi
      if awk -v p="$pk" 'BEGIN { exit !(p > -0.1) }'; then
        echo "make-sounds: $name in $f looks clipped (peak $pk dBFS)" >&2; fail=1
      fi
    done
    printf '%-18s %7s %6s %5s  %16s  %16s\n' "$name" "$off" "$dur" "$type" "${cols[0]}" "${cols[1]}"
  done <<<"$entries"
  rm -rf "$tmp"
  if ((fail)); then echo "make-sounds: checks FAILED" >&2; exit 1; fi
  echo
  echo "make-sounds: checks passed (no silent or clipped segment)"
}

check_tools
if [[ ${1:-} != --check ]]; then
  build
fi
check
