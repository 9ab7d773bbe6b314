import type { COMMON_MESSAGES_ES } from './common.es';

/** English version of {@link COMMON_MESSAGES_ES}; it must have exactly the same keys. */
export const COMMON_MESSAGES_EN = {
  'common.connection.connecting': 'Connecting…',
  'common.connection.reconnecting': 'Reconnecting…',
  'common.connection.offline': 'No connection to the server. Reconnecting…',
  'common.connection.online': 'Connected',
  'common.connection.rejected': 'The server refused the connection: {message}',
  'common.error.timeout': 'The server did not answer in time. Please try again.',
  'common.error.offline': 'No connection to the server. Please try again in a moment.',
  'common.error.unexpected': 'Something unexpected went wrong. Please try again.',
  'common.loading': 'Loading…',
  'common.unpaired.title': 'Device not paired',
  'common.unpaired.body': 'This computer does not have a device key from the server yet.',
  'common.unpaired.howTo':
    'To pair it, add ?key=KEY to the end of this page’s address. The system administrator gives you the key.',
  'common.unpaired.rejected': 'The server did not accept this device’s key: {message}',
  'common.minutes': '{count} min',
} as const satisfies Record<keyof typeof COMMON_MESSAGES_ES, string>;
