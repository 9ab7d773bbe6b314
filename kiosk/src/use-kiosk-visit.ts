import { clientError } from '@cac/shared/client';
import type { Category } from '@cac/shared/domain';
import type { Language } from '@cac/shared/i18n';
import type { AppError, IssuedTicket, KioskClientEvents, ServiceView } from '@cac/shared/protocol';
import { useHub } from '@cac/shared/react';
import { useCallback, useRef, useState } from 'react';

/** Where the citizen in front of the kiosk is. */
export type VisitPhase =
  | { kind: 'home' }
  | { kind: 'preferential'; service: ServiceView }
  | { kind: 'taking'; service: ServiceView; category: Category; from: 'home' | 'preferential' }
  | { kind: 'ticket'; ticket: IssuedTicket; service: ServiceView }
  | { kind: 'error'; error: AppError }
  /** "Consultar mi trámite": following an expediente, away from the ticket path. */
  | { kind: 'lookup' };

/** One citizen's visit: what they chose so far, in which language, whether they asked to listen. */
export type KioskVisit = {
  phase: VisitPhase;
  language: Language;
  /** The citizen pressed "Escuchar": read the next screens aloud. */
  askedForVoice: boolean;
  /** A service was touched: ask for the category, or take the ticket when the service skips it. */
  chooseService: (service: ServiceView) => void;
  /** A category was touched on the preferential step: take the ticket. */
  chooseCategory: (category: Category) => void;
  /** "Volver" on the preferential step or the lookup: Home, same citizen (language and voice kept). */
  back: () => void;
  /** "Consultar mi trámite" on Home. */
  openLookup: () => void;
  setLanguage: (language: Language) => void;
  askForVoice: () => void;
  /** The visit is over (ticket seen, error read, or nobody touched the screen): Home, afresh. */
  newVisit: () => void;
};

/**
 * The kiosk's flow: Home → (preferential step) → ticket. The ticket is taken with the category
 * (`none` when the step is skipped) through the hub client's `ticket:take`, retried once with the
 * same requestId, so a lost answer returns the same ticket and never a second one.
 */
export function useKioskVisit(defaultLanguage: Language): KioskVisit {
  const hub = useHub<KioskClientEvents>();
  const [phase, setPhase] = useState<VisitPhase>({ kind: 'home' });
  const [language, setLanguage] = useState<Language>(defaultLanguage);
  const [askedForVoice, setAskedForVoice] = useState(false);
  // A second touch before React has re-rendered the disabled buttons must not take a second ticket.
  const taking = useRef(false);

  const take = useCallback(
    async (service: ServiceView, category: Category, from: 'home' | 'preferential') => {
      if (taking.current) return;
      taking.current = true;
      setPhase({ kind: 'taking', service, category, from });
      try {
        const result = await hub.command(
          'ticket:take',
          { serviceId: service.id, category },
          { retries: 1 },
        );
        if (!result.ok) setPhase({ kind: 'error', error: result.error });
        else if (!result.value.issued) setPhase({ kind: 'error', error: clientError('bad-ack') });
        else setPhase({ kind: 'ticket', ticket: result.value.issued, service });
      } finally {
        taking.current = false;
      }
    },
    [hub],
  );

  const chooseService = useCallback(
    (service: ServiceView) => {
      if (taking.current) return;
      if (service.askPreferential) setPhase({ kind: 'preferential', service });
      else void take(service, 'none', 'home');
    },
    [take],
  );

  const chooseCategory = useCallback(
    (category: Category) => {
      if (phase.kind === 'preferential') void take(phase.service, category, 'preferential');
    },
    [phase, take],
  );

  const back = useCallback(() => setPhase({ kind: 'home' }), []);
  const openLookup = useCallback(() => {
    if (!taking.current) setPhase({ kind: 'lookup' });
  }, []);
  const askForVoice = useCallback(() => setAskedForVoice(true), []);
  const newVisit = useCallback(() => {
    setPhase({ kind: 'home' });
    setLanguage(defaultLanguage);
    setAskedForVoice(false);
  }, [defaultLanguage]);

  return {
    phase,
    language,
    askedForVoice,
    chooseService,
    chooseCategory,
    back,
    openLookup,
    setLanguage,
    askForVoice,
    newVisit,
  };
}
