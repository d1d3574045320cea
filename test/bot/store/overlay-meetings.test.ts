import type { Meeting } from '@ptce/core';
import { describe, expect, it } from 'vitest';
import { overlayMeetings } from '../../../packages/bot/src/store/index.js';

function meeting(id: string, start: string, status: Meeting['status'] = 'planned'): Meeting {
  return { id, body: 'ca', title: `Réunion ${id}`, kind: 'meeting', start, agenda: [], status };
}

describe('overlayMeetings', () => {
  it('replaces a dataset meeting by the overlay meeting with the same id, in place', () => {
    const dataset = [meeting('a', '2024-01-10'), meeting('b', '2024-02-10'), meeting('c', '2024-03-10')];
    const overlay = [meeting('b', '2024-02-17', 'cancelled')];
    expect(overlayMeetings(dataset, overlay)).toEqual([dataset[0], overlay[0], dataset[2]]);
  });

  it('appends overlay meetings unknown to the dataset, in overlay order', () => {
    const dataset = [meeting('a', '2024-01-10')];
    const overlay = [meeting('z', '2024-05-01'), meeting('y', '2024-04-01')];
    expect(overlayMeetings(dataset, overlay).map((m) => m.id)).toEqual(['a', 'z', 'y']);
  });

  it('keeps the last overlay meeting when an id repeats', () => {
    const overlay = [meeting('a', '2024-01-10'), meeting('a', '2024-01-17', 'cancelled')];
    expect(overlayMeetings([meeting('a', '2024-01-03')], overlay)).toEqual([overlay[1]]);
  });

  it('returns the dataset unchanged, as a new array, when the overlay is empty', () => {
    const dataset = [meeting('a', '2024-01-10'), meeting('b', '2024-02-10')];
    const merged = overlayMeetings(dataset, []);
    expect(merged).toEqual(dataset);
    expect(merged).not.toBe(dataset);
  });

  it('does not modify its inputs', () => {
    const dataset = Object.freeze([meeting('a', '2024-01-10')]);
    const overlay = Object.freeze([meeting('a', '2024-01-17'), meeting('b', '2024-02-01')]);
    overlayMeetings(dataset, overlay);
    expect(dataset.map((m) => m.start)).toEqual(['2024-01-10']);
    expect(overlay.map((m) => m.id)).toEqual(['a', 'b']);
  });
});
