import type { FormEvent } from 'react';
import {
  COMPANY_SIZES,
  DECISION_ROLES,
  PROJECT_SIZES,
  SOLUTION_TIERS,
  STAFFING,
  URGENCIES,
} from '../../../../shared/model/values';
import type { CustomerProfile, Deal } from '../../../../shared/model';
import { updateDeal } from './actions';
import { useSaveStatus } from '../../ui/useSaveStatus';
import { SaveFooter } from '../../ui/SaveFooter';

const STAFFING_LABELS: Record<(typeof STAFFING)[number], string> = {
  'own-staff': 'Own staff',
  consulting: 'Consulting',
  'premium-support': 'Premium support',
  csm: 'Customer-success manager',
};

function Choice({
  name,
  label,
  options,
  value,
}: {
  name: string;
  label: string;
  options: readonly string[];
  value: string | null;
}) {
  return (
    <label>
      {label}
      <select name={name} defaultValue={value ?? ''}>
        <option value="">Not known</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
}

/** An empty field is "not known"; anything else is the number the rep typed. */
const revenueOf = (text: string): number | null => (text.trim() === '' ? null : Number(text));

/** The customer profile built while nurturing: role, industry, size, urgency, staffing, tier, needs. */
export function ProfileForm({ deal }: { deal: Deal }) {
  const { state, run } = useSaveStatus();
  const p = deal.profile;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    const pick = <T extends string>(k: string) => (String(f.get(k) ?? '') || null) as T | null;
    const profile: CustomerProfile = {
      decisionRole: pick('decisionRole'),
      industry: String(f.get('industry') ?? '').trim(),
      companySize: pick('companySize'),
      projectSize: pick('projectSize'),
      urgency: pick('urgency'),
      staffing: STAFFING.filter((s) => f.get(`staffing-${s}`) === 'on'),
      solutionTier: pick('solutionTier'),
      longTermNeeds: String(f.get('longTermNeeds') ?? ''),
      annualRevenue: revenueOf(String(f.get('annualRevenue') ?? '')),
    };
    void run(() => updateDeal(deal.id, { profile }));
  };
  return (
    <form className="ws-section grid-form" onSubmit={submit} key={deal.id} aria-label="Customer profile">
      <h2 className="span-2">Customer profile</h2>
      <Choice
        name="decisionRole"
        label="Role in the decision"
        options={DECISION_ROLES}
        value={p.decisionRole}
      />
      <label>
        Industry
        <input name="industry" defaultValue={p.industry} />
      </label>
      <Choice
        name="companySize"
        label="Company size (employees)"
        options={COMPANY_SIZES}
        value={p.companySize}
      />
      <label>
        Company annual revenue
        <input
          name="annualRevenue"
          type="number"
          min={0}
          step="any"
          inputMode="decimal"
          defaultValue={p.annualRevenue ?? ''}
        />
      </label>
      <Choice name="projectSize" label="Project size" options={PROJECT_SIZES} value={p.projectSize} />
      <Choice name="urgency" label="Urgency" options={URGENCIES} value={p.urgency} />
      <Choice
        name="solutionTier"
        label="Solution tier at onboarding"
        options={SOLUTION_TIERS}
        value={p.solutionTier}
      />
      <fieldset className="checks span-2">
        <legend>Staffing the project</legend>
        {STAFFING.map((s) => (
          <label key={s} className="inline">
            <input type="checkbox" name={`staffing-${s}`} defaultChecked={p.staffing.includes(s)} />
            {STAFFING_LABELS[s]}
          </label>
        ))}
      </fieldset>
      <label className="span-2">
        Long-term needs (upgrades, add-ons)
        <textarea name="longTermNeeds" rows={2} defaultValue={p.longTermNeeds} />
      </label>
      <SaveFooter state={state} label="Save profile" className="span-2" />
    </form>
  );
}
