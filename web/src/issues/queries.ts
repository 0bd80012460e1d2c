import type { AssemblyOutcome, IssueScope } from '../campaigns/options';
import type { Change, Region } from '../types';
import { graphql } from '../gql';
export type { IssueInput } from '../gql/graphql';

export interface IssueRef {
  id: string;
  name: string;
  prioritized: boolean;
}

export interface DecisionOnIssue {
  outcome: AssemblyOutcome;
  notes: string | null;
  assembly: { id: string; name: string; date: string };
}

export interface IssueRow extends IssueRef {
  scope: IssueScope;
  description: string | null;
  region: Region;
  narrows: { id: string } | null;
  specificIssues: IssueRef[];
  decisions: DecisionOnIssue[];
}

export const DECISION_ON_ISSUE = graphql(`
  fragment DecisionOnIssue on AssemblyDecision {
    outcome
    notes
    assembly {
      id
      name
      date
    }
  }
`);

export const ISSUES = graphql(`
  query Issues($regionId: ID) {
    issues(regionId: $regionId) {
      id
      name
      scope
      prioritized
      description
      region {
        id
        name
      }
      narrows {
        id
      }
      specificIssues {
        id
        name
        prioritized
      }
      decisions {
        ...DecisionOnIssue
      }
    }
  }
`);

export interface IssueEditable {
  id: string;
  name: string;
  scope: IssueScope;
  description: string | null;
  region: Region;
  version: number;
  narrows: IssueRef | null;
}

export interface IssueDetail extends IssueEditable {
  prioritized: boolean;
  specificIssues: IssueRef[];
  decisions: DecisionOnIssue[];
  history: Change[];
}

export const ISSUE_FIELDS = graphql(`
  fragment IssueFields on Issue {
    id
    name
    scope
    description
    version
    prioritized
    region {
      id
      name
    }
    narrows {
      id
      name
      prioritized
    }
  }
`);

export const ISSUE = graphql(`
  query Issue($id: ID!) {
    issue(id: $id) {
      ...IssueFields
      specificIssues {
        id
        name
        prioritized
      }
      decisions {
        ...DecisionOnIssue
      }
      history(limit: 20) {
        ...ChangeFields
      }
    }
  }
`);

export const ISSUE_FOR_EDIT = graphql(`
  query IssueForEdit($id: ID!) {
    issue(id: $id) {
      ...IssueFields
    }
  }
`);

export const CREATE_ISSUE = graphql(`
  mutation CreateIssue($input: IssueInput!, $idempotencyKey: String) {
    createIssue(input: $input, idempotencyKey: $idempotencyKey) {
      ...IssueFields
    }
  }
`);

export const UPDATE_ISSUE = graphql(`
  mutation UpdateIssue($id: ID!, $version: Int!, $input: IssueInput!) {
    updateIssue(id: $id, version: $version, input: $input) {
      ...IssueFields
    }
  }
`);

export interface AssemblyRow {
  id: string;
  name: string;
  date: string;
  notes: string | null;
  region: Region;
  decisions: Array<{ outcome: AssemblyOutcome; notes: string | null; issue: IssueRef }>;
}

export const ASSEMBLY_FIELDS = graphql(`
  fragment AssemblyFields on IssueAssembly {
    id
    name
    date
    notes
    region {
      id
      name
    }
    decisions {
      outcome
      notes
      issue {
        id
        name
        prioritized
      }
    }
  }
`);

export const ASSEMBLIES = graphql(`
  query IssueAssemblies($regionId: ID) {
    issueAssemblies(regionId: $regionId) {
      ...AssemblyFields
    }
  }
`);

export const ASSEMBLY = graphql(`
  query IssueAssembly($id: ID!) {
    issueAssembly(id: $id) {
      ...AssemblyFields
    }
  }
`);

export interface AssemblyInput {
  name: string;
  date: string;
  regionId: string;
  notes?: string | null;
}

export const CREATE_ASSEMBLY = graphql(`
  mutation CreateIssueAssembly($input: IssueAssemblyInput!, $idempotencyKey: String) {
    createIssueAssembly(input: $input, idempotencyKey: $idempotencyKey) {
      ...AssemblyFields
    }
  }
`);

/**
 * The answer carries what the assembly page shows: the assembly's decisions, and the issue's standing with the
 * specific issues a broad area prioritizes, so the page follows from the cache.
 */
export const RECORD_DECISION = graphql(`
  mutation RecordAssemblyDecision($input: AssemblyDecisionInput!) {
    recordAssemblyDecision(input: $input) {
      outcome
      notes
      assembly {
        ...AssemblyFields
      }
      issue {
        id
        name
        prioritized
        decisions {
          ...DecisionOnIssue
        }
        specificIssues {
          id
          name
          prioritized
        }
      }
    }
  }
`);
