/**
 * Every LinkedIn selector Rapport uses, in one place. Each hook lists its
 * fallbacks newest first with the month it was seen; LinkedIn rolls markup
 * out in stages, so older forms stay until no account shows them. Class
 * names are partly hashed and rotate: data attributes, ids and roles come
 * first, visible (translated) labels last. Sources: shared/DOM-NOTES.md.
 * tests/unit/linkedin-selectors.test.ts pins how many elements each one
 * matches on every fixture in tests/fixtures/linkedin/.
 */
export interface Fallback {
  selector: string;
  /** When this form was seen on linkedin.com (year-month). */
  seen: string;
}

const f = (selector: string, seen: string): Fallback => ({ selector, seen });

export const LINKEDIN_SELECTORS = {
  // The logged-in member profile.
  /** Marks a page as a member profile (a company page also has an h1). */
  memberProfile: [
    f('[data-view-name="profile-card"]', '2024-03'),
    f('section[data-member-id]', '2023-06'),
    f('.pv-top-card', '2021-01'),
  ],
  memberName: [
    f('main h1', '2024-03'),
    f('h1.text-heading-xlarge', '2022-01'),
    f('.pv-top-card h2', '2019-01'),
  ],
  memberHeadline: [
    f('main h1 ~ .text-body-medium', '2024-03'),
    f('div.text-body-medium.break-words', '2022-01'),
  ],
  memberLocation: [f('span.text-body-small.inline.t-black--light.break-words', '2022-01')],
  /** aria-label "Current company: <name>. Click to skip to experience card" (translated: last). */
  memberCurrentCompany: [f('button[aria-label^="Current company: "]', '2023-06')],
  /** The empty anchors a section hangs from: the section is the anchor's parent. */
  memberAboutAnchor: [f('#about', '2022-01')],
  memberExperienceAnchor: [f('#experience', '2022-01')],
  /** One job (or one company holding several jobs) in the experience card. */
  memberEntity: [
    f('[data-view-name="profile-component-entity"]', '2024-03'),
    f('li.artdeco-list__item', '2022-01'),
  ],
  /** Embedded page data; after an in-app navigation it can describe the previous profile. */
  memberEmbeddedJson: [f('code[id^="bpr-guid-"]', '2022-01')],

  // The logged-out public profile: a different layout altogether.
  publicTopCard: [f('section.top-card-layout', '2022-01')],
  publicName: [f('.top-card-layout__title', '2022-01')],
  publicHeadline: [f('.top-card-layout__headline', '2022-01')],
  publicLocation: [
    f('.top-card-layout__first-subline > :first-child > :first-child', '2023-01'),
    f('.top-card__subline-item', '2021-01'),
  ],
  publicCurrentCompany: [f('[data-section="currentPositionsDetails"]', '2023-01')],
  publicAbout: [
    f('[data-section="summary"] .core-section-container__content', '2023-01'),
    f('section.summary p', '2021-01'),
  ],
  publicExperienceItem: [f('li.experience-item', '2022-01')],
  publicExperienceTitle: [
    f('.experience-item__title', '2022-01'),
    f('.profile-section-card__title', '2021-01'),
  ],
  publicExperienceCompany: [
    f('.experience-item__subtitle', '2022-01'),
    f('.profile-section-card__subtitle', '2021-01'),
  ],
  publicExperienceDates: [f('.date-range', '2022-01')],
  publicJsonLd: [f('script[type="application/ld+json"]', '2022-01')],

  // Messaging (the overlay bubble and the /messaging/ page).
  messageBox: [
    f('.msg-form__contenteditable[contenteditable="true"]', '2024-03'),
    f('form.msg-form [contenteditable="true"][role="textbox"]', '2024-03'),
    f('[contenteditable="true"][role="textbox"][aria-multiline="true"]', '2023-01'),
    f('[contenteditable="true"][aria-label^="Write a message"]', '2022-01'),
  ],
  messageSend: [
    f('.msg-form__send-button', '2024-03'),
    f('form.msg-form button[type="submit"]', '2022-01'),
  ],

  /** The area that changes on an in-app navigation. */
  main: [f('main', '2024-03'), f('#main', '2022-01'), f('.application-outlet', '2020-01')],

  /** Text meant for screen readers only, which repeats the visible text. */
  screenReaderOnly: [f('.visually-hidden', '2022-01'), f('.sr-only', '2022-01')],
  /** The visible copy of text whose twin is screen-reader-only. */
  visibleCopy: [f('span[aria-hidden="true"]', '2022-01')],
} as const satisfies Record<string, readonly Fallback[]>;

export type LinkedInHook = keyof typeof LINKEDIN_SELECTORS;

/** The first fallback that matches anything, newest first; never throws on a bad root. */
export function queryHook(root: ParentNode, hook: LinkedInHook): Element | null {
  for (const { selector } of LINKEDIN_SELECTORS[hook]) {
    const found = safeQueryAll(root, selector)[0];
    if (found) return found;
  }
  return null;
}

/** Every element matched by the first fallback that matches anything. */
export function queryHookAll(root: ParentNode, hook: LinkedInHook): Element[] {
  for (const { selector } of LINKEDIN_SELECTORS[hook]) {
    const found = safeQueryAll(root, selector);
    if (found.length > 0) return found;
  }
  return [];
}

/** The first fallback that matches anything under `root` (to query nested structure with the same form). */
export function matchingSelector(root: ParentNode, hook: LinkedInHook): string | null {
  return (
    LINKEDIN_SELECTORS[hook].find(({ selector }) => safeQueryAll(root, selector).length > 0)
      ?.selector ?? null
  );
}

function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return [...root.querySelectorAll(selector)];
  } catch {
    return [];
  }
}
