import type { ReactNode } from 'react';
import { useT } from './i18n-context';
import './unpaired-screen.css';

/** Props of {@link UnpairedScreen}. */
export type UnpairedScreenProps = {
  /** The hub's reason when it refused the key this device has (e.g. a revoked key). */
  refusal?: string;
};

/**
 * Shown by a kiosk or display without a usable device key: says so plainly and tells whoever is
 * setting the device up how to pair it.
 */
export function UnpairedScreen({ refusal }: UnpairedScreenProps): ReactNode {
  const t = useT();
  return (
    <main className="cac-unpaired">
      <h1>{t('common.unpaired.title')}</h1>
      {refusal ? (
        <p>{t('common.unpaired.rejected', { message: refusal })}</p>
      ) : (
        <p>{t('common.unpaired.body')}</p>
      )}
      <p>{t('common.unpaired.howTo')}</p>
    </main>
  );
}
