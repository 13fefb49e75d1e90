import { Modal } from '../board/Modal';

export const SHORTCUTS: { keys: string; what: string }[] = [
  { keys: 'Ctrl/Cmd + N', what: 'Add a lead (quick add)' },
  { keys: 'Ctrl/Cmd + K', what: 'Command palette: jump to a deal, run an action' },
  { keys: '?', what: 'This list of shortcuts' },
  { keys: '/', what: 'Search the board' },
  { keys: 'Tab / Shift + Tab', what: 'Move between cards and controls' },
  { keys: 'Enter (on a card)', what: 'Open the deal workspace' },
  { keys: 'Space, ← →, Space', what: 'Pick up a card, choose a stage, drop it' },
  { keys: 'Escape', what: 'Cancel a drag, close a dialog or the workspace' },
  { keys: 'Ctrl/Cmd + Z', what: 'Undo the last move' },
  { keys: 'c / e / m / n / s (workspace)', what: 'Log a call, e-mail, meeting, note or signal; Enter saves' },
];

/** `?`: every keyboard shortcut on one screen. */
export function ShortcutsOverlay({ onClose }: { onClose(): void }) {
  return (
    <Modal title="Keyboard shortcuts" onClose={onClose}>
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.keys}>
              <th scope="row">
                <kbd>{s.keys}</kbd>
              </th>
              <td>{s.what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}
