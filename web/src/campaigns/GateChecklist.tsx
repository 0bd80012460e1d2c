import { graphql } from '../gql';
import type { MobilizationGateFieldsFragment } from '../gql/graphql';
import { t } from '../i18n/intl';
import './GateChecklist.css';

/** What the checklist shows; every query that shows a campaign's gate spreads it. */
export const MOBILIZATION_GATE_FIELDS = graphql(`
  fragment MobilizationGateFields on MobilizationGate {
    open
    conditions {
      key
      label
      met
      detail
    }
  }
`);

/**
 * The mobilization gate (seed 000), one line per condition: met or missing, and in words what satisfies it or
 * what is missing.
 */
export function GateChecklist({ gate, highlight = [] }: { gate: MobilizationGateFieldsFragment; highlight?: string[] }) {
  const missing = gate.conditions.filter((c) => !c.met).length;
  return (
    <div className="gate">
      <p className={`gate-summary ${gate.open ? 'gate-open' : 'gate-closed'}`}>
        {gate.open ? t('campaigns.theGateIsOpenMembers') : t('campaigns.theGateIsClosedOf', { missing, length: gate.conditions.length })}
      </p>
      <ul className="gate-list" aria-label={t('campaigns.mobilizationGateConditions')}>
        {gate.conditions.map((c) => (
          <li
            key={c.key}
            className={`gate-item ${c.met ? 'gate-met' : 'gate-missing'}${highlight.includes(c.key) ? ' gate-highlight' : ''}`}
            data-testid={`gate-${c.key}`}
          >
            <span className="gate-mark" aria-hidden="true">
              {c.met ? t('common.symbol5') : t('common.symbol6')}
            </span>
            <span className="gate-text">
              <span className="gate-label">
                {c.label} <span className="visually-hidden">{t('common.symbol')}</span>
                <span className={`badge ${c.met ? 'badge-go' : 'badge-stop'}`}>{c.met ? t('campaigns.met') : t('campaigns.missing3')}</span>
              </span>
              <span className="gate-detail small">{c.detail}</span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
