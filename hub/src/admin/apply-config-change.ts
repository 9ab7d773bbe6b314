import type { AppError, OfficeConfig, Result } from '@cac/shared/protocol';
import { err, ok } from '@cac/shared/protocol';
import type { Principal } from '../auth/auth-service';
import { appError } from '../errors/app-errors';
import type { HubContext } from '../hub-context';
import { revisionOf } from './admin-view';
import type { EndSessions } from './config-audit-repository';
import { redactSecrets } from './redact-secrets';

/** One administrator's change, described so that {@link applyConfigChange} can run and audit it. */
export type ConfigChange = {
  /** The audit's action, e.g. `config.save`. */
  action: string;
  /** The audit's target: the section, user id or device id. */
  target: string;
  /** The revision the administrator read; `null` for changes to one item (a user, a device). */
  revision: string | null;
  /** The part of the configuration the audit shows before and after (undefined when absent). */
  part(config: OfficeConfig): unknown;
  /**
   * Edits the draft (a private copy of the current configuration) in place, or says why not.
   * It runs inside the store's single writer, so what it reads is what will be replaced.
   */
  edit(draft: OfficeConfig): AppError | undefined;
  /** Sessions that end with this change (a deactivated user, a reset PIN). */
  endSessions?: EndSessions;
};

/** Thrown out of the store's mutator to abandon a refused change; never escapes this file. */
class Refused extends Error {}

/**
 * Runs one change the only way changes run: edit → validate and write durably (the store) →
 * audit row (and ended sessions) → every connected face gets a fresh snapshot. A refusal, an
 * invalid result or a failed write leaves the file, the audit and the faces as they were.
 */
export async function applyConfigChange(
  ctx: HubContext,
  by: Principal,
  change: ConfigChange,
): Promise<Result<OfficeConfig>> {
  // A holder rather than `let`: assignments inside the callback are invisible to narrowing.
  const outcome: { refusal: AppError | null; before: unknown } = { refusal: null, before: null };
  const written = await ctx.configStore.update((draft) => {
    // Checked inside the writer: two administrators saving at once cannot both pass the check.
    if (change.revision !== null && change.revision !== revisionOf(ctx.configStore.config())) {
      outcome.refusal = appError('CONFIG_CHANGED');
      throw new Refused();
    }
    outcome.before = structuredClone(change.part(draft));
    const problem = change.edit(draft);
    if (problem) {
      outcome.refusal = problem;
      throw new Refused();
    }
  });
  if (outcome.refusal) return err(outcome.refusal);
  if (!written.ok) return written;

  const config = written.value;
  try {
    ctx.ledger.configAudit.record(
      {
        at: ctx.now(),
        userId: by.id,
        action: change.action,
        target: change.target,
        before: redactSecrets(outcome.before),
        after: redactSecrets(change.part(config)),
      },
      change.endSessions,
    );
  } catch (error) {
    // The configuration is already written and in force: the faces must follow it even if the
    // ledger refused the audit row, so the failure is logged loudly instead of hiding the change.
    ctx.log.error(
      { err: error, action: change.action, target: change.target, userId: by.id },
      'a configuration change was saved but could not be audited',
    );
  }
  ctx.configChanged();
  return ok(config);
}
