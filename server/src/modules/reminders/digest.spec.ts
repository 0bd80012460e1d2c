import type { DigestAccount } from './reminders.repository.js';
import { digestMessage } from './digest.js';

const account = (locale: DigestAccount['locale'], followUps: DigestAccount['followUps'], displayName = 'Rosa Peña'): DigestAccount => ({
  accountId: 'a1',
  email: 'rosa@example.org',
  displayName,
  locale,
  followUps,
});
const due = (id: string, dueDate: string, text = `Follow-up ${id}`) => ({ id, text, dueDate, people: [{ id: 'p1', name: 'Jorge Ruiz' }] });

describe('the daily follow-up email', () => {
  it('is in Spanish for an account set to Spanish, plurals and dates included', () => {
    const one = digestMessage(account('es', [due('f1', '2026-12-07', 'Llamar a Jorge')]), '2026-12-07', 'https://crm.example.org');
    expect(one.subject).toBe('1 seguimiento pendiente');
    expect(one.text).toBe(
      [
        'Hola, Rosa Peña:',
        '',
        'Para hoy:',
        '- Llamar a Jorge',
        '  Jorge Ruiz: https://crm.example.org/people/p1',
        '',
        'Todos tus seguimientos: https://crm.example.org/follow-ups',
        '',
        'Recibes este correo cada día que tienes seguimientos pendientes. Desactívalo en https://crm.example.org/follow-ups.',
      ].join('\n'),
    );
    const late = digestMessage(account('es', [due('f1', '2026-12-01'), due('f2', '2026-12-06'), due('f3', '2026-12-07')], ''), '2026-12-07', 'https://x.org');
    expect(late.subject).toBe('3 seguimientos pendientes (2 atrasados)');
    expect(late.text).toMatch(/^Hola:\n\nAtrasados:\n- Follow-up f1 \(atrasado: vencía el 1 dic 2026\)\n/);
    expect(digestMessage(account('es', [due('f1', '2026-12-01'), due('f2', '2026-12-07')]), '2026-12-07', 'https://x.org').subject).toBe('2 seguimientos pendientes (1 atrasado)');
  });

  it('is in English otherwise', () => {
    const message = digestMessage(account('en', [due('f1', '2026-12-01'), due('f2', '2026-12-07')], ''), '2026-12-07', 'https://x.org');
    expect(message.subject).toBe('2 follow-ups due (1 overdue)');
    expect(message.text).toMatch(/^Hello there,\n\nOverdue:\n- Follow-up f1 \(overdue: due Dec 1, 2026\)\n/);
    expect(digestMessage(account('en', [due('f1', '2026-12-07')]), '2026-12-07', 'https://x.org').subject).toBe('1 follow-up due');
  });
});
