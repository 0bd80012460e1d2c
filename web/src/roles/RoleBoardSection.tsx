import { useState } from 'react';
import { CAMPAIGN_ROLES, ROLE_DUTY, type RoleKind } from '../campaigns/options';
import { Alert } from '../components/Alert';
import { labelOf } from '../lib/format';
import { AssignRoleForm } from './AssignRoleForm';
import { RoleHolderRow, roleDates } from './RoleHolderRow';
import { graphql } from '../gql';
import type { CampaignRoleBoardFragment } from '../gql/graphql';
import { t } from '../i18n/intl';
import './RoleBoardSection.css';

/** What the role board shows: holders by role, the gaps, and past holders. */
export const CAMPAIGN_ROLE_BOARD = graphql(`
  fragment CampaignRoleBoard on Campaign {
    id
    name
    partners {
      id
      name
    }
    roleBoard {
      slots {
        role
        hasBackup
        holders {
          ...RoleFields
        }
      }
      gaps
      partnersWithoutConnector {
        id
        name
      }
    }
    roles {
      ...RoleFields
    }
  }
`);

/**
 * Who holds each campaign role (seed 003), whether someone can step in, and the gaps: roles nobody holds and
 * partner organizations with no connector. Each gap has a button that opens the assign form for it.
 */
export function RoleBoardSection({
  campaign,
  canManage,
}: {
  campaign: CampaignRoleBoardFragment;
  canManage: boolean;
}) {
  const [assigning, setAssigning] = useState<{ role?: RoleKind; partnerId?: string; key: number } | null>(null);
  const [done, setDone] = useState('');
  const board = campaign.roleBoard;
  const open = (role?: RoleKind, partnerId?: string) => {
    setDone('');
    setAssigning({ role, partnerId, key: Date.now() });
  };
  const past = campaign.roles.filter((r) => !r.active);

  return (
    <section className="card card-wide" aria-labelledby="roles-h">
      <div className="card-head">
        <h2 id="roles-h">{t('roles.roleBoard')}</h2>
        {canManage && !assigning && (
          <button type="button" className="button-secondary" onClick={() => open()}>
            {t('roles.assignARole')}
          </button>
        )}
      </div>

      <div className={`gaps ${board.gaps.length ? 'gaps-open' : 'gaps-none'}`} aria-labelledby="gaps-h">
        <h3 id="gaps-h">{board.gaps.length ? t('roles.gaps', { length: board.gaps.length }) : t('roles.noGaps')}</h3>
        {board.gaps.length === 0 ? (
          <p className="small">{t('roles.everyRoleIsHeldAnd')}</p>
        ) : (
          <ul className="gap-list" data-testid="role-gaps">
            {board.gaps.map((g) => (
              <li key={g}>{g}</li>
            ))}
          </ul>
        )}
      </div>

      {done && <Alert kind="success">{done}</Alert>}
      {assigning && (
        <AssignRoleForm
          key={assigning.key}
          target={{ campaignId: campaign.id }}
          targetName={campaign.name}
          roleOptions={CAMPAIGN_ROLES}
          partners={campaign.partners}
          initialRole={assigning.role}
          initialPartnerId={assigning.partnerId}
          onDone={(saved) => {
            setAssigning(null);
            if (saved) setDone(t('roles.roleAssigned'));
          }}
        />
      )}

      <div className="role-slots">
        {board.slots.map((slot) => {
          const label = labelOf(CAMPAIGN_ROLES, slot.role);
          const partnersWithout = slot.role === 'CONNECTOR' ? board.partnersWithoutConnector : [];
          return (
            <section key={slot.role} className="role-slot" aria-labelledby={`slot-${slot.role}-h`}>
              <div className="role-slot-head">
                <h3 id={`slot-${slot.role}-h`}>{label}</h3>
                {slot.holders.length === 0 ? (
                  <span className="badge badge-stop">{t('roles.nobody')}</span>
                ) : slot.hasBackup ? (
                  <span className="badge badge-go">{t('roles.hasBackup')}</span>
                ) : (
                  <span className="badge badge-wait">{t('roles.noBackup')}</span>
                )}
              </div>
              {ROLE_DUTY[slot.role] && <p className="muted small role-duty">{ROLE_DUTY[slot.role]}</p>}
              {slot.holders.length > 0 && (
                <ul className="rows">
                  {slot.holders.map((h) => (
                    <RoleHolderRow key={h.id} assignment={h} canManage={canManage} />
                  ))}
                </ul>
              )}
              {canManage && (
                <div className="actions role-slot-actions">
                  {partnersWithout.map((p) => (
                    <button key={p.id} type="button" className="button-quiet" onClick={() => open('CONNECTOR', p.id)}>
                      {t('roles.assignAConnectorFor', { name: p.name })}
                    </button>
                  ))}
                  {slot.holders.length === 0 && partnersWithout.length === 0 && (
                    <button type="button" className="button-quiet" onClick={() => open(slot.role)}>
                      {t('roles.assignA', { label: label.toLowerCase() })}
                    </button>
                  )}
                  {slot.holders.length === 1 && (
                    <button type="button" className="button-quiet" onClick={() => open(slot.role)}>
                      {t('roles.addABackup', { label: label.toLowerCase() })}
                    </button>
                  )}
                </div>
              )}
            </section>
          );
        })}
      </div>

      {past.length > 0 && (
        <details className="past-roles">
          <summary>{t('roles.endedAndUpcomingRoles', { length: past.length })}</summary>
          <ul className="rows">
            {past.map((r) => (
              <li key={r.id} className="row">
                <div className="row-main">
                  <span className="badge badge-soft">{labelOf(CAMPAIGN_ROLES, r.role)}</span>
                  <span>{r.person.name}</span>
                  {r.forOrganization && <span className="small">{t('roles.for', { name: r.forOrganization.name })}</span>}
                  <span className="muted small">{roleDates(r)}</span>
                </div>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
