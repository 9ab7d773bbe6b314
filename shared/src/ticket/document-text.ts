import type { DocumentMessageKey } from '../i18n/catalogs/documents.es';
import { DOCUMENT_MESSAGES_ES } from '../i18n/catalogs/documents.es';
import type { MessageParams } from '../i18n/format-message';
import { formatMessage } from '../i18n/format-message';

/** A sentence of the printed documents' catalog, with its parameters filled. */
export function documentText(key: DocumentMessageKey, params: MessageParams = {}): string {
  return formatMessage(DOCUMENT_MESSAGES_ES[key], params);
}
