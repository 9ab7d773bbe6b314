import { clientError } from '../client';
import { COMMON_MESSAGES_EN, COMMON_MESSAGES_ES, formatMessage } from '../i18n';
import type { UiMessageKey } from './ui-messages';
import { describeError } from './describe-error';

const spanish: Readonly<Record<string, string>> = COMMON_MESSAGES_ES;
const english: Readonly<Record<string, string>> = COMMON_MESSAGES_EN;
const es = (key: UiMessageKey): string => formatMessage(spanish[key] ?? key);
const en = (key: UiMessageKey): string => formatMessage(english[key] ?? key);

describe('describeError', () => {
  it('translates the client’s own failures', () => {
    expect(describeError(clientError('timeout', 'abc'), en, 'en')).toBe(
      'The server did not answer in time. Please try again.',
    );
  });

  it('shows a hub error as the hub wrote it in Spanish, and from the catalog in English', () => {
    const error = { code: 'QUEUE_EMPTY' as const, message: 'No hay nadie esperando.' };
    expect(describeError(error, es, 'es')).toBe('No hay nadie esperando.');
    expect(describeError(error, en, 'en')).not.toBe('No hay nadie esperando.');
  });
});
