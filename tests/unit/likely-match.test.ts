import { describe, expect, it } from 'vitest';
import { likelyMatch } from '@/lib/match/likely-match';
import type { PagePerson } from '@/lib/model/page-context';
import { aContact } from '../factories';

const saved = aContact({
  name: 'Maria Okafor',
  emails: ['maria@northwind.example'],
  company: 'Northwind Traders Inc.',
});

function onProfile(
  name: string,
  company: string,
  linkedInUrl = 'https://www.linkedin.com/in/maria-okafor/',
): PagePerson {
  return {
    name,
    email: null,
    linkedInUrl,
    company,
    title: '',
    location: '',
    guessed: [],
    writing: '',
    lastWroteAt: null,
  };
}

describe('a likely match by name and company', () => {
  it.each([
    ['Maria Okafor', 'Northwind Traders'],
    ['maria okafor', 'NORTHWIND TRADERS LTD'],
    ['Dr. María J. Okafor, MBA', 'Northwind Traders'],
    ['Maria Okafor', 'Northwind'],
  ])('finds the saved contact for %s at %s', (name, company) => {
    expect(likelyMatch(onProfile(name, company), [saved])?.id).toBe(saved.id);
  });

  it.each([
    ['Maria Okafor', 'Contoso'],
    ['Marta Okafor', 'Northwind Traders'],
    ['Maria Okafor', ''],
    ['', 'Northwind Traders'],
    ['Okafor', 'Northwind Traders'],
  ])('does not offer the saved contact for %s at %s', (name, company) => {
    expect(likelyMatch(onProfile(name, company), [saved])).toBeNull();
  });

  it('passes over a contact already tied to another profile', () => {
    const elsewhere = { ...saved, linkedInUrl: 'https://www.linkedin.com/in/maria-okafor-2/' };

    expect(likelyMatch(onProfile('Maria Okafor', 'Northwind Traders'), [elsewhere])).toBeNull();
  });
});
