import type { IssuedTicket, KioskClientEvents } from '@cac/shared/protocol';
import {
  ConnectionBanner,
  UnpairedScreen,
  describeError,
  useHub,
  useHubState,
  useLanguage,
  useT,
} from '@cac/shared/react';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { ErrorScreen } from './error-screen';
import { HomeScreen } from './home-screen';
import { OutOfServiceScreen } from './out-of-service-screen';
import { TicketScreen } from './ticket-screen';

/** What the kiosk is showing to the citizen in front of it. */
type Phase =
  | { kind: 'home' }
  | { kind: 'taking'; serviceId: string }
  | { kind: 'ticket'; ticket: IssuedTicket; serviceName: string }
  | { kind: 'error'; message: string };

/**
 * The kiosk: services to choose from, then the ticket just taken. Without a live hub it shows an
 * out-of-service screen, because a ticket the hub never recorded would send a citizen to wait
 * for nothing.
 */
export function App(): ReactNode {
  const hub = useHub<KioskClientEvents>();
  const { status, office, error } = useHubState();
  const t = useT();
  const language = useLanguage();
  const [phase, setPhase] = useState<Phase>({ kind: 'home' });

  async function take(serviceId: string): Promise<void> {
    if (phase.kind === 'taking') return;
    setPhase({ kind: 'taking', serviceId });
    // One retry with the same requestId: a lost answer returns the same ticket, never a second one.
    const result = await hub.command(
      'ticket:take',
      { serviceId, category: 'none' },
      { retries: 1 },
    );
    if (!result.ok) {
      setPhase({ kind: 'error', message: describeError(result.error, t, language) });
      return;
    }
    const issued = result.value.issued;
    if (!issued) {
      setPhase({ kind: 'error', message: t('common.error.unexpected') });
      return;
    }
    const serviceName = office?.services.find((service) => service.id === serviceId)?.name ?? '';
    setPhase({ kind: 'ticket', ticket: issued, serviceName });
  }

  const goHome = (): void => setPhase({ kind: 'home' });

  let screen: ReactNode;
  if (phase.kind === 'ticket') {
    // A citizen who already has a number keeps seeing it, whatever the connection does.
    screen = <TicketScreen ticket={phase.ticket} serviceName={phase.serviceName} onDone={goHome} />;
  } else if (phase.kind === 'error') {
    screen = <ErrorScreen message={phase.message} onDone={goHome} />;
  } else if (status === 'rejected' && error?.code !== 'PROTOCOL_MISMATCH') {
    screen = <UnpairedScreen refusal={error?.message ?? ''} />;
  } else if (status !== 'online' || !office) {
    screen = <OutOfServiceScreen detail={status === 'rejected' ? error?.message : undefined} />;
  } else {
    screen = (
      <HomeScreen
        takingServiceId={phase.kind === 'taking' ? phase.serviceId : null}
        onTake={(serviceId) => void take(serviceId)}
      />
    );
  }
  return (
    <div className="kiosk" data-connection={status}>
      <ConnectionBanner />
      {screen}
    </div>
  );
}
