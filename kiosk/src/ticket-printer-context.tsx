import type { ReactNode } from 'react';
import { createContext, useContext } from 'react';
import type { TicketPrinter } from './ticket-printer';
import { NO_TICKET_PRINTER } from './ticket-printer';

const TicketPrinterContext = createContext<TicketPrinter>(NO_TICKET_PRINTER);

/** Gives the kiosk its ticket printer (the real one in main.tsx, fakes in tests). */
export function TicketPrinterProvider({
  printer,
  children,
}: {
  printer: TicketPrinter;
  children: ReactNode;
}): ReactNode {
  return <TicketPrinterContext.Provider value={printer}>{children}</TicketPrinterContext.Provider>;
}

/** The nearest {@link TicketPrinterProvider}'s printer; one that prints nothing without one. */
export function useTicketPrinter(): TicketPrinter {
  return useContext(TicketPrinterContext);
}
