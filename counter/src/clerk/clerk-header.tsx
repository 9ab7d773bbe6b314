import { ConnectionBanner, useHubState } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { useCounterT } from '../counter-text';
import { ACTION_KEYS } from './desk-actions';
import { ShortcutButton } from './shortcut-button';

/** Props of {@link ClerkHeader}. */
export type ClerkHeaderProps = {
  /** The window's name once one is open; the screen's name before. */
  title: string;
  /** What the window serves today. */
  subtitle?: string;
  userName: string;
  onSignOut: () => void;
  signOutDisabled?: boolean;
};

/** Office, window, connection, who is signed in and "Cerrar sesión". */
export function ClerkHeader({
  title,
  subtitle,
  userName,
  onSignOut,
  signOutDisabled = false,
}: ClerkHeaderProps): ReactNode {
  const { office } = useHubState();
  const t = useCounterT();
  return (
    <header className="clerk-header">
      <div className="clerk-header__title">
        <p className="clerk-header__office">{office?.name}</p>
        <h1>{title}</h1>
        {subtitle && <p className="clerk-header__services">{subtitle}</p>}
      </div>
      <ConnectionBanner showWhenOnline />
      <p className="clerk-header__user">{userName}</p>
      <ShortcutButton
        label={t('clerk.action.logout')}
        keyLabel={ACTION_KEYS.logout}
        onClick={onSignOut}
        disabled={signOutDisabled}
        dataAction="logout"
      />
    </header>
  );
}
