#!/usr/bin/env bash
# Rebuilds the fonts embedded in Volunteers.Core from Debian's packages. The results are
# committed, so a build needs none of this; run it only to refresh or widen the fonts.
#   apt-get install -y fonts-wqy-microhei fonts-noto-cjk fonts-hanazono python3-fonttools
set -euo pipefail
cd "$(dirname "$0")"
# Debian's fontTools lives with Debian's python, not with whatever python3 comes first on PATH.
py=/usr/bin/python3

# PDFsharp cannot read a .ttc collection: face 0 is WenQuanYi Micro Hei (1 is its Mono cut).
"$py" -c "
from fontTools.ttLib import TTCollection
TTCollection('/usr/share/fonts/truetype/wqy/wqy-microhei.ttc').fonts[0].save('WenQuanYiMicroHei.ttf')"

# Rare name characters in a sans face beside WenQuanYi Micro Hei: Noto Sans CJK SC Regular's CJK Extension A
# (6,582 characters, 䶮 among them) and Extension B-F (2,365, 𠮷 among them), redrawn as TrueType.
"$py" noto-sans-rare.py NotoSansSC-Rare.ttf

# The last fallback: the Extension A-F characters HanaMinA has and Noto Sans CJK SC lacks (a serif, Mincho face). With Noto
# they cover all 196 Extension B+ characters of the 通用规范汉字表 (Unihan kTGH) and all 1,904 of Unihan's kUnihanCore2020,
# so HanaMinB, whose other 40,000 Extension B glyphs would add about 22 MB, is not shipped.
# Basic Latin comes too: PDFsharp reads a font's metrics through its BMP map (x and H), and without one it fails.
# Hinting, vertical metrics and layout tables are dropped: PDF viewers do not use them here.
rest=$(mktemp)
trap 'rm -f "$rest"' EXIT
"$py" -c "
from fontTools.ttLib import TTFont
noto = TTFont('NotoSansSC-Rare.ttf').getBestCmap()
hana = TTFont('/usr/share/fonts/truetype/hanazono/HanaMinA.ttf').getBestCmap()
rare = lambda u: 0x3400 <= u <= 0x4DBF or 0x20000 <= u <= 0x323AF
print('\n'.join(['U+20-7E'] + ['U+%X' % u for u in sorted(hana) if rare(u) and u not in noto]))" > "$rest"
"$py" -m fontTools.subset /usr/share/fonts/truetype/hanazono/HanaMinA.ttf \
  --unicodes-file="$rest" --no-hinting --layout-features='' \
  --drop-tables+=vhea,vmtx,BASE,FFTM,prop,GDEF,GSUB --name-IDs='*' \
  --output-file=HanaMinA-Rare.ttf

cp /usr/share/doc/fonts-wqy-microhei/copyright WenQuanYiMicroHei.LICENSE.txt
{
  echo "NotoSansSC-Rare.ttf is a subset of Noto Sans CJK SC Regular (NotoSansCJK-Regular.ttc, face 2), its CFF"
  echo "outlines converted to TrueType, made by extract.sh and noto-sans-rare.py. The font is licensed under the"
  echo "SIL Open Font License 1.1, which allows modified versions under the same licence; this modified copy keeps"
  echo "the font's own names. Debian's copyright file for fonts-noto-cjk follows."
  echo
  cat /usr/share/doc/fonts-noto-cjk/copyright
} > NotoSansSC-Rare.LICENSE.txt
{
  echo "HanaMinA-Rare.ttf is a subset of HanaMinA.ttf (Hanazono font, GlyphWiki Project), made by"
  echo "extract.sh. The font is offered under the Hanazono Font License or the SIL OFL 1.1; this"
  echo "modified copy is distributed under the Hanazono Font License, which places no condition on"
  echo "modified versions. Debian's copyright file for fonts-hanazono follows."
  echo
  cat /usr/share/doc/fonts-hanazono/copyright
} > HanaMinA-Rare.LICENSE.txt
ls -l ./*.ttf
