/** `--name=value` and bare `--name` (as "true") from the command line, for the diagnostic benches. */
export function commandLineFlags(argv = process.argv.slice(2)): Map<string, string> {
  return new Map(
    argv.map((a) => {
      const [k, v] = a.replace(/^--/, "").split("=");
      return [k, v ?? "true"] as const;
    }),
  );
}
