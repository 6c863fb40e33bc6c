#!/usr/bin/env bash
# Rebuilds the fonts embedded in Volunteers.Core from Debian's packages. The results are
# committed, so a build needs none of this; run it only to refresh or widen the fonts.
#   apt-get install -y fonts-wqy-microhei fonts-hanazono python3-fonttools
set -euo pipefail
cd "$(dirname "$0")"
# Debian's fontTools lives with Debian's python, not with whatever python3 comes first on PATH.
py=/usr/bin/python3

# PDFsharp cannot read a .ttc collection: face 0 is WenQuanYi Micro Hei (1 is its Mono cut).
"$py" -c "
from fontTools.ttLib import TTCollection
TTCollection('/usr/share/fonts/truetype/wqy/wqy-microhei.ttc').fonts[0].save('WenQuanYiMicroHei.ttf')"

# The fallback for rare name characters: CJK Extension A, and every Extension B-F character
# HanaMinA carries (3,108 of them). Those include all 196 Extension B+ characters of the
# 通用规范汉字表 (Unihan kTGH) and all 1,904 of Unihan's kUnihanCore2020, so HanaMinB, whose
# other 40,000 Extension B glyphs would add about 22 MB, is not shipped.
# Hinting, vertical metrics and layout tables are dropped: PDF viewers do not use them here.
"$py" -m fontTools.subset /usr/share/fonts/truetype/hanazono/HanaMinA.ttf \
  --unicodes=U+3400-4DBF,U+20000-323AF --no-hinting --layout-features='' \
  --drop-tables+=vhea,vmtx,BASE,FFTM,prop,GDEF,GSUB --name-IDs='*' \
  --output-file=HanaMinA-Rare.ttf

cp /usr/share/doc/fonts-wqy-microhei/copyright WenQuanYiMicroHei.LICENSE.txt
{
  echo "HanaMinA-Rare.ttf is a subset of HanaMinA.ttf (Hanazono font, GlyphWiki Project), made by"
  echo "extract.sh. The font is offered under the Hanazono Font License or the SIL OFL 1.1; this"
  echo "modified copy is distributed under the Hanazono Font License, which places no condition on"
  echo "modified versions. Debian's copyright file for fonts-hanazono follows."
  echo
  cat /usr/share/doc/fonts-hanazono/copyright
} > HanaMinA-Rare.LICENSE.txt
ls -l ./*.ttf
