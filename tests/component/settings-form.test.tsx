import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SettingsForm } from '@/components/settings-form';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/model/settings';

describe('SettingsForm', () => {
  it('saves the name drafts are signed with, along with the own addresses', async () => {
    const loaded: Settings = { ...DEFAULT_SETTINGS, ownEmails: ['sam@seller.example'] };
    const save = vi.fn<(patch: Partial<Settings>) => Promise<Settings>>(
      async (patch: Partial<Settings>) => ({ ...loaded, ...patch }),
    );
    render(<SettingsForm load={async () => loaded} save={save} />);

    await userEvent.type(await screen.findByLabelText('Your name'), 'Sam Seller');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(save).toHaveBeenCalledWith({
      yourName: 'Sam Seller',
      ownEmails: ['sam@seller.example'],
    });
    expect(await screen.findByText('Settings saved.')).toBeTruthy();
  });
});
