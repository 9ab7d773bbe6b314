import type { CommandType } from '../domain/commands';
import type { Catalog } from './languages';

/**
 * What each command does, in Spanish, as an infinitive that follows "no se puede …"
 * ("El ticket R-001 ya fue atendido: no se puede volver a llamar.").
 */
export const COMMAND_PHRASES_ES: Catalog<CommandType> = {
  language: 'es',
  reviewed: false,
  messages: {
    'ticket:take': 'sacar un ticket',
    'window:open': 'abrir la ventanilla',
    'window:close': 'cerrar la ventanilla',
    'window:pause': 'pausar la ventanilla',
    'window:resume': 'reanudar la atención',
    'ticket:call-next': 'llamar',
    'ticket:call': 'llamar',
    'ticket:recall': 'volver a llamar',
    'ticket:no-show': 'marcar como no presentado',
    'ticket:start': 'iniciar la atención',
    'ticket:finish': 'finalizar la atención',
    'ticket:transfer': 'transferir',
    'ticket:cancel': 'anular',
  },
};
