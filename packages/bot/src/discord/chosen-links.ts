import type { Dataset } from '@ptce/core';
import type { LinkCheck } from './discord-text.js';

const WHOLE_URL = /^[a-z][a-z0-9+.-]*:\/\/\S+$/i;

// Per dataset (they are immutable): every URL field of its file.
const byDataset = new WeakMap<Dataset, ReadonlySet<string>>();

// A national-size file holds some hundred thousand strings: the cheap test first, no copies.
function urlsOf(value: unknown, out: Set<string>): void {
  if (typeof value === 'string') {
    if (value.includes('://') && WHOLE_URL.test(value)) out.add(value);
  } else if (Array.isArray(value)) {
    for (const v of value) urlsOf(v, out);
  } else if (value !== null && typeof value === 'object') {
    for (const key in value) urlsOf((value as Record<string, unknown>)[key], out);
  }
}

/**
 * The links the PTCE chose to show: every value of the data (file and staff changes) that is a
 * URL on its own (a meeting's visio, its minutes, a website, a source), and the bot's feed. A URL
 * written inside a title or typed in a question is not one of them.
 */
export function chosenLinks(dataset: Dataset, ...extra: readonly (string | undefined)[]): LinkCheck {
  let urls = byDataset.get(dataset);
  if (!urls) {
    const found = new Set<string>();
    urlsOf(dataset.file, found);
    urls = found;
    byDataset.set(dataset, urls);
  }
  const known = urls;
  return (url) => known.has(url) || extra.includes(url);
}
