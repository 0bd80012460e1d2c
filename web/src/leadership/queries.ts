import type { PersonRef } from '../types';
import { graphql } from '../gql';

export type CompetencyTheme =
  | 'ORGANIZING_PRACTICE'
  | 'COMMUNITY_PARTNERSHIPS'
  | 'STRATEGIC_PLANNING'
  | 'COLLECTIVE_ACTION'
  | 'GROWTH'
  | 'LEADER_DEVELOPMENT';

export interface CompetencyDefinition {
  theme: CompetencyTheme;
  label: string;
  summary: string;
  levels: Array<{ level: number; name: string; description: string }>;
}

export interface CompetencyStanding {
  theme: CompetencyTheme;
  label: string;
  level: number | null;
  levelName: string | null;
  assessedOn: string | null;
  assessedByName: string | null;
}

export interface LeadershipAssessment {
  id: string;
  theme: CompetencyTheme;
  level: number;
  levelName: string;
  assessedOn: string;
  assessedByName: string | null;
  notes: string | null;
}

export interface MentorLink {
  person: PersonRef;
  since: string | null;
}

export interface PersonLeadership {
  id: string;
  leadership: CompetencyStanding[];
  assessments: LeadershipAssessment[];
  mentors: MentorLink[];
  mentees: MentorLink[];
}

/** Level names as seed 004 gives them; the server sends the same with each level. */
export const LEVEL_NAMES = ['Foundational', 'Mobilizing and Power Building', 'Agenda Driving'] as const;

export const COMPETENCIES = graphql(`
  query Competencies {
    competencies {
      theme
      label
      summary
      levels {
        level
        name
        description
      }
    }
  }
`);

export const PERSON_LEADERSHIP = graphql(`
  query PersonLeadership($id: ID!) {
    person(id: $id) {
      id
      leadership {
        theme
        label
        level
        levelName
        assessedOn
        assessedByName
      }
      assessments {
        id
        theme
        level
        levelName
        assessedOn
        assessedByName
        notes
      }
      mentors {
        since
        person {
          id
          name
        }
      }
      mentees {
        since
        person {
          id
          name
        }
      }
    }
  }
`);

export const ASSESS_LEADERSHIP = graphql(`
  mutation AssessLeadership($input: AssessmentInput!) {
    assessLeadership(input: $input) {
      id
      theme
      level
      levelName
      assessedOn
      assessedByName
      notes
    }
  }
`);

export const ADD_MENTOR = graphql(`
  mutation AddMentor($input: MentorInput!) {
    addMentor(input: $input) {
      id
    }
  }
`);

export const REMOVE_MENTOR = graphql(`
  mutation RemoveMentor($mentorId: ID!, $menteeId: ID!) {
    removeMentor(mentorId: $mentorId, menteeId: $menteeId) {
      id
    }
  }
`);
