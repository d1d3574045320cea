import type { JSX } from 'preact';
import { renderToString } from 'preact-render-to-string';

/** A page as an HTML document. Every text and attribute value is escaped by the renderer. */
export function renderHtml(page: JSX.Element): string {
  return `<!doctype html>${renderToString(page)}`;
}

/**
 * JSON for a `<script type="application/ld+json">` data block. Script text is not HTML-decoded,
 * so the renderer's escaping cannot apply: the characters that could close the element or start
 * a comment are written as JSON escapes instead, which parse back to the same data.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
