import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import type { ExpedienteLookupApi } from './expediente-lookup-api';
import { NO_EXPEDIENTE_LOOKUP } from './expediente-lookup-api';

const ExpedienteLookupContext = createContext<ExpedienteLookupApi>(NO_EXPEDIENTE_LOOKUP);

/** Props of {@link ExpedienteLookupProvider}. */
export type ExpedienteLookupProviderProps = { api: ExpedienteLookupApi; children: ReactNode };

/** Gives the lookup screens their HTTP call (the hub's in `main.tsx`, a fake fetch in tests). */
export function ExpedienteLookupProvider({
  api,
  children,
}: ExpedienteLookupProviderProps): ReactNode {
  return (
    <ExpedienteLookupContext.Provider value={api}>{children}</ExpedienteLookupContext.Provider>
  );
}

/** The nearest provider's lookup; one that always fails without a provider. */
export function useExpedienteLookupApi(): ExpedienteLookupApi {
  return useContext(ExpedienteLookupContext);
}
