import { createContact } from '@/lib/db/contacts';
import type { ContactDraft } from '@/lib/model/contact';
import { ContactFields, contactPatchOf, fieldValuesOf } from './contact-fields';
import { useServices } from './services';
import { useUi } from './ui-store';
import { ViewHeading } from './view-heading';
import { useWrite } from './use-write';

/** A new contact, empty or prefilled from the page the user is reading. */
export function NewContact({
  prefill,
  guessed = [],
}: {
  prefill: ContactDraft | null;
  guessed?: readonly string[];
}) {
  const { db } = useServices();
  const write = useWrite();
  const { go, back } = useUi();

  return (
    <section className="view" aria-labelledby="new-contact-heading">
      <ViewHeading id="new-contact-heading">New contact</ViewHeading>
      <ContactFields
        initial={fieldValuesOf(prefill)}
        guessed={guessed}
        submitLabel="Add contact"
        onCancel={back}
        onSubmit={async (values) => {
          const contact = await write(() =>
            createContact(db, { ...prefill, ...contactPatchOf(values) }),
          );
          if (contact) go({ name: 'contact', contactId: contact.id });
          return contact !== undefined;
        }}
      />
    </section>
  );
}
