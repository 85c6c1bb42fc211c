import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import type { RapportDatabase } from '@/lib/db/database';
import { ServicesProvider } from '@/components/services';

/** Renders a sidebar component with a database of its own and a watched badge recount. */
export function renderWith(db: RapportDatabase, ui: ReactElement) {
  const remindersChanged = vi.fn<() => void>();
  return {
    remindersChanged,
    ...render(
      <ServicesProvider services={{ db, remindersChanged, now: () => Date.now() }}>
        {ui}
      </ServicesProvider>,
    ),
  };
}
