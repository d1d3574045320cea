import type { Reply } from './reply.js';

/** Renders a reply as plain text for the terminal and the CLI. */
export function renderText(r: Reply): string {
  const out: string[] = [r.title];
  for (const line of r.lines) out.push(line.text);
  for (const field of r.fields) {
    out.push('', `${field.name} :`);
    for (const l of field.value.split('\n')) out.push(`  ${l}`);
  }
  if (r.sources.length > 0) {
    out.push('', `Sources : ${r.sources.map((s) => `${s.title} (${s.date})`).join(' ; ')}`);
  }
  if (r.suggestions.length > 0) {
    out.push('', `À demander aussi : ${r.suggestions.map((s) => `« ${s} »`).join(', ')}`);
  }
  return out.join('\n');
}
