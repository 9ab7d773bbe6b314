import type { ReactNode } from 'react';
import { useEffect, useRef, useState } from 'react';
import { useCounterT } from '../counter-text';
import type { FinishRequest } from '../clerk/procedure-slot';
import { useProcedurePort } from './procedure-context';
import type { PrintOutcome, ReprintInput } from './procedure-port';

/** Props of {@link ProcedureResult}. */
export type ProcedureResultProps = {
  /** One sentence: what happened. */
  summary: string;
  /** The facts to keep (number, key, deadlines), as term → value. */
  facts?: readonly { term: string; value: ReactNode }[];
  /** What was printed, when something was: the document's name and the printer's answer. */
  printed?: { document: 'cargo' | 'receipt'; outcome: PrintOutcome | null; reprint: ReprintInput };
  children?: ReactNode;
  finish: FinishRequest;
  onFinish: (request: FinishRequest) => void;
  onResult: (request: FinishRequest) => void;
  finishEnabled: boolean;
};

/**
 * The end of a procedure: what was produced, the print's outcome (with a reprint), and
 * "Finalizar atención", which has the focus so that Enter goes on to close the ticket.
 */
export function ProcedureResult({
  summary,
  facts = [],
  printed,
  children,
  finish,
  onFinish,
  onResult,
  finishEnabled,
}: ProcedureResultProps): ReactNode {
  const t = useCounterT();
  const port = useProcedurePort();
  const finishRef = useRef<HTMLButtonElement>(null);
  const [printOutcome, setPrintOutcome] = useState(printed?.outcome ?? null);
  const [reprintNote, setReprintNote] = useState<string | null>(null);
  const [reprinting, setReprinting] = useState(false);
  useEffect(() => finishRef.current?.focus(), []);
  // Once, when the result appears: the request does not change afterwards.
  const reported = useRef(false);
  useEffect(() => {
    if (reported.current) return;
    reported.current = true;
    onResult(finish);
  }, [onResult, finish]);

  async function reprint(): Promise<void> {
    if (!printed || reprinting) return;
    setReprinting(true);
    const answer = await port.reprint(printed.reprint);
    setReprinting(false);
    if (!answer.ok) {
      setReprintNote(answer.error.message);
      return;
    }
    setPrintOutcome(answer.value.printed);
    setReprintNote(
      answer.value.printed?.ok
        ? t('proc.reprinted', { document: t(`proc.doc.${printed.document}`) })
        : null,
    );
  }

  const link = finish.result
    ? t(`proc.link.${finish.result.kind}`, { ref: finish.result.ref })
    : null;
  const documentName = printed ? t(`proc.doc.${printed.document}`) : '';
  return (
    <div className="proc-result">
      <p className="proc-result__summary" role="status">
        {summary}
      </p>
      {facts.length > 0 ? (
        <dl className="proc-result__facts">
          {facts.map((fact) => (
            <div key={fact.term}>
              <dt>{fact.term}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {children}
      {printed ? (
        <div className="proc-result__print">
          <p>
            {printOutcome === null
              ? t('proc.printed.none', { document: documentName })
              : printOutcome.ok
                ? t('proc.printed.ok', { document: documentName })
                : t('proc.printed.failed', {
                    document: documentName,
                    message: printOutcome.message,
                  })}
          </p>
          <button
            type="button"
            className="button"
            onClick={() => void reprint()}
            disabled={reprinting}
          >
            {t('proc.reprint', { document: documentName })}
          </button>
          {reprintNote ? <p className="proc-note">{reprintNote}</p> : null}
        </div>
      ) : null}
      <div className="proc-result__finish">
        <button
          ref={finishRef}
          type="button"
          className="button button--primary"
          onClick={() => onFinish(finish)}
          disabled={!finishEnabled}
          aria-describedby="proc-finish-hint"
        >
          {t('proc.finish')}
        </button>
        <p id="proc-finish-hint" className="proc-note">
          {link ? t('proc.finish.hint', { link }) : t('proc.finish.hintPlain')}
        </p>
      </div>
    </div>
  );
}
