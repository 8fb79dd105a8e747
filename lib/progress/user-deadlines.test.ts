import { describe, expect, it } from 'vitest';
import type { UserDeadline } from './schema';
import { deadlineRejection, editDeadlines } from './user-deadlines';

const may: UserDeadline = {
  id: 'may',
  title: 'Post security',
  at: '2025-05-20T04:00:00.000Z',
  note: 'Surety bond',
};
const april: UserDeadline = { id: 'april', title: 'Statement of account', at: '2025-04-17T04:00:00.000Z' };

describe('editDeadlines', () => {
  it('adds and keeps the list sorted by date', () => {
    expect(editDeadlines([may], { type: 'add', deadline: april })).toEqual([april, may]);
  });

  it('updates only the given fields, re-sorts, and clears the note with null', () => {
    const moved = editDeadlines([april, may], { type: 'update', id: 'may', at: '2025-04-01T04:00:00.000Z' });
    expect(moved.map((deadline) => deadline.id)).toEqual(['may', 'april']);
    expect(moved[0]).toEqual({ ...may, at: '2025-04-01T04:00:00.000Z' });
    const noNote = editDeadlines([may], { type: 'update', id: 'may', note: null });
    expect(noNote[0]).toEqual({ id: 'may', title: 'Post security', at: may.at });
  });

  it('deletes by id', () => {
    expect(editDeadlines([april, may], { type: 'delete', id: 'april' })).toEqual([may]);
  });

  it('reports unknown ids and a full list, and changes nothing', () => {
    const list = [april];
    expect(deadlineRejection(list, { type: 'delete', id: 'nope' })).toBe('not-found');
    expect(editDeadlines(list, { type: 'update', id: 'nope', title: 'x' })).toBe(list);
    const full = Array.from({ length: 100 }, (_, index) => ({ ...april, id: `d${index}` }));
    expect(deadlineRejection(full, { type: 'add', deadline: may })).toBe('limit-reached');
    expect(editDeadlines(full, { type: 'add', deadline: may })).toBe(full);
  });
});
