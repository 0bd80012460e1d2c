import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useRef } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Loading } from '../components/Alert';
import { QueryError } from '../components/QueryError';
import { useTitle } from '../lib/useTitle';
import { PersonForm, toFormValues } from './PersonForm';
import { CREATE_PERSON, PERSON_FOR_EDIT, REGIONS, UPDATE_PERSON } from './queries';

export function PersonNewPage() {
  useTitle('Add a person');
  const navigate = useNavigate();
  const client = useApolloClient();
  const regions = useQuery(REGIONS);
  const [createPerson] = useMutation(CREATE_PERSON);

  if (regions.loading && !regions.data) return <Loading />;
  if (!regions.data) return <QueryError error={regions.error} backTo="/people" backLabel="Back to People" />;

  return (
    <div className="page page-narrow">
      <p className="breadcrumb">
        <Link to="/people">People</Link>
      </p>
      <h1>Add a person</h1>
      <PersonForm
        initial={toFormValues(null, regions.data.regions)}
        regions={regions.data.regions}
        submitLabel="Save person"
        onCancel={() => navigate('/people')}
        onSave={async (input) => {
          const { data } = await createPerson({ variables: { input } });
          if (!data) return;
          client.cache.evict({ fieldName: 'people' });
          navigate(`/people/${data.createPerson.id}`);
        }}
      />
    </div>
  );
}

export function PersonEditPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const regions = useQuery(REGIONS);
  // The version the user started from comes from the server, not a possibly stale cache.
  const person = useQuery(PERSON_FOR_EDIT, { variables: { id }, fetchPolicy: 'network-only' });
  const [updatePerson] = useMutation(UPDATE_PERSON);
  const version = useRef<number | null>(null);
  useTitle(person.data ? `Edit ${person.data.person.name}` : 'Edit person');

  if ((person.loading && !person.data) || (regions.loading && !regions.data)) return <Loading />;
  if (!person.data) return <QueryError error={person.error} backTo="/people" backLabel="Back to People" />;
  if (!regions.data) return <QueryError error={regions.error} backTo={`/people/${id}`} />;

  const p = person.data.person;
  if (version.current === null) version.current = p.version;
  // A person in a region the viewer cannot choose still shows it.
  const regionList = regions.data.regions.some((r) => r.id === p.region.id)
    ? regions.data.regions
    : [...regions.data.regions, p.region];

  return (
    <div className="page page-narrow">
      <p className="breadcrumb">
        <Link to="/people">People</Link> / <Link to={`/people/${p.id}`}>{p.name}</Link>
      </p>
      <h1>Edit {p.name}</h1>
      <PersonForm
        key={p.id}
        initial={toFormValues(p, regionList)}
        regions={regionList}
        contactHidden={p.contactHidden}
        submitLabel="Save changes"
        onCancel={() => navigate(`/people/${p.id}`)}
        onSave={async (input) => {
          await updatePerson({ variables: { id: p.id, version: version.current ?? p.version, input } });
          navigate(`/people/${p.id}`);
        }}
        onReloadLatest={async () => {
          const { data } = await person.refetch();
          if (!data) throw new Error('Could not load the latest version.');
          version.current = data.person.version;
          return data.person;
        }}
      />
    </div>
  );
}
