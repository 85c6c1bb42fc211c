import { it } from 'vitest';
import { launchRapport } from '/work/wt-plan/tests/e2e/harness';
it('debug', async () => {
  const rapport = await launchRapport();
  const sidebar = await rapport.openSidebar();
  sidebar.on('console', (m) => console.log('CONSOLE', m.type(), m.text()));
  sidebar.on('pageerror', (e) => console.log('PAGEERROR', e.message));
  await sidebar.getByRole('button', { name: 'Add a contact' }).click();
  await sidebar.getByLabel('Name').fill('Dana Whitfield');
  await sidebar.getByRole('button', { name: 'Add contact' }).click();
  await new Promise((r) => setTimeout(r, 2000));
  await sidebar.screenshot({ path: '/tmp/dbg.png', fullPage: true });
  await rapport.close();
});
