#!/usr/bin/env bash
# Hot Seat — synthesise the recorded customer lines that scenarios name in `voice:`.
#
# Voices are made with espeak-ng (no recordings, no third-party assets) and encoded as small mono
# MP3 files, which every browser plays. Run again after changing a line's text.
# Needs (Debian/Ubuntu): sudo apt-get install -y espeak-ng ffmpeg
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/public/audio/voice"
for tool in espeak-ng ffmpeg; do
  command -v "$tool" >/dev/null || { echo "make-voices: '$tool' is missing; install it with: sudo apt-get install -y espeak-ng ffmpeg" >&2; exit 1; }
done
mkdir -p "$OUT"

# voice <file name> <espeak voice> <pitch> <words per minute> <text>
voice() {
  local name=$1 ev=$2 pitch=$3 wpm=$4 text=$5 wav
  wav=$(mktemp --suffix=.wav)
  espeak-ng -v "$ev" -p "$pitch" -s "$wpm" -a 160 -w "$wav" "$text"
  ffmpeg -loglevel error -y -i "$wav" -ac 1 -ar 22050 -b:a 32k -bitexact -map_metadata -1 "$OUT/$name.mp3"
  rm -f "$wav"
  echo "wrote public/audio/voice/$name.mp3"
}

# late-delivery, node 'opening' (English): Mr Smith, still venting.
voice late-delivery-opening-en en-gb+m3 38 175 \
  "Two days! My order was supposed to be here on Monday, it's Wednesday now, and nobody has told me a thing. No call, no e-mail, nothing! I stayed in all day Monday waiting for it."
