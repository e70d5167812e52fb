import { build, preview } from "vite";
import type { PreviewServer } from "vite";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** Builds the app as shipped and serves it on a free loopback port. */
export async function buildAndServe(
  outDir = "dist",
): Promise<{ url: string; close: () => Promise<void> }> {
  await build({ root, logLevel: "warn", build: { outDir } });
  const server: PreviewServer = await preview({
    root,
    logLevel: "warn",
    build: { outDir },
    preview: { host: "127.0.0.1", port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("The preview server did not report its address.");
  return { url, close: () => server.close() };
}
