import type { ReactNode } from 'react';
import { createContext, useContext } from 'react';
import { useHubProcedurePort } from './hub-procedure-port';
import type { ProcedurePort } from './procedure-port';

const ProcedurePortContext = createContext<ProcedurePort | null>(null);

/** Gives the procedure panels below it their port (a test's fake, or another implementation). */
export function ProcedurePortProvider({
  port,
  children,
}: {
  port: ProcedurePort;
  children: ReactNode;
}): ReactNode {
  return <ProcedurePortContext.Provider value={port}>{children}</ProcedurePortContext.Provider>;
}

/**
 * Under the hub provider of the app: the port of an enclosing {@link ProcedurePortProvider} if
 * there is one (tests, the dev harness), else the hub's own (`hubProcedurePort`).
 */
export function HubProcedurePortProvider({ children }: { children: ReactNode }): ReactNode {
  const provided = useContext(ProcedurePortContext);
  const fromHub = useHubProcedurePort();
  return <ProcedurePortProvider port={provided ?? fromHub}>{children}</ProcedurePortProvider>;
}

/** The port of the nearest provider. */
export function useProcedurePort(): ProcedurePort {
  const port = useContext(ProcedurePortContext);
  if (!port) throw new Error('A procedure panel needs a <ProcedurePortProvider> above it.');
  return port;
}
