#!/usr/bin/env bash
# Regenerates the shipped DejaVu subsets from Debian's fonts-dejavu-core (2.37) with fontTools' pyftsubset
# (Debian package "fonttools"). Why subsets: Skia's PDF backend, as SkiaSharp builds it, embeds every font
# whole; the full faces made each report ~1 MB and cost ~200 ms per face per render. The subsets keep Latin-1,
# Latin Extended-A, basic Greek, typographic punctuation, currency and the few symbols reports use, with every
# OpenType layout feature (kerning, marks) and the full name table (copyright and licence strings).
# Characters outside this set are drawn as the .notdef box.
set -euo pipefail
src=${1:-/usr/share/fonts/truetype/dejavu}
here=$(cd "$(dirname "$0")" && pwd)
unicodes="U+0020-007E,U+00A0-017F,U+0391-03A9,U+03B1-03C9,U+2010-2027,U+2030-203A,U+2044,U+20AC,U+20BF,U+2122,\
U+2190-2199,U+2212,U+2248,U+2260,U+2264,U+2265,U+221E,U+2022,U+25A0,U+25B2,U+25B6,U+25BC,U+25C0,U+25CF,U+2713,U+2717,U+FFFD"
for face in DejaVuSans DejaVuSans-Bold DejaVuSerif DejaVuSerif-Bold; do
  pyftsubset "$src/$face.ttf" --unicodes="$unicodes" --layout-features='*' --name-IDs='*' --name-languages='*' \
    --name-legacy --notdef-outline --output-file="$here/$face.ttf"
done
