import { addDays, addHours, setHours, startOfDay, subDays } from 'date-fns';
import type { RapportDatabase } from './database';
import { buildContact } from './contacts';
import { buildReminder } from './reminders';
import { touchSchema, type Touch } from '../model/touch';
import type { Contact, ContactDraft } from '../model/contact';
import type { Reminder } from '../model/reminder';
import { newId } from '../id';
import { now } from '../clock';

/**
 * A handful of believable contacts for the demo and for a first look.
 * Every record is marked `sample: true` (reminders and touches through their
 * contact), so removeSampleData takes exactly these away and nothing else.
 */
const PEOPLE: ContactDraft[] = [
  {
    name: 'Dana Whitfield',
    emails: ['dana.whitfield@northwind-logistics.example'],
    company: 'Northwind Logistics',
    title: 'Sales Manager (newly promoted)',
    location: 'Columbus, OH',
    stage: 'prospect',
    goals: ['become a better manager', 'convert more trade show leads'],
    challenges: ['new in the role', 'no formal management training'],
    interests: ['sailing', 'leadership books'],
    preferences: ['email over phone', 'short notes'],
    style: { name: 'relater', source: 'assessment', confidence: null, setAt: 0 },
    notes:
      'Met at the Midwest Freight Expo. Not now: budget frozen until Q3. Asked me to call back in six months.',
  },
  {
    name: 'Marcus Oyelaran',
    emails: ['marcus@brightpath.example'],
    linkedInUrl: 'https://www.linkedin.com/in/marcus-oyelaran/',
    company: 'BrightPath Analytics',
    title: 'VP Operations',
    location: 'Austin, TX',
    stage: 'customer',
    goals: ['cut onboarding time', 'hire two senior analysts'],
    challenges: ['hiring market is tight'],
    interests: ['marathon running'],
    preferences: ['mornings', 'bottom line first'],
    style: { name: 'director', source: 'picked', confidence: null, setAt: 0 },
    notes: 'Signed in March. Promised a quarterly usage review and an intro to our data team lead.',
  },
  {
    name: 'Priya Raman',
    emails: ['priya.raman@kestrelhealth.example'],
    company: 'Kestrel Health',
    title: 'Director of Patient Experience',
    location: 'Toronto, ON',
    stage: 'prospect',
    goals: ['raise patient satisfaction scores', 'build a feedback program'],
    challenges: ['limited budget', 'long approval process'],
    interests: ['data visualisation'],
    preferences: ['detailed written proposals'],
    style: { name: 'thinker', source: 'writing', confidence: 0.7, setAt: 0 },
    notes: 'Asked eleven careful questions about data retention. Wants sources for every claim.',
  },
  {
    name: 'Tom Becker',
    emails: ['tbecker@becker-events.example'],
    company: 'Becker Events',
    title: 'Founder',
    location: 'Denver, CO',
    stage: 'partner',
    goals: ['grow referral business', 'speak at more conferences'],
    challenges: ['time management'],
    interests: ['craft beer', 'podcasting'],
    preferences: ['phone calls'],
    style: { name: 'socializer', source: 'picked', confidence: null, setAt: 0 },
    notes: 'Knows everyone in the events world. Happy to introduce us to show organisers.',
  },
  {
    name: 'Elena Sorokina',
    emails: ['elena.sorokina@ourcompany.example'],
    company: 'Our Company',
    title: 'Customer Success Lead',
    location: 'Remote',
    stage: 'colleague',
    goals: ['improve customer retention'],
    challenges: [],
    interests: ['negotiation', 'customer onboarding'],
    preferences: [],
    style: null,
    notes: 'Expert on onboarding; good person to introduce customers to.',
  },
];

export async function hasSampleData(db: RapportDatabase): Promise<boolean> {
  // Booleans are not valid IndexedDB keys, so this is a scan; contact lists are small.
  return (await db.contacts.filter((c) => c.sample).count()) > 0;
}

/** Adds the sample contacts with reminders and touches, in one transaction. */
export async function loadSampleData(db: RapportDatabase): Promise<void> {
  const at = now();
  const today = startOfDay(at);

  const contacts: Contact[] = PEOPLE.map((person) =>
    buildContact(
      { ...person, sample: true, style: person.style ? { ...person.style, setAt: at } : null },
      at,
    ),
  );
  const [dana, marcus, priya, tom] = contacts as [Contact, Contact, Contact, Contact, Contact];

  const reminders: Reminder[] = [
    buildReminder(
      {
        contactId: marcus.id,
        kind: 'promise',
        dueAt: subDays(setHours(today, 9), 2).getTime(),
        note: 'Send the quarterly usage review I promised',
      },
      at,
    ),
    buildReminder(
      {
        contactId: dana.id,
        kind: 'thank-you',
        dueAt: at - 60_000,
        note: 'Hand-write a thank-you note for the meeting at the expo',
      },
      at,
    ),
    buildReminder(
      {
        contactId: priya.id,
        kind: 'follow-up',
        dueAt: at - 2 * 3_600_000,
        note: 'Send the article on survey response rates',
      },
      at,
    ),
    buildReminder(
      {
        contactId: tom.id,
        kind: 'follow-up',
        dueAt: addDays(setHours(today, 10), 3).getTime(),
        note: 'Ask how the podcast launch went',
      },
      at,
    ),
    buildReminder(
      {
        contactId: dana.id,
        kind: 'call-back',
        dueAt: addDays(setHours(today, 10), 182).getTime(),
        note: 'Budget unfreezes in Q3: call back as agreed',
      },
      at,
    ),
  ];

  const touches: Touch[] = [
    {
      id: newId(),
      contactId: dana.id,
      channel: 'meeting',
      purpose: 'other',
      at: subDays(addHours(today, 14), 1).getTime(),
      subject: 'Met at Midwest Freight Expo',
      body: 'Discussed trade-show lead follow-up; budget frozen until Q3.',
    },
    {
      id: newId(),
      contactId: marcus.id,
      channel: 'email',
      purpose: 'promise-update',
      at: subDays(today, 20).getTime(),
      subject: 'Onboarding checklist',
      body: 'Sent the onboarding checklist we discussed.',
    },
  ].map((touch) => touchSchema.parse(touch));

  await db.transaction('rw', [db.contacts, db.reminders, db.touches], async () => {
    await db.contacts.bulkAdd(contacts);
    await db.reminders.bulkAdd(reminders);
    await db.touches.bulkAdd(touches);
  });
}

/** Removes every sample contact with its reminders and touches, in one transaction. */
export async function removeSampleData(db: RapportDatabase): Promise<number> {
  return db.transaction('rw', [db.contacts, db.reminders, db.touches], async () => {
    const ids = (await db.contacts.filter((c) => c.sample).primaryKeys()) as string[];

    await db.reminders.where('contactId').anyOf(ids).delete();
    await db.touches.where('contactId').anyOf(ids).delete();
    await db.contacts.bulkDelete(ids);
    return ids.length;
  });
}
