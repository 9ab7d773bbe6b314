import { describeExpedienteState } from '@cac/shared/i18n';
import type { Language } from '@cac/shared/i18n';
import type { ExpedienteLookupView } from '@cac/shared/protocol';
import type { Translate } from '@cac/shared/react';
import { messageSpeech } from '../speech/spoken-text';
import { spokenDay } from './lookup-dates';

/**
 * The result read aloud: the procedure and the state, what it means with its days in words, the
 * result once resolved, the time limit while it is pending. Not the number nor the history: the
 * hall hears it, and the state is what the citizen came to know.
 */
export function lookupResultSpeech(
  t: Translate,
  language: Language,
  expediente: ExpedienteLookupView,
): string {
  const state = describeExpedienteState(expediente, language, (day) => spokenDay(day, language));
  const lines = [
    t('kiosk.voice.lookupResult', { procedure: expediente.procedure, state: state.name }),
    state.meaning,
  ];
  // A resolved expediente's meaning already says how it ended.
  if (state.resolution !== null && expediente.status !== 'resuelto') {
    lines.push(t('kiosk.voice.lookupResolution', { resolution: state.resolution }));
  }
  if (state.due !== null) lines.push(state.due);
  return messageSpeech(...lines);
}
