/** The most characters of a person's data that a message quotes. */
export const MAX_QUOTED = 60;

/**
 * A short excerpt of user data for a message: at most `max` characters, cut with an ellipsis.
 * Data can be a megabyte on one line; a message that quotes all of it buries what went wrong.
 * Counts code points, so an emoji or a rare letter is never cut in half.
 */
export function excerpt(text: string, max = MAX_QUOTED): string {
  if (text.length <= max) return text;
  const points = Array.from(text);
  return points.length <= max ? text : points.slice(0, max - 1).join("") + "…";
}

/** An excerpt in double quotes, with line breaks and quotes escaped so it stays on one line. */
export function quote(text: string, max = MAX_QUOTED): string {
  return JSON.stringify(excerpt(text, max));
}
