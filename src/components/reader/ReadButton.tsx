import { useAppStoreApi } from "../../store";
import { useNarrow } from "../shell/useNarrow";

/**
 * "Read in article": opens the reader at a source (and, given an offset, scrolls to its sentence),
 * wherever the reader lives: a tab of the right column, or the sheet on a phone.
 */
export function ReadButton({
  source,
  offset,
  label = "Read in article",
}: {
  source: string;
  offset?: number;
  label?: string;
}) {
  const store = useAppStoreApi();
  const narrow = useNarrow();
  return (
    <button
      type="button"
      className="link-button read-button small"
      onClick={() => {
        store.getState().readAt(source, offset);
        store.getState().revealPanel("reader", "right", narrow);
      }}
    >
      {label}
    </button>
  );
}
