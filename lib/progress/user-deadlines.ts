import { MAX_USER_DEADLINES, type UserDeadline } from './schema';

// Pure edits of the user's own deadlines; the background validates input (messages/schema.ts) before calling them.

export type DeadlineEdit =
  | { type: 'add'; deadline: UserDeadline }
  | { type: 'update'; id: string; title?: string; at?: string; note?: string | null }
  | { type: 'delete'; id: string };

export type DeadlineRejection = 'not-found' | 'limit-reached';

export const deadlineRejection = (
  list: readonly UserDeadline[],
  edit: DeadlineEdit,
): DeadlineRejection | null => {
  if (edit.type === 'add') return list.length >= MAX_USER_DEADLINES ? 'limit-reached' : null;
  return list.some((deadline) => deadline.id === edit.id) ? null : 'not-found';
};

/** Sorted by date so every UI lists them the same way; returns `list` itself when nothing changes. */
export const editDeadlines = (list: UserDeadline[], edit: DeadlineEdit): UserDeadline[] => {
  if (deadlineRejection(list, edit)) return list;
  switch (edit.type) {
    case 'add':
      if (list.some((deadline) => deadline.id === edit.deadline.id)) return list;
      return sortByDate([...list, edit.deadline]);
    case 'update':
      return sortByDate(
        list.map((deadline) => {
          if (deadline.id !== edit.id) return deadline;
          const next: UserDeadline = {
            id: deadline.id,
            title: edit.title ?? deadline.title,
            at: edit.at ?? deadline.at,
          };
          // `null` clears the note, `undefined` keeps it; an empty note is not kept.
          const note = edit.note === undefined ? deadline.note : edit.note;
          if (note) next.note = note;
          return next;
        }),
      );
    case 'delete':
      return list.filter((deadline) => deadline.id !== edit.id);
  }
};

const sortByDate = (list: UserDeadline[]): UserDeadline[] =>
  list.slice().sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));
