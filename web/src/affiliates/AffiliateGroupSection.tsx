import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMe } from '../auth/MeContext';
import { canManage } from '../auth/session';
import { Alert } from '../components/Alert';
import { TextField } from '../components/Field';
import { localToday } from '../interactions/queries';
import { errorCode, errorMessage, fieldErrors, saveErrorMessage } from '../lib/errors';
import { useFocusFirstInvalid } from '../lib/focus';
import { formatDate } from '../lib/format';
import { AssignRoleForm } from '../roles/AssignRoleForm';
import {
  AFFILIATE_GROUP,
  ENDORSEMENT_STATUS_LABEL,
  MOU_STATUS_LABEL,
  SET_GROUP_AREA,
  SET_MOU,
  type AffiliateGroupDetail,
  type EndorsementAskRow,
  type MouStatus,
} from './queries';
import { t } from '../i18n/intl';

/**
 * On an organization's page: for an affiliate group, its MOU (sent, signed, terminated, with dates), point of
 * contact and the area it organizes in; for any organization, the endorsement asks made to it.
 */
export function AffiliateGroupSection({ organizationId }: { organizationId: string }) {
  const { data, error, refetch } = useQuery(AFFILIATE_GROUP, { variables: { id: organizationId }, fetchPolicy: 'cache-and-network' });
  const org = data?.organization;
  if (error && !org) return <p className="load-error card-wide">{t('map.couldNotLoadTheMou', { error: errorMessage(error) })}</p>;
  if (!org) return null;
  return (
    <>
      {org.type === 'AFFILIATE_GROUP' && <MouCard org={org} reload={() => void refetch()} />}
      <EndorsementAsksCard asks={org.endorsementAsks} />
    </>
  );
}

/** Which MOU steps can follow the current status (the server holds the same rules). */
export function nextMouSteps(status: MouStatus): Array<{ status: MouStatus; label: string }> {
  switch (status) {
    case 'SENT':
      return [
        { status: 'SIGNED', label: t('map.markSigned') },
        { status: 'TERMINATED', label: t('map.markTerminated') },
      ];
    case 'SIGNED':
      return [{ status: 'TERMINATED', label: t('map.markTerminated') }];
    default:
      return [
        { status: 'SENT', label: status === 'TERMINATED' ? t('map.markANewMouSent') : t('map.markSent') },
        { status: 'SIGNED', label: t('map.markSigned') },
      ];
  }
}

function MouCard({ org, reload }: { org: AffiliateGroupDetail; reload: () => void }) {
  const me = useMe();
  // The one who handles the relationship with us (seed 002); a new one takes over the day they start.
  const [choosingContact, setChoosingContact] = useState(false);
  const mou = org.mou ?? { status: 'NONE' as MouStatus, sentOn: null, signedOn: null, terminatedOn: null };
  return (
    <section className="card" aria-labelledby="mou-h">
      <h2 id="mou-h">{t('orgType.affiliateGroup')}</h2>
      <dl className="details">
        <dt>{t('map.mou')}</dt>
        <dd>
          <span className={`badge mou-${mou.status.toLowerCase()}`} data-testid="mou-status">
            {MOU_STATUS_LABEL[mou.status]}
          </span>
        </dd>
        <dt>{t('map.sent')}</dt>
        <dd>{mou.sentOn ? formatDate(mou.sentOn) : <span className="muted">{t('common.symbol')}</span>}</dd>
        <dt>{t('map.signed')}</dt>
        <dd>{mou.signedOn ? formatDate(mou.signedOn) : <span className="muted">{t('common.symbol')}</span>}</dd>
        {mou.terminatedOn && (
          <>
            <dt>{t('map.terminated')}</dt>
            <dd>{formatDate(mou.terminatedOn)}</dd>
          </>
        )}
        <dt>{t('campaigns.pointOfContact')}</dt>
        <dd>
          {org.pointOfContact ? (
            <Link to={`/people/${org.pointOfContact.id}`}>{org.pointOfContact.name}</Link>
          ) : (
            <span className="muted">{t('map.noneRecorded')}</span>
          )}
          {canManage(me) && !choosingContact && (
            <>
              {' '}
              <button type="button" className="button-quiet" onClick={() => setChoosingContact(true)}>
                {org.pointOfContact ? t('components.change') : t('map.chooseOne')}
              </button>
            </>
          )}
        </dd>
        <dt>{t('map.area')}</dt>
        <dd>
          {org.areaMiles != null ? t('map.withinMiles', { areaMiles: org.areaMiles }) : <span className="muted">{t('common.symbol')}</span>}
          {org.place ? t('map.of', { city: org.place.city, state: org.place.state, zip: org.place.zip }) : org.zip ? t('map.zipNotFound', { zip: org.zip }) : t('map.noZipCode')}
          {t('common.symbol22')}
          <Link to="/groups/map">{t('nav.groupsMap')}</Link>
        </dd>
      </dl>
      {choosingContact && (
        <AssignRoleForm
          target={{ organizationId: org.id }}
          targetName={org.name}
          roleOptions={[{ value: 'POINT_OF_CONTACT', label: t('campaigns.pointOfContact') }]}
          initialRole="POINT_OF_CONTACT"
          onDone={() => setChoosingContact(false)}
        />
      )}
      {canManage(me) && <MouForm org={org} status={mou.status} reload={reload} />}
      {org.canEdit && <AreaForm org={org} reload={reload} />}
    </section>
  );
}

export function MouForm({ org, status, reload }: { org: Pick<AffiliateGroupDetail, 'id' | 'version' | 'name'>; status: MouStatus; reload: () => void }) {
  const [setMou, { loading }] = useMutation(SET_MOU);
  const [date, setDate] = useState(localToday);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState('');
  const [formRef, focusInvalid] = useFocusFirstInvalid<HTMLFormElement>();
  const fields = fieldErrors(error);
  const steps = nextMouSteps(status);

  async function mark(next: MouStatus) {
    setError(null);
    setDone('');
    try {
      await setMou({ variables: { input: { organizationId: org.id, version: org.version, status: next, date: date || null } } });
      setDone(t('map.mouMarkedOn', { next: MOU_STATUS_LABEL[next].toLowerCase(), formatDate: formatDate(date || localToday()) }));
    } catch (err) {
      setError(err);
      if (errorCode(err) === 'CONFLICT') reload();
      focusInvalid();
    }
  }

  return (
    <form
      ref={formRef}
      className="inline-form mou-form"
      aria-label={t('map.recordTheMouOf', { name: org.name })}
      noValidate
      onSubmit={(e: FormEvent) => e.preventDefault()}
    >
      {error !== null && !fields.date && <Alert>{saveErrorMessage(error)}</Alert>}
      {done && <Alert kind="success">{done}</Alert>}
      <TextField
        id="mou-date"
        label={t('events.date')}
        hint={t('map.theDayTheMouWas')}
        type="date"
        required
        max={localToday()}
        value={date}
        onChange={setDate}
        error={fields.date}
      />
      <div className="actions">
        {steps.map((s) => (
          <button key={s.status} type="button" className="button-secondary" disabled={loading} onClick={() => void mark(s.status)}>
            {s.label}
          </button>
        ))}
      </div>
    </form>
  );
}

function AreaForm({ org, reload }: { org: AffiliateGroupDetail; reload: () => void }) {
  const [setArea, { loading }] = useMutation(SET_GROUP_AREA);
  const [miles, setMiles] = useState(org.areaMiles != null ? String(org.areaMiles) : '');
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [formRef, focusInvalid] = useFocusFirstInvalid<HTMLFormElement>();
  const fields = fieldErrors(error);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setSaved(false);
    try {
      await setArea({ variables: { input: { organizationId: org.id, version: org.version, areaMiles: Number(miles) } } });
      setSaved(true);
    } catch (err) {
      setError(err);
      if (errorCode(err) === 'CONFLICT') reload();
      focusInvalid();
    }
  }

  return (
    <form ref={formRef} className="area-form" onSubmit={submit} noValidate aria-label={t('map.areaOf', { name: org.name })}>
      {error !== null && !fields.areaMiles && <Alert>{saveErrorMessage(error)}</Alert>}
      <TextField
        id="group-area"
        label={t('map.organizesWithinMiles')}
        hint={t('map.groupsWhoseAreasOverlapAre')}
        type="number"
        inputMode="decimal"
        min={1}
        max={200}
        value={miles}
        onChange={(v) => {
          setMiles(v);
          setSaved(false);
        }}
        error={fields.areaMiles}
      />
      <div className="actions">
        <button type="submit" className="button-secondary" disabled={loading}>
          {loading ? t('admin.saving') : t('map.saveArea')}
        </button>
        {saved && (
          <span role="status" className="small saved-note">
            {t('interactions.saved')}
          </span>
        )}
      </div>
    </form>
  );
}

function EndorsementAsksCard({ asks }: { asks: EndorsementAskRow[] }) {
  return (
    <section className="card" aria-labelledby="org-asks-h">
      <h2 id="org-asks-h">{t('map.endorsementAsks')}</h2>
      {asks.length === 0 ? (
        <p className="muted">{t('map.noEndorsementAsksMadeTo')}</p>
      ) : (
        <ul className="rows" data-testid="org-endorsement-asks">
          {asks.map((a) => (
            <li key={a.id} className="row">
              <div className="row-main">
                {a.campaign ? (
                  <Link to={`/campaigns/${a.campaign.id}`}>{a.campaign.name}</Link>
                ) : a.candidate ? (
                  <span className="ask-target">
                    {a.candidate.name}
                    {a.candidate.party && <span className="muted small">{' '}{t('common.symbol40', { party: a.candidate.party })}</span>}
                  </span>
                ) : null}
                <span className={`badge ask-${a.status.toLowerCase()}`}>{ENDORSEMENT_STATUS_LABEL[a.status]}</span>
                <span className="muted small">
                  {[
                    a.candidate ? t('affiliates.ask.candidate') : t('affiliates.ask.campaign'),
                    a.askedOn && t('affiliates.ask.asked', { date: formatDate(a.askedOn) }),
                    a.decidedOn && t('affiliates.ask.decided', { date: formatDate(a.decidedOn) }),
                    a.asker && t('affiliates.ask.by', { name: a.asker.name }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
                {a.nextStep && <span className="small ask-next">{t('map.next', { nextStep: a.nextStep })}</span>}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
