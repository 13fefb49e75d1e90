import { describe, expect, it } from 'vitest';
import { nameFromEmail, parseContactList } from './people';

describe('people named by an import row', () => {
  it('reads HubSpot’s associated contacts: several, each with name and e-mail', () => {
    expect(parseContactList('Jane Doe (jane.doe@acme.example);Raj Patel (raj@globex.example)')).toEqual([
      { name: 'Jane Doe', email: 'jane.doe@acme.example' },
      { name: 'Raj Patel', email: 'raj@globex.example' },
    ]);
  });

  it('reads "Name <email>", bare addresses and names alone; a nameless one takes its name from the e-mail', () => {
    expect(
      parseContactList('Ada Park <ada@ironbark.example>, maria.garcia@initech.example\nTom Nguyen'),
    ).toEqual([
      { name: 'Ada Park', email: 'ada@ironbark.example' },
      { name: 'Maria Garcia', email: 'maria.garcia@initech.example' },
      { name: 'Tom Nguyen', email: '' },
    ]);
    expect(parseContactList(' ; ')).toEqual([]);
  });

  it('makes a name from an address', () => {
    expect(nameFromEmail('jane.doe@acme.example')).toBe('Jane Doe');
    expect(nameFromEmail('j_berg-2@nordwind.example')).toBe('J Berg');
    expect(nameFromEmail('')).toBe('');
  });
});
