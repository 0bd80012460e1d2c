import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useRef } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { CAMPAIGN_STATUSES, todayIso } from '../campaigns/options';
import { Loading } from '../components/Alert';
import { SelectField, TextAreaField, TextField } from '../components/Field';
import { QueryError } from '../components/QueryError';
import { FormErrorAlert, useRecordForm } from '../components/RecordForm';
import { labelOf } from '../lib/format';
import { useTitle } from '../lib/useTitle';
import { REGIONS } from '../people/queries';
import type { Region } from '../types';
import { CAMPAIGN_OPTIONS, CREATE_EVENT, EVENT, UPDATE_EVENT, type EventDetail, type EventInput } from './queries';

interface Values {
  name: string;
  date: string;
  regionId: string;
  campaignId: string;
  location: string;
  zip: string;
  notes: string;
}

const PLACED = ['name', 'date', 'regionId', 'campaignId', 'location', 'zip', 'notes'];

const toValues = (e: EventDetail | null, regions: Region[], campaignId = ''): Values => ({
  name: e?.name ?? '',
  date: e?.date ?? todayIso(),
  regionId: e?.region.id ?? (regions.length === 1 ? regions[0].id : ''),
  campaignId: e?.campaign?.id ?? campaignId,
  location: e?.location ?? '',
  zip: e?.zip ?? '',
  notes: e?.notes ?? '',
});

const toInput = (v: Values): EventInput => ({
  name: v.name.trim(),
  date: v.date,
  regionId: v.regionId,
  campaignId: v.campaignId || null,
  location: v.location.trim() || null,
  zip: v.zip.trim() || null,
  notes: v.notes.trim() || null,
});

function EventForm({
  initial,
  regions,
  submitLabel,
  onSave,
  onCancel,
  onReloadLatest,
}: {
  initial: Values;
  regions: Region[];
  submitLabel: string;
  onSave: (input: EventInput) => Promise<void>;
  onCancel: () => void;
  /** After a CONFLICT: the latest saved version (saved against from then on). */
  onReloadLatest?: () => Promise<Values>;
}) {
  const { values, setValues, set, error, fields, saving, formRef, submit, reload, reloading } = useRecordForm(initial);
  const campaigns = useQuery(CAMPAIGN_OPTIONS, { variables: { regionId: values.regionId || null }, skip: !values.regionId });
  const chosen = campaigns.data?.campaigns.find((c) => c.id === values.campaignId);
  const save = submit(() => onSave(toInput(values)));

  return (
    <form ref={formRef} className="form" onSubmit={save} noValidate>
      <FormErrorAlert
        error={error}
        what="this event"
        placed={PLACED}
        onReloadLatest={onReloadLatest && (() => reload(onReloadLatest))}
        reloading={reloading}
      />
      <TextField id="event-name" label="Name" required autoComplete="off" value={values.name} onChange={set('name')} error={fields.name} />
      <div className="form-row">
        <TextField id="event-date" label="Date" type="date" required value={values.date} onChange={set('date')} error={fields.date} />
        <SelectField
          id="event-region"
          label="Region"
          required
          value={values.regionId}
          onChange={(regionId) => setValues((v) => ({ ...v, regionId, campaignId: '' }))}
          options={regions.map((r) => ({ value: r.id, label: r.name }))}
          placeholder={regions.length === 1 ? undefined : 'Choose a region'}
          error={fields.regionId}
        />
      </div>
      <SelectField
        id="event-campaign"
        label="Campaign"
        hint={
          chosen && chosen.status !== 'MOBILIZING'
            ? 'This campaign is not mobilizing: members cannot be asked to turn out for its events until it is.'
            : 'The campaign it turns people out for, if any.'
        }
        value={values.campaignId}
        onChange={set('campaignId')}
        options={(campaigns.data?.campaigns ?? []).map((c) => ({
          value: c.id,
          label: `${c.name} (${labelOf(CAMPAIGN_STATUSES, c.status).toLowerCase()})`,
        }))}
        placeholder={values.regionId ? 'No campaign' : 'Choose a region first'}
        error={fields.campaignId}
      />
      <div className="form-row">
        <TextField id="event-location" label="Location" autoComplete="off" value={values.location} onChange={set('location')} error={fields.location} />
        <TextField id="event-zip" label="ZIP code" inputMode="numeric" autoComplete="off" value={values.zip} onChange={set('zip')} error={fields.zip} />
      </div>
      <TextAreaField id="event-notes" label="Notes" value={values.notes} onChange={set('notes')} error={fields.notes} />
      <div className="actions form-actions">
        <button type="submit" className="button-primary" disabled={saving}>
          {saving ? 'Saving…' : submitLabel}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export function EventNewPage() {
  useTitle('Add an event');
  const navigate = useNavigate();
  const client = useApolloClient();
  const [params] = useSearchParams();
  const regions = useQuery(REGIONS);
  const [createEvent] = useMutation(CREATE_EVENT);
  if (regions.loading && !regions.data) return <Loading />;
  if (!regions.data) return <QueryError error={regions.error} backTo="/events" backLabel="Back to Events" />;
  return (
    <div className="page page-narrow">
      <p className="breadcrumb">
        <Link to="/events">Events</Link>
      </p>
      <h1>Add an event</h1>
      <EventForm
        initial={toValues(null, regions.data.regions, params.get('campaign') ?? '')}
        regions={regions.data.regions}
        submitLabel="Save event"
        onCancel={() => navigate('/events')}
        onSave={async (input) => {
          const { data } = await createEvent({ variables: { input } });
          if (!data) return;
          client.cache.evict({ fieldName: 'events' });
          navigate(`/events/${data.createEvent.id}`);
        }}
      />
    </div>
  );
}

export function EventEditPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const client = useApolloClient();
  const regions = useQuery(REGIONS);
  // The version the user started from comes from the server, not a possibly stale cache.
  const event = useQuery(EVENT, { variables: { id }, fetchPolicy: 'network-only' });
  const [updateEvent] = useMutation(UPDATE_EVENT);
  const version = useRef<number | null>(null);
  useTitle(event.data ? `Edit ${event.data.event.name}` : 'Edit event');
  if ((event.loading && !event.data) || (regions.loading && !regions.data)) return <Loading />;
  if (!event.data) return <QueryError error={event.error} backTo="/events" backLabel="Back to Events" />;
  if (!regions.data) return <QueryError error={regions.error} backTo={`/events/${id}`} />;
  const e = event.data.event;
  if (version.current === null) version.current = e.version;
  const regionList = regions.data.regions.some((r) => r.id === e.region.id) ? regions.data.regions : [...regions.data.regions, e.region];
  return (
    <div className="page page-narrow">
      <p className="breadcrumb">
        <Link to="/events">Events</Link> / <Link to={`/events/${e.id}`}>{e.name}</Link>
      </p>
      <h1>Edit {e.name}</h1>
      <EventForm
        key={e.id}
        initial={toValues(e, regionList)}
        regions={regionList}
        submitLabel="Save changes"
        onCancel={() => navigate(`/events/${e.id}`)}
        onSave={async (input) => {
          await updateEvent({ variables: { id: e.id, version: version.current ?? e.version, input } });
          client.cache.evict({ fieldName: 'events' });
          navigate(`/events/${e.id}`);
        }}
        onReloadLatest={async () => {
          const { data } = await event.refetch();
          if (!data) throw new Error('Could not load the latest version.');
          version.current = data.event.version;
          return toValues(data.event, regionList);
        }}
      />
    </div>
  );
}
