# Called by extract.sh: the Noto Sans CJK SC subset for rare name characters, as TrueType.
# Face 2 of Debian's Noto Sans CJK Regular collection is the Simplified Chinese cut (SC). Its outlines are CFF, which PDFsharp
# cannot embed, so the subset is redrawn as TrueType quadratic outlines (fontTools' cu2qu), as fontTools' otf2ttf snippet does.
import sys
from fontTools.ttLib import TTCollection, newTable
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools import subset

font = TTCollection('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc').fonts[2]
options = subset.Options()
options.hinting = False
options.layout_features = []
options.drop_tables += ['vhea', 'vmtx', 'VORG', 'BASE', 'GDEF', 'GPOS', 'GSUB']
options.name_IDs = ['*']
options.notdef_outline = True
subsetter = subset.Subsetter(options)
subsetter.populate(unicodes=list(range(0x3400, 0x4DC0)) + list(range(0x20000, 0x323B0)))
subsetter.subset(font)

order = font.getGlyphOrder()
glyphs = font.getGlyphSet()
glyf = newTable('glyf')
glyf.glyphOrder = order
glyf.glyphs = {}
for name in order:
    pen = TTGlyphPen(glyphs)
    glyphs[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
    glyf[name] = pen.glyph()
font['loca'] = newTable('loca')
font['glyf'] = glyf
del font['CFF ']
maxp = font['maxp']
maxp.tableVersion = 0x00010000
for field in ('maxZones',):
    setattr(maxp, field, 1)
for field in ('maxTwilightPoints', 'maxStorage', 'maxFunctionDefs', 'maxInstructionDefs', 'maxStackElements',
              'maxSizeOfInstructions', 'maxComponentElements', 'maxComponentDepth'):
    setattr(maxp, field, 0)
font['head'].glyphDataFormat = 0
post = font['post']
post.formatType = 3.0
post.extraNames = []
post.mapping = {}
font.sfntVersion = '\x00\x01\x00\x00'
font.save(sys.argv[1])
