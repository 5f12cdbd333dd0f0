import { useCallback } from 'react';
import { getParties } from './endpoints';
import { useResource } from './use-resource';

/**
 * The parties' names by code, for pages that only have a code (the beneficiary). Until the list
 * has loaded, or for a code it lacks, the code stands alone.
 */
export function usePartyName(enabled = true): (code: string) => string {
  const parties = useResource(enabled ? 'parties' : null, getParties);
  const list = parties.data;
  return useCallback(
    (code: string) => {
      const name = list?.find((p) => p.code === code)?.name;
      return name ? `${name} (${code})` : code;
    },
    [list],
  );
}
