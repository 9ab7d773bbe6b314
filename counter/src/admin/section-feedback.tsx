import type { ReactNode } from 'react';
import { useCounterT } from '../counter-text';
import type { SaveFailure } from './admin-session';
import { useAdminSession } from './admin-session';

/**
 * A refusal next to its form: the hub's message and each of its lines, read out at once; when the
 * configuration changed meanwhile, a button to read it again (the typed changes are lost, which
 * the sentence says, rather than silently overwriting another administrator's work).
 */
export function SectionFeedback({
  failure,
  onReloaded,
}: {
  failure: SaveFailure | null;
  /** After the reload, so the form can start again from the new configuration. */
  onReloaded?: () => void;
}): ReactNode {
  const t = useCounterT();
  const { reload } = useAdminSession();
  if (!failure) return null;
  return (
    <div className="form-dialog__error admin-failure" role="alert">
      <p className="admin-failure__message">{failure.message}</p>
      {failure.issues.length > 0 ? (
        <ul className="admin-failure__issues">
          {failure.issues.map((issue) => (
            <li key={issue}>{issue}</li>
          ))}
        </ul>
      ) : null}
      {failure.stale ? (
        <p>
          {t('admin.stale.explain')}{' '}
          <button
            type="button"
            className="button"
            onClick={() => {
              void reload().then(() => onReloaded?.());
            }}
          >
            {t('admin.stale.reload')}
          </button>
        </p>
      ) : null}
    </div>
  );
}
