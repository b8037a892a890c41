// The GraphQL operations of an issue's detail and of its steps (确定, 走访,
// 升级, 审批, 议定, 执行, 评价): each step answers with the issue's fields.
import { graphql } from '../gql';
import type { IssueFieldsFragment } from '../gql/graphql';

/** The issue's fields the detail and its steps show. */
export const IssueFields = graphql(`
  fragment IssueFields on Issue {
    id
    title
    description
    category
    stage
    collectedAt
    confirmedAt
    visitedAt
    decidedAt
    executedAt
    evaluatedAt
    escalatedAt
    escalationApprovedAt
    closedAt
    closeReason
    scope
    householdsVisited
    decision
    votesFor
    votesAgainst
    votesAbstain
    votesPresent
    collectiveFundFen
    outcome
    satisfied
    emergencyAt
    emergencyAction
    customOutcome
    courtyard {
      id
      name
      village {
        id
        name
      }
      households {
        totalCount
      }
    }
    steps {
      id
      step
      at
      recordedAt
      notes
      ratified
      note
      actorName
      actorRole
    }
  }
`);

/** An issue as the detail and its steps show it. */
export type IssueData = IssueFieldsFragment;

export const IssueQuery = graphql(`
  query IssueForForm($id: ID!) {
    node(id: $id) {
      ... on Issue {
        ...IssueFields
      }
    }
  }
`);

export const ConfirmIssueMutation = graphql(`
  mutation ConfirmIssue($input: ConfirmIssueInput!) {
    confirmIssue(input: $input) {
      issue {
        ...IssueFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
export const DismissIssueMutation = graphql(`
  mutation DismissIssue($input: DismissIssueInput!) {
    dismissIssue(input: $input) {
      issue {
        ...IssueFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
export const RecordVisitMutation = graphql(`
  mutation RecordVisit($input: RecordVisitInput!) {
    recordVisit(input: $input) {
      issue {
        ...IssueFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
export const EscalateIssueMutation = graphql(`
  mutation EscalateIssue($input: EscalateIssueInput!) {
    escalateIssue(input: $input) {
      issue {
        ...IssueFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
export const ApproveEscalationMutation = graphql(`
  mutation ApproveEscalation($input: ApproveEscalationInput!) {
    approveEscalation(input: $input) {
      issue {
        ...IssueFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
export const RecordEmergencyMutation = graphql(`
  mutation RecordEmergency($input: RecordEmergencyInput!) {
    recordEmergency(input: $input) {
      issue {
        ...IssueFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
/** The passing rules in force: the district default and any village's override (every role reads them). */
export const DeliberationRulesQuery = graphql(`
  query DeliberationRulesForForm {
    deliberationRules(first: 50) {
      edges {
        node {
          id
          majorityNumerator
          majorityDenominator
          quorumNumerator
          quorumDenominator
          fundThresholdFen
          escalateCategories
          emergencyCategories
          persuasionCategories
          mediationCategories
          village {
            id
          }
        }
      }
    }
  }
`);
export const DecideIssueMutation = graphql(`
  mutation DecideIssue($input: DecideIssueInput!) {
    decideIssue(input: $input) {
      issue {
        ...IssueFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
export const ExecuteIssueMutation = graphql(`
  mutation ExecuteIssue($input: ExecuteIssueInput!) {
    executeIssue(input: $input) {
      issue {
        ...IssueFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
export const EvaluateIssueMutation = graphql(`
  mutation EvaluateIssue($input: EvaluateIssueInput!) {
    evaluateIssue(input: $input) {
      issue {
        ...IssueFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
