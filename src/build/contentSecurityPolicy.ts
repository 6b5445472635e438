// The built app's Content-Security-Policy, as a <meta http-equiv> injected at build time only: the
// dev server's React refresh needs an inline script. Nothing is loaded from elsewhere, nothing runs
// from strings, workers come from our own files. `frame-ancestors` has no effect in a meta tag; a
// host that wants it (and the other headers) sets them in its HTTP response.
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  // Icons and exported images are data: or blob: URLs made on the page.
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'dramatis-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
    },
  };
}
