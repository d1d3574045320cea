import { buildDataset } from '@ptce/core';
import { describe, expect, it } from 'vitest';
import { chosenLinks } from '../../../packages/bot/src/discord/chosen-links.js';
import { demoDataset } from '../reminders/scheduler-fixture.js';

describe('chosenLinks', () => {
  const base = demoDataset();
  const meetings = base.file.meetings.map((m, i) =>
    i === 0 ? { ...m, link: 'https://visio.ptce.example/comite', title: 'Voir https://evil.example' } : m,
  );
  const dataset = buildDataset({ ...base.file, meetings });

  it('accepts a URL the data holds as a value, and the feed', () => {
    const isLink = chosenLinks(dataset, 'https://ptce.example.org/calendar.ics', undefined);
    expect(isLink('https://visio.ptce.example/comite')).toBe(true);
    expect(isLink('https://ptce.example.org/calendar.ics')).toBe(true);
  });

  it('refuses a URL written inside a title, or anywhere else', () => {
    const isLink = chosenLinks(dataset);
    expect(isLink('https://evil.example')).toBe(false);
    expect(isLink('https://visio.ptce.example/comite/other')).toBe(false);
    expect(isLink('https://ptce.example.org/calendar.ics')).toBe(false);
  });
});
