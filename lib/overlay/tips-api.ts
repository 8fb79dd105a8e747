import type { FieldFormat } from '../guide/schema';
import type { OutlineMeta } from '../recognise/page-outline';
import type { PageSignals } from '../recognise/page-signals';
import type { Recognition } from '../recognise/recognise-page';

/**
 * The field-tips script (loaded at document_idle, after the panel has painted) registers this API on the isolated
 * world's global; the panel script (document_end) uses it once it exists. Both scripts share that world, not the page.
 */
export interface BubbleModel {
  text: string;
  format?: FieldFormat;
  lang: 'en' | 'fr';
  showHints: boolean;
  ui: Record<'closeTip' | 'unofficial' | 'level_ok' | 'level_info' | 'level_warn' | 'formatPrivacy', string>;
}

export interface TipsApi {
  /** Shows the bubble beside `field` in `layer` (our shadow root), following it; `null` hides it. */
  show(layer: HTMLElement, field: HTMLElement | null, model: BubbleModel | null, onClose: () => void): void;
  /** Recomputes the format hint from the field's current value (on the spot, never kept), once it is complete. */
  refreshHint(): void;
  /** Focus left the field: the format check to say now (or null); the caller then hides the bubble. */
  leave(): string | null;
  /** The redacted "Report this page" outline (lib/recognise/page-outline.ts). */
  outline(signals: PageSignals, recognition: Recognition, meta: OutlineMeta): string;
}

const KEY = '__carmGuideTips';
type Slot = { api?: TipsApi; waiting: ((api: TipsApi) => void)[] };
const slot = (): Slot => {
  const g = globalThis as unknown as Record<string, Slot | undefined>;
  g[KEY] ??= { waiting: [] };
  return g[KEY];
};

export const provideTips = (api: TipsApi) => {
  const s = slot();
  s.api = api;
  for (const cb of s.waiting.splice(0)) cb(api);
};

export const whenTips = (cb: (api: TipsApi) => void) => {
  const s = slot();
  if (s.api) cb(s.api);
  else s.waiting.push(cb);
};
