import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Dataset, parseDataset } from '@ptce/core';

/** The web pages' made-up PTCE (see the file's header). */
export const WEB_FIXTURE_PATH = fileURLToPath(new URL('../fixtures/web-ptce.yaml', import.meta.url));

/** The instant the web tests are run at: Wednesday 20 March 2024, noon in Paris. */
export const WEB_NOW = new Date('2024-03-20T11:00:00Z');

/** Names that would run or create elements if they were not escaped. */
export const HOSTILE = {
  ptce: '<script>alert("ptce")</script>',
  body: '"><img src=x onerror=alert(1)>',
  title: '<b onmouseover=alert(2)>CA piégé</b>',
  place: "Salle <iframe src='javascript:alert(3)'>",
} as const;

/** The fixture's text, with hostile HTML in its names when asked. */
export function webFixtureText(hostile = false): string {
  const text = readFileSync(WEB_FIXTURE_PATH, 'utf8');
  if (!hostile) return text;
  return text
    .replace('name: Pôle Web', `name: ${JSON.stringify(HOSTILE.ptce)}`)
    .replace("name: Conseil d'administration", `name: ${JSON.stringify(HOSTILE.body)}`)
    .replace('title: CA de mars', `title: ${JSON.stringify(HOSTILE.title)}`)
    .replace('place: Salle A, Valenciennes', `place: ${JSON.stringify(HOSTILE.place)}`);
}

/** The fixture, parsed (with hostile names when asked). */
export function webDataset(hostile = false): Dataset {
  const result = parseDataset(webFixtureText(hostile), { filename: 'web-ptce.yaml' });
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return result.value;
}
