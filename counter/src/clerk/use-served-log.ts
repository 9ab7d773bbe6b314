import { useCallback, useState } from 'react';
import type { SessionStore } from '../staff-session';
import type { ServedEntry, ServedLog } from './served-log';
import { loadServedLog, saveServedLog, withEntry } from './served-log';

/** The session's served list (newest first) and how to add to it; a new office day starts empty. */
export function useServedLog(
  store: SessionStore | null,
  userId: string,
  officeDay: string,
): [readonly ServedEntry[], (entry: ServedEntry) => void] {
  const [log, setLog] = useState<ServedLog>(() => loadServedLog(store, userId, officeDay));
  const add = useCallback(
    (entry: ServedEntry) =>
      setLog((previous) => {
        const base = previous.officeDay === officeDay ? previous : { officeDay, entries: [] };
        const next = withEntry(base, entry);
        // Saving inside the updater keeps storage equal to what is shown; writing the same value
        // twice (React may call an updater twice in development) changes nothing.
        saveServedLog(store, userId, next);
        return next;
      }),
    [store, userId, officeDay],
  );
  return [log.officeDay === officeDay ? log.entries : [], add];
}
