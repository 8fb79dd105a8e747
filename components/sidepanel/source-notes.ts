import type { SourceLink } from '@/lib/overlay/overlay-view';

/**
 * Sources gathered as numbered notes under a section, instead of a "Source" link after every tip: each item gets
 * the number of its source (the same source keeps one number), and the section lists each source once.
 */
export class SourceNotes {
  readonly list: SourceLink[] = [];
  private readonly byUrl = new Map<string, number>();

  /** The 1-based note number of `source` in this section. */
  ref(source: SourceLink): number {
    const known = this.byUrl.get(source.url);
    if (known) return known;
    this.list.push(source);
    this.byUrl.set(source.url, this.list.length);
    return this.list.length;
  }
}
