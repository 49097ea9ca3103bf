# Converts a CFF-outline OpenType font (Inter in Debian is OTF) to TrueType outlines.
# Dear ImGui's rasterizer (stb_truetype) draws quadratic TrueType glyphs about a third faster
# than CFF ones, and the font atlas is built on the way to the first frame.
#   python3 otf_to_ttf.py IN.otf OUT.ttf
import sys
from fontTools.ttLib import TTFont, newTable
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
src, dst = sys.argv[1], sys.argv[2]
font = TTFont(src)
order = font.getGlyphOrder()
gs = font.getGlyphSet()
glyf = newTable('glyf'); glyf.glyphOrder = order; glyf.glyphs = {}
for name in order:
    pen = TTGlyphPen(None)
    gs[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
    glyf.glyphs[name] = pen.glyph()
font['glyf'] = glyf
font['loca'] = newTable('loca')
del font['CFF ']
if 'VORG' in font: del font['VORG']
maxp = font['maxp']; maxp.tableVersion = 0x00010000
for a in ('maxZones','maxTwilightPoints','maxStorage','maxFunctionDefs','maxInstructionDefs','maxStackElements','maxSizeOfInstructions','maxComponentElements'):
    setattr(maxp, a, 0)
maxp.maxZones = 1
font['head'].glyphDataFormat = 0
font['post'].formatType = 2.0; font['post'].extraNames = []; font['post'].mapping = {}; font['post'].glyphOrder = order
font.sfntVersion = '\x00\x01\x00\x00'
font.save(dst)
