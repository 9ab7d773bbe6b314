import { networkInterfaces } from 'node:os';

/** Every non-internal IPv4 address of this machine, in the order the system lists them. */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((entry) => entry && entry.family === 'IPv4' && !entry.internal)
    .flatMap((entry) => (entry ? [entry.address] : []));
}

/** The address phones on the office network most likely reach this hub at, if any. */
export function firstLanAddress(): string | null {
  return lanAddresses()[0] ?? null;
}
