import { lazy, Suspense, useState, type ComponentType, type ReactNode } from "react";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { ErrorNotice } from "./components/ErrorNotice";

/**
 * A part of the pane loaded on first use (its own chunk), in a boundary of its own: a chunk
 * that fails to load (the network dropped) is said in the part's place, the rest of the pane
 * stays, and Try again loads it afresh. React keeps what a lazy() component's load came to,
 * so a failed one would only fail again: Try again makes a new one. One is shared by every
 * showing of the part, so a part loaded once shows at once, without suspending again.
 */
export function lazyPart<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>
): ComponentType<P & { loading: ReactNode }> {
  let Part = lazy(load);
  return function LazyPart({ loading, ...props }: P & { loading: ReactNode }) {
    // Bumped by Try again, to render with the new Part.
    const [, setAttempt] = useState(0);
    return (
      <ErrorBoundary
        fallback={(error, reset) => (
          <ErrorNotice
            error={error}
            onRetry={() => {
              Part = lazy(load);
              setAttempt((n) => n + 1);
              reset();
            }}
          />
        )}
      >
        <Suspense fallback={loading}>
          <Part {...(props as P)} />
        </Suspense>
      </ErrorBoundary>
    );
  };
}
