// Reads the PNG screenshots browsers write (8-bit RGB or RGBA, not interlaced), so tests in
// any engine can look at pixels without a browser's image decoder.
import zlib from 'node:zlib';

export function decodePng(buffer) {
  let pos = 8;
  let width = 0, height = 0, channels = 0;
  const idat = [];
  while (pos < buffer.length) {
    const length = buffer.readUInt32BE(pos);
    const type = buffer.toString('latin1', pos + 4, pos + 8);
    const body = buffer.subarray(pos + 8, pos + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const depth = body[8], colour = body[9], interlace = body[12];
      if (depth !== 8 || interlace !== 0 || (colour !== 2 && colour !== 6)) throw new Error(`unsupported PNG (depth ${depth}, colour ${colour})`);
      channels = colour === 6 ? 4 : 3;
    } else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    pos += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = Buffer.alloc(width * height * 4);
  const prev = Buffer.alloc(stride), line = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    raw.copy(line, 0, y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? line[i - channels] : 0, b = prev[i], c = i >= channels ? prev[i - channels] : 0;
      let p = 0;
      if (filter === 1) p = a;
      else if (filter === 2) p = b;
      else if (filter === 3) p = (a + b) >> 1;
      else if (filter === 4) {
        const pa = Math.abs(b - c), pb = Math.abs(a - c), pc = Math.abs(a + b - 2 * c);
        p = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      line[i] = (line[i] + p) & 255;
    }
    line.copy(prev);
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4;
      out[o] = line[x * channels];
      out[o + 1] = line[x * channels + 1];
      out[o + 2] = line[x * channels + 2];
      out[o + 3] = channels === 4 ? line[x * channels + 3] : 255;
    }
  }
  return { width, height, data: out };
}

// Distinct colours and the share of dark ("ink") pixels: a blank canvas has a handful of
// colours and no ink.
export function inkStats(img) {
  const colours = new Set();
  let dark = 0;
  for (let i = 0; i < img.data.length; i += 4) {
    colours.add((img.data[i] << 16) | (img.data[i + 1] << 8) | img.data[i + 2]);
    if (img.data[i] + img.data[i + 1] + img.data[i + 2] < 300) dark++;
  }
  return { colours: colours.size, darkShare: dark / (img.width * img.height) };
}

// How far two screenshots differ, over the area they share: the mean difference per
// channel (0-255) and the share of pixels where some channel differs by more than 48
// (anti-aliasing moves edges by a level or two; a misplaced word differs by far more).
export function difference(a, b) {
  const w = Math.min(a.width, b.width), h = Math.min(a.height, b.height);
  let sum = 0, far = 0;
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const i = (y * a.width + x) * 4, j = (y * b.width + x) * 4;
      let worst = 0;
      for (let k = 0; k < 3; k++) {
        const d = Math.abs(a.data[i + k] - b.data[j + k]);
        sum += d;
        worst = Math.max(worst, d);
      }
      if (worst > 48) far++;
    }
  return { mean: sum / (w * h * 3), farShare: far / (w * h), width: w, height: h };
}
