import { describe, expect, it } from "vitest";
import { initialDocumentUrl } from "../../src/io/initialLoad";

const base = "http://127.0.0.1:5173/index.html";

describe("which document opens first", () => {
  it("is the shipped seed graph without ?data=", () => {
    expect(initialDocumentUrl("", base)).toMatch(/graph.*\.json/);
  });

  it("follows ?data= to a document on the same site", () => {
    expect(initialDocumentUrl("?data=bench/5k.json", base)).toBe(
      "http://127.0.0.1:5173/bench/5k.json",
    );
  });

  it("refuses a document on another site, saying which", () => {
    expect(initialDocumentUrl("?data=https://evil.example/x.json", base)).toEqual({
      error: "?data= must point at this site; https://evil.example is another site",
    });
  });

  it("explains an address that cannot be read instead of crashing", () => {
    expect(initialDocumentUrl("?data=http://", base)).toEqual({
      error: '?data= is not a usable address: "http://"',
    });
  });
});
