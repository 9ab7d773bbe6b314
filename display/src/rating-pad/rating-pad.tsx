import type { RatingScore } from '@cac/shared/protocol';
import { UnpairedScreen, useHubState } from '@cac/shared/react';
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { useDisplayT } from '../display-text';
import type { FinishedAttention } from './finished-at-window';
import { RatingFaces } from './rating-faces';
import type { SendPadRating } from './send-pad-rating';
import { useFinishedAttention } from './use-finished-attention';
import './rating-pad.css';

/** How long the faces stay after an attention ends: enough to stand up and tap, not more. */
export const PAD_ASK_MS = 20_000;
/** How long "¡Gracias!" (or a refusal) stays before the calm idle screen. */
export const PAD_THANKS_MS = 4_000;

type PadStage =
  | { kind: 'idle' }
  | { kind: 'asking'; attention: FinishedAttention; sending: boolean }
  | { kind: 'answered'; message: string | null };

type Tap = { ticketId: string; answer: 'sending' | { message: string | null } };

/** Props of {@link RatingPad}. */
export type RatingPadProps = {
  windowId: string;
  send: SendPadRating;
};

/**
 * The rating pad: a small tablet at a window (`/display/?pad=<windowId>`) for citizens without a
 * phone. When an attention ends at its window it asks "¿Cómo fue su atención?" with five faces for
 * {@link PAD_ASK_MS}; a tap is sent once (the hub keeps the first, and only for 2 minutes), then it
 * thanks and goes back to a calm "Gracias por su visita".
 */
export function RatingPad({ windowId, send }: RatingPadProps): ReactNode {
  const { status, error, office, state } = useHubState();
  const t = useDisplayT();
  const finished = useFinishedAttention(state, windowId);
  // The screen follows the latest finished attention until it is closed (asked long enough, or
  // thanked); a tap belongs to the attention it was made for.
  const [closedId, setClosedId] = useState<string | null>(null);
  const [tap, setTap] = useState<Tap | null>(null);
  const current = finished && finished.ticketId !== closedId ? finished : null;
  const currentTap = current && tap?.ticketId === current.ticketId ? tap : null;
  const stage: PadStage = !current
    ? { kind: 'idle' }
    : currentTap && currentTap.answer !== 'sending'
      ? { kind: 'answered', message: currentTap.answer.message }
      : { kind: 'asking', attention: current, sending: currentTap !== null };

  const currentId = current?.ticketId ?? null;
  const answered = stage.kind === 'answered';
  useEffect(() => {
    if (currentId === null) return;
    const timer = setTimeout(() => setClosedId(currentId), answered ? PAD_THANKS_MS : PAD_ASK_MS);
    return () => clearTimeout(timer);
  }, [currentId, answered]);

  if (status === 'rejected' && error?.code !== 'PROTOCOL_MISMATCH') {
    return <UnpairedScreen refusal={error?.message ?? ''} />;
  }
  const window = office?.windows.find((w) => w.id === windowId) ?? null;

  const rate = (attention: FinishedAttention, score: RatingScore): void => {
    const ticketId = attention.ticketId;
    setTap({ ticketId, answer: 'sending' });
    void send({ ticketId, windowId, score }).then((result) =>
      setTap({ ticketId, answer: { message: result.ok ? null : result.error.message } }),
    );
  };

  return (
    <div className="rating-pad" data-stage={stage.kind}>
      <header className="rating-pad__header">
        <p className="rating-pad__office">{office?.name ?? ''}</p>
        <h1 className="rating-pad__window">{window?.name ?? windowId}</h1>
      </header>
      <main className="rating-pad__main">
        {office && !window ? (
          <p className="rating-pad__calm" role="alert">
            {t('pad.unknownWindow', { windowId })}
          </p>
        ) : stage.kind === 'asking' ? (
          <section className="rating-pad__ask" aria-labelledby="pad-question">
            <p className="rating-pad__ticket">
              {t('pad.ticket', { number: stage.attention.number })}
            </p>
            <h2 id="pad-question" className="rating-pad__question">
              {t('pad.question')}
            </h2>
            <p className="rating-pad__hint">{t('pad.hint')}</p>
            <RatingFaces
              labelledBy="pad-question"
              disabled={stage.sending}
              onRate={(score) => rate(stage.attention, score)}
            />
          </section>
        ) : (
          <div className="rating-pad__calm" role="status">
            {stage.kind === 'answered' ? (
              <>
                <p className="rating-pad__big">{stage.message ?? t('pad.thanks')}</p>
                {stage.message ? null : <p className="rating-pad__hint">{t('pad.thanksHint')}</p>}
              </>
            ) : (
              <>
                <p className="rating-pad__big">{t('pad.idle')}</p>
                <p className="rating-pad__hint">{t('pad.idleHint')}</p>
              </>
            )}
          </div>
        )}
      </main>
    </div>
  );
}
