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

const ASK_WORDS: Record<string, string> = { TO_ASK: 'to ask', ASKED: 'asked', CONSIDERING: 'considering' };
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** A campaign's power map: the target in the middle, who influences them, placed by stance and influence (issue 16). */
export function PowerMapPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(POWER_MAP, { variables: { campaignId: id }, fetchPolicy: 'cache-and-network' });
  const map = data?.powerMap;
  useTitle(map ? `Power map: ${map.campaign.name}` : 'Power map');
  if (!map && loading) return <Loading />;
  if (!map) return <QueryError error={error} backTo={`/campaigns/${id}`} backLabel="Back to the campaign" />;
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
      setStatus(stance === null && influence === null ? `${r.record.name} is placed as derived again.` : `${r.record.name} moved to ${STANCE_WORDS[stance ?? r.stance].toLowerCase()}, influence ${influence ?? r.influence}.`);
    } catch (e) {
      setProblem(`Could not move ${r.record.name}. ${errorMessage(e)}`);
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
      setProblem(e instanceof Error ? e.message : 'The PNG could not be made.');
    }
  }

  return (
    <div className="page powermap">
      <p className="breadcrumb pm-no-print">
        <Link to="/campaigns">Campaigns</Link> / <Link to={`/campaigns/${campaignId}`}>{map.campaign.name}</Link>
      </p>
      <div className="page-head">
        <div>
          <h1>Power map: {map.campaign.name}</h1>
          <p className="record-sub" data-testid="power-map-target">
            {map.target ? <>Target: <strong>{map.target.name}</strong></> : 'This campaign names no target yet: add one to its plan.'}
          </p>
        </div>
        <div className="record-actions pm-no-print">
          <button type="button" className="button button-secondary" onClick={() => void downloadPng()}>
            Download PNG
          </button>
          <button type="button" className="button button-secondary" onClick={() => window.print()}>
            Print for a meeting
          </button>
        </div>
      </div>
      {problem && <Alert>{problem}</Alert>}
      <p className="visually-hidden" role="status">
        {status}
      </p>
      <p className="muted pm-no-print">
        Columns: against us to with us. Rows: influence over the target, 5 (decisive) to 1.
        {editable ? ' Drag a name to another cell, or select it and use the arrow keys or the buttons below to move it.' : ''}
      </p>
      {map.leftOff > 0 && <Alert kind="info">{map.leftOff} more with the least influence are not shown.</Alert>}

      <div className="pm-grid" role="group" aria-label="Power map grid" aria-busy={placing.loading}>
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
                aria-label={`${STANCE_WORDS[st]}, influence ${inf}`}
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
                    {r.placed && <span className="visually-hidden"> (placed by hand)</span>}
                  </button>
                ))}
              </div>
            ))}
          </div>
        ))}
      </div>

      {selected && <Details key={selected.record.id} r={selected} map={map} editable={editable} move={move} />}

      <section className="card pm-table" aria-labelledby="pm-everyone">
        <h2 id="pm-everyone">Everyone on the map</h2>
        {map.records.length === 0 ? (
          <p className="muted">No one is tied to the target or placed on this map yet.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Where</th>
                <th scope="col">Why</th>
                <th scope="col">Our warmest path</th>
                <th scope="col">Open ask</th>
                <th scope="col">Assigned</th>
              </tr>
            </thead>
            <tbody>
              {map.records.map((r, i) => (
                <tr key={r.record.id ?? `hidden-${i}`}>
                  <th scope="row">{r.record.name}</th>
                  <td>{quadrantOf(r)} ({STANCE_WORDS[r.stance].toLowerCase()}, {r.influence} of 5)</td>
                  <td>
                    {r.stanceWhy}. {r.influenceWhy}.
                  </td>
                  <td>{pathText(r)}</td>
                  <td>{askText(r)}</td>
                  <td>{r.assigned.join(', ') || '—'}</td>
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
  if (!r.warmestPath) return 'No path from our members yet';
  return r.warmestPath.nodes.map((n) => n.name).join(' → ');
}

function askText(r: PowerMapRecord): string {
  if (!r.openAsk) return '—';
  const a = r.openAsk;
  return [`Endorsement ${ASK_WORDS[a.status] ?? a.status.toLowerCase()}`, a.askerName && `by ${a.askerName}`, a.nextStep && `next: ${a.nextStep}`].filter(Boolean).join(', ');
}

function Details({ r, map, editable, move }: { r: PowerMapRecord; map: PowerMap; editable: boolean; move: (r: PowerMapRecord, stance: number | null, influence: number | null) => Promise<void> }) {
  const canInfluence = editable && map.target?.kind === 'PERSON' && !!map.target.id;
  return (
    <section className="card pm-details pm-no-print" aria-labelledby="pm-details-h">
      <h2 id="pm-details-h">{r.record.name}</h2>
      <dl>
        <dt>Stance</dt>
        <dd>
          {STANCE_WORDS[r.stance]} — {r.stanceWhy}
        </dd>
        <dt>Influence over the target</dt>
        <dd>
          {r.influence} of 5 — {r.influenceWhy}
        </dd>
        <dt>Our warmest path</dt>
        <dd>{pathText(r)}</dd>
        <dt>Open ask</dt>
        <dd>{askText(r)}</dd>
        <dt>Assigned</dt>
        <dd>{r.assigned.join(', ') || 'No one yet'}</dd>
      </dl>
      {editable && (
        <div className="pm-moves" role="group" aria-label={`Move ${r.record.name}`}>
          <button type="button" className="button button-secondary" disabled={r.stance <= -2} onClick={() => void move(r, r.stance - 1, r.influence)}>
            More against us
          </button>
          <button type="button" className="button button-secondary" disabled={r.stance >= 2} onClick={() => void move(r, r.stance + 1, r.influence)}>
            More with us
          </button>
          <button type="button" className="button button-secondary" disabled={r.influence >= 5} onClick={() => void move(r, r.stance, r.influence + 1)}>
            More influence
          </button>
          <button type="button" className="button button-secondary" disabled={r.influence <= 1} onClick={() => void move(r, r.stance, r.influence - 1)}>
            Less influence
          </button>
          {r.placed && (
            <button type="button" className="button button-secondary" onClick={() => void move(r, null, null)}>
              Back to derived
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
  const [removeInfluence, removing] = useMutation(REMOVE_INFLUENCE, refetch);
  const [strength, setStrength] = useState(r.recordedInfluence ?? 3);
  const [note, setNote] = useState(r.influenceNote ?? '');
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const fromId = r.record.id!;
  async function save() {
    try {
      await setInfluence({ variables: { input: { fromId, personId: targetId, strength, note: note.trim() || null } } });
      setMessage({ kind: 'success', text: 'Influence recorded.' });
    } catch (e) {
      setMessage({ kind: 'error', text: `Could not record the influence. ${errorMessage(e)}` });
    }
  }
  async function remove() {
    try {
      await removeInfluence({ variables: { fromId, personId: targetId } });
      setMessage({ kind: 'success', text: 'Influence removed.' });
    } catch (e) {
      setMessage({ kind: 'error', text: `Could not remove the influence. ${errorMessage(e)}` });
    }
  }
  return (
    <form className="pm-influence" onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <h3>Influence over the target</h3>
      <div className="field">
        <label className="label" htmlFor="pm-strength">Strength (1 to 5)</label>
        <select id="pm-strength" value={strength} onChange={(e) => setStrength(Number(e.target.value))}>
          {[1, 2, 3, 4, 5].map((n) => (
            <option key={n} value={n}>{n}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="label" htmlFor="pm-note">How (e.g. chief of staff, largest donor)</label>
        <input id="pm-note" value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
      </div>
      <button type="submit" className="button button-primary" disabled={saving.loading}>Record influence</button>{' '}
      {r.recordedInfluence !== null && (
        <button type="button" className="button button-secondary" disabled={removing.loading} onClick={() => void remove()}>Remove recorded influence</button>
      )}
      {message && <Alert kind={message.kind}>{message.text}</Alert>}
    </form>
  );
}
