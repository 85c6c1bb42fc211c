import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { PagePerson } from '@/components/page-person';
import { usePage } from '@/components/page-store';
import { ServicesProvider } from '@/components/services';
import { useUi } from '@/components/ui-store';
import { gmailPageContext } from '@/lib/page/gmail-page-context';
import { readGmailThread } from '@/lib/page/read-gmail-thread';
import { freshDatabase } from '../factories';
import { gmailFixture } from '../gmail-fixtures';

function renderPerson() {
  const services = { db: freshDatabase(), now: () => 0, remindersChanged: () => undefined };
  return render(
    <ServicesProvider services={services}>
      <PagePerson />
    </ServicesProvider>,
  );
}

describe('the sidebar on Gmail', () => {
  beforeEach(() => {
    useUi.setState({ view: { name: 'today' }, history: [] });
  });

  it('offers the participants of a thread, the last sender first, without the user', async () => {
    const thread = readGmailThread(gmailFixture('thread-participants.html'));
    if (!thread) throw new Error('The fixture did not read');
    usePage.setState({
      tabId: 1,
      context: gmailPageContext(thread, ['sam@seller.example'], 0, 'UTC'),
    });

    renderPerson();

    const options = (await screen.findByLabelText('Who is this about?')).querySelectorAll('option');
    expect(Array.from(options, (option) => option.textContent)).toEqual([
      'Dr. Priya Raman <priya@raman-consulting.co.uk>',
      'Lee Okafor <lee.okafor@gmail.com>',
      'Dana Whitfield <dana@northwind.example>',
    ]);
  });

  it('says when it cannot read the layout, and offers to add the person by hand', async () => {
    usePage.setState({
      tabId: 1,
      context: {
        site: 'gmail',
        key: 'unreadable:x',
        title: '',
        people: [],
        readAt: 0,
        unreadable: true,
      },
    });

    renderPerson();
    await userEvent.click(screen.getByRole('button', { name: 'Add contact by hand' }));

    expect(screen.getByText(/cannot read this Gmail page/)).toBeTruthy();
    expect(useUi.getState().view).toEqual({ name: 'new-contact', prefill: null });
  });
});
