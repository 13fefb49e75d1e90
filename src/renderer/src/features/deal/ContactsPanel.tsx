import type { FormEvent } from 'react';
import { DECISION_ROLE_LABELS, DECISION_ROLES } from '../../../../shared/model/values';
import type { DecisionRole } from '../../../../shared/model';
import type { DealDetail } from '../../../../shared/rpc/views';
import { addContact, removeContact, updateContact } from './actions';
import { useSaveStatus } from '../../ui/useSaveStatus';

const ROLE_LABELS = DECISION_ROLE_LABELS;

/** The people on the deal and their role in the buying decision. */
export function ContactsPanel({ detail }: { detail: DealDetail }) {
  const { run } = useSaveStatus();
  const dealId = detail.deal.id;
  const add = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const f = new FormData(form);
    const text = (k: string) => String(f.get(k) ?? '').trim();
    void run(() =>
      addContact({
        dealId,
        contact: {
          name: text('name'),
          email: text('email'),
          phone: text('phone'),
          title: text('title'),
          role: text('role') as DecisionRole,
        },
      }),
    ).then((ok) => ok && form.reset());
  };
  return (
    <>
      <section className="ws-section" aria-label="Contacts on this deal">
        <h2>Contacts</h2>
        {detail.contacts.length === 0 ? (
          <p className="muted">No contacts yet.</p>
        ) : (
          <table className="contacts">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Contact</th>
                <th scope="col">Role</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {detail.contacts.map(({ contact, role }) => (
                <tr key={contact.id}>
                  <td>
                    {contact.name}
                    {contact.title && <div className="muted">{contact.title}</div>}
                  </td>
                  <td>
                    {contact.email}
                    {contact.phone && <div className="muted">{contact.phone}</div>}
                  </td>
                  <td>
                    <select
                      aria-label={`Role of ${contact.name}`}
                      value={role}
                      onChange={(e) =>
                        void run(() =>
                          updateContact({
                            dealId,
                            contactId: contact.id,
                            contact: { role: e.target.value as DecisionRole },
                          }),
                        )
                      }
                    >
                      {DECISION_ROLES.map((r) => (
                        <option key={r} value={r}>
                          {ROLE_LABELS[r]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <button type="button" onClick={() => void run(() => removeContact(dealId, contact.id))}>
                      Remove<span className="visually-hidden"> {contact.name}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <form className="ws-section grid-form" onSubmit={add} aria-label="Add a contact">
        <h2 className="span-2">Add a contact</h2>
        <label>
          Name
          <input name="name" required />
        </label>
        <label>
          Job title
          <input name="title" />
        </label>
        <label>
          E-mail
          <input name="email" type="email" />
        </label>
        <label>
          Phone
          <input name="phone" />
        </label>
        <label>
          Role in the decision
          <select name="role" defaultValue="influencer">
            {DECISION_ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        </label>
        <div className="form-actions">
          <button type="submit" className="primary">
            Add contact
          </button>
        </div>
      </form>
    </>
  );
}
