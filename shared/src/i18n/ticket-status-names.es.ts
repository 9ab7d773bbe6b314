import type { TicketStatus } from '../domain/ticket';
import type { Catalog } from './languages';

/** Spanish name of each ticket status, for labels and lists ("Estado: atendido"). */
export const TICKET_STATUS_NAMES_ES: Catalog<TicketStatus> = {
  language: 'es',
  reviewed: false,
  messages: {
    waiting: 'en espera',
    called: 'llamado',
    serving: 'en atención',
    done: 'atendido',
    no_show: 'no se presentó',
    cancelled: 'anulado',
    transferred: 'transferido',
    expired: 'vencido',
  },
};

/**
 * Spanish predicate for each status, to follow "El ticket R-001 …" in a sentence: the names above
 * don't all fit after one verb ("está no se presentó").
 */
export const TICKET_STATUS_PHRASES_ES: Catalog<TicketStatus> = {
  language: 'es',
  reviewed: false,
  messages: {
    waiting: 'está en espera',
    called: 'ya fue llamado',
    serving: 'ya está en atención',
    done: 'ya fue atendido',
    no_show: 'fue marcado como no presentado',
    cancelled: 'fue anulado',
    transferred: 'fue transferido',
    expired: 'venció al cierre del día',
  },
};
