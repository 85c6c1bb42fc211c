import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { describeWriteError } from '@/lib/db/write-error';
import { DuplicateContactError } from '@/lib/db/contacts';
import { ValidationError } from '@/lib/model/validation';
import { aContact } from '../factories';

describe('describeWriteError', () => {
  it.each([
    [
      'a full disk',
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
      'storage for Rapport is full',
    ],
    [
      'a full disk reported by Dexie',
      new Dexie.QuotaExceededError('quota'),
      'storage for Rapport is full',
    ],
    ['a closed database', new Dexie.DatabaseClosedError('closed'), 'Close and reopen the sidebar'],
    [
      'an invalid record',
      new ValidationError('Contact', ['name: A contact needs a name']),
      'A contact needs a name',
    ],
    [
      'a duplicate',
      new DuplicateContactError(aContact({ name: 'Dana Whitfield' })),
      'Dana Whitfield already has',
    ],
    ['anything else', new Error('disk on fire'), 'disk on fire'],
  ])(
    'tells the user what happened with %s, and that nothing saved was lost',
    (_, error, phrase) => {
      const text = describeWriteError(error);

      expect(text).toContain(phrase);
      expect(text.startsWith('Not saved')).toBe(true);
    },
  );
});
