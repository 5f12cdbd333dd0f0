import { useEffect, useState } from 'react';
import { LIMITS } from '../../../contracts/limits';
import { isAbort } from '../../api/client';
import { type Analysis, analyzeText } from '../../api/endpoints';

export interface LiveAnalysis {
  /** The latest answer, and the text it is for (its spans point into that text). */
  analysis: Analysis | null;
  text: string;
  /** A newer text is waiting for its answer. */
  pending: boolean;
  error: unknown;
}

/**
 * Analyses the text as it is typed: `delay` ms after the last keystroke, one request at a time
 * (a newer text aborts the request for an older one). The language is detected by the API, so
 * the page can point out a Language field that disagrees with the text.
 */
export function useLiveAnalysis(text: string, delay = 300): LiveAnalysis {
  const [state, setState] = useState<LiveAnalysis>({ analysis: null, text: '', pending: false, error: null });
  useEffect(() => {
    if (!text.trim() || text.length > LIMITS.textChars) {
      setState({ analysis: null, text: '', pending: false, error: null });
      return;
    }
    const ac = new AbortController();
    setState((s) => ({ ...s, pending: true }));
    const timer = setTimeout(() => {
      analyzeText({ text }, ac.signal).then(
        (analysis) => {
          if (!ac.signal.aborted) setState({ analysis, text, pending: false, error: null });
        },
        (error: unknown) => {
          if (!ac.signal.aborted && !isAbort(error)) setState((s) => ({ ...s, pending: false, error }));
        },
      );
    }, delay);
    return () => {
      clearTimeout(timer);
      ac.abort();
    };
  }, [text, delay]);
  return state;
}
