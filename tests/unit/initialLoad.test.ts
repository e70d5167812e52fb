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
      error:
        "only addresses on this site (http://127.0.0.1:5173) are opened; " +
        "https://evil.example is another site",
    });
  });

  it("refuses a javascript: address as not an http(s) address, not as 'another site'", () => {
    expect(initialDocumentUrl("?data=javascript:alert(document.cookie)", base)).toEqual({
      error:
        "only http(s) addresses on this site (http://127.0.0.1:5173) are opened; " +
        '"javascript:alert(document.cookie)" is a javascript: address',
    });
  });

  it("explains an address that cannot be read instead of crashing", () => {
    expect(initialDocumentUrl("?data=http://", base)).toEqual({
      error: '"http://" is not an address',
    });
  });

  it("quotes only the start of a very long address", () => {
    const long = `data:application/json,${"x".repeat(5000)}`;
    const result = initialDocumentUrl(`?data=${encodeURIComponent(long)}`, base);
    expect(typeof result !== "string" && result.error.length).toBeLessThan(200);
    expect(typeof result !== "string" && result.error).toContain("…");
  });
});
