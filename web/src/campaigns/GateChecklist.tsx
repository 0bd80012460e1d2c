import type { MobilizationGate } from './queries';

/**
 * The mobilization gate (seed 000), one line per condition: met or missing, and in words what satisfies it or
 * what is missing.
 */
export function GateChecklist({ gate, highlight = [] }: { gate: MobilizationGate; highlight?: string[] }) {
  const missing = gate.conditions.filter((c) => !c.met).length;
  return (
    <div className="gate">
      <p className={`gate-summary ${gate.open ? 'gate-open' : 'gate-closed'}`}>
        {gate.open
          ? 'The gate is open: members may be mobilized for this campaign.'
          : `The gate is closed: ${missing} of ${gate.conditions.length} conditions ${missing === 1 ? 'is' : 'are'} missing.`}
      </p>
      <ul className="gate-list" aria-label="Mobilization gate conditions">
        {gate.conditions.map((c) => (
          <li
            key={c.key}
            className={`gate-item ${c.met ? 'gate-met' : 'gate-missing'}${highlight.includes(c.key) ? ' gate-highlight' : ''}`}
            data-testid={`gate-${c.key}`}
          >
            <span className="gate-mark" aria-hidden="true">
              {c.met ? '✓' : '✗'}
            </span>
            <span className="gate-text">
              <span className="gate-label">
                {c.label} <span className="visually-hidden">—</span>
                <span className={`badge ${c.met ? 'badge-go' : 'badge-stop'}`}>{c.met ? 'Met' : 'Missing'}</span>
              </span>
              <span className="gate-detail small">{c.detail}</span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
