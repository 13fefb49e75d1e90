/** The people a row names: its contact columns and a CRM's list of associated contacts. */
export interface ImportPerson {
  name: string;
  email: string;
}

const EMAIL = /[^\s<>()@;,]+@[^\s<>()@;,]+\.[^\s<>()@;,]+/;

/** A name read from an e-mail address: `jane.doe@acme.example` → "Jane Doe". '' when there is none. */
export function nameFromEmail(email: string): string {
  const local = email.trim().split('@')[0] ?? '';
  return local
    .split(/[._\-+]+/)
    .filter((part) => /\p{L}/u.test(part))
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1).toLowerCase())
    .join(' ');
}

/**
 * A CRM's associated-contacts cell: HubSpot writes `Jane Doe (jane@acme.example);Raj Patel
 * (raj@globex.example)`; others write `Name <email>` or bare addresses, separated by `;`, `,`
 * or line breaks. A person without a name takes one from the e-mail.
 */
export function parseContactList(text: string): ImportPerson[] {
  return text
    .split(/[;\n]+|,(?![^()<>]*[)>])/)
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const email = EMAIL.exec(item)?.[0] ?? '';
      const name = item
        .replace(email, '')
        .replace(/[()<>"]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
      return { name: name || nameFromEmail(email), email };
    })
    .filter((person) => person.name || person.email);
}
