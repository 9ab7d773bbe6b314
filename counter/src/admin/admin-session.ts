import type { AdminConfigAnswer, AdminConfigView, ConfigSection } from '@cac/shared/protocol';
import { createContext, useContext } from 'react';
import type { CounterTranslate } from '../counter-text';
import type { AdminError, AdminPort, AdminResult } from './admin-port';
import { MALFORMED_ANSWER } from './hub-admin-port';

/**
 * Why a change did not go through, ready to show next to its form: the hub's message, its lines
 * about the section (`services[2].prefix: …`), and whether the configuration changed meanwhile
 * (then the form offers to reload it instead of overwriting someone else's change).
 */
export type SaveFailure = { message: string; issues: readonly string[]; stale: boolean };

/** What every admin page gets: the configuration as read, and the ways to change it. */
export type AdminSession = {
  config: AdminConfigView;
  revision: string;
  port: AdminPort;
  /**
   * Saves one section against the revision it was read at. On success the notice (what changed)
   * is shown and the focus goes to the page's heading; else the failure, for the form to show.
   */
  saveSection(section: ConfigSection, value: unknown, notice: string): Promise<SaveFailure | null>;
  /** Runs a change that answers with the configuration (users, devices), the same way. */
  change(
    run: () => Promise<AdminResult<AdminConfigAnswer>>,
    notice: string,
  ): Promise<SaveFailure | null>;
  /** Takes a new configuration the page already received (a device's new key) and says so. */
  accept(answer: AdminConfigAnswer, notice: string): void;
  /** Reads the configuration again (after a stale save). */
  reload(): Promise<void>;
};

const AdminSessionContext = createContext<AdminSession | null>(null);

export const AdminSessionProvider = AdminSessionContext.Provider;

/** The admin session of the view; throws outside {@link AdminView}. */
export function useAdminSession(): AdminSession {
  const session = useContext(AdminSessionContext);
  if (!session) throw new Error('useAdminSession needs the AdminView above it.');
  return session;
}

/** The refusal in words: the hub's message, or ours when it gave none or could not be reached. */
export function describeFailure(error: AdminError | null, t: CounterTranslate): SaveFailure {
  if (!error) return { message: t('admin.error.offline'), issues: [], stale: false };
  if (error.code === MALFORMED_ANSWER) {
    return { message: t('admin.error.malformed'), issues: [], stale: false };
  }
  const stale = error.code === 'CONFIG_CHANGED';
  const fallback = stale ? t('admin.error.stale') : t('admin.error.refused');
  return { message: error.message || fallback, issues: error.issues, stale };
}
