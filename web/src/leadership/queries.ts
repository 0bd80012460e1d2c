import { graphql } from '../gql';
import { t } from '../i18n/intl';

/** A level's name as seed 004 gives it, in the language on screen, until the server's level (which names it too) has come. */
export function levelName(level: number): string {
  return level === 1 ? t('leadership.levelName.foundational') : level === 2 ? t('leadership.levelName.mobilizing') : t('leadership.levelName.agendaDriving');
}

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

export const ASSESSMENT_FIELDS = graphql(`
  fragment AssessmentFields on LeadershipAssessment {
    id
    theme
    level
    levelName
    assessedOn
    assessedByName
    notes
  }
`);

export const ASSESS_LEADERSHIP = graphql(`
  mutation AssessLeadership($input: AssessmentInput!) {
    assessLeadership(input: $input) {
      ...AssessmentFields
      # The person's standings after it, so the cache updates the leadership card.
      person {
        ...LeadershipStandings
      }
    }
  }
`);

export const ADD_MENTOR = graphql(`
  mutation AddMentor($input: MentorInput!) {
    addMentor(input: $input) {
      ...PersonMentors
      mentors {
        person {
          ...PersonMentors
        }
      }
    }
  }
`);

export const REMOVE_MENTOR = graphql(`
  mutation RemoveMentor($mentorId: ID!, $menteeId: ID!) {
    removeMentor(mentorId: $mentorId, menteeId: $menteeId) {
      ...PersonMentors
    }
  }
`);
