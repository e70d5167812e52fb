import type { Source } from "../model";

/**
 * The address of a source as a link, but only when it is a web address: a `javascript:` or
 * `data:` URL from a file is untrusted and is shown as text, never made clickable.
 */
export function safeHref(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

export function SourceLink({ source }: { source: Source }) {
  if (!source.url) return null;
  const href = safeHref(source.url);
  if (!href) return <span className="source-url muted small">{source.url}</span>;
  return (
    <a
      className="source-url small"
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      title="Open the original article in a new tab"
    >
      {new URL(href).host}
    </a>
  );
}
