import { z } from 'zod';
import { Id } from '../../model';
import { query } from '../../rpc/define';
import type { CompanyPage, CompanyRow } from '../../rpc/views';

/** A company's figures come from its people and deals (won value in the home currency). */
const COMPANIES = ['companies', 'contacts', 'deals', 'settings'] as const;

export const companiesMethods = {
  /** Every company with its people, open deals, won value and last touch. */
  'companies.list': query(z.object({}), COMPANIES).returns<CompanyRow[]>(),
  /** One company's page: its people, open and closed deals, won value and the timeline. */
  'companies.get': query(z.object({ id: Id }), [...COMPANIES, 'activities']).returns<CompanyPage>(),
};
