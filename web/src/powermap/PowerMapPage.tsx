import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type DragEvent, type KeyboardEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useMe } from '../auth/MeContext';
import { canManage } from '../auth/session';
import { Alert, Loading } from '../components/Alert';
import { QueryError } from '../components/QueryError';
import { errorMessage } from '../lib/errors';
import { useTitle } from '../lib/useTitle';
import { INFLUENCES, STANCES, STANCE_WORDS, powerMapSvg, quadrantOf, recordsAt, svgToPng } from './grid';
import { PLACE_ON_POWER_MAP, POWER_MAP, REMOVE_INFLUENCE, SET_INFLUENCE, type PowerMap, type PowerMapRecord } from './queries';
import './powermap.css';
import { t } from '../i18n/intl';

const ASK_WORDS: Record<string, string> = { get TO_ASK() {
    return t('powermap.toAsk');
  }, get ASKED() {
    return t('powermap.asked');
  }, get CONSIDERING() {
    return t('powermap.considering');
  } };
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** A campaign's power map: the target in the middle, who influences them, placed by stance and influence (issue 16). */
export function PowerMapPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(POWER_MAP, { variables: { campaignId: id }, fetchPolicy: 'cache-and-network' });
  const map = data?.powerMap;
  useTitle(map ? t('powermap.powerMap', { name: map.campaign.name }) : t('campaigns.powerMap'));
  if (!map && loading) return <Loading />;
  if (!map) return <QueryError error={error} backTo={`/campaigns/${id}`} backLabel={t('powermap.backToTheCampaign')} />;
  return <PowerMapView map={map} />;
}

function PowerMapView({ map }: { map: PowerMap }) {
  const me = useMe();
  const editable = canManage(me) && map.canEdit;
  const campaignId = map.campaign.id;
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [place, placing] = useMutation(PLACE_ON_POWER_MAP, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: POWER_MAP, variables: { campaignId }, data: { powerMap: data.placeOnPowerMap } });
    },
  });
  const selected = map.records.find((r) => r.record.id && r.record.id === selectedId) ?? null;

  async function move(r: PowerMapRecord, stance: number | null, influence: number | null) {
    if (!r.record.id) return;
    setProblem(null);
    try {
      await place({ variables: { campaignId, recordId: r.record.id, stance, influence } });
      setStatus(stance === null && influence === null ? t('powermap.isPlacedAsDerivedAgain', { name: r.record.name }) : t('powermap.movedToInfluence', { name: r.record.name, stance: STANCE_WORDS[stance ?? r.stance].toLowerCase(), influence: influence ?? r.influence }));
    } catch (e) {
      setProblem(t('powermap.couldNotMove', { name: r.record.name, e: errorMessage(e) }));
    }
  }

  function onKey(e: KeyboardEvent, r: PowerMapRecord) {
    if (!editable || !r.record.id) return;
    const step: Record<string, [number, number]> = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };
    const d = step[e.key];
    if (!d) return;
    e.preventDefault();
    const stance = clamp(r.stance + d[0], -2, 2);
    const influence = clamp(r.influence + d[1], 1, 5);
    if (stance !== r.stance || influence !== r.influence) void move(r, stance, influence);
  }

  function onDrop(e: DragEvent, stance: number, influence: number) {
    e.preventDefault();
    const r = map.records.find((x) => x.record.id === e.dataTransfer.getData('text/plain'));
    if (r && (r.stance !== stance || r.influence !== influence)) void move(r, stance, influence);
  }

  async function downloadPng() {
    setProblem(null);
    try {
      const blob = await svgToPng(powerMapSvg(map));
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `power-map-${map.campaign.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').toLowerCase()}.png`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setProblem(e instanceof Error ? e.message : t('powermap.thePngCouldNotBe'));
    }
  }

  return (
    <div className="page powermap">
      <p className="breadcrumb pm-no-print">
        <Link to="/campaigns">{t('nav.campaigns')}</Link>{' '}{t('common.symbol21')}{' '}<Link to={`/campaigns/${campaignId}`}>{map.campaign.name}</Link>
      </p>
      <div className="page-head">
        <div>
          <h1>{t('powermap.powerMap', { name: map.campaign.name })}</h1>
          <p className="record-sub" data-testid="power-map-target">
            {map.target ? <>{t('powermap.target')}{' '}<strong>{map.target.name}</strong></> : t('powermap.thisCampaignNamesNoTarget')}
          </p>
        </div>
        <div className="record-actions pm-no-print">
          <button type="button" className="button button-secondary" onClick={() => void downloadPng()}>
            {t('networkmap.downloadPng')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => window.print()}>
            {t('powermap.printForAMeeting')}
          </button>
        </div>
      </div>
      {problem && <Alert>{problem}</Alert>}
      <p className="visually-hidden" role="status">
        {status}
      </p>
      <p className="muted pm-no-print">
        {t('powermap.columnsAgainstUsToWith')}
        {editable ? t('powermap.dragANameToAnother') : ''}
      </p>
      {map.leftOff > 0 && <Alert kind="info">{t('powermap.moreWithTheLeastInfluence', { leftOff: map.leftOff })}</Alert>}

      <div className="pm-grid" role="group" aria-label={t('powermap.powerMapGrid')} aria-busy={placing.loading}>
        <div className="pm-corner" aria-hidden="true" />
        {STANCES.map((s) => (
          <div key={`h${s}`} className="pm-col-head" aria-hidden="true">
            {STANCE_WORDS[s]}
          </div>
        ))}
        {INFLUENCES.map((inf) => (
          <div key={`row${inf}`} className="pm-row">
            <div className="pm-row-head" aria-hidden="true">
              {inf}
            </div>
            {STANCES.map((st) => (
              <div
                key={`${st}:${inf}`}
                role="group"
                aria-label={t('powermap.influence', { st: STANCE_WORDS[st], inf })}
                className={`pm-cell ${st > 0 ? 'pm-with' : st < 0 ? 'pm-against' : 'pm-undecided'} ${inf >= 3 ? 'pm-high' : 'pm-low'}`}
                onDragOver={editable ? (e) => e.preventDefault() : undefined}
                onDrop={editable ? (e) => onDrop(e, st, inf) : undefined}
              >
                {recordsAt(map, st, inf).map((r, i) => (
                  <button
                    key={r.record.id ?? `hidden-${i}`}
                    type="button"
                    className={`pm-chip${r.record.hidden ? ' pm-hidden' : ''}${r.record.id && r.record.id === selectedId ? ' pm-selected' : ''}`}
                    aria-pressed={!!r.record.id && r.record.id === selectedId}
                    disabled={r.record.hidden}
                    draggable={editable && !r.record.hidden}
                    onDragStart={(e) => e.dataTransfer.setData('text/plain', r.record.id ?? '')}
                    onClick={() => setSelectedId(r.record.id)}
                    onKeyDown={(e) => onKey(e, r)}
                  >
                    {r.record.name}
                    {r.placed && <span className="visually-hidden">{' '}{t('powermap.placedByHand')}</span>}
                  </button>
                ))}
              </div>
            ))}
          </div>
        ))}
      </div>

      {selected && <Details key={selected.record.id} r={selected} map={map} editable={editable} move={move} />}

      <section className="card pm-table" aria-labelledby="pm-everyone">
        <h2 id="pm-everyone">{t('powermap.everyoneOnTheMap')}</h2>
        {map.records.length === 0 ? (
          <p className="muted">{t('powermap.noOneIsTiedTo')}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('admin.name')}</th>
                <th scope="col">{t('customfields.where')}</th>
                <th scope="col">{t('import.why')}</th>
                <th scope="col">{t('powermap.ourWarmestPath')}</th>
                <th scope="col">{t('powermap.openAsk')}</th>
                <th scope="col">{t('powermap.assigned')}</th>
              </tr>
            </thead>
            <tbody>
              {map.records.map((r, i) => (
                <tr key={r.record.id ?? `hidden-${i}`}>
                  <th scope="row">{r.record.name}</th>
                  <td>{t('powermap.of5', { r: quadrantOf(r), stance: STANCE_WORDS[r.stance].toLowerCase(), influence: r.influence })}</td>
                  <td>
                    {t('common.symbol50', { stanceWhy: r.stanceWhy, influenceWhy: r.influenceWhy })}
                  </td>
                  <td>{pathText(r)}</td>
                  <td>{askText(r)}</td>
                  <td>{r.assigned.join(', ') || t('common.symbol')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}

function pathText(r: PowerMapRecord): string {
  if (r.record.hidden) return '—';
  if (!r.warmestPath) return t('powermap.noPathFromOurMembers');
  return r.warmestPath.nodes.map((n) => n.name).join(' → ');
}

function askText(r: PowerMapRecord): string {
  if (!r.openAsk) return '—';
  const a = r.openAsk;
  return [
    t('powermap.endorsementAsk', { status: ASK_WORDS[a.status] ?? a.status.toLowerCase() }),
    a.askerName && t('common.byName', { name: a.askerName }),
    a.nextStep && t('powermap.nextStep', { step: a.nextStep }),
  ].filter(Boolean).join(', ');
}

function Details({ r, map, editable, move }: { r: PowerMapRecord; map: PowerMap; editable: boolean; move: (r: PowerMapRecord, stance: number | null, influence: number | null) => Promise<void> }) {
  const canInfluence = editable && map.target?.kind === 'PERSON' && !!map.target.id;
  return (
    <section className="card pm-details pm-no-print" aria-labelledby="pm-details-h">
      <h2 id="pm-details-h">{r.record.name}</h2>
      <dl>
        <dt>{t('powermap.stance')}</dt>
        <dd>
          {t('common.symbol51', { stance: STANCE_WORDS[r.stance], stanceWhy: r.stanceWhy })}
        </dd>
        <dt>{t('powermap.influenceOverTheTarget')}</dt>
        <dd>
          {t('powermap.of52', { influence: r.influence, influenceWhy: r.influenceWhy })}
        </dd>
        <dt>{t('powermap.ourWarmestPath')}</dt>
        <dd>{pathText(r)}</dd>
        <dt>{t('powermap.openAsk')}</dt>
        <dd>{askText(r)}</dd>
        <dt>{t('powermap.assigned')}</dt>
        <dd>{r.assigned.join(', ') || t('endorsements.noOneYet')}</dd>
      </dl>
      {editable && (
        <div className="pm-moves" role="group" aria-label={t('powermap.move', { name: r.record.name })}>
          <button type="button" className="button button-secondary" disabled={r.stance <= -2} onClick={() => void move(r, r.stance - 1, r.influence)}>
            {t('powermap.moreAgainstUs')}
          </button>
          <button type="button" className="button button-secondary" disabled={r.stance >= 2} onClick={() => void move(r, r.stance + 1, r.influence)}>
            {t('powermap.moreWithUs')}
          </button>
          <button type="button" className="button button-secondary" disabled={r.influence >= 5} onClick={() => void move(r, r.stance, r.influence + 1)}>
            {t('powermap.moreInfluence')}
          </button>
          <button type="button" className="button button-secondary" disabled={r.influence <= 1} onClick={() => void move(r, r.stance, r.influence - 1)}>
            {t('powermap.lessInfluence')}
          </button>
          {r.placed && (
            <button type="button" className="button button-secondary" onClick={() => void move(r, null, null)}>
              {t('powermap.backToDerived')}
            </button>
          )}
        </div>
      )}
      {canInfluence && <InfluenceForm r={r} targetId={map.target!.id!} campaignId={map.campaign.id} />}
    </section>
  );
}

function InfluenceForm({ r, targetId, campaignId }: { r: PowerMapRecord; targetId: string; campaignId: string }) {
  const refetch = { refetchQueries: [{ query: POWER_MAP, variables: { campaignId } }], awaitRefetchQueries: true };
  const [setInfluence, saving] = useMutation(SET_INFLUENCE, refetch);
  const [removeInfluence, removing] = useMutation(REMOVE_INFLUENCE, {
    update(cache, { data }) {
      const powerMap = data?.removeInfluence.powerMap;
      if (powerMap) cache.writeQuery({ query: POWER_MAP, variables: { campaignId }, data: { powerMap } });
    },
  });
  const [strength, setStrength] = useState(r.recordedInfluence ?? 3);
  const [note, setNote] = useState(r.influenceNote ?? '');
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const fromId = r.record.id!;
  async function save() {
    try {
      await setInfluence({ variables: { input: { fromId, personId: targetId, strength, note: note.trim() || null } } });
      setMessage({ kind: 'success', text: t('powermap.influenceRecorded') });
    } catch (e) {
      setMessage({ kind: 'error', text: t('powermap.couldNotRecordTheInfluence', { e: errorMessage(e) }) });
    }
  }
  async function remove() {
    try {
      await removeInfluence({ variables: { fromId, personId: targetId, campaignId } });
      setMessage({ kind: 'success', text: t('powermap.influenceRemoved') });
    } catch (e) {
      setMessage({ kind: 'error', text: t('powermap.couldNotRemoveTheInfluence', { e: errorMessage(e) }) });
    }
  }
  return (
    <form className="pm-influence" onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <h3>{t('powermap.influenceOverTheTarget')}</h3>
      <div className="field">
        <label className="label" htmlFor="pm-strength">{t('powermap.strength1To5')}</label>
        <select id="pm-strength" value={strength} onChange={(e) => setStrength(Number(e.target.value))}>
          {[1, 2, 3, 4, 5].map((n) => (
            <option key={n} value={n}>{n}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="label" htmlFor="pm-note">{t('powermap.howEGChiefOf')}</label>
        <input id="pm-note" value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
      </div>
      <button type="submit" className="button button-primary" disabled={saving.loading}>{t('powermap.recordInfluence')}</button>{' '}
      {r.recordedInfluence !== null && (
        <button type="button" className="button button-secondary" disabled={removing.loading} onClick={() => void remove()}>{t('powermap.removeRecordedInfluence')}</button>
      )}
      {message && <Alert kind={message.kind}>{message.text}</Alert>}
    </form>
  );
}
