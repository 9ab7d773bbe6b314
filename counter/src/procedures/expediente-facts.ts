import type { CounterTranslate } from '../counter-text';
import { civilDateText } from './field-validation';
import type { ExpedienteIssued } from './procedure-port';

/** The facts of a new expediente to show and keep: number, key, deadlines. */
export function expedienteFacts(
  expediente: ExpedienteIssued,
  t: CounterTranslate,
): { term: string; value: string }[] {
  const facts = [
    {
      term: t('proc.expediente.number'),
      value: `${expediente.number} · ${expediente.documentTitle}`,
    },
    { term: t('proc.expediente.key'), value: expediente.accessKey },
    {
      term: t('proc.expediente.dueOn'),
      value: expediente.dueOn ? civilDateText(expediente.dueOn) : t('proc.expediente.none'),
    },
  ];
  if (expediente.observationDeadline) {
    facts.push({
      term: t('proc.expediente.observationDeadline'),
      value: civilDateText(expediente.observationDeadline),
    });
  }
  return facts;
}
