import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useSearchParams } from 'react-router';
import { CAMPAIGN_STATUSES, todayIso } from '../campaigns/options';
import { SelectField, TextAreaField, TextField } from '../components/Field';
import { RecordFormFrame, useEditRecord, useNewRecord, type RecordPlace } from '../components/RecordFormPage';
import { FormActions, FormErrorAlert, useRecordForm } from '../components/RecordForm';
import { labelOf } from '../lib/format';
import type { Region } from '../types';
import { CAMPAIGN_OPTIONS, CREATE_EVENT, EVENT, UPDATE_EVENT, type EventDetail, type EventInput } from './queries';
import { t } from '../i18n/intl';

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
  onSave: (input: EventInput, idempotencyKey: string) => Promise<void>;
  onCancel: () => void;
  /** After a CONFLICT: the latest saved version (saved against from then on). */
  onReloadLatest?: () => Promise<Values>;
}) {
  const { values, setValues, set, error, fields, saving, formRef, submit, reload, reloading } = useRecordForm(initial);
  const campaigns = useQuery(CAMPAIGN_OPTIONS, { variables: { regionId: values.regionId || null }, skip: !values.regionId });
  const chosen = campaigns.data?.campaigns.find((c) => c.id === values.campaignId);
  const save = submit((key) => onSave(toInput(values), key));

  return (
    <form ref={formRef} className="form" onSubmit={save} noValidate>
      <FormErrorAlert
        error={error}
        what="this event"
        placed={PLACED}
        onReloadLatest={onReloadLatest && (() => reload(onReloadLatest))}
        reloading={reloading}
      />
      <TextField id="event-name" label={t('admin.name')} required autoComplete="off" value={values.name} onChange={set('name')} error={fields.name} />
      <div className="form-row">
        <TextField id="event-date" label={t('events.date')} type="date" required value={values.date} onChange={set('date')} error={fields.date} />
        <SelectField
          id="event-region"
          label={t('campaigns.region')}
          required
          value={values.regionId}
          onChange={(regionId) => setValues((v) => ({ ...v, regionId, campaignId: '' }))}
          options={regions.map((r) => ({ value: r.id, label: r.name }))}
          placeholder={regions.length === 1 ? undefined : t('campaigns.chooseARegion')}
          error={fields.regionId}
        />
      </div>
      <SelectField
        id="event-campaign"
        label={t('campaigns.campaign')}
        hint={
          chosen && chosen.status !== 'MOBILIZING'
            ? t('events.thisCampaignIsNotMobilizing')
            : t('events.theCampaignItTurnsPeople')
        }
        value={values.campaignId}
        onChange={set('campaignId')}
        options={(campaigns.data?.campaigns ?? []).map((c) => ({
          value: c.id,
          label: `${c.name} (${labelOf(CAMPAIGN_STATUSES, c.status).toLowerCase()})`,
        }))}
        placeholder={values.regionId ? t('events.noCampaign') : t('campaigns.chooseARegionFirst')}
        error={fields.campaignId}
      />
      <div className="form-row">
        <TextField id="event-location" label={t('events.location')} autoComplete="off" value={values.location} onChange={set('location')} error={fields.location} />
        <TextField id="event-zip" label={t('events.zipCode')} inputMode="numeric" autoComplete="off" value={values.zip} onChange={set('zip')} error={fields.zip} />
      </div>
      <TextAreaField id="event-notes" label={t('dedupe.notes')} value={values.notes} onChange={set('notes')} error={fields.notes} />
      <FormActions saving={saving} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}

const EVENTS_PLACE: RecordPlace = { list: '/events', listLabel: 'Events', noun: 'event' };

export function EventNewPage() {
  const navigate = useNavigate();
  const client = useApolloClient();
  const [params] = useSearchParams();
  const [createEvent] = useMutation(CREATE_EVENT);
  const page = useNewRecord(EVENTS_PLACE, t('events.addAnEvent'));
  if (!page.ready) return page.placeholder;
  return (
    <RecordFormFrame place={EVENTS_PLACE} title={t('events.addAnEvent')}>
      <EventForm
        initial={toValues(null, page.regions, params.get('campaign') ?? '')}
        regions={page.regions}
        submitLabel={t('events.saveEvent')}
        onCancel={() => navigate('/events')}
        onSave={async (input, idempotencyKey) => {
          const { data } = await createEvent({ variables: { input, idempotencyKey } });
          if (!data) return;
          client.cache.evict({ fieldName: 'events' });
          navigate(`/events/${data.createEvent.id}`);
        }}
      />
    </RecordFormFrame>
  );
}

export function EventEditPage() {
  const navigate = useNavigate();
  const client = useApolloClient();
  const [updateEvent] = useMutation(UPDATE_EVENT);
  const page = useEditRecord(EVENT, (d) => d.event, EVENTS_PLACE);
  if (!page.ready) return page.placeholder;
  const e = page.record;
  return (
    <RecordFormFrame place={EVENTS_PLACE} record={e} title={t('campaigns.edit', { name: e.name })}>
      <EventForm
        key={e.id}
        initial={toValues(e, page.regions)}
        regions={page.regions}
        submitLabel={t('events.saveChanges')}
        onCancel={() => navigate(`/events/${e.id}`)}
        onSave={async (input) => {
          await updateEvent({ variables: { id: e.id, version: page.version(), input } });
          client.cache.evict({ fieldName: 'events' });
          navigate(`/events/${e.id}`);
        }}
        onReloadLatest={async () => toValues(await page.reloadLatest(), page.regions)}
      />
    </RecordFormFrame>
  );
}
