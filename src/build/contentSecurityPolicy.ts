import type { Plugin } from "vite";

/**
 * The one inline style the app needs: Cytoscape puts `<style>` with exactly this rule in the head
 * when it first mounts (`.__________cytoscape_container { position: relative; }`). It is allowed by
 * its hash, so any other inline style, or a changed one after an upgrade, is still refused (and
 * tests/e2e/csp.test.ts says so).
 */
const CYTOSCAPE_CONTAINER_STYLE = "sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8=";

/**
 * The Content-Security-Policy of the built app. No inline script and nothing from another site:
 * a document or an address is untrusted data, and this is the second wall should any of it ever
 * reach the page as markup. Images may be data: or blob: URLs (PNG export, its preview); the
 * layout and extraction workers are files of this site. React and Cytoscape set element styles
 * through the CSSOM, which style-src does not govern, so styles need no 'unsafe-inline'.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' '${CYTOSCAPE_CONTAINER_STYLE}'`,
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

/**
 * Puts the policy in the built index.html as a meta tag. Build only: the dev server injects
 * inline scripts (React refresh, HMR client) that the policy would block. A host that can send
 * headers should send the same policy as a Content-Security-Policy header too (a header can add
 * frame-ancestors, which a meta tag cannot).
 */
export function contentSecurityPolicy(policy = CONTENT_SECURITY_POLICY): Plugin {
  return {
    name: "relgraph:content-security-policy",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: () => [
        {
          tag: "meta",
          attrs: { "http-equiv": "Content-Security-Policy", content: policy },
          injectTo: "head-prepend",
        },
      ],
    },
  };
}
