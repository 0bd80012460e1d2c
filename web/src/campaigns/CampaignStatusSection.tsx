import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Alert } from '../components/Alert';
import { SelectField } from '../components/Field';
import { apiErrors, errorCode, errorMessage, fieldErrors, saveErrorMessage } from '../lib/errors';
import { formatDate, labelOf } from '../lib/format';
import { GateChecklist } from './GateChecklist';
import { CAMPAIGN_STATUSES, statusTone, type CampaignStatus } from './options';
import { APPROVE_CAMPAIGN, CAMPAIGN_FOR_EDIT, SET_CAMPAIGN_STATUS, TEAM_OPTIONS, type CampaignDetail } from './queries';
import { t } from '../i18n/intl';
import './CampaignStatusSection.css';

const MOVES: ReadonlyArray<{ status: CampaignStatus; label: string }> = [
  { status: 'MOBILIZING', get label() {
    return t('campaigns.moveToMobilizing');
  } },
  { status: 'WON', get label() {
    return t('campaigns.markAsWon');
  } },
  { status: 'LOST', get label() {
    return t('campaigns.markAsLost');
  } },
  { status: 'CLOSED', get label() {
    return t('campaigns.closeCampaign');
  } },
  { status: 'PROPOSED', get label() {
    return t('campaigns.moveBackToProposed');
  } },
];

/** The gate keys a FAILED_PRECONDITION error names in extensions.missing. */
export function missingKeys(error: unknown): string[] {
  for (const e of apiErrors(error)) {
    const missing = e.extensions?.missing;
    if (Array.isArray(missing)) return missing.filter((k): k is string => typeof k === 'string');
  }
  return [];
}

/**
 * Status, the mobilization gate, the RST's approval and the status buttons. A refused move shows the server's
 * message, naming what is missing, at the top of the section.
 */
export function CampaignStatusSection({
  campaign,
  canManage,
}: {
  campaign: CampaignDetail;
  canManage: boolean;
}) {
  const client = useApolloClient();
  // The answer is the campaign's whole state (CampaignState), so the page follows from the cache.
  const [setStatus, { loading }] = useMutation(SET_CAMPAIGN_STATUS);
  const [error, setError] = useState<unknown>(null);
  const [refused, setRefused] = useState<CampaignStatus | null>(null);
  const [done, setDone] = useState('');
  const missing = missingKeys(error);

  async function move(status: CampaignStatus) {
    setError(null);
    setRefused(null);
    setDone('');
    try {
      await setStatus({ variables: { id: campaign.id, version: campaign.version, status } });
      setDone(t('campaigns.statusChangedTo', { status: labelOf(CAMPAIGN_STATUSES, status).toLowerCase() }));
    } catch (err) {
      setError(err);
      setRefused(status);
      // The gate or the version may have changed on the server: read the campaign's state again to show what is true now.
      void client.query({ query: CAMPAIGN_FOR_EDIT, variables: { id: campaign.id }, fetchPolicy: 'network-only' }).catch(() => undefined);
    }
  }

  const conflict = errorCode(error) === 'CONFLICT';
  const moves = MOVES.filter((m) => m.status !== campaign.status);

  return (
    <section className="card card-wide" aria-labelledby="status-h">
      <div className="card-head">
        <h2 id="status-h">{t('campaigns.statusAndMobilizationGate')}</h2>
        <span className={`badge badge-large ${statusTone(campaign.status)}`} data-testid="campaign-status">
          {labelOf(CAMPAIGN_STATUSES, campaign.status)}
        </span>
      </div>
      {error !== null && (
        <div className="status-refusal">
          <Alert>
            <p>
              <strong>
                {conflict
                  ? t('campaigns.someoneElseChangedThisCampaign')
                  : t('campaigns.couldNot', { m: (MOVES.find((m) => m.status === refused)?.label ?? 'change the status').toLowerCase() })}
              </strong>
            </p>
            <p>{conflict ? t('campaigns.thePageNowShowsTheir') : errorMessage(error)}</p>
            {missing.length > 0 && (
              <>
                <p className="small">{t('campaigns.missing')}</p>
                <ul>
                  {missing.map((k) => (
                    <li key={k}>{campaign.mobilizationGate.conditions.find((c) => c.key === k)?.label ?? k}</li>
                  ))}
                </ul>
              </>
            )}
          </Alert>
        </div>
      )}
      {done && <Alert kind="success">{done}</Alert>}
      <GateChecklist gate={campaign.mobilizationGate} highlight={missing} />
      <p className="small approval-line">
        {campaign.approvingTeam ? (
          <>
            {t('campaigns.approvedByTeam', {
              team: campaign.approvingTeam.name,
              approvedAt: campaign.approvedAt ? formatDate(campaign.approvedAt) : 'none',
              approvedBy: campaign.approvedByName ?? 'none',
              link: (words) => <Link to={`/teams/${campaign.approvingTeam!.id}`}>{words}</Link>,
            })}
          </>
        ) : (
          <span className="muted">{t('campaigns.noRegionalStrategyTeamHas')}</span>
        )}
      </p>
      {canManage && (
        <>
          {(campaign.status === 'PROPOSED' || campaign.status === 'APPROVED') && (
            <ApproveForm campaign={campaign} onApproved={() => setDone(t('campaigns.theRstSApprovalIs'))} />
          )}
          <div className="status-moves" role="group" aria-label={t('campaigns.changeTheStatus')}>
            {moves.map((m) => (
              <button
                key={m.status}
                type="button"
                className={m.status === 'MOBILIZING' ? 'button-primary' : 'button-secondary'}
                disabled={loading}
                onClick={() => void move(m.status)}
              >
                {m.label}
              </button>
            ))}
          </div>
        </>
      )}
    </section>
  );
}

function ApproveForm({ campaign, onApproved }: { campaign: CampaignDetail; onApproved: () => void }) {
  const teams = useQuery(TEAM_OPTIONS, { variables: { regionId: campaign.region.id, kind: 'REGIONAL_STRATEGY_TEAM' } });
  const [approve, { loading }] = useMutation(APPROVE_CAMPAIGN);
  const options = (teams.data?.teams ?? []).map((t) => ({ value: t.id, label: t.name }));
  const [picked, setPicked] = useState('');
  const teamId = picked || (options.length === 1 ? options[0].value : '');
  const [error, setError] = useState<unknown>(null);
  const [pickError, setPickError] = useState('');

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setPickError('');
    if (!teamId) {
      setPickError(t('campaigns.chooseTheRegionalStrategyTeam'));
      return;
    }
    try {
      await approve({ variables: { id: campaign.id, version: campaign.version, teamId } });
      onApproved();
    } catch (err) {
      setError(err);
    }
  }

  if (teams.error) return <Alert>{errorMessage(teams.error)}</Alert>;
  return (
    <form className="assign-form approve-form" onSubmit={submit} noValidate aria-label={t('campaigns.recordTheRstSApproval')}>
      <SelectField
        id="approve-team"
        label={campaign.status === 'APPROVED' ? t('campaigns.approveAgainBy') : t('campaigns.approvedByTheRegionalStrategy')}
        hint={options.length === 0 && !teams.loading ? t('campaigns.noRegionalStrategyTeamIn') : undefined}
        value={teamId}
        onChange={setPicked}
        options={options}
        placeholder={options.length === 1 ? undefined : t('campaigns.chooseTheRst')}
        error={pickError || fieldErrors(error).teamId}
      />
      <button type="submit" className="button-secondary" disabled={loading || options.length === 0}>
        {loading ? t('campaigns.recording') : t('campaigns.recordRstApproval')}
      </button>
      {error !== null && !fieldErrors(error).teamId && <Alert>{saveErrorMessage(error)}</Alert>}
    </form>
  );
}
