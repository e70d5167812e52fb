// Just enough PNG reading to tell a real export from a broken or blank one, without a decoder
// dependency: chunk structure and CRCs, the header, and whether any pixel differs from the
// background. Works on a prefix of a file too (the bare page sends only its first megabytes).
import { constants, crc32, inflateSync } from "node:zlib";

export interface PngReport {
  /** Signature, chunk CRCs, IHDR first and (for a whole file) IEND last are all right. */
  valid: boolean;
  width: number;
  height: number;
  /** Pixels that differ from the top-left (background) pixel, counted until `enoughInk`. */
  inkPixels: number;
  /** Rows decoded to find that ink. */
  rowsChecked: number;
  problem?: string;
}

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

export function inspectPng(
  buf: Buffer,
  { partial = false, enoughInk = 1000 }: { partial?: boolean; enoughInk?: number } = {},
): PngReport {
  const report: PngReport = { valid: false, width: 0, height: 0, inkPixels: 0, rowsChecked: 0 };
  const fail = (problem: string) => ({ ...report, valid: false, problem });
  if (buf.length < 33 || !buf.subarray(0, 8).equals(SIGNATURE)) return fail("not a PNG signature");

  const idat: Buffer[] = [];
  let bitDepth = 0;
  let colorType = 0;
  let interlace = 0;
  let sawEnd = false;
  for (let at = 8; at + 8 <= buf.length;) {
    const length = buf.readUInt32BE(at);
    const type = buf.toString("latin1", at + 4, at + 8);
    const dataEnd = at + 8 + length;
    if (dataEnd + 4 > buf.length) {
      if (!partial) return fail(`chunk ${type} is cut short`);
      if (type === "IDAT") idat.push(buf.subarray(at + 8, Math.min(dataEnd, buf.length)));
      break;
    }
    if (crc32(buf.subarray(at + 4, dataEnd)) !== buf.readUInt32BE(dataEnd)) {
      return fail(`chunk ${type} has a bad CRC`);
    }
    if (at === 8 && type !== "IHDR") return fail("IHDR is not the first chunk");
    if (type === "IHDR") {
      report.width = buf.readUInt32BE(at + 8);
      report.height = buf.readUInt32BE(at + 12);
      bitDepth = buf[at + 16];
      colorType = buf[at + 17];
      interlace = buf[at + 20];
    } else if (type === "IDAT") idat.push(buf.subarray(at + 8, dataEnd));
    else if (type === "IEND") sawEnd = true;
    at = dataEnd + 4;
  }
  if (!partial && !sawEnd) return fail("no IEND chunk");
  if (report.width === 0 || report.height === 0) return fail("zero size");
  report.valid = true;

  const channels = CHANNELS[colorType];
  if (bitDepth !== 8 || !channels || interlace !== 0) {
    return { ...report, problem: "pixel check skipped: only 8-bit, non-interlaced PNGs" };
  }
  const compressed = Buffer.concat(idat);
  const stride = report.width * channels;
  // Inflate a growing prefix: an export's first rows almost always hold a node or a label, so a
  // 60 Mpx image is usually judged from its first megabyte.
  for (let take = 1 << 20; ; take *= 4) {
    const slice = compressed.subarray(0, take);
    let raw: Buffer;
    try {
      raw = inflateSync(slice, { finishFlush: constants.Z_SYNC_FLUSH });
    } catch (err) {
      return fail(`pixel data does not inflate: ${(err as Error).message}`);
    }
    const rows = Math.min(report.height, Math.floor(raw.length / (stride + 1)));
    const ink = countInk(raw, rows, stride, channels, enoughInk);
    report.inkPixels = ink.count;
    report.rowsChecked = ink.rows;
    if (ink.count >= enoughInk || take >= compressed.length) return report;
  }
}

function countInk(raw: Buffer, rows: number, stride: number, bpp: number, enough: number) {
  let prev = Buffer.alloc(stride);
  let cur = Buffer.alloc(stride);
  let background: Buffer | null = null;
  let count = 0;
  for (let y = 0; y < rows; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const a = i >= bpp ? cur[i - bpp] : 0;
      const b = prev[i];
      const c = i >= bpp ? prev[i - bpp] : 0;
      let v = line[i];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      cur[i] = v & 0xff;
    }
    background ??= Buffer.from(cur.subarray(0, bpp));
    for (let x = 0; x < stride; x += bpp) {
      for (let k = 0; k < bpp; k++) {
        if (Math.abs(cur[x + k] - background[k]) > 8) {
          count++;
          break;
        }
      }
    }
    if (count >= enough) return { count, rows: y + 1 };
    [prev, cur] = [cur, prev];
  }
  return { count, rows };
}
