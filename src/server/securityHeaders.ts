/**
 * The security headers every page of the game is served with, defined once for `vite preview`,
 * the dev server (both through `vite.config.ts`) and the production static handler
 * (`staticFiles.ts`). The content sources are the same as the CSP meta tag in `index.html` (a test
 * keeps the two equal); the header adds what a meta tag cannot say: `frame-ancestors 'none'`, so no
 * other site can frame the game, plus `base-uri` and `form-action`.
 */

/** The content sources: the game loads nothing from another origin. Also the meta tag in index.html. */
export const CONTENT_SOURCES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'img-src': "'self' data: blob:",
  'style-src': "'self' 'unsafe-inline'",
  'font-src': "'self'",
  'script-src': "'self'",
  'connect-src': "'self' data: blob:",
};

/** Directives only a header can carry (browsers ignore `frame-ancestors` in a meta tag). */
const HEADER_ONLY: Readonly<Record<string, string>> = {
  'frame-ancestors': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

function policy(directives: Readonly<Record<string, string>>): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources}`)
    .join('; ');
}

/** The policy as written in the meta tag of index.html. */
export const META_CSP = policy(CONTENT_SOURCES);

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': policy({ ...CONTENT_SOURCES, ...HEADER_ONLY }),
  // Older browsers that do not read frame-ancestors.
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};
