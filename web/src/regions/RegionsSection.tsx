import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Alert } from '../components/Alert';
import { TextField } from '../components/Field';
import { errorMessage, fieldErrors, saveErrorMessage } from '../lib/errors';
import { useFocusFirstInvalid } from '../lib/focus';
import { useSubmissionKey } from '../lib/submission';
import { REGIONS } from '../people/queries';
import { graphql } from '../gql';
import { t } from '../i18n/intl';

export const CREATE_REGION = graphql(`
  mutation CreateRegion($input: CreateRegionInput!, $idempotencyKey: String) {
    createRegion(input: $input, idempotencyKey: $idempotencyKey) {
      id
      name
    }
  }
`);

/** The Admin page's regions: the list, and a form to add one. */
export function RegionsSection() {
  const { data, error } = useQuery(REGIONS);
  const [createRegion, { loading }] = useMutation(CREATE_REGION, { refetchQueries: [REGIONS] });
  const submission = useSubmissionKey();
  const [name, setName] = useState('');
  const [formError, setFormError] = useState<unknown>(null);
  const [created, setCreated] = useState('');
  const [formRef, focusInvalid] = useFocusFirstInvalid<HTMLFormElement>();
  const fields = fieldErrors(formError);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setFormError(null);
    setCreated('');
    const input = { name: name.trim() };
    try {
      const { data: d } = await createRegion({ variables: { input, idempotencyKey: submission.keyFor(input) } });
      submission.settled();
      setName('');
      if (d) setCreated(t('admin.addedTheRegion', { name: d.createRegion.name }));
    } catch (err) {
      submission.settled(err);
      setFormError(err);
      focusInvalid();
    }
  }

  return (
    <section className="card" aria-labelledby="regions-h">
      <h2 id="regions-h">{t('admin.regions')}</h2>
      {error && <Alert>{errorMessage(error)}</Alert>}
      {data && (
        <ul className="rows">
          {data.regions.map((r) => (
            <li key={r.id} className="row">
              {r.name}
            </li>
          ))}
        </ul>
      )}
      <form ref={formRef} className="inline-form" onSubmit={submit} noValidate aria-label={t('admin.addARegion')}>
        {formError !== null && !fields.name && <Alert>{saveErrorMessage(formError)}</Alert>}
        {created && <Alert kind="success">{created}</Alert>}
        <TextField id="region-name" label={t('admin.newRegionName')} required autoComplete="off" value={name} onChange={setName} error={fields.name} />
        <button type="submit" className="button-secondary" disabled={loading}>
          {loading ? t('admin.adding') : t('admin.addRegion')}
        </button>
      </form>
    </section>
  );
}
