/** A GraphQL client over HTTP that keeps its session cookie, as a browser would. */
export interface GqlError {
  message: string;
  extensions?: { code?: string; fields?: Array<{ field: string; message: string }>; [k: string]: unknown };
}

export interface GqlResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: GqlError[];
  headers: Headers;
}

export class GraphqlClient {
  private cookie = '';

  /** `headers` go with every request (e.g. X-Forwarded-For, as a reverse proxy would add it). */
  constructor(
    private readonly url: string,
    private readonly headers: Record<string, string> = {},
  ) {}

  async request<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<GqlResponse<T>> {
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...this.headers, ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const [pair] = setCookie.split(';');
      this.cookie = pair.endsWith('=') ? '' : pair;
    }
    const body = (await res.json()) as { data?: T; errors?: GqlError[] };
    return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
  }

  /** The data, or a thrown error with the GraphQL errors. */
  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const r = await this.request<T>(query, variables);
    if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
    return r.data as T;
  }

  /** A plain GET with the session cookie (downloads). */
  async get(path: string): Promise<Response> {
    return fetch(`${this.url}${path}`, { headers: { ...this.headers, ...(this.cookie ? { cookie: this.cookie } : {}) } });
  }

  async signIn(email: string, password: string): Promise<GqlResponse> {
    return this.request(`mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id role } }`, { e: email, p: password });
  }
}
