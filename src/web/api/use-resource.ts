import { useCallback, useEffect, useRef, useState } from 'react';
import { isAbort } from './client';

export interface Resource<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/**
 * Loads data for a key (usually the URL it comes from). A new key aborts the previous request;
 * the last data stays on screen while the next loads, so a table does not flash empty.
 */
export function useResource<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): Resource<T> {
  const [state, setState] = useState<{ data: T | undefined; error: unknown; loading: boolean }>({
    data: undefined,
    error: undefined,
    loading: key !== null,
  });
  const [nonce, setNonce] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const run = key === null ? null : `${nonce}\u0000${key}`;

  useEffect(() => {
    if (run === null) return;
    const ac = new AbortController();
    setState((s) => ({ ...s, error: undefined, loading: true }));
    loadRef.current(ac.signal).then(
      (data) => {
        if (!ac.signal.aborted) setState({ data, error: undefined, loading: false });
      },
      (error: unknown) => {
        if (!ac.signal.aborted && !isAbort(error)) setState((s) => ({ ...s, error, loading: false }));
      },
    );
    return () => ac.abort();
  }, [run]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { ...state, reload };
}
