import { DECISION_ROLE_LABELS, LEAD_SOURCE_LABELS } from '../../../model/values';
import type { CompanySize, CustomerProfile } from '../../../model';
import { localIsoDate } from '../../../engine';

/** Checkbox glyphs used by every text format. */
export const TICKED = '☑';
export const UNTICKED = '☐';

const pad = (n: number): string => String(n).padStart(2, '0');

/** `YYYY-MM-DD HH:mm` in local time. */
export function formatLocalDateTime(ms: number): string {
  const d = new Date(ms);
  return `${localIsoDate(ms)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Money in a fixed `en-US` style so the notes read the same on every machine. */
export function formatMoney(amount: number, currency?: string): string {
  if (currency) {
    try {
      return new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 2 }).format(
        amount,
      );
    } catch {
      // An unknown currency code: fall through to a plain number with the code appended.
      return `${formatNumber(amount)} ${currency}`;
    }
  }
  return formatNumber(amount);
}

function formatNumber(amount: number): string {
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(amount);
}

export const ROLE_LABELS = DECISION_ROLE_LABELS;

const STAFFING_LABELS: Record<CustomerProfile['staffing'][number], string> = {
  'own-staff': 'own staff',
  consulting: 'needs consulting',
  'premium-support': 'needs premium support',
  csm: 'needs a customer-success manager',
};

const capitalise = (s: string): string => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);

export function staffingText(staffing: CustomerProfile['staffing']): string {
  return capitalise(staffing.map((s) => STAFFING_LABELS[s]).join(', '));
}

export function companySizeText(size: CompanySize | null): string {
  return size ? `${size} employees` : '';
}

export function sourceText(source: keyof typeof LEAD_SOURCE_LABELS, campaign: string): string {
  const label = LEAD_SOURCE_LABELS[source];
  return campaign.trim() ? `${label} (campaign: ${campaign.trim()})` : label;
}

export { capitalise };
