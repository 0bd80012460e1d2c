import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { RecordFormFrame, useEditRecord, useNewRecord, type RecordPlace } from '../components/RecordFormPage';
import { PersonForm, toFormValues } from './PersonForm';
import { CREATE_PERSON, PERSON_FOR_EDIT, UPDATE_PERSON } from './queries';
import { t } from '../i18n/intl';

const PEOPLE_PLACE: RecordPlace = { list: '/people', listLabel: 'People', noun: 'person' };

export function PersonNewPage() {
  const navigate = useNavigate();
  const client = useApolloClient();
  const [createPerson] = useMutation(CREATE_PERSON);
  const page = useNewRecord(PEOPLE_PLACE, t('people.addAPerson'));
  if (!page.ready) return page.placeholder;
  return (
    <RecordFormFrame place={PEOPLE_PLACE} title={t('people.addAPerson')}>
      <PersonForm
        initial={toFormValues(null, page.regions)}
        regions={page.regions}
        submitLabel={t('people.savePerson')}
        onCancel={() => navigate('/people')}
        onSave={async (input, idempotencyKey) => {
          const { data } = await createPerson({ variables: { input, idempotencyKey } });
          if (!data) return;
          client.cache.evict({ fieldName: 'people' });
          navigate(`/people/${data.createPerson.id}`);
        }}
      />
    </RecordFormFrame>
  );
}

export function PersonEditPage() {
  const navigate = useNavigate();
  const [updatePerson] = useMutation(UPDATE_PERSON);
  const page = useEditRecord(PERSON_FOR_EDIT, (d) => d.person, PEOPLE_PLACE);
  if (!page.ready) return page.placeholder;
  const p = page.record;
  return (
    <RecordFormFrame place={PEOPLE_PLACE} record={p} title={t('campaigns.edit', { name: p.name })}>
      <PersonForm
        key={p.id}
        initial={toFormValues(p, page.regions)}
        regions={page.regions}
        contactHidden={p.contactHidden}
        submitLabel={t('events.saveChanges')}
        onCancel={() => navigate(`/people/${p.id}`)}
        onSave={async (input) => {
          await updatePerson({ variables: { id: p.id, version: page.version(), input } });
          navigate(`/people/${p.id}`);
        }}
        onReloadLatest={page.reloadLatest}
      />
    </RecordFormFrame>
  );
}
