/**
 * The policy of every page: nothing runs, styles and images come from the site itself, and no
 * other site may frame it. JSON-LD data blocks are not scripts, so `script-src` does not apply.
 */
const PAGE_POLICY =
  "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** The widget's policy: the same, except that any site may put it in an `<iframe>`. */
const WIDGET_POLICY =
  "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors *";

/** Headers sent with every response. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/** The headers of an HTML page, framable only when it is the widget. */
export function pageHeaders(frameable: boolean): Record<string, string> {
  return {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': frameable ? WIDGET_POLICY : PAGE_POLICY,
    ...(frameable ? {} : { 'X-Frame-Options': 'DENY' }),
  };
}
