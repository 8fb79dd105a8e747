import { storage } from 'wxt/utils/storage';
import { z } from 'zod';

/**
 * Reminders already shown, so one never shows twice, even after the browser restarts and the alarms are
 * re-planned. Keys are `<alarm name>@<reminder instant>` (see dueReminder).
 */

export const MAX_SHOWN = 200;
/** Older records cannot match a future reminder (its instant would be in the past), so they are dropped. */
const KEEP_DAYS = 120;

export const shownEntrySchema = z.strictObject({
  key: z.string().min(1).max(200),
  at: z.iso.datetime({ offset: true }),
});
export type ShownEntry = z.infer<typeof shownEntrySchema>;
export const shownListSchema = z.array(shownEntrySchema).max(MAX_SHOWN);

export const remindersShownItem = storage.defineItem<ShownEntry[]>('local:remindersShown', {
  fallback: [],
});

/** The stored list, or an empty one if it is missing or damaged (the worst case is one repeated reminder). */
export const parseShown = (raw: unknown): ShownEntry[] => {
  const parsed = shownListSchema.safeParse(raw);
  return parsed.success ? parsed.data : [];
};

export const wasShown = (list: readonly ShownEntry[], key: string): boolean =>
  list.some((e) => e.key === key);

/** The list with `key` added, recent entries only, at most MAX_SHOWN. */
export const withShown = (list: readonly ShownEntry[], key: string, now: Date): ShownEntry[] => {
  const oldest = now.getTime() - KEEP_DAYS * 86_400_000;
  const kept = list.filter((e) => e.key !== key && Date.parse(e.at) >= oldest);
  return [...kept, { key, at: now.toISOString() }].slice(-MAX_SHOWN);
};

export const readShown = async (): Promise<ShownEntry[]> => parseShown(await remindersShownItem.getValue());

export const recordShown = async (key: string, now: Date): Promise<void> => {
  await remindersShownItem.setValue(withShown(await readShown(), key, now));
};
