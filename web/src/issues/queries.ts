import { gql, type TypedDocumentNode } from '@apollo/client';
import type { AssemblyOutcome, IssueScope } from '../campaigns/options';
import type { Change, Region } from '../types';
import { CHANGE_FIELDS } from '../lib/history';

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

const DECISION_ON_ISSUE = gql`
  fragment DecisionOnIssue on AssemblyDecision {
    outcome
    notes
    assembly {
      id
      name
      date
    }
  }
`;

export const ISSUES: TypedDocumentNode<{ issues: IssueRow[] }, { regionId?: string | null }> = gql`
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
  ${DECISION_ON_ISSUE}
`;

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

const ISSUE_FIELDS = gql`
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
`;

export const ISSUE: TypedDocumentNode<{ issue: IssueDetail }, { id: string }> = gql`
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
  ${ISSUE_FIELDS}
  ${DECISION_ON_ISSUE}
  ${CHANGE_FIELDS}
`;

export const ISSUE_FOR_EDIT: TypedDocumentNode<{ issue: IssueEditable }, { id: string }> = gql`
  query IssueForEdit($id: ID!) {
    issue(id: $id) {
      ...IssueFields
    }
  }
  ${ISSUE_FIELDS}
`;

export interface IssueInput {
  name: string;
  scope: IssueScope;
  regionId: string;
  narrowsIssueId?: string | null;
  description?: string | null;
}

export const CREATE_ISSUE: TypedDocumentNode<{ createIssue: IssueEditable }, { input: IssueInput; idempotencyKey?: string }> = gql`
  mutation CreateIssue($input: IssueInput!, $idempotencyKey: String) {
    createIssue(input: $input, idempotencyKey: $idempotencyKey) {
      ...IssueFields
    }
  }
  ${ISSUE_FIELDS}
`;

export const UPDATE_ISSUE: TypedDocumentNode<{ updateIssue: IssueEditable }, { id: string; version: number; input: IssueInput }> = gql`
  mutation UpdateIssue($id: ID!, $version: Int!, $input: IssueInput!) {
    updateIssue(id: $id, version: $version, input: $input) {
      ...IssueFields
    }
  }
  ${ISSUE_FIELDS}
`;

export interface AssemblyRow {
  id: string;
  name: string;
  date: string;
  notes: string | null;
  region: Region;
  decisions: Array<{ outcome: AssemblyOutcome; notes: string | null; issue: IssueRef }>;
}

const ASSEMBLY_FIELDS = gql`
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
`;

export const ASSEMBLIES: TypedDocumentNode<{ issueAssemblies: AssemblyRow[] }, { regionId?: string | null }> = gql`
  query IssueAssemblies($regionId: ID) {
    issueAssemblies(regionId: $regionId) {
      ...AssemblyFields
    }
  }
  ${ASSEMBLY_FIELDS}
`;

export const ASSEMBLY: TypedDocumentNode<{ issueAssembly: AssemblyRow }, { id: string }> = gql`
  query IssueAssembly($id: ID!) {
    issueAssembly(id: $id) {
      ...AssemblyFields
    }
  }
  ${ASSEMBLY_FIELDS}
`;

export interface AssemblyInput {
  name: string;
  date: string;
  regionId: string;
  notes?: string | null;
}

export const CREATE_ASSEMBLY: TypedDocumentNode<{ createIssueAssembly: AssemblyRow }, { input: AssemblyInput; idempotencyKey?: string }> = gql`
  mutation CreateIssueAssembly($input: IssueAssemblyInput!, $idempotencyKey: String) {
    createIssueAssembly(input: $input, idempotencyKey: $idempotencyKey) {
      ...AssemblyFields
    }
  }
  ${ASSEMBLY_FIELDS}
`;

export const RECORD_DECISION: TypedDocumentNode<
  { recordAssemblyDecision: { outcome: AssemblyOutcome; notes: string | null; issue: IssueRef } },
  { input: { assemblyId: string; issueId: string; outcome: AssemblyOutcome; notes?: string | null } }
> = gql`
  mutation RecordAssemblyDecision($input: AssemblyDecisionInput!) {
    recordAssemblyDecision(input: $input) {
      outcome
      notes
      issue {
        id
        name
        prioritized
      }
    }
  }
`;
