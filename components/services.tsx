import { createContext, useContext, type ReactNode } from 'react';
import type { RapportDatabase } from '@/lib/db/database';

/**
 * What the sidebar's components need from their surroundings. Passed in,
 * not imported, so component tests give them a fresh fake-indexeddb and
 * watch what would have been sent to the service worker.
 */
export interface Services {
  db: RapportDatabase;
  /** Tells the service worker reminders changed, so the badge is recounted now. */
  remindersChanged(): void;
  now(): number;
}

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider({
  services,
  children,
}: {
  services: Services;
  children: ReactNode;
}) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices() needs a <ServicesProvider> above it.');
  return services;
}
