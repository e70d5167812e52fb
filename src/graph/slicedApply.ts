// A change to thousands of elements applied a slice at a time, each slice in a task of its own,
// so the page answers between them. Used for a layout's pictures at 5k entities: moving every
// node in one task and working out the moved nodes' and their relations' geometry in the frame
// after it was one task of 0.65-0.9 s. The first slice is applied at once; a newer change cancels
// the rest, and whoever starts it works out again what is still to do.

export interface SlicedRun {
  /** Stops before the next slice; what was applied stays. */
  cancel(): void;
  readonly cancelled: boolean;
  readonly done: boolean;
}

export interface SlicedApplyOptions {
  /** Items per slice. */
  size: number;
  /** Runs `next` in a task of its own (tests pass a queue). */
  defer: (next: () => void) => void;
  /** After the last slice, in its task; not when cancelled. */
  onDone?: () => void;
}

/** Applies `items` in order, `size` at a time, the first slice now and each next one deferred. */
export function applyInSlices<T>(
  items: readonly T[],
  apply: (slice: readonly T[]) => void,
  { size, defer, onDone }: SlicedApplyOptions,
): SlicedRun {
  const step = Math.max(1, Math.floor(size));
  let next = 0;
  let cancelled = false;
  let done = false;
  const run = () => {
    if (cancelled) return;
    const slice = items.slice(next, next + step);
    next += slice.length;
    if (slice.length) apply(slice);
    if (cancelled) return; // `apply` may have started something newer
    if (next >= items.length) {
      done = true;
      onDone?.();
      return;
    }
    defer(run);
  };
  run();
  return {
    cancel: () => void (cancelled = true),
    get cancelled() {
      return cancelled;
    },
    get done() {
      return done;
    },
  };
}
