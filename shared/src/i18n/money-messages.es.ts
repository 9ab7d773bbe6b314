import type { MoneyProblem } from '../domain/money/money-problem';
import type { Catalog } from './languages';

/** Spanish sentence for each money problem (amounts typed by a clerk, UIT configuration). */
export const MONEY_MESSAGES_ES: Catalog<MoneyProblem> = {
  language: 'es',
  reviewed: false,
  messages: {
    MONEY_EMPTY: 'Escriba el monto.',
    MONEY_FORMAT:
      'El monto no es válido. Escríbalo con punto para los céntimos, por ejemplo 11.50 o 1,263.20.',
    MONEY_NEGATIVE: 'El monto no puede ser negativo.',
    MONEY_TOO_MANY_DECIMALS: 'El monto puede tener como máximo 2 decimales (los céntimos).',
    MONEY_TOO_LARGE: 'El monto es demasiado grande. Revise que esté bien escrito.',
    PERCENT_FORMAT:
      'El porcentaje de la UIT no es válido. Escríbalo con punto decimal, por ejemplo 4.68.',
    PERCENT_NEGATIVE: 'El porcentaje de la UIT no puede ser negativo.',
    UIT_YEAR_MISSING:
      'Falta el valor de la UIT del año {year}. Pida a un administrador que lo registre en la configuración.',
    UIT_INVALID:
      'El valor de la UIT del año {year} no es válido en la configuración. Pida a un administrador que lo corrija.',
  },
};
