import type { KnownPageId } from './ids';
import { PAGES } from './pages';
import { type PageGuidanceData, pageGuidanceSchema } from './schema';

/**
 * Each page module's part of the journey (what to do there, what follows, whether the portal numbers the screen),
 * checked once here: both languages, a source for every action.
 */
export const PAGE_GUIDANCE: Readonly<Record<KnownPageId, PageGuidanceData>> = Object.fromEntries(
  PAGES.map((p) => [
    p.id,
    pageGuidanceSchema.parse({
      doHere: p.doHere,
      next: p.next,
      ...(p.portalCounter ? { portalCounter: true } : {}),
    }),
  ]),
) as Record<KnownPageId, PageGuidanceData>;
