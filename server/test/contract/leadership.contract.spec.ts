import { plainToInstance } from 'class-transformer';
import { Role } from '../../src/common/viewer.js';
import { CompetencyTheme } from '../../src/modules/leadership/competencies.js';
import { AssessmentInput, MentorInput } from '../../src/modules/leadership/leadership.model.js';
import { describeEachEngine } from './engines.js';
import { admin, personInput, services, twoRegions, viewer, type Services } from '../factories/index.js';

describeEachEngine('leadership development: levels per competency, assessments and mentors', (store) => {
  let s: Services;
  beforeAll(() => {
    s = services(store());
  });

  it('keeps every assessment and shows the latest level per theme, and records mentors', async () => {
    const [r1, r2] = await twoRegions(s);
    const account = await s.accounts.create(admin(), { email: `l${Date.now()}@example.org`, displayName: 'Lee Leader', password: 'long-enough-password', role: Role.LEADER, regionIds: [r1] });
    const leader = viewer(Role.LEADER, [r1], account.id);
    const rosa = await s.people.create(leader, personInput(r1, { name: 'Rosa Emerging' }));
    const assess = (theme: CompetencyTheme, level: number, assessedOn: string) =>
      s.leadership.assess(leader, plainToInstance(AssessmentInput, { personId: rosa.id, theme, level, assessedOn }));
    await assess(CompetencyTheme.COMMUNITY_PARTNERSHIPS, 1, '2025-01-10');
    await assess(CompetencyTheme.COMMUNITY_PARTNERSHIPS, 2, '2025-06-10');
    await assess(CompetencyTheme.LEADER_DEVELOPMENT, 1, '2025-06-10');

    const standing = await s.leadership.standing(leader, rosa.id);
    expect(standing).toHaveLength(6);
    expect(standing.find((x) => x.theme === 'COMMUNITY_PARTNERSHIPS')).toMatchObject({ level: 2, levelName: 'Mobilizing and Power Building', assessedOn: '2025-06-10', assessedByName: 'Lee Leader' });
    expect(standing.find((x) => x.theme === 'STRATEGIC_PLANNING')).toMatchObject({ level: null });
    expect((await s.leadership.assessments(leader, rosa.id)).map((a) => [a.theme, a.level])).toEqual([
      ['LEADER_DEVELOPMENT', 1], ['COMMUNITY_PARTNERSHIPS', 2], ['COMMUNITY_PARTNERSHIPS', 1],
    ]);
    expect((await s.history.of('Person', rosa.id))[0].summary).toBe('Assessed Developing leaders: level 1, Foundational');
    await expect(s.leadership.assess(viewer(Role.CONNECTOR, [r1]), plainToInstance(AssessmentInput, { personId: rosa.id, theme: CompetencyTheme.GROWTH, level: 1 }))).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const mentor = await s.people.create(leader, personInput(r1, { name: 'Marta Mentor' }));
    await s.leadership.setMentor(leader, plainToInstance(MentorInput, { mentorId: mentor.id, menteeId: rosa.id, since: '2025-02-01' }), true);
    expect((await s.leadership.mentors(leader, rosa.id)).map((m) => [m.person.name, m.since])).toEqual([['Marta Mentor', '2025-02-01']]);
    expect((await s.leadership.mentees(leader, mentor.id)).map((m) => m.person.name)).toEqual(['Rosa Emerging']);
    expect(await s.leadership.mentors(viewer(Role.LEADER, [r2]), rosa.id)).toEqual([]);
    await expect(s.leadership.setMentor(leader, plainToInstance(MentorInput, { mentorId: rosa.id, menteeId: rosa.id }), true)).rejects.toMatchObject({ fields: [{ field: 'mentorId' }] });
    await s.leadership.setMentor(leader, plainToInstance(MentorInput, { mentorId: mentor.id, menteeId: rosa.id }), false);
    expect(await s.leadership.mentors(leader, rosa.id)).toEqual([]);
  });
});
