import {
  ConnectionBanner,
  I18nProvider,
  UnpairedScreen,
  useHub,
  useHubState,
  useLanguage,
} from '@cac/shared/react';
import type { IssuedTicket, PrintOutcome } from '@cac/shared/protocol';
import type { ReactNode } from 'react';
import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { ErrorScreen } from './error-screen';
import { HomeScreen } from './home-screen';
import { useKioskSettings } from './kiosk-settings-context';
import { LookupFlow } from './lookup/lookup-flow';
import { KIOSK_CATALOGS, KIOSK_LANGUAGES } from './messages';
import { OutOfServiceScreen } from './out-of-service-screen';
import { PreferentialScreen } from './preferential-screen';
import { VisitVoiceProvider } from './speech/voice';
import { useTicketPrinter } from './ticket-printer-context';
import { TicketScreen } from './ticket-screen';
import { useIdle } from './use-idle';
import { useKioskVisit } from './use-kiosk-visit';

/**
 * The kiosk: services, then (for most services) "¿Es usted…?", then the ticket just taken.
 * Without a live hub it shows an out-of-service screen, because a ticket the hub never recorded
 * would send a citizen to wait for nothing. The language chosen on the switch and the voice
 * guidance asked for last one visit: the next citizen starts in the device's language.
 */
export function App(): ReactNode {
  const { status, error, office, session } = useHubState();
  const client = useHub();
  // Listened to for the kiosk's whole life, not only on the ticket screen: the hub may report a
  // failed print before that screen has mounted. The ticket screen only trusts its own ticket's.
  const [printOutcome, setPrintOutcome] = useState<PrintOutcome | null>(null);
  useEffect(() => client.onPrintResult(setPrintOutcome), [client]);
  const settings = useKioskSettings();
  const deviceLanguage = useLanguage();
  const visit = useKioskVisit(deviceLanguage);
  const { phase, language, askedForVoice, askForVoice, newVisit } = visit;
  // A new ticket forgets the last outcome (ticket ids repeat on another office day).
  if (phase.kind === 'taking' && printOutcome !== null) setPrintOutcome(null);

  // Each ticket is printed once, as soon as the hub has issued it: by the Electron shell, by the
  // hub (its `print:result` arrives above) or by the browser, whichever the printer chose.
  const printer = useTicketPrinter();
  const printed = useRef<IssuedTicket | null>(null);
  const issued = phase.kind === 'ticket' ? phase : null;
  const printTicket = useEffectEvent((ticket: IssuedTicket, serviceName: string) => {
    void printer
      .print({
        ticket,
        input: {
          office: office
            ? { name: office.name, municipality: office.municipality, timeZone: office.timeZone }
            : { name: '' },
          ticket,
          serviceName,
          publicOrigin: window.location.origin,
          language,
        },
        printsAtHub: session?.kind === 'device' && session.printsAtHub === true,
      })
      .then(({ outcome, report }) => {
        if (outcome) setPrintOutcome(outcome);
        // The supervisors' printer state; a report lost with the link only costs that much.
        if (report) void client.reportPrint(report);
      });
  });
  useEffect(() => {
    if (!issued || printed.current === issued.ticket) return;
    printed.current = issued.ticket;
    printTicket(issued.ticket, issued.service.name);
  }, [issued]);

  // Someone who walked away mid-question, or left the kiosk in English or talking, or left their
  // expediente on screen, leaves it to the next citizen as it was.
  const changed = language !== deviceLanguage || askedForVoice;
  useIdle(
    newVisit,
    settings.idleAfterMs,
    phase.kind === 'preferential' || phase.kind === 'lookup' || (phase.kind === 'home' && changed),
  );

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = KIOSK_CATALOGS[language]['kiosk.documentTitle'];
  }, [language]);

  const voice = useMemo(
    () => ({ askedForVoice, onAskedForVoice: askForVoice }),
    [askedForVoice, askForVoice],
  );

  let screen: ReactNode;
  if (phase.kind === 'ticket') {
    // A citizen who already has a number keeps seeing it, whatever the connection does.
    screen = (
      <TicketScreen
        ticket={phase.ticket}
        service={phase.service}
        onDone={newVisit}
        printOutcome={printOutcome}
      />
    );
  } else if (phase.kind === 'error') {
    screen = <ErrorScreen error={phase.error} onDone={newVisit} />;
  } else if (phase.kind === 'lookup') {
    // Over HTTP, not the socket: a lookup under way reports its own failure rather than being
    // swept away by a socket that reconnects.
    screen = <LookupFlow onBack={visit.back} onDone={newVisit} />;
  } else if (status === 'rejected' && error?.code !== 'PROTOCOL_MISMATCH') {
    screen = <UnpairedScreen refusal={error?.message ?? ''} />;
  } else if (status !== 'online' || !office) {
    screen = <OutOfServiceScreen detail={status === 'rejected' ? error?.message : undefined} />;
  } else if (
    phase.kind === 'preferential' ||
    (phase.kind === 'taking' && phase.from === 'preferential')
  ) {
    screen = (
      <PreferentialScreen
        service={phase.service}
        taking={phase.kind === 'taking' ? phase.category : null}
        onChoose={visit.chooseCategory}
        onBack={visit.back}
      />
    );
  } else {
    screen = (
      <HomeScreen
        takingServiceId={phase.kind === 'taking' ? phase.service.id : null}
        onChoose={visit.chooseService}
        languages={KIOSK_LANGUAGES}
        onLanguage={visit.setLanguage}
        onLookup={visit.openLookup}
      />
    );
  }
  return (
    <I18nProvider language={language} catalogs={KIOSK_CATALOGS}>
      <VisitVoiceProvider value={voice}>
        <div className="kiosk" data-connection={status} data-screen={phase.kind}>
          <ConnectionBanner />
          {screen}
        </div>
      </VisitVoiceProvider>
    </I18nProvider>
  );
}
