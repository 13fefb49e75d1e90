import { useId } from 'react';
import { followUpsHelp, keyShortcutsOf } from '../../commands/followups';
import { AgendaDialogs } from './AgendaDialogs';
import { AgendaList } from './AgendaList';
import { agendaKeyHandler, rowKeys } from './agendaKeys';
import { ModeSwitch } from './ModeSwitch';
import { NotificationsOffer } from './NotificationsOffer';
import { useAgendaActions } from './useAgendaActions';
import { useFollowUpsData } from './useFollowUpsData';
import { useFollowUpsMode } from './useFollowUpsMode';
import { useRovingRows } from './useRovingRows';
import { WEEK_HELP, WeekView } from './WeekView';
import './followups.css';
import './week.css';

const HELP = followUpsHelp();

/** The agenda, as a list (Overdue, Today, Upcoming, Later, stale deals) or a week calendar. Keyboard first. */
export function FollowUpsView() {
  const data = useFollowUpsData();
  const act = useAgendaActions(data);
  const [mode, setMode] = useFollowUpsMode();
  const roving = useRovingRows(mode === 'list' ? rowKeys(data) : []);
  const helpId = useId();

  return (
    <div className={`followups fu-mode-${mode}`} onKeyDown={agendaKeyHandler(data, act, roving, mode)}>
      <div className="fu-toolbar">
        <h1>Follow-ups</h1>
        <ModeSwitch mode={mode} onChange={setMode} />
        <button
          type="button"
          className="primary"
          aria-keyshortcuts={keyShortcutsOf('new')}
          onClick={act.newFollowUp}
        >
          New follow-up
        </button>
        <button type="button" onClick={act.exportIcs} disabled={data.items.length === 0}>
          Export to calendar (.ics)
        </button>
      </div>
      <NotificationsOffer />
      <p id={helpId} className="fu-help">
        {mode === 'list' ? HELP : WEEK_HELP}
      </p>
      <p className="fu-sr" role="status" aria-live="polite">
        {act.message}
      </p>
      {data.error && (
        <p role="alert" className="error">
          {data.error}
        </p>
      )}
      {mode === 'list' ? (
        <AgendaList data={data} act={act} roving={roving} helpId={helpId} />
      ) : (
        <WeekView data={data} act={act} helpId={helpId} />
      )}
      <AgendaDialogs
        dialog={act.dialog}
        now={data.now}
        morningHour={data.morningHour}
        onClose={act.closeDialog}
        announce={act.announce}
      />
    </div>
  );
}
