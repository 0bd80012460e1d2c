import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Alert } from '../components/Alert';
import { TextField } from '../components/Field';
import { errorMessage, fieldErrors } from '../lib/errors';
import { useFocusFirstInvalid } from '../lib/focus';
import { graphql } from '../gql';
import { t } from '../i18n/intl';
import { LanguagePicker } from '../i18n/LanguagePicker';

export const SIGN_IN = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      id
      email
      displayName
      role
      allRegions
      regions {
        id
        name
      }
    }
  }
`);

export function SignInPage() {
  const client = useApolloClient();
  const [signIn, { loading }] = useMutation(SIGN_IN);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [formRef, focusInvalid] = useFocusFirstInvalid<HTMLFormElement>();
  const fields = fieldErrors(error);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      const { data } = await signIn({ variables: { email: email.trim(), password } });
      if (!data) return;
      // A new session: nothing cached from before it may show, and `me` is read again.
      await client.resetStore();
    } catch (err) {
      setError(err);
      setPassword('');
      focusInvalid();
    }
  }

  return (
    <main className="signin">
      <div className="signin-card">
        <p className="brand brand-large">
          <span className="brand-mark" aria-hidden="true" />
          {t('app.name')}
        </p>
        <h1>{t('signIn.title')}</h1>
        <form ref={formRef} onSubmit={submit} noValidate>
          {error !== null && <Alert>{errorMessage(error)}</Alert>}
          <TextField
            id="signin-email"
            label={t('signIn.email')}
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={setEmail}
            error={fields.email}
          />
          <TextField
            id="signin-password"
            label={t('signIn.password')}
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={setPassword}
            error={fields.password}
          />
          <button type="submit" className="button-primary button-block" disabled={loading}>
            {loading ? t('signIn.signingIn') : t('signIn.submit')}
          </button>
        </form>
        <LanguagePicker />
      </div>
    </main>
  );
}
