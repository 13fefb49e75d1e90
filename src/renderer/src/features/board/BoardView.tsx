import { useState } from 'react';
import { useLiveQuery } from '../../state/liveQuery';
import { useNavigation } from '../../state/navigation';
import { loadSamplePipeline } from './actions';
import { formatCompactMoney, formatMoney } from './format';
import { QuickAdd } from './QuickAdd';

const BOARD_TABLES = ['deals', 'pipelines', 'handoffs', 'contacts', 'followUps', 'activities'] as const;

/** The pipeline board: one column per stage of the chosen pipeline. */
export function BoardView() {
  const pipelineId = useNavigation((s) => s.pipelineId);
  const board = useLiveQuery('board.get', pipelineId ? { pipelineId } : {}, BOARD_TABLES);
  const [adding, setAdding] = useState(false);

  if (board.status === 'error' && !board.data) return <p role="alert">Could not load the board: {board.error}</p>;
  if (!board.data) return <p aria-busy="true">Loading the board…</p>;
  const { pipeline, cards } = board.data;

  return (
    <section className="board" aria-label={`${pipeline.name} board`}>
      <div className="board-toolbar">
        <h1>{pipeline.name}</h1>
        <button type="button" className="primary" onClick={() => setAdding(true)}>
          Add lead
        </button>
      </div>
      {cards.length === 0 && (
        <div className="empty-board">
          <p>No deals yet. Add your first lead, or load a sample pipeline to look around.</p>
          <button type="button" onClick={() => void loadSamplePipeline()}>
            Load sample pipeline
          </button>
        </div>
      )}
      <div className="columns">
        {pipeline.stages.map((stage) => {
          const inStage = cards.filter((c) => c.stageId === stage.id);
          const total = inStage.reduce((sum, c) => sum + c.value, 0);
          return (
            <section key={stage.id} className="column" aria-label={stage.name} data-stage-id={stage.id}>
              <header className="column-header">
                <h2>{stage.name}</h2>
                <span className="column-count" data-testid="column-count">
                  {inStage.length}
                </span>
                <span className="column-total" title={formatMoney(total)}>
                  {formatCompactMoney(total)}
                </span>
              </header>
              <ul className="cards">
                {inStage.map((card) => (
                  <li key={card.id} className="card">
                    <span className="card-title">{card.title}</span>
                    <span className="card-company">{card.companyName}</span>
                    <span className="card-value">{formatMoney(card.value)}</span>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
      {adding && <QuickAdd onClose={() => setAdding(false)} />}
    </section>
  );
}
