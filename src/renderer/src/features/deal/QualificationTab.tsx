import { useState } from 'react';
import { BANT_LABELS, CHAMP_LABELS, bantMissing, champMissing } from '../../../../shared/engine';
import { BANT_KEYS, CHAMP_KEYS } from '../../../../shared/model/values';
import type { Deal } from '../../../../shared/model';
import type { DealPatch } from '../../../../shared/domains/deals/contract';
import { updateDeal } from './actions';
import { QualEditor } from './QualEditor';
import { ScorePanel } from './ScorePanel';
import { SAVE_LABELS, useSaveStatus } from '../../ui/useSaveStatus';
import type { WorkspaceData } from './workspaceData';

type Flags = Pick<
  Deal,
  'bant' | 'champ' | 'specialistMeeting' | 'salAccepted' | 'dataValidated' | 'mqlAnswers'
>;

/** BANT and CHAMP, the MQL questions, acceptance checks, and the lead score with its breakdown. */
export function QualificationTab({ data }: { data: WorkspaceData }) {
  const { deal } = data.detail;
  return <QualificationForm key={deal.id} data={data} />;
}

function QualificationForm({ data }: { data: WorkspaceData }) {
  const { deal } = data.detail;
  const questions = data.settings.mqlQuestions;
  // Local copy so quick successive edits build on each other before the store echoes back.
  const [q, setQ] = useState<Flags>(() => ({
    bant: deal.bant,
    champ: deal.champ,
    specialistMeeting: deal.specialistMeeting,
    salAccepted: deal.salAccepted,
    dataValidated: deal.dataValidated,
    mqlAnswers: deal.mqlAnswers,
  }));
  const { state, run } = useSaveStatus();
  const save = (patch: Partial<Flags>) => {
    setQ((current) => ({ ...current, ...patch }));
    void run(() => updateDeal(deal.id, patch as DealPatch));
  };
  const bantOpen = bantMissing(q.bant);
  const champOpen = champMissing(q.champ);
  return (
    <>
      <section className="ws-section" aria-label="Qualification">
        <h2>
          Qualification{' '}
          <span className="save-state" role="status">
            {SAVE_LABELS[state]}
          </span>
        </h2>
        <p className="muted">
          {bantOpen.length === 0
            ? 'BANT complete.'
            : `BANT open: ${bantOpen.map((m) => m.label).join(', ')}.`}{' '}
          {champOpen.length === 0
            ? 'CHAMP complete.'
            : `CHAMP open: ${champOpen.map((m) => m.label).join(', ')}.`}
        </p>
        <div className="qual-grid">
          <QualEditor
            title="BANT"
            keys={BANT_KEYS}
            labels={BANT_LABELS}
            value={q.bant}
            onChange={(bant) => save({ bant })}
          />
          <QualEditor
            title="CHAMP"
            keys={CHAMP_KEYS}
            labels={CHAMP_LABELS}
            value={q.champ}
            onChange={(champ) => save({ champ })}
          />
        </div>
        <fieldset className="checks">
          <legend>Checks</legend>
          <label className="inline">
            <input
              type="checkbox"
              checked={q.specialistMeeting}
              onChange={(e) => save({ specialistMeeting: e.target.checked })}
            />
            Agreed to meet an industry / solution specialist
          </label>
          <label className="inline">
            <input
              type="checkbox"
              checked={q.salAccepted}
              onChange={(e) => save({ salAccepted: e.target.checked })}
            />
            Accepted by sales (SAL)
          </label>
          <label className="inline">
            <input
              type="checkbox"
              checked={q.dataValidated}
              onChange={(e) => save({ dataValidated: e.target.checked })}
            />
            Lead data validated against the quality criteria
          </label>
        </fieldset>
        {questions.length > 0 && (
          <fieldset className="checks">
            <legend>MQL questions (yes to all meets the MQL definition)</legend>
            {questions.map((question) => (
              <label key={question.id} className="inline">
                <input
                  type="checkbox"
                  checked={q.mqlAnswers[question.id] === true}
                  onChange={(e) => save({ mqlAnswers: { ...q.mqlAnswers, [question.id]: e.target.checked } })}
                />
                {question.text}
              </label>
            ))}
          </fieldset>
        )}
      </section>
      <ScorePanel data={data} />
    </>
  );
}
