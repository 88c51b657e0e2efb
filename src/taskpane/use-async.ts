import { useCallback, useEffect, useRef, useState, type DependencyList } from "react";
import { toError } from "./errors";

export type Async<T> =
  { state: "loading" } | { state: "ready"; value: T } | { state: "error"; error: Error };

/** What a promise came to: its value, or its error. Never rejects. */
export function settle<T>(promise: Promise<T>): Promise<Async<T>> {
  return promise.then(
    (value) => ({ state: "ready", value }),
    (thrown: unknown) => ({ state: "error", error: toError(thrown) })
  );
}

/**
 * Runs `load` when `deps` change or on `retry`, and keeps its state: loading,
 * ready with the value, or the error. A late answer for an earlier run is dropped.
 * A retry keeps a value already there until the new one comes (no loading in between), so
 * what is built on it stays on screen. `first`, when given, is the first run's answer,
 * already come: the hook starts with it.
 */
export function useAsync<T>(
  load: () => Promise<T>,
  deps: DependencyList,
  first?: Async<T>
): { current: Async<T>; retry: () => void } {
  const [current, setCurrent] = useState<Async<T>>(first ?? { state: "loading" });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  const given = useRef(first !== undefined && first.state !== "loading");
  // The attempt the last run was for: a run for another one is a retry.
  const ranFor = useRef(attempt);

  useEffect(() => {
    const retried = ranFor.current !== attempt;
    ranFor.current = attempt;
    if (given.current) {
      given.current = false;
      return;
    }
    let live = true;
    setCurrent((shown) => (retried && shown.state === "ready" ? shown : { state: "loading" }));
    load().then(
      (value) => live && setCurrent({ state: "ready", value }),
      (thrown: unknown) => live && setCurrent({ state: "error", error: toError(thrown) })
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, attempt]);

  return { current, retry };
}
