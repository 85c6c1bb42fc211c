import { describe, expect, it } from 'vitest';
import { pageContextSchema } from '@/lib/model/page-context';
import {
  companyFromDomain,
  gmailPageContext,
  guessFromSignature,
} from '@/lib/page/gmail-page-context';
import { readGmailThread } from '@/lib/page/read-gmail-thread';
import { gmailFixture } from '../gmail-fixtures';

const ZONE = 'America/New_York';
const newYork = (month: number, day: number, hour: number, minute: number) =>
  Date.UTC(2026, month - 1, day, hour + 5, minute);

function contextOf(fixture: string, ownEmails: string[]) {
  const thread = readGmailThread(gmailFixture(fixture));
  if (!thread) throw new Error(`${fixture} did not read as a thread`);
  return gmailPageContext(thread, ownEmails, 1_700_000_000_000, ZONE);
}

describe('gmailPageContext', () => {
  it('offers the sender of a single email, with the company from the signature marked as a guess', () => {
    const context = contextOf('thread-single.html', ['sam@seller.example']);

    expect(pageContextSchema.safeParse(context).success).toBe(true);
    expect(context).toMatchObject({
      site: 'gmail',
      key: 'thread-f:1783000000000000001',
      title: 'Trade-show checklist',
    });
    expect(context.people).toHaveLength(1);
    expect(context.people[0]).toMatchObject({
      name: 'Dana Whitfield',
      email: 'dana@northwind.example',
      company: 'Northwind Traders',
      title: 'Head of Operations',
      guessed: ['company', 'title'],
    });
    expect(context.people[0]?.writing).toContain('trade-show checklist');
  });

  it('puts the last sender first, then earlier senders and recipients, without the user', () => {
    const context = contextOf('thread-participants.html', ['sam@seller.example']);

    expect(context.people.map((person) => person.email)).toEqual([
      'priya@raman-consulting.co.uk',
      'lee.okafor@gmail.com',
      'dana@northwind.example',
    ]);
  });

  it('skips the user even when the user wrote the last message', () => {
    const context = contextOf('thread-long.html', ['SAM@seller.example']);

    expect(context.people.map((person) => person.email)).toEqual(['dana@northwind.example']);
    expect(context.people[0]?.writing).toBe(
      'Thanks Sam. We will go with the smaller rollout first, starting in January.\n\nDana',
    );
  });

  it('keeps the user among the people when their address is not known', () => {
    const context = contextOf('thread-long.html', []);
    expect(context.people[0]?.email).toBe('sam@seller.example');
  });

  it('says when each person last wrote, from the dates Gmail shows', () => {
    const context = contextOf('thread-participants.html', ['sam@seller.example']);

    expect(context.people.map((person) => [person.email, person.lastWroteAt])).toEqual([
      ['priya@raman-consulting.co.uk', newYork(11, 26, 8, 15)],
      ['lee.okafor@gmail.com', newYork(11, 25, 11, 30)],
      ['dana@northwind.example', newYork(11, 25, 10, 0)],
    ]);
  });

  it('takes the latest of several messages from one person, and none for someone who only received', () => {
    const single = contextOf('thread-single.html', []);
    const long = contextOf('thread-long.html', []);

    expect(
      long.people.find((person) => person.email === 'dana@northwind.example')?.lastWroteAt,
    ).toBe(newYork(11, 16, 9, 16));
    expect(
      single.people.find((person) => person.email === 'sam@seller.example')?.lastWroteAt,
    ).toBeNull();
  });

  it('leaves the time out when Gmail shows the date in a form it cannot read', () => {
    const thread = readGmailThread(gmailFixture('thread-single.html'))!;
    const german = {
      ...thread,
      messages: thread.messages.map((message) => ({
        ...message,
        date: 'Di., 1. Dez. 2026, 15:04',
      })),
    };

    const context = gmailPageContext(german, ['sam@seller.example'], 0, ZONE);

    expect(context.people[0]?.lastWroteAt).toBeNull();
    expect(pageContextSchema.safeParse(context).success).toBe(true);
  });

  it('guesses no company for a free mail address', () => {
    const lee = contextOf('thread-participants.html', []).people.find(
      (person) => person.email === 'lee.okafor@gmail.com',
    );
    expect(lee).toMatchObject({ company: '', guessed: [] });
  });
});

describe('companyFromDomain', () => {
  it.each([
    ['dana@northwind.example', 'Northwind'],
    ['priya@raman-consulting.co.uk', 'Raman Consulting'],
    ['a@mail.acme-tools.com', 'Acme Tools'],
    ['lee@gmail.com', ''],
    ['lee@outlook.com', ''],
    ['not an address', ''],
  ])('reads %s as "%s"', (email, company) => {
    expect(companyFromDomain(email)).toBe(company);
  });
});

describe('guessFromSignature', () => {
  const person = { name: 'Jo Park', email: 'jo@gmail.com' };

  it.each([
    [
      'Jo Park\nFounder | Park & Sons Ltd\n+1 555 0100',
      { company: 'Park & Sons Ltd', title: 'Founder' },
    ],
    ['Jo Park\nSales lead at Bright Corp', { company: 'Bright Corp', title: 'Sales lead' }],
    ['Jo Park\nSent from my phone', { company: '', title: '' }],
    ['', { company: '', title: '' }],
  ])('reads %j', (signature, expected) => {
    expect(guessFromSignature(signature, person)).toEqual(expected);
  });
});
