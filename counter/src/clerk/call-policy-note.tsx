import type { CallPolicy } from '@cac/shared/domain';
import { describeCallPolicy } from '@cac/shared/i18n';
import type { ServiceView } from '@cac/shared/protocol';
import { useLanguage } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { useCounterT } from '../counter-text';

/** Props of {@link CallPolicyNote}. */
export type CallPolicyNoteProps = { policy: CallPolicy; services: readonly ServiceView[] };

/** The call rule in force as one sentence, so no clerk has to guess why a ticket came first. */
export function CallPolicyNote({ policy, services }: CallPolicyNoteProps): ReactNode {
  const t = useCounterT();
  const language = useLanguage();
  const names = Object.fromEntries(services.map((service) => [service.id, service.name]));
  return (
    <section className="panel policy" aria-labelledby="policy-heading">
      <h2 id="policy-heading">{t('clerk.policy.heading')}</h2>
      <p className="policy__sentence">{describeCallPolicy(policy, names, language)}</p>
    </section>
  );
}
