/**
 * Refuses oversized input by its size, before any parsing (issue 15, finding 7: a message with a very long label took
 * 3.2 s to refuse, a very large import string 3.4 s). The walk stops as soon as the limit is passed, so refusing
 * costs at most the limit's worth of work, whatever was sent.
 */

/** Far above any message the extension sends (the longest field is a 200-character deadline note). */
export const MAX_MESSAGE_SIZE = 64 * 1024;
/** An import carries a whole export file: see MAX_IMPORT_CHARS in lib/progress/import-export.ts. */
export const MAX_IMPORT_MESSAGE_SIZE = 2 * 1024 * 1024 + MAX_MESSAGE_SIZE;

export type SizeVerdict = 'ok' | 'too-large' | 'unreadable';

/** Characters of strings and keys, plus 8 per other value, until `limit` is passed. Cycles count until then too. */
export const measure = (value: unknown, limit: number): SizeVerdict => {
  try {
    let total = 0;
    const stack: unknown[] = [value];
    while (stack.length > 0) {
      const v = stack.pop();
      if (typeof v === 'string') total += v.length;
      else if (Array.isArray(v)) {
        total += 8 + v.length * 8;
        if (total > limit) return 'too-large';
        for (const item of v) stack.push(item);
      } else if (typeof v === 'object' && v !== null) {
        total += 8;
        for (const key in v) {
          if (!Object.hasOwn(v, key)) continue;
          total += key.length + 8;
          if (total > limit) return 'too-large';
          stack.push((v as Record<string, unknown>)[key]);
        }
      } else total += 8;
      if (total > limit) return 'too-large';
    }
    return 'ok';
  } catch {
    // A throwing getter or proxy trap: not something a runtime message can carry; malformed.
    return 'unreadable';
  }
};

/** The limit for this message: an import may carry a whole export file. */
export const limitFor = (raw: unknown): number => {
  try {
    return typeof raw === 'object' && raw !== null && (raw as { type?: unknown }).type === 'import'
      ? MAX_IMPORT_MESSAGE_SIZE
      : MAX_MESSAGE_SIZE;
  } catch {
    return MAX_MESSAGE_SIZE;
  }
};
