import { useState } from 'react';
import { useLiveQuery } from '../../state/liveQuery';
import { automaticBackups } from '../../flows/backups/actions';
import { BackupsSection } from '../../flows/backups/BackupsSection';
import { HandoffTemplateEditor } from './HandoffTemplateEditor';
import { CurrencyEditor } from './CurrencyEditor';
import { GoalsEditor } from './GoalsEditor';
import { ListEditor } from './ListEditor';
import { MessageTemplatesEditor } from './MessageTemplatesEditor';
import { MqlQuestionsEditor } from './MqlQuestionsEditor';
import { PipelineEditor } from './PipelineEditor';
import { ScoringEditor } from './ScoringEditor';
import { settingsActions } from './actions';
import { wonReasonsOf } from '../../../../shared/engine';
import './settings.css';

const SECTIONS = [
  { id: 'pipeline', label: 'Pipeline' },
  { id: 'scoring', label: 'Lead scoring' },
  { id: 'mql', label: 'MQL questions' },
  { id: 'reasons', label: 'Won, lost and disqualify reasons' },
  { id: 'currency', label: 'Currency' },
  { id: 'goals', label: 'Quota and goals' },
  { id: 'handoff', label: 'Handoff template' },
  { id: 'templates', label: 'E-mail and call templates' },
  { id: 'backups', label: 'Backups' },
] as const;
type Section = (typeof SECTIONS)[number]['id'];

/** Settings: the pipeline, scoring, the MQL question set, the reason lists and the currency. */
export function SettingsView() {
  const [section, setSection] = useState<Section>('pipeline');
  const settings = useLiveQuery('settings.get', {});
  return (
    <section className="settings" aria-label="Settings">
      <nav className="settings-nav" aria-label="Settings sections">
        <h1>Settings</h1>
        {SECTIONS.map((s) => (
          <button
            key={s.id}
            type="button"
            className="nav-link"
            aria-current={section === s.id ? 'true' : undefined}
            onClick={() => setSection(s.id)}
          >
            {s.label}
          </button>
        ))}
      </nav>
      <div className="settings-body">
        {section === 'pipeline' && <PipelineEditor />}
        {section === 'handoff' && <HandoffTemplateEditor />}
        {section === 'backups' && <BackupsSettings />}
        {!['pipeline', 'handoff', 'backups'].includes(section) && !settings.data && (
          <p aria-busy="true">Loading the settings…</p>
        )}
        {section === 'scoring' && settings.data && <ScoringEditor key="scoring" settings={settings.data} />}
        {section === 'mql' && settings.data && <MqlQuestionsEditor settings={settings.data} />}
        {section === 'currency' && settings.data && <CurrencyEditor settings={settings.data} />}
        {section === 'goals' && settings.data && <GoalsEditor settings={settings.data} />}
        {section === 'templates' && settings.data && <MessageTemplatesEditor settings={settings.data} />}
        {section === 'reasons' && settings.data && (
          <>
            <ListEditor
              title="Won reasons"
              items={wonReasonsOf(settings.data)}
              onSave={(wonReasons) => settingsActions.updateSettings({ wonReasons })}
            />
            <ListEditor
              title="Lost reasons"
              items={settings.data.lostReasons}
              onSave={(lostReasons) => settingsActions.updateSettings({ lostReasons })}
            />
            <ListEditor
              title="Disqualify reasons"
              items={settings.data.disqualifyReasons}
              onSave={(disqualifyReasons) => settingsActions.updateSettings({ disqualifyReasons })}
            />
          </>
        )}
      </div>
    </section>
  );
}

/** Automatic backups live in the desktop app's main process; the browser has none. */
function BackupsSettings() {
  const backups = automaticBackups();
  if (backups) return <BackupsSection backups={backups} />;
  return (
    <p className="hint">
      Automatic backups are made by the desktop app. Here, export a complete backup file from the Data view.
    </p>
  );
}
