/** A signed-in client of the Legis API for command-line tools. */
export class ApiSession {
  private constructor(
    readonly baseUrl: string,
    private readonly token: string,
  ) {}

  /** Signs in with LEGIS_TOKEN, or LEGIS_EMAIL and LEGIS_PASSWORD, against LEGIS_API_URL. */
  static async fromEnvironment(env: NodeJS.ProcessEnv = process.env): Promise<ApiSession> {
    const baseUrl = (env.LEGIS_API_URL ?? `http://localhost:${env.PORT ?? 3000}/api/v1`).replace(/\/$/, '');
    if (env.LEGIS_TOKEN) return new ApiSession(baseUrl, env.LEGIS_TOKEN);
    const email = env.LEGIS_EMAIL;
    const password = env.LEGIS_PASSWORD;
    if (!email || !password) throw new Error('Set LEGIS_TOKEN, or LEGIS_EMAIL and LEGIS_PASSWORD (an admin or reviewer), to sign in.');
    const response = await fetch(`${baseUrl}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
    const body = (await response.json()) as { accessToken?: string; detail?: string };
    if (!response.ok || !body.accessToken) throw new Error(`Sign-in to ${baseUrl} failed: ${body.detail ?? response.status}`);
    return new ApiSession(baseUrl, body.accessToken);
  }

  async request<T>(method: string, path: string, body?: string | FormData, contentType?: string): Promise<{ status: number; body: T }> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, ...(contentType ? { 'content-type': contentType } : {}) },
      body,
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
  }
}
