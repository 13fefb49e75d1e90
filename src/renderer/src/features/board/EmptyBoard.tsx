import { useState } from 'react';
import { KeyCaps } from '../../commands/KeyCaps';
import { useUiOverlays } from '../../state/uiOverlays';
import { loadSamplePipeline } from './actions';
import { FirstRunGuide } from './FirstRunGuide';

/** First run: invite the rep to add a lead or look around a sample pipeline. */
export function EmptyBoard() {
  const open = useUiOverlays((s) => s.open);
  const [loading, setLoading] = useState(false);
  const load = async () => {
    setLoading(true);
    try {
      await loadSamplePipeline();
    } finally {
      setLoading(false);
    }
  };
  return (
    <div className="empty-board">
      <p>
        <strong>Your pipeline is empty.</strong> Add your first lead (<KeyCaps command="add-lead" />
        ), or load a sample pipeline to look around. Press <KeyCaps command="shortcuts" /> for every shortcut.
      </p>
      <div className="empty-actions">
        <button type="button" className="primary" onClick={() => open('quick-add')}>
          Add your first lead
        </button>
        <button type="button" onClick={() => void load()} disabled={loading}>
          {loading ? 'Loading…' : 'Load sample pipeline'}
        </button>
      </div>
      <FirstRunGuide />
    </div>
  );
}
