import { it } from 'vitest';
import { gmailFixture } from '../../gmail-fixtures';
import { readGmailThread, readGmailAccount } from '@/lib/page/read-gmail-thread';
import { gmailPageContext } from '@/lib/page/gmail-page-context';
it('prints', () => {
  for (const f of ['thread-single.html','thread-long.html','thread-participants.html','thread-reply-in-progress.html','thread-preview-pane.html','inbox.html','settings.html','gmail-compose-2020.html']) {
    const doc = gmailFixture(f);
    const t = readGmailThread(doc);
    process.stdout.write(f + ' ' + readGmailAccount(doc) + '\n' + JSON.stringify(t, null, 1) + '\n');
    if (t) process.stdout.write(JSON.stringify(gmailPageContext(t, ['sam@seller.example'], 1), null, 1) + '\n');
  }
});
