import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { CAMPAIGN_STATUSES, todayIso } from '../campaigns/options';
import { Alert, Loading } from '../components/Alert';
import { SelectField, TextAreaField, TextField } from '../components/Field';
import { QueryError } from '../components/QueryError';
import { errorMessage, fieldErrors } from '../lib/errors';
import { useFocusFirstInvalid } from '../lib/focus';
import { labelOf } from '../lib/format';
import { useTitle } from '../lib/useTitle';
import { REGIONS } from '../people/queries';
import { CAMPAIGN_OPTIONS, CREATE_EVENT } from './queries';

export function EventNewPage() {
  useTitle('Add an event');
  const navigate = useNavigate();
  const client = useApolloClient();
  const [params] = useSearchParams();
  const regions = useQuery(REGIONS);
  const list = regions.data?.regions ?? [];
  const [createEvent] = useMutation(CREATE_EVENT);
  const [name, setName] = useState('');
  const [date, setDate] = useState(todayIso());
  const [regionId, setRegionId] = useState('');
  const [campaignId, setCampaignId] = useState(params.get('campaign') ?? '');
  const [location, setLocation] = useState('');
  const [zip, setZip] = useState('');
  const [notes, setNotes] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [formRef, focusInvalid] = useFocusFirstInvalid<HTMLFormElement>();
  const region = regionId || (list.length === 1 ? list[0].id : '');
  const campaigns = useQuery(CAMPAIGN_OPTIONS, { variables: { regionId: region || null }, skip: !region });
  const fields = fieldErrors(error);

  if (regions.loading && !regions.data) return <Loading />;
  if (!regions.data) return <QueryError error={regions.error} backTo="/events" backLabel="Back to Events" />;

  const chosen = campaigns.data?.campaigns.find((c) => c.id === campaignId);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setSaving(true);
    try {
      const { data } = await createEvent({
        variables: {
          input: {
            name: name.trim(),
            date,
            regionId: region,
            campaignId: campaignId || null,
            location: location.trim() || null,
            zip: zip.trim() || null,
            notes: notes.trim() || null,
          },
        },
      });
      if (!data) return;
      client.cache.evict({ fieldName: 'events' });
      navigate(`/events/${data.createEvent.id}`);
    } catch (err) {
      setError(err);
      focusInvalid();
    } finally {
      setSaving(false);
    }
  }

  return (
    <div className="page page-narrow">
      <p className="breadcrumb">
        <Link to="/events">Events</Link>
      </p>
      <h1>Add an event</h1>
      <form ref={formRef} className="form" onSubmit={submit} noValidate>
        {error !== null && <Alert>{errorMessage(error)}</Alert>}
        <TextField id="event-name" label="Name" required autoComplete="off" value={name} onChange={setName} error={fields.name} />
        <div className="form-row">
          <TextField id="event-date" label="Date" type="date" required value={date} onChange={setDate} error={fields.date} />
          <SelectField
            id="event-region"
            label="Region"
            required
            value={region}
            onChange={(v) => {
              setRegionId(v);
              setCampaignId('');
            }}
            options={list.map((r) => ({ value: r.id, label: r.name }))}
            placeholder={list.length === 1 ? undefined : 'Choose a region'}
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
          value={campaignId}
          onChange={setCampaignId}
          options={(campaigns.data?.campaigns ?? []).map((c) => ({
            value: c.id,
            label: `${c.name} (${labelOf(CAMPAIGN_STATUSES, c.status).toLowerCase()})`,
          }))}
          placeholder={region ? 'No campaign' : 'Choose a region first'}
          error={fields.campaignId}
        />
        <div className="form-row">
          <TextField id="event-location" label="Location" autoComplete="off" value={location} onChange={setLocation} error={fields.location} />
          <TextField id="event-zip" label="ZIP code" inputMode="numeric" autoComplete="off" value={zip} onChange={setZip} error={fields.zip} />
        </div>
        <TextAreaField id="event-notes" label="Notes" value={notes} onChange={setNotes} error={fields.notes} />
        <div className="actions form-actions">
          <button type="submit" className="button-primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save event'}
          </button>
          <button type="button" className="button-secondary" onClick={() => navigate('/events')}>
            Cancel
          </button>
        </div>
      </form>
    </div>
  );
}
