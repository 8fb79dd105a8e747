// Attributes the bytes of a minified bundle to its source modules with the bundle's source map.
// A tiny VLQ decoder (no dependency): each generated segment runs to the next segment on its line.
import { gzipSync } from 'node:zlib';

const B64 = new Map(
  [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]),
);

const decodeSegment = (str) => {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const ch of str) {
    const digit = B64.get(ch);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
};

/** Per source: the generated code chunks that map to it. Unmapped bytes go to "(unmapped)". */
export const attribute = (code, map) => {
  const lines = code.split('\n');
  const mapLines = map.mappings.split(';');
  const chunks = new Map();
  const add = (raw, text) => {
    if (!text) return;
    // A CSS file imported with ?inline is a string constant the map does not cover: rules, no functions.
    const css = text.length > 200 && /[\w-]+\{-{0,2}[\w-]+:[^;{}]*;/.test(text) && !/function|=>/.test(text);
    const name = raw === '(unmapped)' && css ? '(inline CSS string)' : raw;
    const list = chunks.get(name) ?? [];
    list.push(text);
    chunks.set(name, list);
  };
  let source = 0;
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l];
    const segs = [];
    let col = 0;
    for (const raw of (mapLines[l] ?? '').split(',')) {
      if (!raw) continue;
      const f = decodeSegment(raw);
      col += f[0];
      if (f.length >= 4) {
        source += f[1];
        segs.push({ col, src: map.sources[source] });
      } else segs.push({ col, src: null });
    }
    if (segs.length === 0 || segs[0].col > 0) add('(unmapped)', line.slice(0, segs[0]?.col ?? line.length));
    for (let i = 0; i < segs.length; i++) {
      const end = i + 1 < segs.length ? segs[i + 1].col : line.length;
      add(segs[i].src ?? '(unmapped)', line.slice(segs[i].col, end));
    }
    if (l < lines.length - 1) add('(unmapped)', '\n');
  }
  return chunks;
};

/** Groups a source path (relative to the project): a package name for node_modules, else our folder. */
export const groupOf = (src) => {
  if (src === '(unmapped)') return '(bundle wrapper and helpers, unmapped)';
  if (src.startsWith('(')) return src;
  const nm = src.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = src.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const parts = src.split('/');
  if (parts[0] === 'lib' || parts[0] === 'components' || parts[0] === 'entrypoints') {
    return parts.length > 2 ? `${parts[0]}/${parts[1]}/` : src;
  }
  return src;
};

/**
 * Bytes per group: raw (minified), gzip alone (the group's code compressed on its own), and marginal gzip (how much
 * the whole bundle's gzip shrinks without this group's code: what removing it would save).
 */
export const breakdown = (code, map, { by = groupOf } = {}) => {
  const chunks = attribute(code, map);
  const groups = new Map();
  for (const [src, list] of chunks) {
    const g = by(src);
    const entry = groups.get(g) ?? { group: g, sources: new Set(), parts: [] };
    entry.sources.add(src);
    entry.parts.push(...list);
    groups.set(g, entry);
  }
  // Marginal gzip needs the bundle with one group's code left out: rebuild it in generated order.
  const order = [];
  for (const [src, list] of chunks) for (const text of list) order.push({ g: by(src), text });
  const total = gzipSync(code, { level: 9 }).length;
  const rows = [...groups.values()].map((e) => {
    const raw = e.parts.join('');
    const without = order
      .filter((o) => o.g !== e.group)
      .map((o) => o.text)
      .join('');
    return {
      group: e.group,
      raw: Buffer.byteLength(raw),
      gzipAlone: gzipSync(raw, { level: 9 }).length,
      gzipMarginal: total - gzipSync(without, { level: 9 }).length,
      modules: e.sources.size,
    };
  });
  rows.sort((a, b) => b.raw - a.raw);
  return { total: { raw: Buffer.byteLength(code), gzip: total }, rows };
};

/** A lookup (0-based line and column of the generated code) → source path, from the source map. */
export const locator = (map) => {
  const mapLines = map.mappings.split(';');
  const table = [];
  let source = 0;
  for (const line of mapLines) {
    const segs = [];
    let col = 0;
    for (const raw of line.split(',')) {
      if (!raw) continue;
      const f = decodeSegment(raw);
      col += f[0];
      if (f.length >= 4) source += f[1];
      segs.push([col, f.length >= 4 ? map.sources[source] : null]);
    }
    table.push(segs);
  }
  return (line, column) => {
    const segs = table[line] ?? [];
    let found = null;
    for (const [col, src] of segs) {
      if (col > column) break;
      found = src;
    }
    return found ?? '(unmapped)';
  };
};
