import { graphql } from '../gql';

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
