import { gunzipSync, gzipSync } from 'node:zlib';
import { allowedAtEnd, allowedTransitionIn } from './labels.js';
import type { FeatureConfig } from './features.js';

const NEG = -1e30;

export interface ModelHeader {
  format: 'isnad.ner/1';
  bits: number;
  order: 1 | 2;
  labels: readonly string[];
  features: FeatureConfig;
  /** Cluster file the model was trained with, if any. */
  clusters?: string;
  /** A stacked (second-pass) model: the file of its first-pass model. */
  stage1?: string;
  /**
   * Subtracted from the score of O at every token when tagging (not in
   * training): trades precision for recall, which a perceptron trained on
   * few names holds too low.
   */
  oPenalty?: number;
}

/**
 * A linear sequence model: hashed emission weights (bucket × label), first-
 * order transitions ((L+1) × L, row L = sentence start) and second-order
 * transitions ((L+1) × (L+1) × L). Decoding is Viterbi under the
 * constraints of the label scheme (BIO or BILOU).
 */
export class LinearModel {
  readonly header: ModelHeader;
  readonly emit: Float32Array;
  readonly trans1: Float32Array;
  readonly trans2: Float32Array;
  /** Number of labels (header.labels.length). */
  readonly L: number;
  private readonly allowed: Uint8Array;
  private readonly endOk: Uint8Array;

  constructor(header: ModelHeader, emit?: Float32Array, trans1?: Float32Array, trans2?: Float32Array) {
    this.header = header;
    const L = header.labels.length;
    const S = L; // the start "label"
    this.L = L;
    this.emit = emit ?? new Float32Array((1 << header.bits) * L);
    this.trans1 = trans1 ?? new Float32Array((L + 1) * L);
    this.trans2 = trans2 ?? new Float32Array((L + 1) * (L + 1) * L);
    this.allowed = new Uint8Array((L + 1) * L);
    for (let p = 0; p <= L; p++) for (let c = 0; c < L; c++) this.allowed[p * L + c] = allowedTransitionIn(header.labels, p === S ? -1 : p, c) ? 1 : 0;
    this.endOk = Uint8Array.from(header.labels, (_, c) => (allowedAtEnd(header.labels, c) ? 1 : 0));
  }

  /** Emission scores, n × L. */
  scores(feats: Int32Array, offsets: Int32Array, n: number, out?: Float32Array): Float32Array {
    const L = this.L;
    const sc = out && out.length >= n * L ? out : new Float32Array(n * L);
    const w = this.emit;
    if (L !== 9) {
      for (let t = 0; t < n; t++) {
        const o = t * L;
        sc.fill(0, o, o + L);
        const end = offsets[t + 1] as number;
        for (let k = offsets[t] as number; k < end; k++) {
          const b = (feats[k] as number) * L;
          for (let l = 0; l < L; l++) sc[o + l] = (sc[o + l] as number) + (w[b + l] as number);
        }
      }
      return sc;
    }
    for (let t = 0; t < n; t++) {
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
      const end = offsets[t + 1] as number;
      for (let k = offsets[t] as number; k < end; k++) {
        const b = (feats[k] as number) * L;
        s0 += w[b] as number;
        s1 += w[b + 1] as number;
        s2 += w[b + 2] as number;
        s3 += w[b + 3] as number;
        s4 += w[b + 4] as number;
        s5 += w[b + 5] as number;
        s6 += w[b + 6] as number;
        s7 += w[b + 7] as number;
        s8 += w[b + 8] as number;
      }
      const o = t * L;
      sc[o] = s0; sc[o + 1] = s1; sc[o + 2] = s2; sc[o + 3] = s3; sc[o + 4] = s4;
      sc[o + 5] = s5; sc[o + 6] = s6; sc[o + 7] = s7; sc[o + 8] = s8;
    }
    return sc;
  }

  decode(feats: Int32Array, offsets: Int32Array, n: number): Int32Array {
    if (n === 0) return new Int32Array(0);
    const L = this.L;
    const sc = this.scores(feats, offsets, n);
    const pen = this.header.oPenalty ?? 0;
    if (pen !== 0) for (let t = 0; t < n; t++) sc[t * L] = (sc[t * L] as number) - pen;
    return this.decodeScores(sc, n);
  }

  /** Viterbi over given emission scores (n × L). */
  decodeScores(sc: Float32Array, n: number): Int32Array {
    if (n === 0) return new Int32Array(0);
    return this.header.order === 2 ? this.viterbi2(sc, n) : this.viterbi1(sc, n);
  }

  private viterbi1(sc: Float32Array, n: number): Int32Array {
    const L = this.L;
    const S = L;
    const t1 = this.trans1;
    const al = this.allowed;
    const back = new Int32Array(n * L);
    let prev = new Float64Array(L);
    let cur = new Float64Array(L);
    for (let c = 0; c < L; c++) prev[c] = al[S * L + c] ? (sc[c] as number) + (t1[S * L + c] as number) : NEG;
    for (let t = 1; t < n; t++) {
      for (let c = 0; c < L; c++) {
        let best = NEG;
        let arg = 0;
        for (let p = 0; p < L; p++) {
          if (!al[p * L + c]) continue;
          const v = (prev[p] as number) + (t1[p * L + c] as number);
          if (v > best) {
            best = v;
            arg = p;
          }
        }
        cur[c] = best + (sc[t * L + c] as number);
        back[t * L + c] = arg;
      }
      const tmp = prev;
      prev = cur;
      cur = tmp;
    }
    const path = new Int32Array(n);
    let best = NEG;
    let arg = 0;
    for (let c = 0; c < L; c++) if (this.endOk[c] && (prev[c] as number) > best) { best = prev[c] as number; arg = c; }
    path[n - 1] = arg;
    for (let t = n - 1; t > 0; t--) path[t - 1] = back[t * L + (path[t] as number)] as number;
    return path;
  }

  /** Second-order Viterbi over (previous, current) label pairs; previous may be the start. */
  private viterbi2(sc: Float32Array, n: number): Int32Array {
    const L = this.L;
    const S = L;
    const P = L + 1;
    const t1 = this.trans1;
    const t2 = this.trans2;
    const al = this.allowed;
    // delta[(p, c)] for p in 0..L (L = start), c in 0..L-1
    let prev = new Float64Array(P * L).fill(NEG);
    let cur = new Float64Array(P * L);
    const back = new Int32Array(n * P * L);
    for (let c = 0; c < L; c++) {
      if (al[S * L + c]) prev[S * L + c] = (sc[c] as number) + (t1[S * L + c] as number) + (t2[(S * P + S) * L + c] as number);
    }
    for (let t = 1; t < n; t++) {
      cur.fill(NEG);
      const bo = t * P * L;
      for (let p = 0; p < L; p++) {
        for (let c = 0; c < L; c++) {
          if (!al[p * L + c]) continue;
          const base = (sc[t * L + c] as number) + (t1[p * L + c] as number);
          let best = NEG;
          let arg = 0;
          for (let pp = 0; pp < P; pp++) {
            const d = prev[pp * L + p] as number;
            if (d <= NEG) continue;
            const v = d + (t2[(pp * P + p) * L + c] as number);
            if (v > best) {
              best = v;
              arg = pp;
            }
          }
          if (best <= NEG) continue;
          cur[p * L + c] = best + base;
          back[bo + p * L + c] = arg;
        }
      }
      const tmp = prev;
      prev = cur;
      cur = tmp;
    }
    let best = NEG;
    let bp = 0;
    let bc = 0;
    for (let p = 0; p < P; p++) for (let c = 0; c < L; c++) {
      if (!this.endOk[c]) continue;
      const v = prev[p * L + c] as number;
      if (v > best) { best = v; bp = p; bc = c; }
    }
    const path = new Int32Array(n);
    path[n - 1] = bc;
    if (n > 1) path[n - 2] = bp;
    for (let t = n - 1; t >= 2; t--) {
      const p = path[t - 1] as number;
      const c = path[t] as number;
      path[t - 2] = back[t * P * L + p * L + c] as number;
    }
    return path;
  }

  /**
   * Serialises: magic, header length, JSON header, then (format 2) a bitmap
   * of the feature buckets that have any weight, the two transition arrays,
   * and the weights of those buckets only; gzipped. Most hashed buckets stay
   * empty, and unzipping only the used ones is what makes loading fast.
   */
  serialise(): Buffer {
    const L = this.L;
    const head = Buffer.from(JSON.stringify({ ...this.header, format: 'isnad.ner/2' }), 'utf8');
    const pad = (4 - ((8 + head.length) % 4)) % 4;
    const rows = this.emit.length / L;
    const bitmap = Buffer.alloc(Math.ceil(rows / 32) * 4);
    let used = 0;
    for (let r = 0; r < rows; r++) {
      for (let l = 0; l < L; l++) {
        if (this.emit[r * L + l] !== 0) {
          bitmap[r >> 3] = (bitmap[r >> 3] as number) | (1 << (r & 7));
          used++;
          break;
        }
      }
    }
    const dense = new Float32Array(used * L);
    let k = 0;
    for (let r = 0; r < rows; r++) {
      if ((bitmap[r >> 3] as number) & (1 << (r & 7))) {
        dense.set(this.emit.subarray(r * L, r * L + L), k);
        k += L;
      }
    }
    const parts = [
      Buffer.from('INER'),
      Buffer.alloc(4),
      head,
      Buffer.alloc(pad, 0x20),
      bitmap,
      Buffer.from(this.trans1.buffer, this.trans1.byteOffset, this.trans1.byteLength),
      Buffer.from(this.trans2.buffer, this.trans2.byteOffset, this.trans2.byteLength),
      Buffer.from(dense.buffer, dense.byteOffset, dense.byteLength),
    ];
    (parts[1] as Buffer).writeUInt32LE(head.length + pad, 0);
    return gzipSync(Buffer.concat(parts), { level: 9 });
  }

  static deserialise(gz: Buffer): LinearModel {
    const raw = gunzipSync(gz);
    if (raw.subarray(0, 4).toString('latin1') !== 'INER') throw new Error('not an isnad NER model');
    const hl = raw.readUInt32LE(4);
    const stored = JSON.parse(raw.subarray(8, 8 + hl).toString('utf8')) as Omit<ModelHeader, 'format'> & { format: string };
    if (!Array.isArray(stored.labels) || stored.labels.length === 0) throw new Error('model header names no labels');
    const L = stored.labels.length;
    const ne = (1 << stored.bits) * L;
    const n1 = (L + 1) * L;
    const n2 = (L + 1) * (L + 1) * L;
    // copy into an aligned buffer
    const body = new Uint8Array(raw.length - 8 - hl);
    body.set(raw.subarray(8 + hl));
    const header: ModelHeader = { ...stored, format: 'isnad.ner/1' };
    if (stored.format === 'isnad.ner/1') {
      const all = new Float32Array(body.buffer);
      if (all.length !== ne + n1 + n2) throw new Error('model file has the wrong size');
      return new LinearModel(header, all.subarray(0, ne), all.subarray(ne, ne + n1), all.subarray(ne + n1));
    }
    if (stored.format !== 'isnad.ner/2') throw new Error(`unknown model format ${String(stored.format)}`);
    const rows = ne / L;
    const bitmapBytes = Math.ceil(rows / 32) * 4;
    if (body.length < bitmapBytes + 4 * (n1 + n2)) throw new Error('model file has the wrong size');
    const bitmap = body.subarray(0, bitmapBytes);
    const all = new Float32Array(body.buffer, bitmapBytes);
    const emit = new Float32Array(ne);
    let k = n1 + n2;
    for (let r = 0; r < rows; r++) {
      if ((bitmap[r >> 3] as number) & (1 << (r & 7))) {
        if (k + L > all.length) throw new Error('model file has the wrong size');
        emit.set(all.subarray(k, k + L), r * L);
        k += L;
      }
    }
    if (k !== all.length) throw new Error('model file has the wrong size');
    return new LinearModel(header, emit, all.slice(0, n1), all.slice(n1, n1 + n2));
  }
}
