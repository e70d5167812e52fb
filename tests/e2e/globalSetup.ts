import type { TestProject } from "vitest/node";
import { chromiumAvailable, CHROMIUM_PATH } from "./browser";
import { buildAndServe } from "./server";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Browser tests run against the app as shipped: built once, served on loopback. */
export default async function setup(project: TestProject) {
  if (!chromiumAvailable()) {
    // Under CI a missing browser is a failure, never a skip; locally it is the same, with advice.
    throw new Error(
      `Browser tests need Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium` +
        (process.env.CI ? " (CI=true: a missing browser fails the run)" : ""),
    );
  }
  const server = await buildAndServe("dist");
  project.provide("baseUrl", server.url);
  return async () => {
    await server.close();
  };
}
