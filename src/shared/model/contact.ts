import { z } from 'zod';
import { Id, ShortText, Timestamp } from './common';
import { CompanySize } from './profile';

export const Company = z.object({
  id: Id,
  name: ShortText,
  industry: ShortText,
  size: CompanySize.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Company = z.infer<typeof Company>;

export const Contact = z.object({
  id: Id,
  name: ShortText,
  email: ShortText,
  phone: ShortText,
  title: ShortText,
  companyId: Id.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Contact = z.infer<typeof Contact>;
