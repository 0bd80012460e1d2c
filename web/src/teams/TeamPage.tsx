import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMe } from '../auth/MeContext';
import { canManage } from '../auth/session';
import { TEAM_KINDS, TEAM_ROLES, formatMonth, todayIso } from '../campaigns/options';
import { Alert, Loading } from '../components/Alert';
import { ConfirmButton } from '../components/ConfirmButton';
import { TextField } from '../components/Field';
import { HistoryList } from '../components/HistoryList';
import { QueryError } from '../components/QueryError';
import { RecordPicker, type Pickable } from '../components/RecordPicker';
import { fieldErrors, saveErrorMessage } from '../lib/errors';
import { useFocusFirstInvalid } from '../lib/focus';
import { formatDate, labelOf } from '../lib/format';
import { useTitle } from '../lib/useTitle';
import { PEOPLE_SEARCH } from '../people/queries';
import { AssignRoleForm } from '../roles/AssignRoleForm';
import { RoleHolderRow } from '../roles/RoleHolderRow';
import { ADD_TEAM_MEMBER, DELETE_TEAM, REMOVE_TEAM_MEMBER, TEAM, type TeamDetail } from './queries';
import { t } from '../i18n/intl';
import './TeamPage.css';

const MONTHS = [3, 6, 12];

export function TeamPage() {
  const { id = '' } = useParams();
  const [months, setMonths] = useState(6);
  const { data, previousData, loading, error } = useQuery(TEAM, {
    variables: { id, months },
    fetchPolicy: 'cache-and-network',
  });
  const team = (data ?? previousData)?.team;
  useTitle(team?.name ?? t('insights.team'));
  if (!team && loading) return <Loading />;
  if (!team) return <QueryError error={error} backTo="/teams" backLabel={t('teams.backToTeams')} />;
  return <TeamView team={team} months={months} setMonths={setMonths} />;
}

function TeamView({
  team,
  months,
  setMonths,
}: {
  team: TeamDetail;
  months: number;
  setMonths: (m: number) => void;
}) {
  const me = useMe();
  const manage = canManage(me) && team.canEdit;
  return (
    <div className="page record">
      <p className="breadcrumb">
        <Link to="/teams">{t('nav.teams')}</Link>
      </p>
      <div className="page-head">
        <div>
          <h1>{team.name}</h1>
          <p className="record-sub">
            <span className="badge">{labelOf(TEAM_KINDS, team.kind)}</span>
            <span className="muted">{team.region.name}</span>
          </p>
        </div>
        <TeamActions team={team} />
      </div>
      <div className="record-grid">
        <section className="card" aria-labelledby="team-details-h">
          <h2 id="team-details-h">{t('admin.details')}</h2>
          <dl className="details">
            <dt>{t('interactions.kind')}</dt>
            <dd>{labelOf(TEAM_KINDS, team.kind)}</dd>
            <dt>{t('campaigns.region')}</dt>
            <dd>{team.region.name}</dd>
            <dt>{t('dedupe.notes')}</dt>
            <dd className="notes">{team.notes || <span className="muted">{t('common.symbol')}</span>}</dd>
            <dt>{t('organizations.added')}</dt>
            <dd>{formatDate(team.createdAt)}</dd>
          </dl>
        </section>
        <TeamRolesSection team={team} canManage={manage} />
        <MembersSection team={team} months={months} canManage={manage} />
        <ProgressSection team={team} months={months} setMonths={setMonths} />
        <section className="card card-wide" aria-labelledby="team-history-h">
          <h2 id="team-history-h">{t('campaigns.history')}</h2>
          <HistoryList history={team.history} />
        </section>
      </div>
    </div>
  );
}

function TeamActions({ team }: { team: TeamDetail }) {
  const navigate = useNavigate();
  const client = useApolloClient();
  const [deleteTeam, { loading }] = useMutation(DELETE_TEAM);
  const [error, setError] = useState<unknown>(null);
  if (!team.canEdit && !team.canDelete) return null;
  return (
    <div className="record-actions">
      {team.canEdit && (
        <Link to={`/teams/${team.id}/edit`} className="button button-primary">
          {t('admin.edit')}
        </Link>
      )}
      {team.canDelete && (
        <ConfirmButton
          label={t('events.delete')}
          question={t('teams.deleteQuestion', { name: team.name, b: (words) => <strong>{words}</strong> })}
          confirmLabel={t('events.delete2', { name: team.name })}
          busy={loading}
          onConfirm={async () => {
            setError(null);
            try {
              await deleteTeam({ variables: { id: team.id } });
              client.cache.evict({ id: client.cache.identify({ __typename: 'Team', id: team.id }) });
              client.cache.evict({ fieldName: 'teams' });
              client.cache.gc();
              navigate('/teams', { state: { flash: t('common.wasDeleted', { name: team.name }) } });
            } catch (err) {
              setError(err);
            }
          }}
        />
      )}
      {error !== null && <Alert>{saveErrorMessage(error)}</Alert>}
    </div>
  );
}

/** Co-chairs (seed 001) and any other roles held on the team. */
function TeamRolesSection({ team, canManage }: { team: TeamDetail; canManage: boolean }) {
  const [assigning, setAssigning] = useState(false);
  const active = team.roles.filter((r) => r.active);
  const chairs = active.filter((r) => r.role === 'CO_CHAIR');
  const others = active.filter((r) => r.role !== 'CO_CHAIR');
  return (
    <section className="card" aria-labelledby="team-roles-h">
      <div className="card-head">
        <h2 id="team-roles-h">{t('teams.coChairsAndRoles')}</h2>
        {canManage && !assigning && (
          <button type="button" className="button-secondary" onClick={() => setAssigning(true)}>
            {t('roles.assignARole')}
          </button>
        )}
      </div>
      {assigning && (
        <AssignRoleForm
          target={{ teamId: team.id }}
          targetName={team.name}
          roleOptions={TEAM_ROLES}
          initialRole="CO_CHAIR"
          onDone={() => setAssigning(false)}
        />
      )}
      <h3 className="section-subhead">{t('teams.coChairs')}</h3>
      {chairs.length === 0 ? (
        <p className="muted">{t('teams.noCoChairYet')}</p>
      ) : (
        <ul className="rows">
          {chairs.map((r) => (
            <RoleHolderRow key={r.id} assignment={r} canManage={canManage} />
          ))}
        </ul>
      )}
      {others.length > 0 && (
        <>
          <h3 className="section-subhead">{t('teams.otherRoles')}</h3>
          <ul className="rows">
            {others.map((r) => (
              <RoleHolderRow key={r.id} assignment={r} canManage={canManage} showRole />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/**
 * Adding or removing a member answers with the team's members, progress over the page's `months` and history
 * as they are after the change (the TeamMembers fragment): the cache updates the page.
 */
function MembersSection({ team, months, canManage }: { team: TeamDetail; months: number; canManage: boolean }) {
  const [adding, setAdding] = useState(false);
  return (
    <section className="card" aria-labelledby="team-members-h">
      <div className="card-head">
        <h2 id="team-members-h">{t('teams.members', { length: team.members.length })}</h2>
        {canManage && !adding && (
          <button type="button" className="button-secondary" onClick={() => setAdding(true)}>
            {t('teams.addAMember')}
          </button>
        )}
      </div>
      {adding && (
        <AddMemberForm
          team={team}
          months={months}
          onDone={() => setAdding(false)}
        />
      )}
      {team.members.length === 0 ? (
        <p className="muted">{t('teams.noMembersInYourRegions')}</p>
      ) : (
        <ul className="rows">
          {team.members.map((m) => (
            <MemberRow key={m.person.id} team={team} months={months} member={m} canManage={canManage} />
          ))}
        </ul>
      )}
    </section>
  );
}

function MemberRow({
  team,
  months,
  member,
  canManage,
}: {
  team: TeamDetail;
  months: number;
  member: TeamDetail['members'][number];
  canManage: boolean;
}) {
  const [removeMember, { loading }] = useMutation(REMOVE_TEAM_MEMBER);
  const [error, setError] = useState<unknown>(null);
  return (
    <li className="row">
      <div className="row-main">
        <Link to={`/people/${member.person.id}`}>{member.person.name}</Link>
        {member.since && <span className="muted small">{t('leadership.since', { since: formatDate(member.since) })}</span>}
      </div>
      {canManage && (
        <ConfirmButton
          label={t('campaigns.remove')}
          className="button-quiet"
          question={
            <>
              {t('teams.removeFrom', { name: member.person.name, name2: team.name })}
            </>
          }
          confirmLabel={t('teams.removeMember')}
          busy={loading}
          onConfirm={async () => {
            setError(null);
            try {
              await removeMember({ variables: { teamId: team.id, personId: member.person.id, months } });
            } catch (err) {
              setError(err);
            }
          }}
        />
      )}
      {error !== null && <Alert>{saveErrorMessage(error)}</Alert>}
    </li>
  );
}

function AddMemberForm({ team, months, onDone }: { team: TeamDetail; months: number; onDone: (saved: boolean) => void }) {
  const [addMember, { loading }] = useMutation(ADD_TEAM_MEMBER);
  const [person, setPerson] = useState<Pickable | null>(null);
  const [since, setSince] = useState(todayIso());
  const [error, setError] = useState<unknown>(null);
  const [pickError, setPickError] = useState('');
  const [formRef, focusInvalid] = useFocusFirstInvalid<HTMLFormElement>();
  const fields = fieldErrors(error);
  const members = new Set(team.members.map((m) => m.person.id));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setPickError('');
    if (!person) {
      setPickError(t('teams.chooseThePersonToAdd'));
      focusInvalid();
      return;
    }
    try {
      await addMember({ variables: { teamId: team.id, personId: person.id, since: since || null, months } });
      onDone(true);
    } catch (err) {
      setError(err);
      focusInvalid();
    }
  }

  return (
    <form ref={formRef} className="inline-form" onSubmit={submit} noValidate aria-label={t('teams.addAMemberTo', { name: team.name })}>
      {error !== null && !fields.personId && !fields.since && <Alert>{saveErrorMessage(error)}</Alert>}
      <RecordPicker
        id="member-person"
        label={t('events.person')}
        query={PEOPLE_SEARCH}
        nodesOf={(d) => d.people.nodes.filter((p) => !members.has(p.id))}
        value={person}
        onChange={setPerson}
        error={pickError || fields.personId}
      />
      <TextField id="member-since" label={t('teams.memberSince')} type="date" value={since} onChange={setSince} error={fields.since} />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={loading}>
          {loading ? t('admin.adding') : t('teams.addMember')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(false)}>
          {t('admin.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Seed 001: the monthly meeting tracks one-to-ones, house meetings and research actions held by members. */
function ProgressSection({ team, months, setMonths }: { team: TeamDetail; months: number; setMonths: (m: number) => void }) {
  const totals = team.progress.reduce(
    (t, p) => ({
      oneToOnes: t.oneToOnes + p.oneToOnes,
      houseMeetings: t.houseMeetings + p.houseMeetings,
      researchActions: t.researchActions + p.researchActions,
    }),
    { oneToOnes: 0, houseMeetings: 0, researchActions: 0 },
  );
  return (
    <section className="card card-wide" aria-labelledby="team-progress-h">
      <div className="card-head">
        <h2 id="team-progress-h">{t('teams.monthlyProgress')}</h2>
        <div className="field field-inline">
          <label htmlFor="progress-months">{t('networkmap.show')}</label>
          <select id="progress-months" value={months} onChange={(e) => setMonths(Number(e.target.value))}>
            {MONTHS.map((m) => (
              <option key={m} value={m}>
                {t('teams.lastMonths', { m })}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="muted small">{t('teams.heldByTheTeamS')}</p>
      <div className="table-scroll">
        <table className="progress-table">
          <caption className="visually-hidden">{t('teams.monthlyProgressOf', { name: team.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('teams.month')}</th>
              <th scope="col">{t('teams.oneToOnes')}</th>
              <th scope="col">{t('teams.houseMeetings')}</th>
              <th scope="col">{t('teams.researchActions')}</th>
            </tr>
          </thead>
          <tbody>
            {team.progress.map((p) => (
              <tr key={p.month}>
                <th scope="row">{formatMonth(p.month)}</th>
                <td>{p.oneToOnes}</td>
                <td>{p.houseMeetings}</td>
                <td>{p.researchActions}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('teams.total')}</th>
              <td>{totals.oneToOnes}</td>
              <td>{totals.houseMeetings}</td>
              <td>{totals.researchActions}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
