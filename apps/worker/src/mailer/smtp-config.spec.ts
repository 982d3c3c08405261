import { ConfigError } from '@legis/runtime';
import { loadWorkerConfig } from '../worker.config';

const BASE = { DATABASE_URL: 'postgres://legis:secret@127.0.0.1:5432/legis' };

describe('worker e-mail settings', () => {
  it('are off when SMTP_URL is unset or empty', () => {
    expect(loadWorkerConfig(BASE).smtp).toBeNull();
    expect(loadWorkerConfig({ ...BASE, SMTP_URL: '', SMTP_FROM: 'x@example.gov.vn' }).smtp).toBeNull();
  });

  it('take SMTP_URL and a default sender', () => {
    const url = 'smtp://user:pass@mail.example.gov.vn:587';
    expect(loadWorkerConfig({ ...BASE, SMTP_URL: url }).smtp).toEqual({ url, from: 'Legis <no-reply@localhost>' });
    expect(loadWorkerConfig({ ...BASE, SMTP_URL: url, SMTP_FROM: 'Sở Tư pháp <stp@example.gov.vn>' }).smtp?.from).toBe('Sở Tư pháp <stp@example.gov.vn>');
  });

  it('refuse a URL that is not smtp:// or smtps://, and a sender that is not an address', () => {
    expect(() => loadWorkerConfig({ ...BASE, SMTP_URL: 'http://mail.example.gov.vn' })).toThrow(ConfigError);
    expect(() => loadWorkerConfig({ ...BASE, SMTP_URL: 'smtps://mail.example.gov.vn', SMTP_FROM: 'Legis' })).toThrow(ConfigError);
  });
});
