/**
 * The organizing competencies of seed 004: six themes, each at three levels
 * (1 Foundational; 2 Mobilizing and Power Building; 3 Agenda Driving). Descriptions condensed from the seed.
 */
export enum CompetencyTheme {
  ORGANIZING_PRACTICE = 'ORGANIZING_PRACTICE',
  COMMUNITY_PARTNERSHIPS = 'COMMUNITY_PARTNERSHIPS',
  STRATEGIC_PLANNING = 'STRATEGIC_PLANNING',
  COLLECTIVE_ACTION = 'COLLECTIVE_ACTION',
  GROWTH = 'GROWTH',
  LEADER_DEVELOPMENT = 'LEADER_DEVELOPMENT',
}

export const LEVEL_NAMES = ['Foundational', 'Mobilizing and Power Building', 'Agenda Driving'] as const;

export interface ThemeDefinition {
  theme: CompetencyTheme;
  label: string;
  summary: string;
  levels: readonly [string, string, string];
}

export const COMPETENCIES: readonly ThemeDefinition[] = [
  {
    theme: CompetencyTheme.ORGANIZING_PRACTICE,
    label: 'Organizing practice',
    summary: 'Uses practices, technologies and methods that have led to successful organizing outcomes.',
    levels: [
      'Understands the theory and best practices of organizing, with a racial and social justice lens.',
      'Develops a successful campaign that engages diverse members on key issues and builds capacity.',
      'Evaluates campaign strategies to improve the impact of future campaigns, with a race equity lens.',
    ],
  },
  {
    theme: CompetencyTheme.COMMUNITY_PARTNERSHIPS,
    label: 'Community partnerships',
    summary: 'Builds and maintains meaningful community partnerships.',
    levels: [
      'Engages diverse audiences in the community to identify common issues.',
      'Collaborates with community audiences to act on shared priorities.',
      'Transforms relationships within and among communities to harness collective power.',
    ],
  },
  {
    theme: CompetencyTheme.STRATEGIC_PLANNING,
    label: 'Strategic planning',
    summary: 'Makes strategic plans that rely on data and analysis to set and achieve organizing objectives.',
    levels: [
      'Compiles and analyzes reliable research data to formulate organizing strategies.',
      'Uses reliable data as the foundation of long-term plans: objectives, strategies and goals.',
      'Implements strategic plans that grow a diverse membership and support key objectives.',
    ],
  },
  {
    theme: CompetencyTheme.COLLECTIVE_ACTION,
    label: 'Collective action',
    summary: 'Engages in collective action to identify and address pivotal issues.',
    levels: [
      'Identifies and engages in high-impact, actionable organizing opportunities.',
      'Engages others in key opportunities through their passions, partnerships and pathways that impact policy.',
      'Makes organizing around key issues systematic and process-driven to improve impact.',
    ],
  },
  {
    theme: CompetencyTheme.GROWTH,
    label: 'Growth and strength',
    summary: 'Creates conditions for continuous growth and strength of the organization.',
    levels: [
      'Understands strategies for member recruitment, engagement and retention.',
      'Develops recruitment and retention strategies that grow a diverse membership and its involvement.',
      'Influences all members to own the agenda through active participation in collective action.',
    ],
  },
  {
    theme: CompetencyTheme.LEADER_DEVELOPMENT,
    label: 'Developing leaders',
    summary: 'Fosters the development of leaders at all levels of the organization.',
    levels: [
      'Recognizes leadership in all its forms and gives diverse leadership room to flourish.',
      'Mentors emerging leaders and helps them plan to step up their participation.',
      'Advocates distributive leadership structures and supports leadership succession planning.',
    ],
  },
];
