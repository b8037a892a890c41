/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * Define a Relay Cursor type:
   * https://relay.dev/graphql/connections.htm#sec-Cursor
   */
  Cursor: { input: string; output: string; }
  /** A JSON object, e.g. the fields an audit event changed. */
  Map: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** An instant, as an RFC 3339 string in UTC (e.g. 2024-06-30T08:00:00Z). Clients show it in Asia/Shanghai. */
  Time: { input: string; output: string; }
};

/** Which ticket to accept. 受理 */
export type AcceptTicketInput = {
  /** The ticket. */
  id: Scalars['ID']['input'];
  /** Repeat-safe key: a repeat from the same account with the same input returns the first response; the key with another input is refused (CONFLICT). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** 补正 note, required when documents are missing: what the applicant is asked to supply and how. The time limit then starts when supplyDocuments completes them. 补正告知 */
  missingDocumentsNote?: InputMaybe<Scalars['String']['input']>;
  /** When it happened, if it was recorded after the fact: not in the future, not before the record's previous step, at most the district's backdateDays back; omitted: now. The record keeps it as the step's time (metrics and time limits use it) beside the time it was recorded. 发生时间（补录时填写，默认为当前时间） */
  occurredAt?: InputMaybe<Scalars['Time']['input']>;
};

/** A new account. 新账号 */
export type AddAccountInput = {
  /** Area code: the district (6 digits) for DISTRICT_ADMIN and ANALYST, a town (9) for TOWN_OFFICIAL, a village (12) for VILLAGE_CADRE, a courtyard (15) where the resident holds an active role for COURTYARD_OFFICER. 区域编码 */
  areaCode: Scalars['String']['input'];
  /** Repeat-safe key: a repeat from the same account with the same input returns the first response; the key with another input is refused (CONFLICT). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Initial password, at least 10 characters. 初始密码 */
  password: Scalars['String']['input'];
  /** The resident behind a courtyard officer's account; its active roles give the courtyards. 对应居民 */
  residentId?: InputMaybe<Scalars['ID']['input']>;
  /** What the account may do. 角色 */
  role: UserRole;
  /** Login name, unique. 用户名 */
  username: Scalars['String']['input'];
};

/** A lecture topic added to the district's catalogue. 新增宣讲类别 */
export type AddLectureTopicInput = {
  /** Stable code, unique in the district: 2–32 upper-case letters, digits or underscores, e.g. CIVILISATION. 编码 */
  code: Scalars['String']['input'];
  /** Repeat-safe key: a repeat from the same account with the same input returns the first response; the key with another input is refused (CONFLICT). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Name in Chinese, e.g. 文明实践. 名称 */
  name: Scalars['String']['input'];
  /** Name in English, e.g. civilisation practice. 英文名称 */
  nameEn?: InputMaybe<Scalars['String']['input']>;
};

/** Adopting a golden idea. 采纳金点子 */
export type AdoptIdeaInput = {
  /** The idea. 金点子 */
  ideaID: Scalars['ID']['input'];
  /** Repeating a key with the same input returns the first response and changes nothing; the key with another input is refused (CONFLICT). 幂等键 */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The issue it became. 转化的议事事项 */
  issueID: Scalars['ID']['input'];
};

/** The village's approval of an escalated issue. 村社审批 */
export type ApproveEscalationInput = {
  /** Repeating a key with the same input returns the first response and changes nothing; the key with another input is refused (CONFLICT). 幂等键 */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The issue. 议事事项 */
  issueID: Scalars['ID']['input'];
  /** The village's conditions or remarks. 审批意见 */
  notes: Scalars['String']['input'];
  /** When it happened, if it was recorded after the fact: not in the future, not before the record's previous step, at most the district's backdateDays back; omitted: now. The record keeps it as the step's time (metrics and time limits use it) beside the time it was recorded. 发生时间（补录时填写，默认为当前时间） */
  occurredAt?: InputMaybe<Scalars['Time']['input']>;
};

/** Input of assignRole. 委派岗位 */
export type AssignRoleInput = {
  /** Courtyard served. 院坝 */
  courtyardID: Scalars['ID']['input'];
  /** Makes a retry safe: a repeat from the same account with the same input returns the first response; the key with another input is refused (CONFLICT). 幂等键 */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Officer appointed: a resident of the courtyard's town. 任职人 */
  residentID: Scalars['ID']['input'];
  /** PUBLICIST, AGENT or INFORMANT. 岗位 */
  role: RoleAssignmentRole;
};

/** A photo to attach to a record: exactly one of issueStepId and ticketId. 上传照片 */
export type AttachPhotoInput = {
  /** For a ticket: which of the service's required documents the photo shows. 要件名称 */
  document?: InputMaybe<Scalars['String']['input']>;
  /** SHA-256 of the uploaded photo, as POST /photos answered it. 照片摘要 */
  hash: Scalars['String']['input'];
  /** Repeat-safe key: a repeat from the same account with the same input returns the first response; the key with another input is refused (CONFLICT). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The issue step the photo is of. 议事流程记录 */
  issueStepId?: InputMaybe<Scalars['ID']['input']>;
  /** What the photo shows; STEP by default on a step, DOCUMENT on a ticket. 照片类别 */
  kind?: InputMaybe<PhotoKind>;
  /** The ticket whose document the photo shows. 代办事项 */
  ticketId?: InputMaybe<Scalars['ID']['input']>;
};

/** AuditEventAction is enum for the field action */
export type AuditEventAction =
  /** 新增 (create) */
  | 'CREATE'
  /** 删除 (delete) */
  | 'DELETE'
  /** 导出 (export) */
  | 'EXPORT'
  /** 修改 (update) */
  | 'UPDATE';

/** Ordering options for AuditEvent connections */
export type AuditEventOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order AuditEvents. */
  field: AuditEventOrderField;
};

/** Properties by which AuditEvent connections can be ordered. */
export type AuditEventOrderField =
  | 'AT'
  | 'ENTITY_TYPE';

/**
 * AuditEventWhereInput is used for filtering AuditEvent objects.
 * Input was generated by ent.
 */
export type AuditEventWhereInput = {
  /** action field predicates */
  action?: InputMaybe<AuditEventAction>;
  /** Matches records whose action is one of the values. */
  actionIn?: InputMaybe<Array<AuditEventAction>>;
  /** Matches records whose action differs from the value. */
  actionNEQ?: InputMaybe<AuditEventAction>;
  /** Matches records whose action is none of the values. */
  actionNotIn?: InputMaybe<Array<AuditEventAction>>;
  /** Matches records that match all of these filters. */
  and?: InputMaybe<Array<AuditEventWhereInput>>;
  /** at field predicates */
  at?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose at is greater than the value. */
  atGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose at is greater than or equal to the value. */
  atGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose at is one of the values. */
  atIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose at is less than the value. */
  atLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose at is less than or equal to the value. */
  atLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose at differs from the value. */
  atNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose at is none of the values. */
  atNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** entity_id field predicates */
  entityID?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose entityID contains the value. */
  entityIDContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose entityID contains the value, ignoring case. */
  entityIDContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose entityID equals the value, ignoring case. */
  entityIDEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose entityID is greater than the value. */
  entityIDGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose entityID is greater than or equal to the value. */
  entityIDGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose entityID starts with the value. */
  entityIDHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose entityID ends with the value. */
  entityIDHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose entityID is one of the values. */
  entityIDIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose entityID is less than the value. */
  entityIDLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose entityID is less than or equal to the value. */
  entityIDLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose entityID differs from the value. */
  entityIDNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose entityID is none of the values. */
  entityIDNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** entity_type field predicates */
  entityType?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose entityType contains the value. */
  entityTypeContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose entityType contains the value, ignoring case. */
  entityTypeContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose entityType equals the value, ignoring case. */
  entityTypeEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose entityType is greater than the value. */
  entityTypeGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose entityType is greater than or equal to the value. */
  entityTypeGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose entityType starts with the value. */
  entityTypeHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose entityType ends with the value. */
  entityTypeHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose entityType is one of the values. */
  entityTypeIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose entityType is less than the value. */
  entityTypeLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose entityType is less than or equal to the value. */
  entityTypeLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose entityType differs from the value. */
  entityTypeNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose entityType is none of the values. */
  entityTypeNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than the value. */
  idGT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than or equal to the value. */
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is one of the values. */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose id is less than the value. */
  idLT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is less than or equal to the value. */
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id differs from the value. */
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is none of the values. */
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches AuditEvent records that do not match this filter. */
  not?: InputMaybe<AuditEventWhereInput>;
  /** Matches records that match any of these filters. */
  or?: InputMaybe<Array<AuditEventWhereInput>>;
  /** user_id field predicates */
  userID?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose userID is greater than the value. */
  userIDGT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose userID is greater than or equal to the value. */
  userIDGTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose userID is one of the values. */
  userIDIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose userID is not set. */
  userIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose userID is less than the value. */
  userIDLT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose userID is less than or equal to the value. */
  userIDLTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose userID differs from the value. */
  userIDNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose userID is none of the values. */
  userIDNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose userID is set. */
  userIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** username field predicates */
  username?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose username contains the value. */
  usernameContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose username contains the value, ignoring case. */
  usernameContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose username equals the value, ignoring case. */
  usernameEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose username is greater than the value. */
  usernameGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose username is greater than or equal to the value. */
  usernameGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose username starts with the value. */
  usernameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose username ends with the value. */
  usernameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose username is one of the values. */
  usernameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose username is less than the value. */
  usernameLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose username is less than or equal to the value. */
  usernameLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose username differs from the value. */
  usernameNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose username is none of the values. */
  usernameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** AuthTokenKind is enum for the field kind */
export type AuthTokenKind =
  /** 个人令牌 (personal token) */
  | 'PERSONAL'
  /** 登录会话 (session) */
  | 'SESSION';

/** Ordering options for AuthToken connections */
export type AuthTokenOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order AuthTokens. */
  field: AuthTokenOrderField;
};

/** Properties by which AuthToken connections can be ordered. */
export type AuthTokenOrderField =
  | 'CREATED_AT'
  | 'UPDATED_AT';

/**
 * AuthTokenWhereInput is used for filtering AuthToken objects.
 * Input was generated by ent.
 */
export type AuthTokenWhereInput = {
  /** Matches records that match all of these filters. */
  and?: InputMaybe<Array<AuthTokenWhereInput>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than the value. */
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than or equal to the value. */
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is one of the values. */
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose createdAt is less than the value. */
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is less than or equal to the value. */
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt differs from the value. */
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is none of the values. */
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** expires_at field predicates */
  expiresAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose expiresAt is greater than the value. */
  expiresAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose expiresAt is greater than or equal to the value. */
  expiresAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose expiresAt is one of the values. */
  expiresAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose expiresAt is less than the value. */
  expiresAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose expiresAt is less than or equal to the value. */
  expiresAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose expiresAt differs from the value. */
  expiresAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose expiresAt is none of the values. */
  expiresAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** user edge predicates */
  hasUser?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one user (matching the filter, for hasXWith). */
  hasUserWith?: InputMaybe<Array<UserWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than the value. */
  idGT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than or equal to the value. */
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is one of the values. */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose id is less than the value. */
  idLT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is less than or equal to the value. */
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id differs from the value. */
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is none of the values. */
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** kind field predicates */
  kind?: InputMaybe<AuthTokenKind>;
  /** Matches records whose kind is one of the values. */
  kindIn?: InputMaybe<Array<AuthTokenKind>>;
  /** Matches records whose kind differs from the value. */
  kindNEQ?: InputMaybe<AuthTokenKind>;
  /** Matches records whose kind is none of the values. */
  kindNotIn?: InputMaybe<Array<AuthTokenKind>>;
  /** last_used_at field predicates */
  lastUsedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose lastUsedAt is greater than the value. */
  lastUsedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose lastUsedAt is greater than or equal to the value. */
  lastUsedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose lastUsedAt is one of the values. */
  lastUsedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose lastUsedAt is not set. */
  lastUsedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose lastUsedAt is less than the value. */
  lastUsedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose lastUsedAt is less than or equal to the value. */
  lastUsedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose lastUsedAt differs from the value. */
  lastUsedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose lastUsedAt is none of the values. */
  lastUsedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose lastUsedAt is set. */
  lastUsedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** name field predicates */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name contains the value. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name contains the value, ignoring case. */
  nameContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name equals the value, ignoring case. */
  nameEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is greater than the value. */
  nameGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is greater than or equal to the value. */
  nameGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name starts with the value. */
  nameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name ends with the value. */
  nameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is one of the values. */
  nameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose name is not set. */
  nameIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose name is less than the value. */
  nameLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is less than or equal to the value. */
  nameLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name differs from the value. */
  nameNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is none of the values. */
  nameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose name is set. */
  nameNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches AuthToken records that do not match this filter. */
  not?: InputMaybe<AuthTokenWhereInput>;
  /** Matches records that match any of these filters. */
  or?: InputMaybe<Array<AuthTokenWhereInput>>;
  /** revoked_at field predicates */
  revokedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose revokedAt is greater than the value. */
  revokedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose revokedAt is greater than or equal to the value. */
  revokedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose revokedAt is one of the values. */
  revokedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose revokedAt is not set. */
  revokedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose revokedAt is less than the value. */
  revokedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose revokedAt is less than or equal to the value. */
  revokedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose revokedAt differs from the value. */
  revokedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose revokedAt is none of the values. */
  revokedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose revokedAt is set. */
  revokedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than the value. */
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than or equal to the value. */
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is one of the values. */
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose updatedAt is less than the value. */
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is less than or equal to the value. */
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt differs from the value. */
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is none of the values. */
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** user_id field predicates */
  userID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose userID is one of the values. */
  userIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose userID differs from the value. */
  userIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose userID is none of the values. */
  userIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** AwardCategory is enum for the field category */
export type AwardCategory =
  /** 最美代办员 (most beautiful agent) */
  | 'AGENT'
  /** 最美院坝 (most beautiful courtyard) */
  | 'COURTYARD'
  /** 最美院坝长 (most beautiful head) */
  | 'HEAD'
  /** 最美信息员 (most beautiful informant) */
  | 'INFORMANT'
  /** 最美宣传员 (most beautiful publicist) */
  | 'PUBLICIST';

/** Ordering options for Award connections */
export type AwardOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Awards. */
  field: AwardOrderField;
};

/** Properties by which Award connections can be ordered. */
export type AwardOrderField =
  | 'CATEGORY'
  | 'CREATED_AT'
  | 'PERIOD'
  | 'UPDATED_AT';

/** Points a household (or a courtyard) earned, under a rule or for a free reason, with optional evidence. 积分奖励 */
export type AwardPointsInput = {
  /** Without a household: the courtyard whose own entry this is. 院坝 */
  courtyardID?: InputMaybe<Scalars['ID']['input']>;
  /** The household earning or losing the points. 农户 */
  householdID?: InputMaybe<Scalars['ID']['input']>;
  /** Repeat-safe key: a repeat from the same account with the same input returns the first response; the key with another input is refused (CONFLICT). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Evidence: the issue the entry rests on. 依据议事 */
  issueID?: InputMaybe<Scalars['ID']['input']>;
  /** When it happened, if it was recorded after the fact: not in the future, not before the record's previous step, at most the district's backdateDays back; omitted: now. The record keeps it as the step's time (metrics and time limits use it) beside the time it was recorded. 发生时间（补录时填写，默认为当前时间） */
  occurredAt?: InputMaybe<Scalars['Time']['input']>;
  /** Without a rule: the points (positive; deductPoints deducts them). With a rule, if given, it must match. 分值 */
  points?: InputMaybe<Scalars['Int']['input']>;
  /** The free reason (required without a rule), or details added to the rule's name. 事由 */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The rule version in force applied; its points are the entry's. 积分规则 */
  ruleID?: InputMaybe<Scalars['ID']['input']>;
  /** Evidence: the session (meeting, lecture). 依据活动 */
  sessionID?: InputMaybe<Scalars['ID']['input']>;
  /** Evidence: the proxy-service ticket. 依据代办 */
  ticketID?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * AwardWhereInput is used for filtering Award objects.
 * Input was generated by ent.
 */
export type AwardWhereInput = {
  /** Matches records that match all of these filters. */
  and?: InputMaybe<Array<AwardWhereInput>>;
  /** category field predicates */
  category?: InputMaybe<AwardCategory>;
  /** Matches records whose category is one of the values. */
  categoryIn?: InputMaybe<Array<AwardCategory>>;
  /** Matches records whose category differs from the value. */
  categoryNEQ?: InputMaybe<AwardCategory>;
  /** Matches records whose category is none of the values. */
  categoryNotIn?: InputMaybe<Array<AwardCategory>>;
  /** citation field predicates */
  citation?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose citation contains the value. */
  citationContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose citation contains the value, ignoring case. */
  citationContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose citation equals the value, ignoring case. */
  citationEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose citation is greater than the value. */
  citationGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose citation is greater than or equal to the value. */
  citationGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose citation starts with the value. */
  citationHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose citation ends with the value. */
  citationHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose citation is one of the values. */
  citationIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose citation is not set. */
  citationIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose citation is less than the value. */
  citationLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose citation is less than or equal to the value. */
  citationLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose citation differs from the value. */
  citationNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose citation is none of the values. */
  citationNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose citation is set. */
  citationNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** courtyard_id field predicates */
  courtyardID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose courtyardID is one of the values. */
  courtyardIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose courtyardID differs from the value. */
  courtyardIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose courtyardID is none of the values. */
  courtyardIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than the value. */
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than or equal to the value. */
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is one of the values. */
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose createdAt is less than the value. */
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is less than or equal to the value. */
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt differs from the value. */
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is none of the values. */
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** courtyard edge predicates */
  hasCourtyard?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one courtyard (matching the filter, for hasXWith). */
  hasCourtyardWith?: InputMaybe<Array<CourtyardWhereInput>>;
  /** town edge predicates */
  hasTown?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one town (matching the filter, for hasXWith). */
  hasTownWith?: InputMaybe<Array<TownWhereInput>>;
  /** village edge predicates */
  hasVillage?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one village (matching the filter, for hasXWith). */
  hasVillageWith?: InputMaybe<Array<VillageWhereInput>>;
  /** winner edge predicates */
  hasWinner?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one winner (matching the filter, for hasXWith). */
  hasWinnerWith?: InputMaybe<Array<ResidentWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than the value. */
  idGT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than or equal to the value. */
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is one of the values. */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose id is less than the value. */
  idLT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is less than or equal to the value. */
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id differs from the value. */
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is none of the values. */
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches Award records that do not match this filter. */
  not?: InputMaybe<AwardWhereInput>;
  /** Matches records that match any of these filters. */
  or?: InputMaybe<Array<AwardWhereInput>>;
  /** period field predicates */
  period?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose period contains the value. */
  periodContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose period contains the value, ignoring case. */
  periodContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose period equals the value, ignoring case. */
  periodEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose period is greater than the value. */
  periodGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose period is greater than or equal to the value. */
  periodGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose period starts with the value. */
  periodHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose period ends with the value. */
  periodHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose period is one of the values. */
  periodIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose period is less than the value. */
  periodLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose period is less than or equal to the value. */
  periodLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose period differs from the value. */
  periodNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose period is none of the values. */
  periodNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** town_id field predicates */
  townID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose townID is one of the values. */
  townIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose townID differs from the value. */
  townIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose townID is none of the values. */
  townIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than the value. */
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than or equal to the value. */
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is one of the values. */
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose updatedAt is less than the value. */
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is less than or equal to the value. */
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt differs from the value. */
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is none of the values. */
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** village_id field predicates */
  villageID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose villageID is one of the values. */
  villageIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose villageID differs from the value. */
  villageIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose villageID is none of the values. */
  villageIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** winner_id field predicates */
  winnerID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose winnerID is one of the values. */
  winnerIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose winnerID is not set. */
  winnerIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose winnerID differs from the value. */
  winnerIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose winnerID is none of the values. */
  winnerIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose winnerID is set. */
  winnerIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
};

/** One winner of a "五个最美" award. 获奖者 */
export type AwardWinnerInput = {
  /** Why (事迹). 事迹 */
  citation: Scalars['String']['input'];
  /** The courtyard (COURTYARD). 院坝 */
  courtyardID?: InputMaybe<Scalars['ID']['input']>;
  /** The officer's role assignment (HEAD, AGENT, PUBLICIST, INFORMANT), as awardCandidates lists it. 岗位任职 */
  roleAssignmentID?: InputMaybe<Scalars['ID']['input']>;
};

/** Which redemption to cancel. 撤销兑换 */
export type CancelRedemptionInput = {
  /** The redemption (one good of a redemption). */
  id: Scalars['ID']['input'];
  /** Repeat-safe key: a repeat from the same account with the same input returns the first response; the key with another input is refused (CONFLICT). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

/** A change to a lecture topic of the district; fields left out stay as they are. 修改宣讲类别 */
export type ChangeLectureTopicInput = {
  /** Whether new quarter themes and lectures may use it. 启用 */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** The topic. 宣讲类别 */
  id: Scalars['ID']['input'];
  /** Repeat-safe key: a repeat from the same account with the same input returns the first response; the key with another input is refused (CONFLICT). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** New name in Chinese. 名称 */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New name in English. 英文名称 */
  nameEn?: InputMaybe<Scalars['String']['input']>;
};

/** Which ticket to complete. 办结 */
export type CompleteTicketInput = {
  /** The ticket. */
  id: Scalars['ID']['input'];
  /** Repeat-safe key: a repeat with the same input returns the ticket and the same rating code, issuing none; the key with another input is refused (CONFLICT). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Closing note. 备注 */
  note?: InputMaybe<Scalars['String']['input']>;
  /** When it happened, if it was recorded after the fact: not in the future, not before the record's previous step, at most the district's backdateDays back; omitted: now. The record keeps it as the step's time (metrics and time limits use it) beside the time it was recorded. 发生时间（补录时填写，默认为当前时间） */
  occurredAt?: InputMaybe<Scalars['Time']['input']>;
};

/** A half-year's winners in one category. 五个最美评选 */
export type ConfirmAwardsInput = {
  /** The category. 类别 */
  category: AwardCategory;
  /** Repeat-safe key: a repeat from the same account with the same input returns the first response; the key with another input is refused (CONFLICT). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The half-year, e.g. 2024H1; it must have ended. 评选周期 */
  period: Scalars['String']['input'];
  /** The winners. 获奖者 */
  winners: Array<AwardWinnerInput>;
};

/** Taking up a collected issue. 确定议题 */
export type ConfirmIssueInput = {
  /** Repeating a key with the same input returns the first response and changes nothing; the key with another input is refused (CONFLICT). 幂等键 */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The issue. 议事事项 */
  issueID: Scalars['ID']['input'];
  /** When it happened, if it was recorded after the fact: not in the future, not before the record's previous step, at most the district's backdateDays back; omitted: now. The record keeps it as the step's time (metrics and time limits use it) beside the time it was recorded. 发生时间（补录时填写，默认为当前时间） */
  occurredAt?: InputMaybe<Scalars['Time']['input']>;
  /** What and whom the issue concerns. 议事范围 */
  scope: Scalars['String']['input'];
};

/** Which proposed entry to confirm. 确认积分 */
export type ConfirmPointEntryInput = {
  /** The entry. */
  id: Scalars['ID']['input'];
  /** Repeat-safe key: a repeat from the same account with the same input returns the first response; the key with another input is refused (CONFLICT). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

/** Ordering options for Courtyard connections */
export type CourtyardOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Courtyards. */
  field: CourtyardOrderField;
};

/** Properties by which Courtyard connections can be ordered. */
export type CourtyardOrderField =
  | 'CODE'
  | 'CREATED_AT'
  | 'NAME'
  | 'UPDATED_AT';

/** Which Courtyard to change, and how. */
export type CourtyardPatch = {
  /** ID of the record to change. */
  id: Scalars['ID']['input'];
  /** Fields to change. */
  set: UpdateCourtyardInput;
};

/**
 * CourtyardWhereInput is used for filtering Courtyard objects.
 * Input was generated by ent.
 */
export type CourtyardWhereInput = {
  /** Matches records that match all of these filters. */
  and?: InputMaybe<Array<CourtyardWhereInput>>;
  /** code field predicates */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code contains the value. */
  codeContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code contains the value, ignoring case. */
  codeContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code equals the value, ignoring case. */
  codeEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code is greater than the value. */
  codeGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code is greater than or equal to the value. */
  codeGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code starts with the value. */
  codeHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code ends with the value. */
  codeHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code is one of the values. */
  codeIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose code is less than the value. */
  codeLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code is less than or equal to the value. */
  codeLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code differs from the value. */
  codeNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code is none of the values. */
  codeNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than the value. */
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than or equal to the value. */
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is one of the values. */
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose createdAt is less than the value. */
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is less than or equal to the value. */
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt differs from the value. */
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is none of the values. */
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** awards edge predicates */
  hasAwards?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one awards (matching the filter, for hasXWith). */
  hasAwardsWith?: InputMaybe<Array<AwardWhereInput>>;
  /** grants edge predicates */
  hasGrants?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one grants (matching the filter, for hasXWith). */
  hasGrantsWith?: InputMaybe<Array<GrantWhereInput>>;
  /** households edge predicates */
  hasHouseholds?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one households (matching the filter, for hasXWith). */
  hasHouseholdsWith?: InputMaybe<Array<HouseholdWhereInput>>;
  /** ideas edge predicates */
  hasIdeas?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one ideas (matching the filter, for hasXWith). */
  hasIdeasWith?: InputMaybe<Array<IdeaWhereInput>>;
  /** issues edge predicates */
  hasIssues?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one issues (matching the filter, for hasXWith). */
  hasIssuesWith?: InputMaybe<Array<IssueWhereInput>>;
  /** point_entries edge predicates */
  hasPointEntries?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one pointEntries (matching the filter, for hasXWith). */
  hasPointEntriesWith?: InputMaybe<Array<PointEntryWhereInput>>;
  /** point_redemptions edge predicates */
  hasPointRedemptions?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one pointRedemptions (matching the filter, for hasXWith). */
  hasPointRedemptionsWith?: InputMaybe<Array<PointRedemptionWhereInput>>;
  /** ratings edge predicates */
  hasRatings?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one ratings (matching the filter, for hasXWith). */
  hasRatingsWith?: InputMaybe<Array<RatingWhereInput>>;
  /** role_assignments edge predicates */
  hasRoleAssignments?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one roleAssignments (matching the filter, for hasXWith). */
  hasRoleAssignmentsWith?: InputMaybe<Array<RoleAssignmentWhereInput>>;
  /** sessions edge predicates */
  hasSessions?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one sessions (matching the filter, for hasXWith). */
  hasSessionsWith?: InputMaybe<Array<SessionWhereInput>>;
  /** tickets edge predicates */
  hasTickets?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one tickets (matching the filter, for hasXWith). */
  hasTicketsWith?: InputMaybe<Array<TicketWhereInput>>;
  /** town edge predicates */
  hasTown?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one town (matching the filter, for hasXWith). */
  hasTownWith?: InputMaybe<Array<TownWhereInput>>;
  /** village edge predicates */
  hasVillage?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one village (matching the filter, for hasXWith). */
  hasVillageWith?: InputMaybe<Array<VillageWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than the value. */
  idGT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than or equal to the value. */
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is one of the values. */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose id is less than the value. */
  idLT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is less than or equal to the value. */
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id differs from the value. */
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is none of the values. */
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** latitude field predicates */
  latitude?: InputMaybe<Scalars['Float']['input']>;
  /** Matches records whose latitude is greater than the value. */
  latitudeGT?: InputMaybe<Scalars['Float']['input']>;
  /** Matches records whose latitude is greater than or equal to the value. */
  latitudeGTE?: InputMaybe<Scalars['Float']['input']>;
  /** Matches records whose latitude is one of the values. */
  latitudeIn?: InputMaybe<Array<Scalars['Float']['input']>>;
  /** Matches records whose latitude is not set. */
  latitudeIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose latitude is less than the value. */
  latitudeLT?: InputMaybe<Scalars['Float']['input']>;
  /** Matches records whose latitude is less than or equal to the value. */
  latitudeLTE?: InputMaybe<Scalars['Float']['input']>;
  /** Matches records whose latitude differs from the value. */
  latitudeNEQ?: InputMaybe<Scalars['Float']['input']>;
  /** Matches records whose latitude is none of the values. */
  latitudeNotIn?: InputMaybe<Array<Scalars['Float']['input']>>;
  /** Matches records whose latitude is set. */
  latitudeNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** longitude field predicates */
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** Matches records whose longitude is greater than the value. */
  longitudeGT?: InputMaybe<Scalars['Float']['input']>;
  /** Matches records whose longitude is greater than or equal to the value. */
  longitudeGTE?: InputMaybe<Scalars['Float']['input']>;
  /** Matches records whose longitude is one of the values. */
  longitudeIn?: InputMaybe<Array<Scalars['Float']['input']>>;
  /** Matches records whose longitude is not set. */
  longitudeIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose longitude is less than the value. */
  longitudeLT?: InputMaybe<Scalars['Float']['input']>;
  /** Matches records whose longitude is less than or equal to the value. */
  longitudeLTE?: InputMaybe<Scalars['Float']['input']>;
  /** Matches records whose longitude differs from the value. */
  longitudeNEQ?: InputMaybe<Scalars['Float']['input']>;
  /** Matches records whose longitude is none of the values. */
  longitudeNotIn?: InputMaybe<Array<Scalars['Float']['input']>>;
  /** Matches records whose longitude is set. */
  longitudeNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** name field predicates */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name contains the value. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name contains the value, ignoring case. */
  nameContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name equals the value, ignoring case. */
  nameEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is greater than the value. */
  nameGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is greater than or equal to the value. */
  nameGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name starts with the value. */
  nameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name ends with the value. */
  nameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is one of the values. */
  nameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose name is less than the value. */
  nameLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is less than or equal to the value. */
  nameLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name differs from the value. */
  nameNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is none of the values. */
  nameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches Courtyard records that do not match this filter. */
  not?: InputMaybe<CourtyardWhereInput>;
  /** Matches records that match any of these filters. */
  or?: InputMaybe<Array<CourtyardWhereInput>>;
  /** town_id field predicates */
  townID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose townID is one of the values. */
  townIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose townID differs from the value. */
  townIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose townID is none of the values. */
  townIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than the value. */
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than or equal to the value. */
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is one of the values. */
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose updatedAt is less than the value. */
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is less than or equal to the value. */
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt differs from the value. */
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is none of the values. */
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** village_id field predicates */
  villageID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose villageID is one of the values. */
  villageIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose villageID differs from the value. */
  villageIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose villageID is none of the values. */
  villageIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** A personal API token to create. */
export type CreateApiTokenInput = {
  /** Days until it expires (1–365, default 90). */
  expiresInDays?: InputMaybe<Scalars['Int']['input']>;
  /** What the token is for, e.g. "季度报表导出". 名称 */
  name: Scalars['String']['input'];
};

/**
 * CreateCourtyardInput is used for create Courtyard object.
 * Input was generated by ent.
 */
export type CreateCourtyardInput = {
  /** 15-digit code: the village code plus 3 digits. 网格编码 */
  code: Scalars['String']['input'];
  /** Latitude of the courtyard's centre (WGS-84). 纬度 */
  latitude?: InputMaybe<Scalars['Float']['input']>;
  /** Longitude of the courtyard's centre (WGS-84). 经度 */
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** Name, e.g. 杨家院坝. 名称 */
  name: Scalars['String']['input'];
  /** Sets village. Village the courtyard belongs to. 所属村社区 */
  villageID: Scalars['ID']['input'];
};

/**
 * CreateDistrictInput is used for create District object.
 * Input was generated by ent.
 */
export type CreateDistrictInput = {
  /** How many days back a step may be dated: officers record work after it happened, at most this long after (0: not at all). 可补录天数 */
  backdateDays?: InputMaybe<Scalars['Int']['input']>;
  /** 6-digit statistical division code, e.g. 500154. 区划代码 */
  code: Scalars['String']['input'];
  /** Red flags: an officer whose counted score lies at most this far above the failing line (but not below it) is flagged as near failing. 红灯：临近不合格分差 */
  flagFailingMargin?: InputMaybe<Scalars['Float']['input']>;
  /** Red flags: an open issue with no step for more than this many days is flagged as stuck. 红灯：议事停滞天数 */
  flagIssueStuckDays?: InputMaybe<Scalars['Int']['input']>;
  /** Red flags: within this many days of the quarter's end, the quarter's themes without a lecture are flagged. 红灯：季末提醒天数 */
  flagQuarterEndDays?: InputMaybe<Scalars['Int']['input']>;
  /** Red flags: a ticket overdue by more than this many days is flagged. 红灯：代办超期天数 */
  flagTicketOverdueDays?: InputMaybe<Scalars['Int']['input']>;
  /** Name, e.g. 开州区. 名称 */
  name: Scalars['String']['input'];
  /** Sets town. */
  townIDs?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/**
 * CreateHouseholdInput is used for create Household object.
 * Input was generated by ent.
 */
export type CreateHouseholdInput = {
  /** Postal address (personal data). 住址 */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Sets courtyard. Courtyard the household currently belongs to. 所属院坝 */
  courtyardID: Scalars['ID']['input'];
  /** Name of the head of household (personal data). 户主姓名 */
  headName: Scalars['String']['input'];
  /** Household number within the courtyard, e.g. 012. 户号 */
  number: Scalars['String']['input'];
  /** Contact phone (personal data). 联系电话 */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Sets resident. */
  residentIDs?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/**
 * CreateIssueItemInput is used for create IssueItem object.
 * Input was generated by ent.
 */
export type CreateIssueItemInput = {
  /** Category the item belongs to. 类别 */
  category: IssueItemCategory;
  /** Stable code of the item, e.g. WATER_SUPPLY. 编码 */
  code: Scalars['String']['input'];
  /** Name, e.g. 饮水管网维修. 名称 */
  name: Scalars['String']['input'];
};

/**
 * CreateResidentInput is used for create Resident object.
 * Input was generated by ent.
 */
export type CreateResidentInput = {
  /** Year of birth. 出生年份 */
  birthYear?: InputMaybe<Scalars['Int']['input']>;
  /** Gender. 性别 */
  gender?: InputMaybe<ResidentGender>;
  /** Sets household. Household the resident belongs to. 所属农户 */
  householdID: Scalars['ID']['input'];
  /** Resident identity card number (personal data). 身份证号 */
  idCardNumber?: InputMaybe<Scalars['String']['input']>;
  /** Full name (personal data). 姓名 */
  name: Scalars['String']['input'];
  /** Whether the resident is a Communist Party member. 是否党员 */
  partyMember?: InputMaybe<Scalars['Boolean']['input']>;
  /** Mobile phone (personal data). 手机号 */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/**
 * CreateServiceTypeInput is used for create ServiceType object.
 * Input was generated by ent.
 */
export type CreateServiceTypeInput = {
  /** Stable code, e.g. MINIMUM_LIVING_ALLOWANCE. 编码 */
  code: Scalars['String']['input'];
  /** Modes the service may be handled in: ON_SITE 现场代办, END_TO_END 全程代办, ASSISTED 协助代办. 办理方式 */
  modes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Name, e.g. 低保申请. 名称 */
  name: Scalars['String']['input'];
  /** Steps of the process, in order. 办理流程 */
  processSteps?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Documents the applicant must provide. 办理要件 */
  requiredDocuments?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Time limit in days; a ticket is due this many days after it is accepted. 办理时限（天） */
  timeLimitDays: Scalars['Int']['input'];
};

/**
 * CreateSupermarketItemInput is used for create SupermarketItem object.
 * Input was generated by ent.
 */
export type CreateSupermarketItemInput = {
  /** Whether it is on offer; changed by setItemActive. 是否上架 */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Name, e.g. 洗衣粉. 名称 */
  name: Scalars['String']['input'];
  /** Points per unit. 所需积分 */
  pointsCost: Scalars['Int']['input'];
  /** Units in stock; changed by restockItem and redemptions. 库存 */
  stock?: InputMaybe<Scalars['Int']['input']>;
  /** Sets village. Village whose supermarket offers it. 所属村社区 */
  villageID: Scalars['ID']['input'];
};

/**
 * CreateTownInput is used for create Town object.
 * Input was generated by ent.
 */
export type CreateTownInput = {
  /** 9-digit statistical division code. 区划代码 */
  code: Scalars['String']['input'];
  /** Sets district. District the town belongs to. 所属区县 */
  districtID: Scalars['ID']['input'];
  /** Town (镇), township (乡) or street (街道). */
  kind?: InputMaybe<TownKind>;
  /** Name, e.g. 临江镇. 名称 */
  name: Scalars['String']['input'];
  /** Sets village. */
  villageIDs?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/**
 * CreateVillageInput is used for create Village object.
 * Input was generated by ent.
 */
export type CreateVillageInput = {
  /** 12-digit statistical division code. 区划代码 */
  code: Scalars['String']['input'];
  /** Sets courtyard. */
  courtyardIDs?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Rural village (村) or urban community (社区). */
  kind?: InputMaybe<VillageKind>;
  /** Name, e.g. 三星村. 名称 */
  name: Scalars['String']['input'];
  /** Points entries above this many points (either sign), and every free-reason entry, whoever records them, wait for a second account of the village (village cadre or above, not the proposer) to confirm. 积分审核门槛 */
  pointsConfirmAbove?: InputMaybe<Scalars['Int']['input']>;
  /** How the public red board names households: FULL name, SURNAME only (付家) or HOUSEHOLD_NUMBER. 红榜显示方式 */
  redBoardNames?: InputMaybe<VillageRedBoardNames>;
  /** Sets supermarketItem. */
  supermarketItemIDs?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Sets town. Town the village belongs to. 所属乡镇 */
  townID: Scalars['ID']['input'];
};

/** The deliberation meeting: who came, the vote and the decision. 院坝议定 */
export type DecideIssueInput = {
  /** A rejected or deferred issue is closed (true) or goes back to VISITED (false, the default). 是否关闭 */
  close?: InputMaybe<Scalars['Boolean']['input']>;
  /** Village collective funds the approved decision spends, in fen; above the village's threshold the village must have approved first. 集体资金（分） */
  collectiveFundFen?: InputMaybe<Scalars['Int']['input']>;
  /** For customs issues: what is stopped or changed. 移风易俗成效 */
  customChange?: InputMaybe<Scalars['String']['input']>;
  /** For customs issues: what became of the custom (STOPPED, REDUCED, PERSUADED or HELD); refused for other categories. 移风易俗结果 */
  customOutcome?: InputMaybe<IssueCustomOutcome>;
  /** What was decided. 议定结果 */
  decision: Scalars['String']['input'];
  /** What the funds pay for. 资金用途 */
  fundPurpose?: InputMaybe<Scalars['String']['input']>;
  /** Households represented (the courtyard's household count that day is taken by the server). 到场户数 */
  householdsRepresented: Scalars['Int']['input'];
  /** Repeating a key with the same input returns the first response and changes nothing; the key with another input is refused (CONFLICT). 幂等键 */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The issue. 议事事项 */
  issueID: Scalars['ID']['input'];
  /** For disputes: the result of mediation. 调解结果 */
  mediationResult?: InputMaybe<Scalars['String']['input']>;
  /**
   * How the meeting decides: VOTE (quorum and majority apply), PERSUASION or MEDIATION (no vote, no quorum; only for the
   * categories the rule lists). Omitted: VOTE, or MEDIATION for a meeting without votes on an issue the rule lets be mediated. 议定方式
   */
  method?: InputMaybe<SessionMethod>;
  /** A free-text note on the decision, e.g. its reasons, kept on the step. 备注 */
  note?: InputMaybe<Scalars['String']['input']>;
  /** When it happened, if it was recorded after the fact: not in the future, not before the record's previous step, at most the district's backdateDays back; omitted: now. The record keeps it as the step's time (metrics and time limits use it) beside the time it was recorded. 发生时间（补录时填写，默认为当前时间） */
  occurredAt?: InputMaybe<Scalars['Time']['input']>;
  /** APPROVED, REJECTED or DEFERRED; must agree with the village's passing rule. 表决结果 */
  outcome: SessionOutcome;
  /** After an emergency (emergencyAt set): whether the meeting ratifies the action already taken — required then, refused otherwise. 是否追认 */
  ratified?: InputMaybe<Scalars['Boolean']['input']>;
  /** Residents present. 到场人数 */
  residentsPresent: Scalars['Int']['input'];
  /** Abstentions. 弃权票 */
  votesAbstain?: InputMaybe<Scalars['Int']['input']>;
  /** Votes against. 反对票 */
  votesAgainst?: InputMaybe<Scalars['Int']['input']>;
  /** Votes for; for + against + abstain must equal those present. Required by a VOTE, absent otherwise. 赞成票 */
  votesFor?: InputMaybe<Scalars['Int']['input']>;
};

/** Points a household (or a courtyard) lost, under a deducting rule or for a free reason, with optional evidence. 积分扣减 */
export type DeductPointsInput = {
  /** Without a household: the courtyard whose own entry this is. 院坝 */
  courtyardID?: InputMaybe<Scalars['ID']['input']>;
  /** The household earning or losing the points. 农户 */
  householdID?: InputMaybe<Scalars['ID']['input']>;
  /** Repeat-safe key: a repeat from the same account with the same input returns the first response; the key with another input is refused (CONFLICT). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Evidence: the issue the entry rests on. 依据议事 */
  issueID?: InputMaybe<Scalars['ID']['input']>;
  /** When it happened, if it was recorded after the fact: not in the future, not before the record's previous step, at most the district's backdateDays back; omitted: now. The record keeps it as the step's time (metrics and time limits use it) beside the time it was recorded. 发生时间（补录时填写，默认为当前时间） */
  occurredAt?: InputMaybe<Scalars['Time']['input']>;
  /** Without a rule: the points (positive; deductPoints deducts them). With a rule, if given, it must match. 分值 */
  points?: InputMaybe<Scalars['Int']['input']>;
  /** The free reason (required without a rule), or details added to the rule's name. 事由 */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The rule version in force applied; its points are the entry's. 积分规则 */
  ruleID?: InputMaybe<Scalars['ID']['input']>;
  /** Evidence: the session (meeting, lecture). 依据活动 */
  sessionID?: InputMaybe<Scalars['ID']['input']>;
  /** Evidence: the proxy-service ticket. 依据代办 */
  ticketID?: InputMaybe<Scalars['ID']['input']>;
};

/** Ordering options for DeliberationRule connections */
export type DeliberationRuleOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order DeliberationRules. */
  field: DeliberationRuleOrderField;
};

/** Properties by which DeliberationRule connections can be ordered. */
export type DeliberationRuleOrderField =
  | 'CREATED_AT'
  | 'UPDATED_AT';

/**
 * DeliberationRuleWhereInput is used for filtering DeliberationRule objects.
 * Input was generated by ent.
 */
export type DeliberationRuleWhereInput = {
  /** Matches records that match all of these filters. */
  and?: InputMaybe<Array<DeliberationRuleWhereInput>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than the value. */
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than or equal to the value. */
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is one of the values. */
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose createdAt is less than the value. */
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is less than or equal to the value. */
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt differs from the value. */
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is none of the values. */
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** district_id field predicates */
  districtID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose districtID is one of the values. */
  districtIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose districtID differs from the value. */
  districtIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose districtID is none of the values. */
  districtIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** fund_threshold_fen field predicates */
  fundThresholdFen?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose fundThresholdFen is greater than the value. */
  fundThresholdFenGT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose fundThresholdFen is greater than or equal to the value. */
  fundThresholdFenGTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose fundThresholdFen is one of the values. */
  fundThresholdFenIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose fundThresholdFen is less than the value. */
  fundThresholdFenLT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose fundThresholdFen is less than or equal to the value. */
  fundThresholdFenLTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose fundThresholdFen differs from the value. */
  fundThresholdFenNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose fundThresholdFen is none of the values. */
  fundThresholdFenNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** district edge predicates */
  hasDistrict?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one district (matching the filter, for hasXWith). */
  hasDistrictWith?: InputMaybe<Array<DistrictWhereInput>>;
  /** village edge predicates */
  hasVillage?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one village (matching the filter, for hasXWith). */
  hasVillageWith?: InputMaybe<Array<VillageWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than the value. */
  idGT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than or equal to the value. */
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is one of the values. */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose id is less than the value. */
  idLT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is less than or equal to the value. */
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id differs from the value. */
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is none of the values. */
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** majority_denominator field predicates */
  majorityDenominator?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose majorityDenominator is greater than the value. */
  majorityDenominatorGT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose majorityDenominator is greater than or equal to the value. */
  majorityDenominatorGTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose majorityDenominator is one of the values. */
  majorityDenominatorIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose majorityDenominator is less than the value. */
  majorityDenominatorLT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose majorityDenominator is less than or equal to the value. */
  majorityDenominatorLTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose majorityDenominator differs from the value. */
  majorityDenominatorNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose majorityDenominator is none of the values. */
  majorityDenominatorNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** majority_numerator field predicates */
  majorityNumerator?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose majorityNumerator is greater than the value. */
  majorityNumeratorGT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose majorityNumerator is greater than or equal to the value. */
  majorityNumeratorGTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose majorityNumerator is one of the values. */
  majorityNumeratorIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose majorityNumerator is less than the value. */
  majorityNumeratorLT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose majorityNumerator is less than or equal to the value. */
  majorityNumeratorLTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose majorityNumerator differs from the value. */
  majorityNumeratorNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose majorityNumerator is none of the values. */
  majorityNumeratorNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches DeliberationRule records that do not match this filter. */
  not?: InputMaybe<DeliberationRuleWhereInput>;
  /** Matches records that match any of these filters. */
  or?: InputMaybe<Array<DeliberationRuleWhereInput>>;
  /** quorum_denominator field predicates */
  quorumDenominator?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose quorumDenominator is greater than the value. */
  quorumDenominatorGT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose quorumDenominator is greater than or equal to the value. */
  quorumDenominatorGTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose quorumDenominator is one of the values. */
  quorumDenominatorIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose quorumDenominator is less than the value. */
  quorumDenominatorLT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose quorumDenominator is less than or equal to the value. */
  quorumDenominatorLTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose quorumDenominator differs from the value. */
  quorumDenominatorNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose quorumDenominator is none of the values. */
  quorumDenominatorNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** quorum_numerator field predicates */
  quorumNumerator?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose quorumNumerator is greater than the value. */
  quorumNumeratorGT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose quorumNumerator is greater than or equal to the value. */
  quorumNumeratorGTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose quorumNumerator is one of the values. */
  quorumNumeratorIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose quorumNumerator is less than the value. */
  quorumNumeratorLT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose quorumNumerator is less than or equal to the value. */
  quorumNumeratorLTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose quorumNumerator differs from the value. */
  quorumNumeratorNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose quorumNumerator is none of the values. */
  quorumNumeratorNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than the value. */
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than or equal to the value. */
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is one of the values. */
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose updatedAt is less than the value. */
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is less than or equal to the value. */
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt differs from the value. */
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is none of the values. */
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** village_id field predicates */
  villageID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose villageID is one of the values. */
  villageIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose villageID is not set. */
  villageIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose villageID differs from the value. */
  villageIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose villageID is none of the values. */
  villageIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose villageID is set. */
  villageIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
};

/** One dimension's score of a self-evaluation. 维度评分 */
export type DimensionScoreInput = {
  /** Dimension evaluated. 评价维度 */
  dimension: RatingDimension;
  /** Score from 1 (failing) to 5 (excellent). 评分 */
  score: Scalars['Int']['input'];
};

/** Closing a collected issue without deliberation. 不予受理 */
export type DismissIssueInput = {
  /** Repeating a key with the same input returns the first response and changes nothing; the key with another input is refused (CONFLICT). 幂等键 */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The issue. 议事事项 */
  issueID: Scalars['ID']['input'];
  /** When it happened, if it was recorded after the fact: not in the future, not before the record's previous step, at most the district's backdateDays back; omitted: now. The record keeps it as the step's time (metrics and time limits use it) beside the time it was recorded. 发生时间（补录时填写，默认为当前时间） */
  occurredAt?: InputMaybe<Scalars['Time']['input']>;
  /** Why it is dismissed. 原因 */
  reason: Scalars['String']['input'];
};

/** Ordering options for District connections */
export type DistrictOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Districts. */
  field: DistrictOrderField;
};

/** Properties by which District connections can be ordered. */
export type DistrictOrderField =
  | 'CODE'
  | 'CREATED_AT'
  | 'NAME'
  | 'UPDATED_AT';

/** Which District to change, and how. */
export type DistrictPatch = {
  /** ID of the record to change. */
  id: Scalars['ID']['input'];
  /** Fields to change. */
  set: UpdateDistrictInput;
};

/**
 * DistrictWhereInput is used for filtering District objects.
 * Input was generated by ent.
 */
export type DistrictWhereInput = {
  /** Matches records that match all of these filters. */
  and?: InputMaybe<Array<DistrictWhereInput>>;
  /** backdate_days field predicates */
  backdateDays?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose backdateDays is greater than the value. */
  backdateDaysGT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose backdateDays is greater than or equal to the value. */
  backdateDaysGTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose backdateDays is one of the values. */
  backdateDaysIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose backdateDays is less than the value. */
  backdateDaysLT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose backdateDays is less than or equal to the value. */
  backdateDaysLTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose backdateDays differs from the value. */
  backdateDaysNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose backdateDays is none of the values. */
  backdateDaysNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** code field predicates */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code contains the value. */
  codeContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code contains the value, ignoring case. */
  codeContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code equals the value, ignoring case. */
  codeEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code is greater than the value. */
  codeGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code is greater than or equal to the value. */
  codeGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code starts with the value. */
  codeHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code ends with the value. */
  codeHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code is one of the values. */
  codeIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose code is less than the value. */
  codeLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code is less than or equal to the value. */
  codeLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code differs from the value. */
  codeNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code is none of the values. */
  codeNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than the value. */
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than or equal to the value. */
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is one of the values. */
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose createdAt is less than the value. */
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is less than or equal to the value. */
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt differs from the value. */
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is none of the values. */
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** flag_failing_margin field predicates */
  flagFailingMargin?: InputMaybe<Scalars['Float']['input']>;
  /** Matches records whose flagFailingMargin is greater than the value. */
  flagFailingMarginGT?: InputMaybe<Scalars['Float']['input']>;
  /** Matches records whose flagFailingMargin is greater than or equal to the value. */
  flagFailingMarginGTE?: InputMaybe<Scalars['Float']['input']>;
  /** Matches records whose flagFailingMargin is one of the values. */
  flagFailingMarginIn?: InputMaybe<Array<Scalars['Float']['input']>>;
  /** Matches records whose flagFailingMargin is less than the value. */
  flagFailingMarginLT?: InputMaybe<Scalars['Float']['input']>;
  /** Matches records whose flagFailingMargin is less than or equal to the value. */
  flagFailingMarginLTE?: InputMaybe<Scalars['Float']['input']>;
  /** Matches records whose flagFailingMargin differs from the value. */
  flagFailingMarginNEQ?: InputMaybe<Scalars['Float']['input']>;
  /** Matches records whose flagFailingMargin is none of the values. */
  flagFailingMarginNotIn?: InputMaybe<Array<Scalars['Float']['input']>>;
  /** flag_issue_stuck_days field predicates */
  flagIssueStuckDays?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose flagIssueStuckDays is greater than the value. */
  flagIssueStuckDaysGT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose flagIssueStuckDays is greater than or equal to the value. */
  flagIssueStuckDaysGTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose flagIssueStuckDays is one of the values. */
  flagIssueStuckDaysIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose flagIssueStuckDays is less than the value. */
  flagIssueStuckDaysLT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose flagIssueStuckDays is less than or equal to the value. */
  flagIssueStuckDaysLTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose flagIssueStuckDays differs from the value. */
  flagIssueStuckDaysNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose flagIssueStuckDays is none of the values. */
  flagIssueStuckDaysNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** flag_quarter_end_days field predicates */
  flagQuarterEndDays?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose flagQuarterEndDays is greater than the value. */
  flagQuarterEndDaysGT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose flagQuarterEndDays is greater than or equal to the value. */
  flagQuarterEndDaysGTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose flagQuarterEndDays is one of the values. */
  flagQuarterEndDaysIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose flagQuarterEndDays is less than the value. */
  flagQuarterEndDaysLT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose flagQuarterEndDays is less than or equal to the value. */
  flagQuarterEndDaysLTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose flagQuarterEndDays differs from the value. */
  flagQuarterEndDaysNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose flagQuarterEndDays is none of the values. */
  flagQuarterEndDaysNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** flag_ticket_overdue_days field predicates */
  flagTicketOverdueDays?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose flagTicketOverdueDays is greater than the value. */
  flagTicketOverdueDaysGT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose flagTicketOverdueDays is greater than or equal to the value. */
  flagTicketOverdueDaysGTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose flagTicketOverdueDays is one of the values. */
  flagTicketOverdueDaysIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose flagTicketOverdueDays is less than the value. */
  flagTicketOverdueDaysLT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose flagTicketOverdueDays is less than or equal to the value. */
  flagTicketOverdueDaysLTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose flagTicketOverdueDays differs from the value. */
  flagTicketOverdueDaysNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose flagTicketOverdueDays is none of the values. */
  flagTicketOverdueDaysNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** metric_targets edge predicates */
  hasMetricTargets?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one metricTargets (matching the filter, for hasXWith). */
  hasMetricTargetsWith?: InputMaybe<Array<MetricTargetWhereInput>>;
  /** towns edge predicates */
  hasTowns?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one towns (matching the filter, for hasXWith). */
  hasTownsWith?: InputMaybe<Array<TownWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than the value. */
  idGT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than or equal to the value. */
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is one of the values. */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose id is less than the value. */
  idLT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is less than or equal to the value. */
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id differs from the value. */
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is none of the values. */
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** name field predicates */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name contains the value. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name contains the value, ignoring case. */
  nameContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name equals the value, ignoring case. */
  nameEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is greater than the value. */
  nameGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is greater than or equal to the value. */
  nameGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name starts with the value. */
  nameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name ends with the value. */
  nameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is one of the values. */
  nameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose name is less than the value. */
  nameLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is less than or equal to the value. */
  nameLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name differs from the value. */
  nameNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is none of the values. */
  nameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches District records that do not match this filter. */
  not?: InputMaybe<DistrictWhereInput>;
  /** Matches records that match any of these filters. */
  or?: InputMaybe<Array<DistrictWhereInput>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than the value. */
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than or equal to the value. */
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is one of the values. */
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose updatedAt is less than the value. */
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is less than or equal to the value. */
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt differs from the value. */
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is none of the values. */
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
};

/** Input of electHead. 选举院坝长 */
export type ElectHeadInput = {
  /** Courtyard electing its head. 院坝 */
  courtyardID: Scalars['ID']['input'];
  /** Makes a retry safe: a repeat from the same account with the same input returns the first response; the key with another input is refused (CONFLICT). 幂等键 */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Free-text reason kept with the previous head's ended assignment. 离任说明 */
  previousEndNote?: InputMaybe<Scalars['String']['input']>;
  /** Why the previous head's term ends (default TERM_ENDED). 前任离任原因 */
  previousEndReason?: InputMaybe<RoleAssignmentEndReason>;
  /** Resident elected: one living in the courtyard's village. 当选人 */
  residentID: Scalars['ID']['input'];
  /** Residents present; for + against + abstain must equal it. 到会人数 */
  votersPresent: Scalars['Int']['input'];
  /** Abstentions. 弃权票 */
  votesAbstain: Scalars['Int']['input'];
  /** Votes against. 反对票 */
  votesAgainst: Scalars['Int']['input'];
  /** Votes for. 赞成票 */
  votesFor: Scalars['Int']['input'];
};

/**
 * The codes of the API's errors, one list for every error: a GraphQL error
 * carries one in `extensions.code`, a userError in `code`. Declared in Go by
 * internal/apierr (a test keeps this enum equal to it). 错误代码
 */
export type ErrorCode =
  /** The request or a value in it is malformed or out of range. 输入有误 */
  | 'BAD_USER_INPUT'
  /** The operation would cost more than allowed: ask for smaller pages or fewer fields. 查询过于复杂 */
  | 'COMPLEXITY_LIMIT_EXCEEDED'
  /** The change conflicts with existing data, e.g. a duplicate code or a second active head of a courtyard. 与已有数据冲突 */
  | 'CONFLICT'
  /** The account may not do this: its role may not change such records, or it is read-only. 无权操作 */
  | 'FORBIDDEN'
  /** The server failed; the details are in its log. 服务器内部错误 */
  | 'INTERNAL'
  /** No such record in the account's area (records outside it look missing). 记录不存在 */
  | 'NOT_FOUND'
  /** Too many requests, or too many failed logins: try again later. 请求过于频繁 */
  | 'RATE_LIMITED'
  /** No valid session or token, or wrong credentials: log in (again). 未登录或登录已失效 */
  | 'UNAUTHENTICATED'
  /** The database is unreachable or every connection is busy: the answer is HTTP 503 with Retry-After; try again then. 服务暂不可用 */
  | 'UNAVAILABLE';

/** Sending an issue up to the village. 上报村社 */
export type EscalateIssueInput = {
  /** Repeating a key with the same input returns the first response and changes nothing; the key with another input is refused (CONFLICT). 幂等键 */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The issue. 议事事项 */
  issueID: Scalars['ID']['input'];
  /** When it happened, if it was recorded after the fact: not in the future, not before the record's previous step, at most the district's backdateDays back; omitted: now. The record keeps it as the step's time (metrics and time limits use it) beside the time it was recorded. 发生时间（补录时填写，默认为当前时间） */
  occurredAt?: InputMaybe<Scalars['Time']['input']>;
  /** Why the village must decide. 上报理由 */
  reason: Scalars['String']['input'];
};

/** Input of evaluateCourtyard. 院坝自评 */
export type EvaluateCourtyardInput = {
  /** Remark. 评语 */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** Courtyard evaluated. 院坝 */
  courtyardID: Scalars['ID']['input'];
  /** Makes a retry safe: a repeat from the same account with the same input returns the first response; the key with another input is refused (CONFLICT). 幂等键 */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Half-year evaluated, e.g. 2024H1 (begun already). 评价周期 */
  period: Scalars['String']['input'];
  /** Residents present (at least one, at most the courtyard's residents). 到场群众 */
  residentsPresent: Scalars['Int']['input'];
  /** Scores, each dimension at most once. 各维度评分 */
  scores: Array<DimensionScoreInput>;
};

/** The residents' verdict. 群众评价 */
export type EvaluateIssueInput = {
  /** Repeating a key with the same input returns the first response and changes nothing; the key with another input is refused (CONFLICT). 幂等键 */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The issue. 议事事项 */
  issueID: Scalars['ID']['input'];
  /** What the residents said. 评价意见 */
  notes: Scalars['String']['input'];
  /** When it happened, if it was recorded after the fact: not in the future, not before the record's previous step, at most the district's backdateDays back; omitted: now. The record keeps it as the step's time (metrics and time limits use it) beside the time it was recorded. 发生时间（补录时填写，默认为当前时间） */
  occurredAt?: InputMaybe<Scalars['Time']['input']>;
  /** Whether the residents are satisfied; false reopens execution. 是否满意 */
  satisfied: Scalars['Boolean']['input'];
};

/** Carrying out the decision. 落实执行 */
export type ExecuteIssueInput = {
  /** What it cost, in fen. 实际花费（分） */
  costFen?: InputMaybe<Scalars['Int']['input']>;
  /** For customs issues: what was stopped or changed. 移风易俗成效 */
  customChange?: InputMaybe<Scalars['String']['input']>;
  /**
   * For customs issues: what became of the custom (STOPPED, REDUCED, PERSUADED or HELD); required unless the decision
   * recorded it, refused for other categories. 移风易俗结果
   */
  customOutcome?: InputMaybe<IssueCustomOutcome>;
  /** Who did it. 执行人 */
  executedBy: Scalars['String']['input'];
  /** Repeating a key with the same input returns the first response and changes nothing; the key with another input is refused (CONFLICT). 幂等键 */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The issue. 议事事项 */
  issueID: Scalars['ID']['input'];
  /** When it happened, if it was recorded after the fact: not in the future, not before the record's previous step, at most the district's backdateDays back; omitted: now. The record keeps it as the step's time (metrics and time limits use it) beside the time it was recorded. 发生时间（补录时填写，默认为当前时间） */
  occurredAt?: InputMaybe<Scalars['Time']['input']>;
  /** What was done. 执行结果 */
  outcome: Scalars['String']['input'];
  /** Receipts, numbered in order (required when collective funds are spent). 票据 */
  receipts?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Kinds of ready gap lists. 短板类型 */
export type GapKind =
  /** 评价不合格的岗位 (officers below the failing line) */
  | 'OFFICER_FAILING'
  /** 季度主题不足2个的村社区 (villages with fewer than 2 themes for the quarter) */
  | 'THEMES_SHORT'
  /** 季度主题尚未宣讲 (quarter themes without a lecture) */
  | 'THEMES_UNLECTURED'
  /** 超期未办结的代办事项 (tickets past due) */
  | 'TICKET_OVERDUE'
  /** 有空缺岗位的院坝 (courtyards with a vacant role) */
  | 'VACANT_ROLE';

/** A grant in place of investment. 以奖代投 */
export type GrantFundsInput = {
  /** Amount in fen (positive). 金额（分） */
  amountFen: Scalars['Int']['input'];
  /** The award of the courtyard in that half-year the grant follows. 依据奖项 */
  awardID?: InputMaybe<Scalars['ID']['input']>;
  /** The assessment the grant follows (required without an award). 依据 */
  basis?: InputMaybe<Scalars['String']['input']>;
  /** The courtyard granted. 院坝 */
  courtyardID: Scalars['ID']['input'];
  /** What the grant pays for. 项目说明 */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Repeat-safe key: a repeat from the same account with the same input returns the first response; the key with another input is refused (CONFLICT). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The half-year whose results the grant follows, e.g. 2024H1; it must have ended. 周期 */
  period: Scalars['String']['input'];
  /** Purpose. 用途 */
  purpose: GrantPurpose;
};

/** Ordering options for Grant connections */
export type GrantOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Grants. */
  field: GrantOrderField;
};

/** Properties by which Grant connections can be ordered. */
export type GrantOrderField =
  | 'AMOUNT_FEN'
  | 'CREATED_AT'
  | 'PERIOD'
  | 'UPDATED_AT';

/** GrantPurpose is enum for the field purpose */
export type GrantPurpose =
  /** 美丽院坝 (beautiful courtyard) */
  | 'BEAUTIFUL_COURTYARD'
  /** 院坝经济 (courtyard economy) */
  | 'COURTYARD_ECONOMY'
  /** 其他 (other) */
  | 'OTHER'
  /** 平安院落 (safe compound) */
  | 'SAFE_COMPOUND';

/** How grant totals are grouped. 汇总方式 */
export type GrantTotalBy =
  /** Per courtyard. 按院坝 */
  | 'COURTYARD'
  /** Per purpose. 按用途 */
  | 'PURPOSE'
  /** Per village. 按村社区 */
  | 'VILLAGE'
  /** Per year. 按年度 */
  | 'YEAR';

/**
 * GrantWhereInput is used for filtering Grant objects.
 * Input was generated by ent.
 */
export type GrantWhereInput = {
  /** amount_fen field predicates */
  amountFen?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose amountFen is greater than the value. */
  amountFenGT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose amountFen is greater than or equal to the value. */
  amountFenGTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose amountFen is one of the values. */
  amountFenIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose amountFen is less than the value. */
  amountFenLT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose amountFen is less than or equal to the value. */
  amountFenLTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose amountFen differs from the value. */
  amountFenNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose amountFen is none of the values. */
  amountFenNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records that match all of these filters. */
  and?: InputMaybe<Array<GrantWhereInput>>;
  /** award_id field predicates */
  awardID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose awardID is one of the values. */
  awardIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose awardID is not set. */
  awardIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose awardID differs from the value. */
  awardIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose awardID is none of the values. */
  awardIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose awardID is set. */
  awardIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** basis field predicates */
  basis?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose basis contains the value. */
  basisContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose basis contains the value, ignoring case. */
  basisContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose basis equals the value, ignoring case. */
  basisEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose basis is greater than the value. */
  basisGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose basis is greater than or equal to the value. */
  basisGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose basis starts with the value. */
  basisHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose basis ends with the value. */
  basisHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose basis is one of the values. */
  basisIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose basis is not set. */
  basisIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose basis is less than the value. */
  basisLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose basis is less than or equal to the value. */
  basisLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose basis differs from the value. */
  basisNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose basis is none of the values. */
  basisNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose basis is set. */
  basisNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** courtyard_id field predicates */
  courtyardID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose courtyardID is one of the values. */
  courtyardIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose courtyardID differs from the value. */
  courtyardIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose courtyardID is none of the values. */
  courtyardIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than the value. */
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than or equal to the value. */
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is one of the values. */
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose createdAt is less than the value. */
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is less than or equal to the value. */
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt differs from the value. */
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is none of the values. */
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** description field predicates */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose description contains the value. */
  descriptionContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose description contains the value, ignoring case. */
  descriptionContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose description equals the value, ignoring case. */
  descriptionEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose description is greater than the value. */
  descriptionGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose description is greater than or equal to the value. */
  descriptionGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose description starts with the value. */
  descriptionHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose description ends with the value. */
  descriptionHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose description is one of the values. */
  descriptionIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose description is not set. */
  descriptionIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose description is less than the value. */
  descriptionLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose description is less than or equal to the value. */
  descriptionLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose description differs from the value. */
  descriptionNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose description is none of the values. */
  descriptionNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose description is set. */
  descriptionNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** award edge predicates */
  hasAward?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one award (matching the filter, for hasXWith). */
  hasAwardWith?: InputMaybe<Array<AwardWhereInput>>;
  /** courtyard edge predicates */
  hasCourtyard?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one courtyard (matching the filter, for hasXWith). */
  hasCourtyardWith?: InputMaybe<Array<CourtyardWhereInput>>;
  /** town edge predicates */
  hasTown?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one town (matching the filter, for hasXWith). */
  hasTownWith?: InputMaybe<Array<TownWhereInput>>;
  /** village edge predicates */
  hasVillage?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one village (matching the filter, for hasXWith). */
  hasVillageWith?: InputMaybe<Array<VillageWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than the value. */
  idGT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than or equal to the value. */
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is one of the values. */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose id is less than the value. */
  idLT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is less than or equal to the value. */
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id differs from the value. */
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is none of the values. */
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches Grant records that do not match this filter. */
  not?: InputMaybe<GrantWhereInput>;
  /** Matches records that match any of these filters. */
  or?: InputMaybe<Array<GrantWhereInput>>;
  /** period field predicates */
  period?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose period contains the value. */
  periodContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose period contains the value, ignoring case. */
  periodContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose period equals the value, ignoring case. */
  periodEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose period is greater than the value. */
  periodGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose period is greater than or equal to the value. */
  periodGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose period starts with the value. */
  periodHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose period ends with the value. */
  periodHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose period is one of the values. */
  periodIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose period is less than the value. */
  periodLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose period is less than or equal to the value. */
  periodLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose period differs from the value. */
  periodNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose period is none of the values. */
  periodNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** purpose field predicates */
  purpose?: InputMaybe<GrantPurpose>;
  /** Matches records whose purpose is one of the values. */
  purposeIn?: InputMaybe<Array<GrantPurpose>>;
  /** Matches records whose purpose differs from the value. */
  purposeNEQ?: InputMaybe<GrantPurpose>;
  /** Matches records whose purpose is none of the values. */
  purposeNotIn?: InputMaybe<Array<GrantPurpose>>;
  /** town_id field predicates */
  townID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose townID is one of the values. */
  townIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose townID differs from the value. */
  townIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose townID is none of the values. */
  townIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than the value. */
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than or equal to the value. */
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is one of the values. */
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose updatedAt is less than the value. */
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is less than or equal to the value. */
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt differs from the value. */
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is none of the values. */
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** village_id field predicates */
  villageID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose villageID is one of the values. */
  villageIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose villageID differs from the value. */
  villageIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose villageID is none of the values. */
  villageIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Ordering options for HouseholdMove connections */
export type HouseholdMoveOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order HouseholdMoves. */
  field: HouseholdMoveOrderField;
};

/** Properties by which HouseholdMove connections can be ordered. */
export type HouseholdMoveOrderField =
  | 'CREATED_AT'
  | 'MOVED_AT'
  | 'UPDATED_AT';

/**
 * HouseholdMoveWhereInput is used for filtering HouseholdMove objects.
 * Input was generated by ent.
 */
export type HouseholdMoveWhereInput = {
  /** Matches records that match all of these filters. */
  and?: InputMaybe<Array<HouseholdMoveWhereInput>>;
  /** courtyard_id field predicates */
  courtyardID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose courtyardID is one of the values. */
  courtyardIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose courtyardID differs from the value. */
  courtyardIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose courtyardID is none of the values. */
  courtyardIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than the value. */
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than or equal to the value. */
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is one of the values. */
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose createdAt is less than the value. */
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is less than or equal to the value. */
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt differs from the value. */
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is none of the values. */
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** from_courtyard_id field predicates */
  fromCourtyardID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose fromCourtyardID is one of the values. */
  fromCourtyardIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose fromCourtyardID is not set. */
  fromCourtyardIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose fromCourtyardID differs from the value. */
  fromCourtyardIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose fromCourtyardID is none of the values. */
  fromCourtyardIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose fromCourtyardID is set. */
  fromCourtyardIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** courtyard edge predicates */
  hasCourtyard?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one courtyard (matching the filter, for hasXWith). */
  hasCourtyardWith?: InputMaybe<Array<CourtyardWhereInput>>;
  /** from_courtyard edge predicates */
  hasFromCourtyard?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one fromCourtyard (matching the filter, for hasXWith). */
  hasFromCourtyardWith?: InputMaybe<Array<CourtyardWhereInput>>;
  /** household edge predicates */
  hasHousehold?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one household (matching the filter, for hasXWith). */
  hasHouseholdWith?: InputMaybe<Array<HouseholdWhereInput>>;
  /** town edge predicates */
  hasTown?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one town (matching the filter, for hasXWith). */
  hasTownWith?: InputMaybe<Array<TownWhereInput>>;
  /** village edge predicates */
  hasVillage?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one village (matching the filter, for hasXWith). */
  hasVillageWith?: InputMaybe<Array<VillageWhereInput>>;
  /** household_id field predicates */
  householdID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose householdID is one of the values. */
  householdIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose householdID differs from the value. */
  householdIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose householdID is none of the values. */
  householdIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than the value. */
  idGT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than or equal to the value. */
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is one of the values. */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose id is less than the value. */
  idLT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is less than or equal to the value. */
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id differs from the value. */
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is none of the values. */
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** moved_at field predicates */
  movedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose movedAt is greater than the value. */
  movedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose movedAt is greater than or equal to the value. */
  movedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose movedAt is one of the values. */
  movedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose movedAt is less than the value. */
  movedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose movedAt is less than or equal to the value. */
  movedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose movedAt differs from the value. */
  movedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose movedAt is none of the values. */
  movedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches HouseholdMove records that do not match this filter. */
  not?: InputMaybe<HouseholdMoveWhereInput>;
  /** Matches records that match any of these filters. */
  or?: InputMaybe<Array<HouseholdMoveWhereInput>>;
  /** reason field predicates */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose reason contains the value. */
  reasonContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose reason contains the value, ignoring case. */
  reasonContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose reason equals the value, ignoring case. */
  reasonEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose reason is greater than the value. */
  reasonGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose reason is greater than or equal to the value. */
  reasonGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose reason starts with the value. */
  reasonHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose reason ends with the value. */
  reasonHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose reason is one of the values. */
  reasonIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose reason is not set. */
  reasonIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose reason is less than the value. */
  reasonLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose reason is less than or equal to the value. */
  reasonLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose reason differs from the value. */
  reasonNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose reason is none of the values. */
  reasonNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose reason is set. */
  reasonNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** town_id field predicates */
  townID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose townID is one of the values. */
  townIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose townID differs from the value. */
  townIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose townID is none of the values. */
  townIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than the value. */
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than or equal to the value. */
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is one of the values. */
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose updatedAt is less than the value. */
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is less than or equal to the value. */
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt differs from the value. */
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is none of the values. */
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** village_id field predicates */
  villageID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose villageID is one of the values. */
  villageIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose villageID differs from the value. */
  villageIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose villageID is none of the values. */
  villageIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Ordering options for Household connections */
export type HouseholdOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Households. */
  field: HouseholdOrderField;
};

/** Properties by which Household connections can be ordered. */
export type HouseholdOrderField =
  | 'CREATED_AT'
  | 'HEAD_NAME'
  | 'NUMBER'
  | 'POINT_BALANCE'
  | 'UPDATED_AT';

/** Which Household to change, and how. */
export type HouseholdPatch = {
  /** ID of the record to change. */
  id: Scalars['ID']['input'];
  /** Fields to change. */
  set: UpdateHouseholdInput;
};

/**
 * HouseholdWhereInput is used for filtering Household objects.
 * Input was generated by ent.
 */
export type HouseholdWhereInput = {
  /** address field predicates */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose address contains the value. */
  addressContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose address contains the value, ignoring case. */
  addressContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose address equals the value, ignoring case. */
  addressEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose address is greater than the value. */
  addressGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose address is greater than or equal to the value. */
  addressGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose address starts with the value. */
  addressHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose address ends with the value. */
  addressHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose address is one of the values. */
  addressIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose address is not set. */
  addressIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose address is less than the value. */
  addressLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose address is less than or equal to the value. */
  addressLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose address differs from the value. */
  addressNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose address is none of the values. */
  addressNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose address is set. */
  addressNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records that match all of these filters. */
  and?: InputMaybe<Array<HouseholdWhereInput>>;
  /** courtyard_id field predicates */
  courtyardID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose courtyardID is one of the values. */
  courtyardIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose courtyardID differs from the value. */
  courtyardIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose courtyardID is none of the values. */
  courtyardIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than the value. */
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than or equal to the value. */
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is one of the values. */
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose createdAt is less than the value. */
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is less than or equal to the value. */
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt differs from the value. */
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is none of the values. */
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** courtyard edge predicates */
  hasCourtyard?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one courtyard (matching the filter, for hasXWith). */
  hasCourtyardWith?: InputMaybe<Array<CourtyardWhereInput>>;
  /** moves edge predicates */
  hasMoves?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one moves (matching the filter, for hasXWith). */
  hasMovesWith?: InputMaybe<Array<HouseholdMoveWhereInput>>;
  /** point_entries edge predicates */
  hasPointEntries?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one pointEntries (matching the filter, for hasXWith). */
  hasPointEntriesWith?: InputMaybe<Array<PointEntryWhereInput>>;
  /** point_redemptions edge predicates */
  hasPointRedemptions?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one pointRedemptions (matching the filter, for hasXWith). */
  hasPointRedemptionsWith?: InputMaybe<Array<PointRedemptionWhereInput>>;
  /** residents edge predicates */
  hasResidents?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one residents (matching the filter, for hasXWith). */
  hasResidentsWith?: InputMaybe<Array<ResidentWhereInput>>;
  /** town edge predicates */
  hasTown?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one town (matching the filter, for hasXWith). */
  hasTownWith?: InputMaybe<Array<TownWhereInput>>;
  /** village edge predicates */
  hasVillage?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one village (matching the filter, for hasXWith). */
  hasVillageWith?: InputMaybe<Array<VillageWhereInput>>;
  /** head_name field predicates */
  headName?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose headName contains the value. */
  headNameContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose headName contains the value, ignoring case. */
  headNameContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose headName equals the value, ignoring case. */
  headNameEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose headName is greater than the value. */
  headNameGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose headName is greater than or equal to the value. */
  headNameGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose headName starts with the value. */
  headNameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose headName ends with the value. */
  headNameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose headName is one of the values. */
  headNameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose headName is less than the value. */
  headNameLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose headName is less than or equal to the value. */
  headNameLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose headName differs from the value. */
  headNameNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose headName is none of the values. */
  headNameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than the value. */
  idGT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than or equal to the value. */
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is one of the values. */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose id is less than the value. */
  idLT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is less than or equal to the value. */
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id differs from the value. */
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is none of the values. */
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches Household records that do not match this filter. */
  not?: InputMaybe<HouseholdWhereInput>;
  /** number field predicates */
  number?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose number contains the value. */
  numberContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose number contains the value, ignoring case. */
  numberContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose number equals the value, ignoring case. */
  numberEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose number is greater than the value. */
  numberGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose number is greater than or equal to the value. */
  numberGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose number starts with the value. */
  numberHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose number ends with the value. */
  numberHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose number is one of the values. */
  numberIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose number is less than the value. */
  numberLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose number is less than or equal to the value. */
  numberLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose number differs from the value. */
  numberNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose number is none of the values. */
  numberNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records that match any of these filters. */
  or?: InputMaybe<Array<HouseholdWhereInput>>;
  /** phone field predicates */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose phone contains the value. */
  phoneContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose phone contains the value, ignoring case. */
  phoneContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose phone equals the value, ignoring case. */
  phoneEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose phone is greater than the value. */
  phoneGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose phone is greater than or equal to the value. */
  phoneGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose phone starts with the value. */
  phoneHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose phone ends with the value. */
  phoneHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose phone is one of the values. */
  phoneIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose phone is not set. */
  phoneIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose phone is less than the value. */
  phoneLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose phone is less than or equal to the value. */
  phoneLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose phone differs from the value. */
  phoneNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose phone is none of the values. */
  phoneNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose phone is set. */
  phoneNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** point_balance field predicates */
  pointBalance?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose pointBalance is greater than the value. */
  pointBalanceGT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose pointBalance is greater than or equal to the value. */
  pointBalanceGTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose pointBalance is one of the values. */
  pointBalanceIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose pointBalance is less than the value. */
  pointBalanceLT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose pointBalance is less than or equal to the value. */
  pointBalanceLTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose pointBalance differs from the value. */
  pointBalanceNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose pointBalance is none of the values. */
  pointBalanceNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** town_id field predicates */
  townID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose townID is one of the values. */
  townIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose townID differs from the value. */
  townIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose townID is none of the values. */
  townIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than the value. */
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than or equal to the value. */
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is one of the values. */
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose updatedAt is less than the value. */
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is less than or equal to the value. */
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt differs from the value. */
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is none of the values. */
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** village_id field predicates */
  villageID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose villageID is one of the values. */
  villageIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose villageID differs from the value. */
  villageIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose villageID is none of the values. */
  villageIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Ordering options for Idea connections */
export type IdeaOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Ideas. */
  field: IdeaOrderField;
};

/** Properties by which Idea connections can be ordered. */
export type IdeaOrderField =
  | 'CREATED_AT'
  | 'SUBMITTED_AT'
  | 'UPDATED_AT';

/**
 * IdeaWhereInput is used for filtering Idea objects.
 * Input was generated by ent.
 */
export type IdeaWhereInput = {
  /** adopted field predicates */
  adopted?: InputMaybe<Scalars['Boolean']['input']>;
  /** adopted_at field predicates */
  adoptedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose adoptedAt is greater than the value. */
  adoptedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose adoptedAt is greater than or equal to the value. */
  adoptedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose adoptedAt is one of the values. */
  adoptedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose adoptedAt is not set. */
  adoptedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose adoptedAt is less than the value. */
  adoptedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose adoptedAt is less than or equal to the value. */
  adoptedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose adoptedAt differs from the value. */
  adoptedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose adoptedAt is none of the values. */
  adoptedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose adoptedAt is set. */
  adoptedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose adopted differs from the value. */
  adoptedNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records that match all of these filters. */
  and?: InputMaybe<Array<IdeaWhereInput>>;
  /** content field predicates */
  content?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose content contains the value. */
  contentContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose content contains the value, ignoring case. */
  contentContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose content equals the value, ignoring case. */
  contentEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose content is greater than the value. */
  contentGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose content is greater than or equal to the value. */
  contentGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose content starts with the value. */
  contentHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose content ends with the value. */
  contentHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose content is one of the values. */
  contentIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose content is less than the value. */
  contentLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose content is less than or equal to the value. */
  contentLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose content differs from the value. */
  contentNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose content is none of the values. */
  contentNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** courtyard_id field predicates */
  courtyardID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose courtyardID is one of the values. */
  courtyardIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose courtyardID differs from the value. */
  courtyardIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose courtyardID is none of the values. */
  courtyardIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than the value. */
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than or equal to the value. */
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is one of the values. */
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose createdAt is less than the value. */
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is less than or equal to the value. */
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt differs from the value. */
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is none of the values. */
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** courtyard edge predicates */
  hasCourtyard?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one courtyard (matching the filter, for hasXWith). */
  hasCourtyardWith?: InputMaybe<Array<CourtyardWhereInput>>;
  /** issue edge predicates */
  hasIssue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one issue (matching the filter, for hasXWith). */
  hasIssueWith?: InputMaybe<Array<IssueWhereInput>>;
  /** proposer edge predicates */
  hasProposer?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one proposer (matching the filter, for hasXWith). */
  hasProposerWith?: InputMaybe<Array<ResidentWhereInput>>;
  /** town edge predicates */
  hasTown?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one town (matching the filter, for hasXWith). */
  hasTownWith?: InputMaybe<Array<TownWhereInput>>;
  /** village edge predicates */
  hasVillage?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one village (matching the filter, for hasXWith). */
  hasVillageWith?: InputMaybe<Array<VillageWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than the value. */
  idGT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than or equal to the value. */
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is one of the values. */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose id is less than the value. */
  idLT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is less than or equal to the value. */
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id differs from the value. */
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is none of the values. */
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** issue_id field predicates */
  issueID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose issueID is one of the values. */
  issueIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose issueID is not set. */
  issueIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose issueID differs from the value. */
  issueIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose issueID is none of the values. */
  issueIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose issueID is set. */
  issueIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches Idea records that do not match this filter. */
  not?: InputMaybe<IdeaWhereInput>;
  /** Matches records that match any of these filters. */
  or?: InputMaybe<Array<IdeaWhereInput>>;
  /** proposer_id field predicates */
  proposerID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose proposerID is one of the values. */
  proposerIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose proposerID is not set. */
  proposerIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose proposerID differs from the value. */
  proposerIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose proposerID is none of the values. */
  proposerIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose proposerID is set. */
  proposerIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** submitted_at field predicates */
  submittedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose submittedAt is greater than the value. */
  submittedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose submittedAt is greater than or equal to the value. */
  submittedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose submittedAt is one of the values. */
  submittedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose submittedAt is less than the value. */
  submittedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose submittedAt is less than or equal to the value. */
  submittedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose submittedAt differs from the value. */
  submittedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose submittedAt is none of the values. */
  submittedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** town_id field predicates */
  townID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose townID is one of the values. */
  townIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose townID differs from the value. */
  townIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose townID is none of the values. */
  townIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than the value. */
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than or equal to the value. */
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is one of the values. */
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose updatedAt is less than the value. */
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is less than or equal to the value. */
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt differs from the value. */
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is none of the values. */
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** village_id field predicates */
  villageID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose villageID is one of the values. */
  villageIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose villageID differs from the value. */
  villageIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose villageID is none of the values. */
  villageIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** IssueCategory is enum for the field category */
export type IssueCategory =
  /** 移风易俗 (changing customs) */
  | 'CUSTOMS'
  /** 矛盾纠纷调处 (dispute mediation) */
  | 'DISPUTE'
  /** 人居环境整治 (living environment) */
  | 'LIVING_ENVIRONMENT'
  /** 公益设施维护 (public-facility upkeep) */
  | 'PUBLIC_FACILITY';

/** IssueCustomOutcome is enum for the field custom_outcome */
export type IssueCustomOutcome =
  /** 仍操办 (held anyway) */
  | 'HELD'
  /** 已劝导 (persuaded) */
  | 'PERSUADED'
  /** 已简办 (reduced) */
  | 'REDUCED'
  /** 已劝止 (stopped) */
  | 'STOPPED';

/** IssueItemCategory is enum for the field category */
export type IssueItemCategory =
  /** 移风易俗 (changing customs) */
  | 'CUSTOMS'
  /** 矛盾纠纷调处 (dispute mediation) */
  | 'DISPUTE'
  /** 人居环境整治 (living environment) */
  | 'LIVING_ENVIRONMENT'
  /** 公益设施维护 (public-facility upkeep) */
  | 'PUBLIC_FACILITY';

/** Ordering options for IssueItem connections */
export type IssueItemOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order IssueItems. */
  field: IssueItemOrderField;
};

/** Properties by which IssueItem connections can be ordered. */
export type IssueItemOrderField =
  | 'CODE'
  | 'CREATED_AT'
  | 'NAME'
  | 'UPDATED_AT';

/** Which IssueItem to change, and how. */
export type IssueItemPatch = {
  /** ID of the record to change. */
  id: Scalars['ID']['input'];
  /** Fields to change. */
  set: UpdateIssueItemInput;
};

/**
 * IssueItemWhereInput is used for filtering IssueItem objects.
 * Input was generated by ent.
 */
export type IssueItemWhereInput = {
  /** Matches records that match all of these filters. */
  and?: InputMaybe<Array<IssueItemWhereInput>>;
  /** category field predicates */
  category?: InputMaybe<IssueItemCategory>;
  /** Matches records whose category is one of the values. */
  categoryIn?: InputMaybe<Array<IssueItemCategory>>;
  /** Matches records whose category differs from the value. */
  categoryNEQ?: InputMaybe<IssueItemCategory>;
  /** Matches records whose category is none of the values. */
  categoryNotIn?: InputMaybe<Array<IssueItemCategory>>;
  /** code field predicates */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code contains the value. */
  codeContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code contains the value, ignoring case. */
  codeContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code equals the value, ignoring case. */
  codeEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code is greater than the value. */
  codeGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code is greater than or equal to the value. */
  codeGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code starts with the value. */
  codeHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code ends with the value. */
  codeHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code is one of the values. */
  codeIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose code is less than the value. */
  codeLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code is less than or equal to the value. */
  codeLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code differs from the value. */
  codeNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code is none of the values. */
  codeNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than the value. */
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than or equal to the value. */
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is one of the values. */
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose createdAt is less than the value. */
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is less than or equal to the value. */
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt differs from the value. */
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is none of the values. */
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** issues edge predicates */
  hasIssues?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one issues (matching the filter, for hasXWith). */
  hasIssuesWith?: InputMaybe<Array<IssueWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than the value. */
  idGT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than or equal to the value. */
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is one of the values. */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose id is less than the value. */
  idLT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is less than or equal to the value. */
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id differs from the value. */
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is none of the values. */
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** name field predicates */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name contains the value. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name contains the value, ignoring case. */
  nameContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name equals the value, ignoring case. */
  nameEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is greater than the value. */
  nameGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is greater than or equal to the value. */
  nameGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name starts with the value. */
  nameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name ends with the value. */
  nameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is one of the values. */
  nameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose name is less than the value. */
  nameLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is less than or equal to the value. */
  nameLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name differs from the value. */
  nameNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is none of the values. */
  nameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches IssueItem records that do not match this filter. */
  not?: InputMaybe<IssueItemWhereInput>;
  /** Matches records that match any of these filters. */
  or?: InputMaybe<Array<IssueItemWhereInput>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than the value. */
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than or equal to the value. */
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is one of the values. */
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose updatedAt is less than the value. */
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is less than or equal to the value. */
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt differs from the value. */
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is none of the values. */
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
};

/** Ordering options for Issue connections */
export type IssueOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Issues. */
  field: IssueOrderField;
};

/** Properties by which Issue connections can be ordered. */
export type IssueOrderField =
  | 'CATEGORY'
  | 'COLLECTED_AT'
  | 'CREATED_AT'
  | 'DECIDED_AT'
  | 'EMERGENCY_AT'
  | 'STAGE'
  | 'TITLE'
  | 'UPDATED_AT';

/** Ordering options for IssueParty connections */
export type IssuePartyOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order IssueParties. */
  field: IssuePartyOrderField;
};

/** Properties by which IssueParty connections can be ordered. */
export type IssuePartyOrderField =
  | 'CREATED_AT'
  | 'UPDATED_AT';

/**
 * IssuePartyWhereInput is used for filtering IssueParty objects.
 * Input was generated by ent.
 */
export type IssuePartyWhereInput = {
  /** Matches records that match all of these filters. */
  and?: InputMaybe<Array<IssuePartyWhereInput>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than the value. */
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than or equal to the value. */
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is one of the values. */
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose createdAt is less than the value. */
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is less than or equal to the value. */
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt differs from the value. */
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is none of the values. */
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** issue edge predicates */
  hasIssue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one issue (matching the filter, for hasXWith). */
  hasIssueWith?: InputMaybe<Array<IssueWhereInput>>;
  /** resident edge predicates */
  hasResident?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one resident (matching the filter, for hasXWith). */
  hasResidentWith?: InputMaybe<Array<ResidentWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than the value. */
  idGT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than or equal to the value. */
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is one of the values. */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose id is less than the value. */
  idLT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is less than or equal to the value. */
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id differs from the value. */
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is none of the values. */
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** issue_id field predicates */
  issueID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose issueID is one of the values. */
  issueIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose issueID differs from the value. */
  issueIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose issueID is none of the values. */
  issueIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches IssueParty records that do not match this filter. */
  not?: InputMaybe<IssuePartyWhereInput>;
  /** Matches records that match any of these filters. */
  or?: InputMaybe<Array<IssuePartyWhereInput>>;
  /** resident_id field predicates */
  residentID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose residentID is one of the values. */
  residentIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose residentID differs from the value. */
  residentIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose residentID is none of the values. */
  residentIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than the value. */
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than or equal to the value. */
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is one of the values. */
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose updatedAt is less than the value. */
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is less than or equal to the value. */
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt differs from the value. */
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is none of the values. */
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
};

/** IssueStage is enum for the field stage */
export type IssueStage =
  /** 已关闭 (closed) */
  | 'CLOSED'
  /** 收集 (collected) */
  | 'COLLECTED'
  /** 确定 (confirmed) */
  | 'CONFIRMED'
  /** 议定 (decided) */
  | 'DECIDED'
  /** 评价 (evaluated) */
  | 'EVALUATED'
  /** 执行 (executed) */
  | 'EXECUTED'
  /** 走访 (visited) */
  | 'VISITED';

/** Ordering options for IssueStep connections */
export type IssueStepOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order IssueSteps. */
  field: IssueStepOrderField;
};

/** Properties by which IssueStep connections can be ordered. */
export type IssueStepOrderField =
  | 'AT'
  | 'CREATED_AT'
  | 'STEP'
  | 'UPDATED_AT';

/** IssueStepStep is enum for the field step */
export type IssueStepStep =
  /** 确定 (confirmed) */
  | 'CONFIRMED'
  /** 议定 (decided) */
  | 'DECIDED'
  /** 不予受理 (dismissed) */
  | 'DISMISSED'
  /** 应急处置 (emergency action) */
  | 'EMERGENCY'
  /** 上报村社 (escalated) */
  | 'ESCALATED'
  /** 村社审批 (escalation approved) */
  | 'ESCALATION_APPROVED'
  /** 评价 (evaluated) */
  | 'EVALUATED'
  /** 执行 (executed) */
  | 'EXECUTED'
  /** 收集 (raised) */
  | 'RAISED'
  /** 走访 (visited) */
  | 'VISITED';

/**
 * IssueStepWhereInput is used for filtering IssueStep objects.
 * Input was generated by ent.
 */
export type IssueStepWhereInput = {
  /** actor_id field predicates */
  actorID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose actorID is one of the values. */
  actorIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose actorID is not set. */
  actorIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose actorID differs from the value. */
  actorIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose actorID is none of the values. */
  actorIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose actorID is set. */
  actorIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** actor_name field predicates */
  actorName?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose actorName contains the value. */
  actorNameContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose actorName contains the value, ignoring case. */
  actorNameContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose actorName equals the value, ignoring case. */
  actorNameEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose actorName is greater than the value. */
  actorNameGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose actorName is greater than or equal to the value. */
  actorNameGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose actorName starts with the value. */
  actorNameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose actorName ends with the value. */
  actorNameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose actorName is one of the values. */
  actorNameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose actorName is not set. */
  actorNameIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose actorName is less than the value. */
  actorNameLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose actorName is less than or equal to the value. */
  actorNameLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose actorName differs from the value. */
  actorNameNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose actorName is none of the values. */
  actorNameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose actorName is set. */
  actorNameNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** actor_role field predicates */
  actorRole?: InputMaybe<UserRole>;
  /** Matches records whose actorRole is one of the values. */
  actorRoleIn?: InputMaybe<Array<UserRole>>;
  /** Matches records whose actorRole is not set. */
  actorRoleIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose actorRole differs from the value. */
  actorRoleNEQ?: InputMaybe<UserRole>;
  /** Matches records whose actorRole is none of the values. */
  actorRoleNotIn?: InputMaybe<Array<UserRole>>;
  /** Matches records whose actorRole is set. */
  actorRoleNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records that match all of these filters. */
  and?: InputMaybe<Array<IssueStepWhereInput>>;
  /** at field predicates */
  at?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose at is greater than the value. */
  atGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose at is greater than or equal to the value. */
  atGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose at is one of the values. */
  atIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose at is less than the value. */
  atLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose at is less than or equal to the value. */
  atLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose at differs from the value. */
  atNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose at is none of the values. */
  atNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** courtyard_id field predicates */
  courtyardID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose courtyardID is one of the values. */
  courtyardIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose courtyardID differs from the value. */
  courtyardIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose courtyardID is none of the values. */
  courtyardIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than the value. */
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than or equal to the value. */
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is one of the values. */
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose createdAt is less than the value. */
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is less than or equal to the value. */
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt differs from the value. */
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is none of the values. */
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** actor edge predicates */
  hasActor?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one actor (matching the filter, for hasXWith). */
  hasActorWith?: InputMaybe<Array<UserWhereInput>>;
  /** courtyard edge predicates */
  hasCourtyard?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one courtyard (matching the filter, for hasXWith). */
  hasCourtyardWith?: InputMaybe<Array<CourtyardWhereInput>>;
  /** issue edge predicates */
  hasIssue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one issue (matching the filter, for hasXWith). */
  hasIssueWith?: InputMaybe<Array<IssueWhereInput>>;
  /** photos edge predicates */
  hasPhotos?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one photos (matching the filter, for hasXWith). */
  hasPhotosWith?: InputMaybe<Array<PhotoWhereInput>>;
  /** town edge predicates */
  hasTown?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one town (matching the filter, for hasXWith). */
  hasTownWith?: InputMaybe<Array<TownWhereInput>>;
  /** village edge predicates */
  hasVillage?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one village (matching the filter, for hasXWith). */
  hasVillageWith?: InputMaybe<Array<VillageWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than the value. */
  idGT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than or equal to the value. */
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is one of the values. */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose id is less than the value. */
  idLT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is less than or equal to the value. */
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id differs from the value. */
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is none of the values. */
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** issue_id field predicates */
  issueID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose issueID is one of the values. */
  issueIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose issueID differs from the value. */
  issueIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose issueID is none of the values. */
  issueIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches IssueStep records that do not match this filter. */
  not?: InputMaybe<IssueStepWhereInput>;
  /** note field predicates */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose note contains the value. */
  noteContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose note contains the value, ignoring case. */
  noteContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose note equals the value, ignoring case. */
  noteEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose note is greater than the value. */
  noteGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose note is greater than or equal to the value. */
  noteGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose note starts with the value. */
  noteHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose note ends with the value. */
  noteHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose note is one of the values. */
  noteIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose note is not set. */
  noteIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose note is less than the value. */
  noteLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose note is less than or equal to the value. */
  noteLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose note differs from the value. */
  noteNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose note is none of the values. */
  noteNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose note is set. */
  noteNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** notes field predicates */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose notes contains the value. */
  notesContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose notes contains the value, ignoring case. */
  notesContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose notes equals the value, ignoring case. */
  notesEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose notes is greater than the value. */
  notesGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose notes is greater than or equal to the value. */
  notesGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose notes starts with the value. */
  notesHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose notes ends with the value. */
  notesHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose notes is one of the values. */
  notesIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose notes is not set. */
  notesIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose notes is less than the value. */
  notesLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose notes is less than or equal to the value. */
  notesLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose notes differs from the value. */
  notesNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose notes is none of the values. */
  notesNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose notes is set. */
  notesNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records that match any of these filters. */
  or?: InputMaybe<Array<IssueStepWhereInput>>;
  /** ratified field predicates */
  ratified?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose ratified is not set. */
  ratifiedIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose ratified differs from the value. */
  ratifiedNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose ratified is set. */
  ratifiedNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** recorded_at field predicates */
  recordedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose recordedAt is greater than the value. */
  recordedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose recordedAt is greater than or equal to the value. */
  recordedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose recordedAt is one of the values. */
  recordedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose recordedAt is less than the value. */
  recordedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose recordedAt is less than or equal to the value. */
  recordedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose recordedAt differs from the value. */
  recordedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose recordedAt is none of the values. */
  recordedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** step field predicates */
  step?: InputMaybe<IssueStepStep>;
  /** Matches records whose step is one of the values. */
  stepIn?: InputMaybe<Array<IssueStepStep>>;
  /** Matches records whose step differs from the value. */
  stepNEQ?: InputMaybe<IssueStepStep>;
  /** Matches records whose step is none of the values. */
  stepNotIn?: InputMaybe<Array<IssueStepStep>>;
  /** town_id field predicates */
  townID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose townID is one of the values. */
  townIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose townID differs from the value. */
  townIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose townID is none of the values. */
  townIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than the value. */
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than or equal to the value. */
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is one of the values. */
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose updatedAt is less than the value. */
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is less than or equal to the value. */
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt differs from the value. */
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is none of the values. */
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** village_id field predicates */
  villageID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose villageID is one of the values. */
  villageIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose villageID differs from the value. */
  villageIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose villageID is none of the values. */
  villageIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/**
 * IssueWhereInput is used for filtering Issue objects.
 * Input was generated by ent.
 */
export type IssueWhereInput = {
  /** Matches records that match all of these filters. */
  and?: InputMaybe<Array<IssueWhereInput>>;
  /** category field predicates */
  category?: InputMaybe<IssueCategory>;
  /** Matches records whose category is one of the values. */
  categoryIn?: InputMaybe<Array<IssueCategory>>;
  /** Matches records whose category differs from the value. */
  categoryNEQ?: InputMaybe<IssueCategory>;
  /** Matches records whose category is none of the values. */
  categoryNotIn?: InputMaybe<Array<IssueCategory>>;
  /** close_reason field predicates */
  closeReason?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose closeReason contains the value. */
  closeReasonContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose closeReason contains the value, ignoring case. */
  closeReasonContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose closeReason equals the value, ignoring case. */
  closeReasonEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose closeReason is greater than the value. */
  closeReasonGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose closeReason is greater than or equal to the value. */
  closeReasonGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose closeReason starts with the value. */
  closeReasonHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose closeReason ends with the value. */
  closeReasonHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose closeReason is one of the values. */
  closeReasonIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose closeReason is not set. */
  closeReasonIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose closeReason is less than the value. */
  closeReasonLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose closeReason is less than or equal to the value. */
  closeReasonLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose closeReason differs from the value. */
  closeReasonNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose closeReason is none of the values. */
  closeReasonNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose closeReason is set. */
  closeReasonNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** closed_at field predicates */
  closedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose closedAt is greater than the value. */
  closedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose closedAt is greater than or equal to the value. */
  closedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose closedAt is one of the values. */
  closedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose closedAt is not set. */
  closedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose closedAt is less than the value. */
  closedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose closedAt is less than or equal to the value. */
  closedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose closedAt differs from the value. */
  closedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose closedAt is none of the values. */
  closedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose closedAt is set. */
  closedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** collected_at field predicates */
  collectedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose collectedAt is greater than the value. */
  collectedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose collectedAt is greater than or equal to the value. */
  collectedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose collectedAt is one of the values. */
  collectedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose collectedAt is less than the value. */
  collectedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose collectedAt is less than or equal to the value. */
  collectedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose collectedAt differs from the value. */
  collectedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose collectedAt is none of the values. */
  collectedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** collective_fund_fen field predicates */
  collectiveFundFen?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose collectiveFundFen is greater than the value. */
  collectiveFundFenGT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose collectiveFundFen is greater than or equal to the value. */
  collectiveFundFenGTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose collectiveFundFen is one of the values. */
  collectiveFundFenIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose collectiveFundFen is not set. */
  collectiveFundFenIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose collectiveFundFen is less than the value. */
  collectiveFundFenLT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose collectiveFundFen is less than or equal to the value. */
  collectiveFundFenLTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose collectiveFundFen differs from the value. */
  collectiveFundFenNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose collectiveFundFen is none of the values. */
  collectiveFundFenNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose collectiveFundFen is set. */
  collectiveFundFenNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** confirmed_at field predicates */
  confirmedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose confirmedAt is greater than the value. */
  confirmedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose confirmedAt is greater than or equal to the value. */
  confirmedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose confirmedAt is one of the values. */
  confirmedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose confirmedAt is not set. */
  confirmedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose confirmedAt is less than the value. */
  confirmedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose confirmedAt is less than or equal to the value. */
  confirmedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose confirmedAt differs from the value. */
  confirmedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose confirmedAt is none of the values. */
  confirmedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose confirmedAt is set. */
  confirmedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** cost_fen field predicates */
  costFen?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose costFen is greater than the value. */
  costFenGT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose costFen is greater than or equal to the value. */
  costFenGTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose costFen is one of the values. */
  costFenIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose costFen is not set. */
  costFenIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose costFen is less than the value. */
  costFenLT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose costFen is less than or equal to the value. */
  costFenLTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose costFen differs from the value. */
  costFenNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose costFen is none of the values. */
  costFenNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose costFen is set. */
  costFenNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** courtyard_id field predicates */
  courtyardID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose courtyardID is one of the values. */
  courtyardIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose courtyardID differs from the value. */
  courtyardIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose courtyardID is none of the values. */
  courtyardIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than the value. */
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than or equal to the value. */
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is one of the values. */
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose createdAt is less than the value. */
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is less than or equal to the value. */
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt differs from the value. */
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is none of the values. */
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** custom_change field predicates */
  customChange?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose customChange contains the value. */
  customChangeContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose customChange contains the value, ignoring case. */
  customChangeContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose customChange equals the value, ignoring case. */
  customChangeEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose customChange is greater than the value. */
  customChangeGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose customChange is greater than or equal to the value. */
  customChangeGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose customChange starts with the value. */
  customChangeHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose customChange ends with the value. */
  customChangeHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose customChange is one of the values. */
  customChangeIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose customChange is not set. */
  customChangeIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose customChange is less than the value. */
  customChangeLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose customChange is less than or equal to the value. */
  customChangeLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose customChange differs from the value. */
  customChangeNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose customChange is none of the values. */
  customChangeNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose customChange is set. */
  customChangeNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** custom_outcome field predicates */
  customOutcome?: InputMaybe<IssueCustomOutcome>;
  /** Matches records whose customOutcome is one of the values. */
  customOutcomeIn?: InputMaybe<Array<IssueCustomOutcome>>;
  /** Matches records whose customOutcome is not set. */
  customOutcomeIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose customOutcome differs from the value. */
  customOutcomeNEQ?: InputMaybe<IssueCustomOutcome>;
  /** Matches records whose customOutcome is none of the values. */
  customOutcomeNotIn?: InputMaybe<Array<IssueCustomOutcome>>;
  /** Matches records whose customOutcome is set. */
  customOutcomeNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** decided_at field predicates */
  decidedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose decidedAt is greater than the value. */
  decidedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose decidedAt is greater than or equal to the value. */
  decidedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose decidedAt is one of the values. */
  decidedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose decidedAt is not set. */
  decidedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose decidedAt is less than the value. */
  decidedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose decidedAt is less than or equal to the value. */
  decidedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose decidedAt differs from the value. */
  decidedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose decidedAt is none of the values. */
  decidedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose decidedAt is set. */
  decidedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** decision field predicates */
  decision?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose decision contains the value. */
  decisionContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose decision contains the value, ignoring case. */
  decisionContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose decision equals the value, ignoring case. */
  decisionEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose decision is greater than the value. */
  decisionGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose decision is greater than or equal to the value. */
  decisionGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose decision starts with the value. */
  decisionHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose decision ends with the value. */
  decisionHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose decision is one of the values. */
  decisionIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose decision is not set. */
  decisionIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose decision is less than the value. */
  decisionLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose decision is less than or equal to the value. */
  decisionLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose decision differs from the value. */
  decisionNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose decision is none of the values. */
  decisionNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose decision is set. */
  decisionNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** description field predicates */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose description contains the value. */
  descriptionContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose description contains the value, ignoring case. */
  descriptionContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose description equals the value, ignoring case. */
  descriptionEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose description is greater than the value. */
  descriptionGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose description is greater than or equal to the value. */
  descriptionGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose description starts with the value. */
  descriptionHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose description ends with the value. */
  descriptionHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose description is one of the values. */
  descriptionIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose description is not set. */
  descriptionIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose description is less than the value. */
  descriptionLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose description is less than or equal to the value. */
  descriptionLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose description differs from the value. */
  descriptionNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose description is none of the values. */
  descriptionNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose description is set. */
  descriptionNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** emergency_action field predicates */
  emergencyAction?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose emergencyAction contains the value. */
  emergencyActionContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose emergencyAction contains the value, ignoring case. */
  emergencyActionContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose emergencyAction equals the value, ignoring case. */
  emergencyActionEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose emergencyAction is greater than the value. */
  emergencyActionGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose emergencyAction is greater than or equal to the value. */
  emergencyActionGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose emergencyAction starts with the value. */
  emergencyActionHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose emergencyAction ends with the value. */
  emergencyActionHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose emergencyAction is one of the values. */
  emergencyActionIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose emergencyAction is not set. */
  emergencyActionIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose emergencyAction is less than the value. */
  emergencyActionLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose emergencyAction is less than or equal to the value. */
  emergencyActionLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose emergencyAction differs from the value. */
  emergencyActionNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose emergencyAction is none of the values. */
  emergencyActionNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose emergencyAction is set. */
  emergencyActionNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** emergency_at field predicates */
  emergencyAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose emergencyAt is greater than the value. */
  emergencyAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose emergencyAt is greater than or equal to the value. */
  emergencyAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose emergencyAt is one of the values. */
  emergencyAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose emergencyAt is not set. */
  emergencyAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose emergencyAt is less than the value. */
  emergencyAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose emergencyAt is less than or equal to the value. */
  emergencyAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose emergencyAt differs from the value. */
  emergencyAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose emergencyAt is none of the values. */
  emergencyAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose emergencyAt is set. */
  emergencyAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** escalated_at field predicates */
  escalatedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose escalatedAt is greater than the value. */
  escalatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose escalatedAt is greater than or equal to the value. */
  escalatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose escalatedAt is one of the values. */
  escalatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose escalatedAt is not set. */
  escalatedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose escalatedAt is less than the value. */
  escalatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose escalatedAt is less than or equal to the value. */
  escalatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose escalatedAt differs from the value. */
  escalatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose escalatedAt is none of the values. */
  escalatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose escalatedAt is set. */
  escalatedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** escalation_approved_at field predicates */
  escalationApprovedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose escalationApprovedAt is greater than the value. */
  escalationApprovedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose escalationApprovedAt is greater than or equal to the value. */
  escalationApprovedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose escalationApprovedAt is one of the values. */
  escalationApprovedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose escalationApprovedAt is not set. */
  escalationApprovedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose escalationApprovedAt is less than the value. */
  escalationApprovedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose escalationApprovedAt is less than or equal to the value. */
  escalationApprovedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose escalationApprovedAt differs from the value. */
  escalationApprovedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose escalationApprovedAt is none of the values. */
  escalationApprovedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose escalationApprovedAt is set. */
  escalationApprovedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** evaluated_at field predicates */
  evaluatedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose evaluatedAt is greater than the value. */
  evaluatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose evaluatedAt is greater than or equal to the value. */
  evaluatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose evaluatedAt is one of the values. */
  evaluatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose evaluatedAt is not set. */
  evaluatedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose evaluatedAt is less than the value. */
  evaluatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose evaluatedAt is less than or equal to the value. */
  evaluatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose evaluatedAt differs from the value. */
  evaluatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose evaluatedAt is none of the values. */
  evaluatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose evaluatedAt is set. */
  evaluatedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** executed_at field predicates */
  executedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose executedAt is greater than the value. */
  executedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose executedAt is greater than or equal to the value. */
  executedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose executedAt is one of the values. */
  executedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose executedAt is not set. */
  executedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose executedAt is less than the value. */
  executedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose executedAt is less than or equal to the value. */
  executedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose executedAt differs from the value. */
  executedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose executedAt is none of the values. */
  executedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose executedAt is set. */
  executedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** executed_by field predicates */
  executedBy?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose executedBy contains the value. */
  executedByContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose executedBy contains the value, ignoring case. */
  executedByContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose executedBy equals the value, ignoring case. */
  executedByEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose executedBy is greater than the value. */
  executedByGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose executedBy is greater than or equal to the value. */
  executedByGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose executedBy starts with the value. */
  executedByHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose executedBy ends with the value. */
  executedByHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose executedBy is one of the values. */
  executedByIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose executedBy is not set. */
  executedByIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose executedBy is less than the value. */
  executedByLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose executedBy is less than or equal to the value. */
  executedByLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose executedBy differs from the value. */
  executedByNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose executedBy is none of the values. */
  executedByNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose executedBy is set. */
  executedByNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** fund_purpose field predicates */
  fundPurpose?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose fundPurpose contains the value. */
  fundPurposeContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose fundPurpose contains the value, ignoring case. */
  fundPurposeContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose fundPurpose equals the value, ignoring case. */
  fundPurposeEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose fundPurpose is greater than the value. */
  fundPurposeGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose fundPurpose is greater than or equal to the value. */
  fundPurposeGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose fundPurpose starts with the value. */
  fundPurposeHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose fundPurpose ends with the value. */
  fundPurposeHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose fundPurpose is one of the values. */
  fundPurposeIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose fundPurpose is not set. */
  fundPurposeIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose fundPurpose is less than the value. */
  fundPurposeLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose fundPurpose is less than or equal to the value. */
  fundPurposeLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose fundPurpose differs from the value. */
  fundPurposeNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose fundPurpose is none of the values. */
  fundPurposeNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose fundPurpose is set. */
  fundPurposeNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** courtyard edge predicates */
  hasCourtyard?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one courtyard (matching the filter, for hasXWith). */
  hasCourtyardWith?: InputMaybe<Array<CourtyardWhereInput>>;
  /** ideas edge predicates */
  hasIdeas?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one ideas (matching the filter, for hasXWith). */
  hasIdeasWith?: InputMaybe<Array<IdeaWhereInput>>;
  /** item edge predicates */
  hasItem?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one item (matching the filter, for hasXWith). */
  hasItemWith?: InputMaybe<Array<IssueItemWhereInput>>;
  /** parties edge predicates */
  hasParties?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one parties (matching the filter, for hasXWith). */
  hasPartiesWith?: InputMaybe<Array<IssuePartyWhereInput>>;
  /** raised_by edge predicates */
  hasRaisedBy?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one raisedBy (matching the filter, for hasXWith). */
  hasRaisedByWith?: InputMaybe<Array<ResidentWhereInput>>;
  /** sessions edge predicates */
  hasSessions?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one sessions (matching the filter, for hasXWith). */
  hasSessionsWith?: InputMaybe<Array<SessionWhereInput>>;
  /** steps edge predicates */
  hasSteps?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one steps (matching the filter, for hasXWith). */
  hasStepsWith?: InputMaybe<Array<IssueStepWhereInput>>;
  /** town edge predicates */
  hasTown?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one town (matching the filter, for hasXWith). */
  hasTownWith?: InputMaybe<Array<TownWhereInput>>;
  /** village edge predicates */
  hasVillage?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one village (matching the filter, for hasXWith). */
  hasVillageWith?: InputMaybe<Array<VillageWhereInput>>;
  /** households_visited field predicates */
  householdsVisited?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose householdsVisited is greater than the value. */
  householdsVisitedGT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose householdsVisited is greater than or equal to the value. */
  householdsVisitedGTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose householdsVisited is one of the values. */
  householdsVisitedIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose householdsVisited is not set. */
  householdsVisitedIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose householdsVisited is less than the value. */
  householdsVisitedLT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose householdsVisited is less than or equal to the value. */
  householdsVisitedLTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose householdsVisited differs from the value. */
  householdsVisitedNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose householdsVisited is none of the values. */
  householdsVisitedNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose householdsVisited is set. */
  householdsVisitedNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than the value. */
  idGT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than or equal to the value. */
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is one of the values. */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose id is less than the value. */
  idLT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is less than or equal to the value. */
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id differs from the value. */
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is none of the values. */
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** item_id field predicates */
  itemID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose itemID is one of the values. */
  itemIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose itemID is not set. */
  itemIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose itemID differs from the value. */
  itemIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose itemID is none of the values. */
  itemIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose itemID is set. */
  itemIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** mediation_result field predicates */
  mediationResult?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose mediationResult contains the value. */
  mediationResultContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose mediationResult contains the value, ignoring case. */
  mediationResultContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose mediationResult equals the value, ignoring case. */
  mediationResultEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose mediationResult is greater than the value. */
  mediationResultGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose mediationResult is greater than or equal to the value. */
  mediationResultGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose mediationResult starts with the value. */
  mediationResultHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose mediationResult ends with the value. */
  mediationResultHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose mediationResult is one of the values. */
  mediationResultIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose mediationResult is not set. */
  mediationResultIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose mediationResult is less than the value. */
  mediationResultLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose mediationResult is less than or equal to the value. */
  mediationResultLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose mediationResult differs from the value. */
  mediationResultNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose mediationResult is none of the values. */
  mediationResultNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose mediationResult is set. */
  mediationResultNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches Issue records that do not match this filter. */
  not?: InputMaybe<IssueWhereInput>;
  /** Matches records that match any of these filters. */
  or?: InputMaybe<Array<IssueWhereInput>>;
  /** outcome field predicates */
  outcome?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose outcome contains the value. */
  outcomeContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose outcome contains the value, ignoring case. */
  outcomeContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose outcome equals the value, ignoring case. */
  outcomeEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose outcome is greater than the value. */
  outcomeGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose outcome is greater than or equal to the value. */
  outcomeGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose outcome starts with the value. */
  outcomeHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose outcome ends with the value. */
  outcomeHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose outcome is one of the values. */
  outcomeIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose outcome is not set. */
  outcomeIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose outcome is less than the value. */
  outcomeLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose outcome is less than or equal to the value. */
  outcomeLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose outcome differs from the value. */
  outcomeNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose outcome is none of the values. */
  outcomeNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose outcome is set. */
  outcomeNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** raised_by_id field predicates */
  raisedByID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose raisedByID is one of the values. */
  raisedByIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose raisedByID is not set. */
  raisedByIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose raisedByID differs from the value. */
  raisedByIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose raisedByID is none of the values. */
  raisedByIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose raisedByID is set. */
  raisedByIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** satisfied field predicates */
  satisfied?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose satisfied is not set. */
  satisfiedIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose satisfied differs from the value. */
  satisfiedNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose satisfied is set. */
  satisfiedNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** scope field predicates */
  scope?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose scope contains the value. */
  scopeContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose scope contains the value, ignoring case. */
  scopeContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose scope equals the value, ignoring case. */
  scopeEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose scope is greater than the value. */
  scopeGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose scope is greater than or equal to the value. */
  scopeGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose scope starts with the value. */
  scopeHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose scope ends with the value. */
  scopeHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose scope is one of the values. */
  scopeIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose scope is not set. */
  scopeIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose scope is less than the value. */
  scopeLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose scope is less than or equal to the value. */
  scopeLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose scope differs from the value. */
  scopeNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose scope is none of the values. */
  scopeNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose scope is set. */
  scopeNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** stage field predicates */
  stage?: InputMaybe<IssueStage>;
  /** Matches records whose stage is one of the values. */
  stageIn?: InputMaybe<Array<IssueStage>>;
  /** Matches records whose stage differs from the value. */
  stageNEQ?: InputMaybe<IssueStage>;
  /** Matches records whose stage is none of the values. */
  stageNotIn?: InputMaybe<Array<IssueStage>>;
  /** title field predicates */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose title contains the value. */
  titleContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose title contains the value, ignoring case. */
  titleContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose title equals the value, ignoring case. */
  titleEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose title is greater than the value. */
  titleGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose title is greater than or equal to the value. */
  titleGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose title starts with the value. */
  titleHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose title ends with the value. */
  titleHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose title is one of the values. */
  titleIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose title is less than the value. */
  titleLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose title is less than or equal to the value. */
  titleLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose title differs from the value. */
  titleNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose title is none of the values. */
  titleNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** town_id field predicates */
  townID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose townID is one of the values. */
  townIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose townID differs from the value. */
  townIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose townID is none of the values. */
  townIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than the value. */
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than or equal to the value. */
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is one of the values. */
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose updatedAt is less than the value. */
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is less than or equal to the value. */
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt differs from the value. */
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is none of the values. */
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** version field predicates */
  version?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose version is greater than the value. */
  versionGT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose version is greater than or equal to the value. */
  versionGTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose version is one of the values. */
  versionIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose version is less than the value. */
  versionLT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose version is less than or equal to the value. */
  versionLTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose version differs from the value. */
  versionNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose version is none of the values. */
  versionNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** village_id field predicates */
  villageID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose villageID is one of the values. */
  villageIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose villageID differs from the value. */
  villageIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose villageID is none of the values. */
  villageIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** visit_notes field predicates */
  visitNotes?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose visitNotes contains the value. */
  visitNotesContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose visitNotes contains the value, ignoring case. */
  visitNotesContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose visitNotes equals the value, ignoring case. */
  visitNotesEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose visitNotes is greater than the value. */
  visitNotesGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose visitNotes is greater than or equal to the value. */
  visitNotesGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose visitNotes starts with the value. */
  visitNotesHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose visitNotes ends with the value. */
  visitNotesHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose visitNotes is one of the values. */
  visitNotesIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose visitNotes is not set. */
  visitNotesIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose visitNotes is less than the value. */
  visitNotesLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose visitNotes is less than or equal to the value. */
  visitNotesLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose visitNotes differs from the value. */
  visitNotesNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose visitNotes is none of the values. */
  visitNotesNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose visitNotes is set. */
  visitNotesNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** visited_at field predicates */
  visitedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose visitedAt is greater than the value. */
  visitedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose visitedAt is greater than or equal to the value. */
  visitedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose visitedAt is one of the values. */
  visitedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose visitedAt is not set. */
  visitedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose visitedAt is less than the value. */
  visitedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose visitedAt is less than or equal to the value. */
  visitedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose visitedAt differs from the value. */
  visitedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose visitedAt is none of the values. */
  visitedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose visitedAt is set. */
  visitedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** votes_abstain field predicates */
  votesAbstain?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesAbstain is greater than the value. */
  votesAbstainGT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesAbstain is greater than or equal to the value. */
  votesAbstainGTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesAbstain is one of the values. */
  votesAbstainIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose votesAbstain is not set. */
  votesAbstainIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose votesAbstain is less than the value. */
  votesAbstainLT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesAbstain is less than or equal to the value. */
  votesAbstainLTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesAbstain differs from the value. */
  votesAbstainNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesAbstain is none of the values. */
  votesAbstainNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose votesAbstain is set. */
  votesAbstainNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** votes_against field predicates */
  votesAgainst?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesAgainst is greater than the value. */
  votesAgainstGT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesAgainst is greater than or equal to the value. */
  votesAgainstGTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesAgainst is one of the values. */
  votesAgainstIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose votesAgainst is not set. */
  votesAgainstIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose votesAgainst is less than the value. */
  votesAgainstLT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesAgainst is less than or equal to the value. */
  votesAgainstLTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesAgainst differs from the value. */
  votesAgainstNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesAgainst is none of the values. */
  votesAgainstNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose votesAgainst is set. */
  votesAgainstNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** votes_for field predicates */
  votesFor?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesFor is greater than the value. */
  votesForGT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesFor is greater than or equal to the value. */
  votesForGTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesFor is one of the values. */
  votesForIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose votesFor is not set. */
  votesForIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose votesFor is less than the value. */
  votesForLT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesFor is less than or equal to the value. */
  votesForLTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesFor differs from the value. */
  votesForNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesFor is none of the values. */
  votesForNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose votesFor is set. */
  votesForNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** votes_present field predicates */
  votesPresent?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesPresent is greater than the value. */
  votesPresentGT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesPresent is greater than or equal to the value. */
  votesPresentGTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesPresent is one of the values. */
  votesPresentIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose votesPresent is not set. */
  votesPresentIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose votesPresent is less than the value. */
  votesPresentLT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesPresent is less than or equal to the value. */
  votesPresentLTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesPresent differs from the value. */
  votesPresentNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesPresent is none of the values. */
  votesPresentNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose votesPresent is set. */
  votesPresentNotNil?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Ordering options for LectureTopic connections */
export type LectureTopicOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order LectureTopics. */
  field: LectureTopicOrderField;
};

/** Properties by which LectureTopic connections can be ordered. */
export type LectureTopicOrderField =
  | 'CODE'
  | 'CREATED_AT'
  | 'NAME'
  | 'POSITION'
  | 'UPDATED_AT';

/**
 * LectureTopicWhereInput is used for filtering LectureTopic objects.
 * Input was generated by ent.
 */
export type LectureTopicWhereInput = {
  /** active field predicates */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose active differs from the value. */
  activeNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records that match all of these filters. */
  and?: InputMaybe<Array<LectureTopicWhereInput>>;
  /** code field predicates */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code contains the value. */
  codeContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code contains the value, ignoring case. */
  codeContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code equals the value, ignoring case. */
  codeEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code is greater than the value. */
  codeGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code is greater than or equal to the value. */
  codeGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code starts with the value. */
  codeHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code ends with the value. */
  codeHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code is one of the values. */
  codeIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose code is less than the value. */
  codeLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code is less than or equal to the value. */
  codeLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code differs from the value. */
  codeNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code is none of the values. */
  codeNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than the value. */
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than or equal to the value. */
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is one of the values. */
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose createdAt is less than the value. */
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is less than or equal to the value. */
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt differs from the value. */
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is none of the values. */
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** district_id field predicates */
  districtID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose districtID is one of the values. */
  districtIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose districtID differs from the value. */
  districtIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose districtID is none of the values. */
  districtIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** district edge predicates */
  hasDistrict?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one district (matching the filter, for hasXWith). */
  hasDistrictWith?: InputMaybe<Array<DistrictWhereInput>>;
  /** quarter_themes edge predicates */
  hasQuarterThemes?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one quarterThemes (matching the filter, for hasXWith). */
  hasQuarterThemesWith?: InputMaybe<Array<QuarterThemeWhereInput>>;
  /** sessions edge predicates */
  hasSessions?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one sessions (matching the filter, for hasXWith). */
  hasSessionsWith?: InputMaybe<Array<SessionWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than the value. */
  idGT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than or equal to the value. */
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is one of the values. */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose id is less than the value. */
  idLT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is less than or equal to the value. */
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id differs from the value. */
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is none of the values. */
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** name field predicates */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name contains the value. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name contains the value, ignoring case. */
  nameContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** name_en field predicates */
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose nameEn contains the value. */
  nameEnContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose nameEn contains the value, ignoring case. */
  nameEnContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose nameEn equals the value, ignoring case. */
  nameEnEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose nameEn is greater than the value. */
  nameEnGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose nameEn is greater than or equal to the value. */
  nameEnGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose nameEn starts with the value. */
  nameEnHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose nameEn ends with the value. */
  nameEnHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose nameEn is one of the values. */
  nameEnIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose nameEn is not set. */
  nameEnIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose nameEn is less than the value. */
  nameEnLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose nameEn is less than or equal to the value. */
  nameEnLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose nameEn differs from the value. */
  nameEnNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose nameEn is none of the values. */
  nameEnNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose nameEn is set. */
  nameEnNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose name equals the value, ignoring case. */
  nameEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is greater than the value. */
  nameGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is greater than or equal to the value. */
  nameGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name starts with the value. */
  nameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name ends with the value. */
  nameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is one of the values. */
  nameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose name is less than the value. */
  nameLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is less than or equal to the value. */
  nameLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name differs from the value. */
  nameNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is none of the values. */
  nameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches LectureTopic records that do not match this filter. */
  not?: InputMaybe<LectureTopicWhereInput>;
  /** Matches records that match any of these filters. */
  or?: InputMaybe<Array<LectureTopicWhereInput>>;
  /** position field predicates */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose position is greater than the value. */
  positionGT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose position is greater than or equal to the value. */
  positionGTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose position is one of the values. */
  positionIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose position is less than the value. */
  positionLT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose position is less than or equal to the value. */
  positionLTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose position differs from the value. */
  positionNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose position is none of the values. */
  positionNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than the value. */
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than or equal to the value. */
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is one of the values. */
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose updatedAt is less than the value. */
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is less than or equal to the value. */
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt differs from the value. */
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is none of the values. */
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
};

/** A kind of record the live boards follow. 实时类别 */
export type LiveKind =
  /** A golden idea. 金点子 */
  | 'IDEA'
  /** A deliberation issue or one of its steps. 议事事项 */
  | 'ISSUE'
  /** A publicity lecture session. 宣讲 */
  | 'LECTURE'
  /** A points entry or redemption. 积分 */
  | 'POINTS'
  /** A resident's rating. 评价 */
  | 'RATING'
  /** A courtyard officer's role. 院坝岗位 */
  | 'ROLE'
  /** A proxy-service ticket. 代办件 */
  | 'TICKET';

/** A username and password. */
export type LoginInput = {
  /** Password. 密码 */
  password: Scalars['String']['input'];
  /** Login name. 用户名 */
  username: Scalars['String']['input'];
};

/** Input of mergeCourtyards. 合并院坝 */
export type MergeCourtyardsInput = {
  /** Courtyard merged into it. 并入院坝 */
  fromID: Scalars['ID']['input'];
  /** Makes a retry safe: a repeat from the same account with the same input returns the first response; the key with another input is refused (CONFLICT). 幂等键 */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Courtyard that remains. 保留院坝 */
  intoID: Scalars['ID']['input'];
  /**
   * Active assignments (of either courtyard) to keep, at most one per role; by
   * default the remaining courtyard's holder, or else the merged one's. 保留岗位
   */
  keep?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** The metrics of the catalogue (docs/METRICS.md has each definition). 指标 */
export type Metric =
  /** 五个最美评选数 (awards) */
  | 'AWARDS'
  /** 议定集体资金 (collective funds approved, yuan) */
  | 'COLLECTIVE_FUNDS'
  /** 院坝数 (courtyards) */
  | 'COURTYARDS'
  /** 有空缺岗位的院坝数 (courtyards with a vacant role) */
  | 'COURTYARDS_WITH_VACANCY'
  /** 院坝集体积分 (courtyard-level points) */
  | 'COURTYARD_POINTS_BALANCE'
  /** 移风易俗事项数 (customs cases) */
  | 'CUSTOMS_CASES'
  /** 移风易俗成效数 (customs stopped) */
  | 'CUSTOMS_STOPPED'
  /** 调解纠纷数 (disputes mediated) */
  | 'DISPUTES_MEDIATED'
  /** 奖补项目数 (grants) */
  | 'GRANTS'
  /** 奖补金额 (grant amount, yuan) */
  | 'GRANT_AMOUNT'
  /** 宣讲覆盖户数 (households reached) */
  | 'HOUSEHOLDS_REACHED'
  /** 获积分农户数 (households awarded points) */
  | 'HOUSEHOLDS_WITH_POINTS'
  /** 农户积分余额 (households' points balance) */
  | 'HOUSEHOLD_POINTS_BALANCE'
  /** 采纳金点子数 (ideas adopted) */
  | 'IDEAS_ADOPTED'
  /** 金点子数 (ideas submitted) */
  | 'IDEAS_SUBMITTED'
  /** 关闭事项数 (issues closed) */
  | 'ISSUES_CLOSED'
  /** 议事事项数 (issues collected) */
  | 'ISSUES_COLLECTED'
  /** 议定事项数 (issues decided) */
  | 'ISSUES_DECIDED'
  /** 应急处置事项数 (issues handled as emergencies) */
  | 'ISSUES_EMERGENCY'
  /** 评价事项数 (issues evaluated) */
  | 'ISSUES_EVALUATED'
  /** 执行事项数 (issues executed) */
  | 'ISSUES_EXECUTED'
  /** 上报获批比例 (approval share) */
  | 'ISSUE_APPROVAL_SHARE'
  /** 收集至确定天数 (days from collection to confirmation) */
  | 'ISSUE_DAYS_TO_CONFIRM'
  /** 收集至议定天数 (days from collection to decision) */
  | 'ISSUE_DAYS_TO_DECIDE'
  /** 收集至评价天数 (days from collection to evaluation) */
  | 'ISSUE_DAYS_TO_EVALUATE'
  /** 收集至执行天数 (days from collection to execution) */
  | 'ISSUE_DAYS_TO_EXECUTE'
  /** 收集至走访天数 (days from collection to visit) */
  | 'ISSUE_DAYS_TO_VISIT'
  /** 上报村社比例 (escalation share) */
  | 'ISSUE_ESCALATION_SHARE'
  /** 议事闭环天数中位数 (days of the issue loop, median) */
  | 'ISSUE_LOOP_DAYS_MEDIAN'
  /** 议事闭环天数P90 (days of the issue loop, 90th percentile) */
  | 'ISSUE_LOOP_DAYS_P90'
  /** 议事环节天数中位数 (days per issue step, median) */
  | 'ISSUE_STEP_DAYS_MEDIAN'
  /** 议事环节天数P90 (days per issue step, 90th percentile) */
  | 'ISSUE_STEP_DAYS_P90'
  /** 宣讲场次 (lectures) */
  | 'LECTURES'
  /** 宣讲参与人次 (lecture attendances) */
  | 'LECTURE_ATTENDANCES'
  /** 议事会场次 (deliberation meetings) */
  | 'MEETINGS'
  /** 议事会到会户数比例 (meeting turnout) */
  | 'MEETING_TURNOUT'
  /** 不合格岗位数 (officers failing) */
  | 'OFFICERS_FAILING'
  /** 因不合格更换数 (officers replaced) */
  | 'OFFICERS_REPLACED'
  /** 计分岗位数 (officers scored) */
  | 'OFFICERS_SCORED'
  /** 岗位评价平均分 (officers' mean score) */
  | 'OFFICER_SCORE'
  /** 积分余额 (points balance) */
  | 'POINTS_BALANCE'
  /** 扣减积分 (points deducted) */
  | 'POINTS_DEDUCTED'
  /** 发放积分 (points issued) */
  | 'POINTS_ISSUED'
  /** 净增积分 (points net of reversals) */
  | 'POINTS_NET'
  /** 兑换积分 (points redeemed) */
  | 'POINTS_REDEEMED'
  /** 冲正积分 (points reversed) */
  | 'POINTS_REVERSED'
  /** 在岗岗位数 (roles staffed) */
  | 'ROLES_STAFFED'
  /** 空缺岗位数 (roles vacant) */
  | 'ROLES_VACANT'
  /** 已宣讲主题数 (themes lectured on) */
  | 'THEMES_LECTURED'
  /** 季度主题数 (quarter themes picked) */
  | 'THEMES_PICKED'
  /** 主题覆盖率 (topic coverage) */
  | 'THEME_COVERAGE'
  /** 代办办结数 (tickets completed) */
  | 'TICKETS_COMPLETED'
  /** 按时办结数 (tickets completed on time) */
  | 'TICKETS_ON_TIME'
  /** 按时办结率 (on-time share) */
  | 'TICKETS_ON_TIME_SHARE'
  /** 超期未办结数 (tickets overdue) */
  | 'TICKETS_OVERDUE'
  /** 代办申请数 (tickets submitted) */
  | 'TICKETS_SUBMITTED'
  /** 平均办结天数 (days to complete, mean) */
  | 'TICKET_DAYS_MEAN'
  /** 办结天数中位数 (days to complete, median) */
  | 'TICKET_DAYS_MEDIAN'
  /** 办结天数P90 (days to complete, 90th percentile) */
  | 'TICKET_DAYS_P90'
  /** 代办评价数 (service ratings) */
  | 'TICKET_RATINGS'
  /** 代办满意率 (satisfaction) */
  | 'TICKET_SATISFACTION'
  /** 表决次数 (votes taken) */
  | 'VOTES';

/** Which direction of change in a metric is good news. 指标变化方向 */
export type MetricPolarity =
  /** 下降为好 (a fall is good) */
  | 'DOWN'
  /** 中性 (neither) */
  | 'NEITHER'
  /** 上升为好 (a rise is good) */
  | 'UP';

/** One metric's target. 指标目标 */
export type MetricTargetInput = {
  /** The catalogue's metric, e.g. TICKETS_ON_TIME_SHARE. 指标 */
  metric: Scalars['String']['input'];
  /** The target in the metric's unit (shares 0–1); null removes it. 目标值 */
  target?: InputMaybe<Scalars['Float']['input']>;
};

/** Ordering options for MetricTarget connections */
export type MetricTargetOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order MetricTargets. */
  field: MetricTargetOrderField;
};

/** Properties by which MetricTarget connections can be ordered. */
export type MetricTargetOrderField =
  | 'CREATED_AT'
  | 'UPDATED_AT';

/**
 * MetricTargetWhereInput is used for filtering MetricTarget objects.
 * Input was generated by ent.
 */
export type MetricTargetWhereInput = {
  /** Matches records that match all of these filters. */
  and?: InputMaybe<Array<MetricTargetWhereInput>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than the value. */
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than or equal to the value. */
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is one of the values. */
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose createdAt is less than the value. */
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is less than or equal to the value. */
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt differs from the value. */
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is none of the values. */
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** district_id field predicates */
  districtID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose districtID is one of the values. */
  districtIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose districtID differs from the value. */
  districtIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose districtID is none of the values. */
  districtIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** district edge predicates */
  hasDistrict?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one district (matching the filter, for hasXWith). */
  hasDistrictWith?: InputMaybe<Array<DistrictWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than the value. */
  idGT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than or equal to the value. */
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is one of the values. */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose id is less than the value. */
  idLT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is less than or equal to the value. */
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id differs from the value. */
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is none of the values. */
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** metric field predicates */
  metric?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose metric contains the value. */
  metricContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose metric contains the value, ignoring case. */
  metricContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose metric equals the value, ignoring case. */
  metricEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose metric is greater than the value. */
  metricGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose metric is greater than or equal to the value. */
  metricGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose metric starts with the value. */
  metricHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose metric ends with the value. */
  metricHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose metric is one of the values. */
  metricIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose metric is less than the value. */
  metricLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose metric is less than or equal to the value. */
  metricLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose metric differs from the value. */
  metricNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose metric is none of the values. */
  metricNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches MetricTarget records that do not match this filter. */
  not?: InputMaybe<MetricTargetWhereInput>;
  /** Matches records that match any of these filters. */
  or?: InputMaybe<Array<MetricTargetWhereInput>>;
  /** target field predicates */
  target?: InputMaybe<Scalars['Float']['input']>;
  /** Matches records whose target is greater than the value. */
  targetGT?: InputMaybe<Scalars['Float']['input']>;
  /** Matches records whose target is greater than or equal to the value. */
  targetGTE?: InputMaybe<Scalars['Float']['input']>;
  /** Matches records whose target is one of the values. */
  targetIn?: InputMaybe<Array<Scalars['Float']['input']>>;
  /** Matches records whose target is less than the value. */
  targetLT?: InputMaybe<Scalars['Float']['input']>;
  /** Matches records whose target is less than or equal to the value. */
  targetLTE?: InputMaybe<Scalars['Float']['input']>;
  /** Matches records whose target differs from the value. */
  targetNEQ?: InputMaybe<Scalars['Float']['input']>;
  /** Matches records whose target is none of the values. */
  targetNotIn?: InputMaybe<Array<Scalars['Float']['input']>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than the value. */
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than or equal to the value. */
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is one of the values. */
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose updatedAt is less than the value. */
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is less than or equal to the value. */
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt differs from the value. */
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is none of the values. */
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
};

/** Input of moveHousehold. 农户迁移 */
export type MoveHouseholdInput = {
  /** Courtyard of the same village it moves into. 迁入院坝 */
  courtyardID: Scalars['ID']['input'];
  /** Household that moves. 农户 */
  householdID: Scalars['ID']['input'];
  /** Makes a retry safe: a repeat from the same account with the same input returns the first response; the key with another input is refused (CONFLICT). 幂等键 */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Why, e.g. grid redrawn. 原因 */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** An officer appointed to a new courtyard. 委派 */
export type OfficerInput = {
  /** Officer: a resident of the courtyard's town. 任职人 */
  residentID: Scalars['ID']['input'];
  /** PUBLICIST, AGENT or INFORMANT. 岗位 */
  role: RoleAssignmentRole;
};

/** Possible directions in which to order a list of items when provided an `orderBy` argument. */
export type OrderDirection =
  /** Specifies an ascending order for a given `orderBy` argument. */
  | 'ASC'
  /** Specifies a descending order for a given `orderBy` argument. */
  | 'DESC';

/** Kinds of personal data and their masks. */
export type PersonalKind =
  /** An address: the place stays, the house is hidden. */
  | 'ADDRESS'
  /** An identity card number: the region code and last character stay. */
  | 'ID_CARD'
  /** A name: the surname stays, e.g. 张**. */
  | 'NAME'
  /** A phone number: 138****1234. */
  | 'PHONE';

/** PhotoKind is enum for the field kind */
export type PhotoKind =
  /** 要件 (document) */
  | 'DOCUMENT'
  /** 票据 (receipt) */
  | 'RECEIPT'
  /** 现场照片 (step photo) */
  | 'STEP';

/** Ordering options for Photo connections */
export type PhotoOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Photos. */
  field: PhotoOrderField;
};

/** Properties by which Photo connections can be ordered. */
export type PhotoOrderField =
  | 'CREATED_AT'
  | 'KIND'
  | 'UPDATED_AT';

/**
 * PhotoWhereInput is used for filtering Photo objects.
 * Input was generated by ent.
 */
export type PhotoWhereInput = {
  /** Matches records that match all of these filters. */
  and?: InputMaybe<Array<PhotoWhereInput>>;
  /** content_type field predicates */
  contentType?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose contentType contains the value. */
  contentTypeContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose contentType contains the value, ignoring case. */
  contentTypeContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose contentType equals the value, ignoring case. */
  contentTypeEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose contentType is greater than the value. */
  contentTypeGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose contentType is greater than or equal to the value. */
  contentTypeGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose contentType starts with the value. */
  contentTypeHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose contentType ends with the value. */
  contentTypeHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose contentType is one of the values. */
  contentTypeIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose contentType is less than the value. */
  contentTypeLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose contentType is less than or equal to the value. */
  contentTypeLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose contentType differs from the value. */
  contentTypeNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose contentType is none of the values. */
  contentTypeNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** courtyard_id field predicates */
  courtyardID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose courtyardID is one of the values. */
  courtyardIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose courtyardID differs from the value. */
  courtyardIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose courtyardID is none of the values. */
  courtyardIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than the value. */
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than or equal to the value. */
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is one of the values. */
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose createdAt is less than the value. */
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is less than or equal to the value. */
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt differs from the value. */
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is none of the values. */
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** document field predicates */
  document?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose document contains the value. */
  documentContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose document contains the value, ignoring case. */
  documentContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose document equals the value, ignoring case. */
  documentEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose document is greater than the value. */
  documentGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose document is greater than or equal to the value. */
  documentGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose document starts with the value. */
  documentHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose document ends with the value. */
  documentHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose document is one of the values. */
  documentIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose document is not set. */
  documentIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose document is less than the value. */
  documentLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose document is less than or equal to the value. */
  documentLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose document differs from the value. */
  documentNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose document is none of the values. */
  documentNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose document is set. */
  documentNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** courtyard edge predicates */
  hasCourtyard?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one courtyard (matching the filter, for hasXWith). */
  hasCourtyardWith?: InputMaybe<Array<CourtyardWhereInput>>;
  /** issue_step edge predicates */
  hasIssueStep?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one issueStep (matching the filter, for hasXWith). */
  hasIssueStepWith?: InputMaybe<Array<IssueStepWhereInput>>;
  /** ticket edge predicates */
  hasTicket?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one ticket (matching the filter, for hasXWith). */
  hasTicketWith?: InputMaybe<Array<TicketWhereInput>>;
  /** town edge predicates */
  hasTown?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one town (matching the filter, for hasXWith). */
  hasTownWith?: InputMaybe<Array<TownWhereInput>>;
  /** uploaded_by edge predicates */
  hasUploadedBy?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one uploadedBy (matching the filter, for hasXWith). */
  hasUploadedByWith?: InputMaybe<Array<UserWhereInput>>;
  /** village edge predicates */
  hasVillage?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one village (matching the filter, for hasXWith). */
  hasVillageWith?: InputMaybe<Array<VillageWhereInput>>;
  /** height field predicates */
  height?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose height is greater than the value. */
  heightGT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose height is greater than or equal to the value. */
  heightGTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose height is one of the values. */
  heightIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose height is less than the value. */
  heightLT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose height is less than or equal to the value. */
  heightLTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose height differs from the value. */
  heightNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose height is none of the values. */
  heightNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than the value. */
  idGT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than or equal to the value. */
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is one of the values. */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose id is less than the value. */
  idLT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is less than or equal to the value. */
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id differs from the value. */
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is none of the values. */
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** issue_step_id field predicates */
  issueStepID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose issueStepID is one of the values. */
  issueStepIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose issueStepID is not set. */
  issueStepIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose issueStepID differs from the value. */
  issueStepIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose issueStepID is none of the values. */
  issueStepIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose issueStepID is set. */
  issueStepIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** kind field predicates */
  kind?: InputMaybe<PhotoKind>;
  /** Matches records whose kind is one of the values. */
  kindIn?: InputMaybe<Array<PhotoKind>>;
  /** Matches records whose kind differs from the value. */
  kindNEQ?: InputMaybe<PhotoKind>;
  /** Matches records whose kind is none of the values. */
  kindNotIn?: InputMaybe<Array<PhotoKind>>;
  /** Matches Photo records that do not match this filter. */
  not?: InputMaybe<PhotoWhereInput>;
  /** Matches records that match any of these filters. */
  or?: InputMaybe<Array<PhotoWhereInput>>;
  /** sha256 field predicates */
  sha256?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose sha256 contains the value. */
  sha256Contains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose sha256 contains the value, ignoring case. */
  sha256ContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose sha256 equals the value, ignoring case. */
  sha256EqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose sha256 is greater than the value. */
  sha256GT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose sha256 is greater than or equal to the value. */
  sha256GTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose sha256 starts with the value. */
  sha256HasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose sha256 ends with the value. */
  sha256HasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose sha256 is one of the values. */
  sha256In?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose sha256 is less than the value. */
  sha256LT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose sha256 is less than or equal to the value. */
  sha256LTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose sha256 differs from the value. */
  sha256NEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose sha256 is none of the values. */
  sha256NotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** size field predicates */
  size?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose size is greater than the value. */
  sizeGT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose size is greater than or equal to the value. */
  sizeGTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose size is one of the values. */
  sizeIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose size is less than the value. */
  sizeLT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose size is less than or equal to the value. */
  sizeLTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose size differs from the value. */
  sizeNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose size is none of the values. */
  sizeNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** ticket_id field predicates */
  ticketID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose ticketID is one of the values. */
  ticketIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose ticketID is not set. */
  ticketIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose ticketID differs from the value. */
  ticketIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose ticketID is none of the values. */
  ticketIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose ticketID is set. */
  ticketIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** town_id field predicates */
  townID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose townID is one of the values. */
  townIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose townID differs from the value. */
  townIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose townID is none of the values. */
  townIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than the value. */
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than or equal to the value. */
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is one of the values. */
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose updatedAt is less than the value. */
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is less than or equal to the value. */
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt differs from the value. */
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is none of the values. */
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** uploaded_by_id field predicates */
  uploadedByID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose uploadedByID is one of the values. */
  uploadedByIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose uploadedByID is not set. */
  uploadedByIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose uploadedByID differs from the value. */
  uploadedByIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose uploadedByID is none of the values. */
  uploadedByIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose uploadedByID is set. */
  uploadedByIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** village_id field predicates */
  villageID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose villageID is one of the values. */
  villageIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose villageID differs from the value. */
  villageIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose villageID is none of the values. */
  villageIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** width field predicates */
  width?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose width is greater than the value. */
  widthGT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose width is greater than or equal to the value. */
  widthGTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose width is one of the values. */
  widthIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose width is less than the value. */
  widthLT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose width is less than or equal to the value. */
  widthLTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose width differs from the value. */
  widthNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose width is none of the values. */
  widthNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
};

/** Ordering options for PointEntry connections */
export type PointEntryOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order PointEntries. */
  field: PointEntryOrderField;
};

/** Properties by which PointEntry connections can be ordered. */
export type PointEntryOrderField =
  | 'AWARDED_AT'
  | 'CREATED_AT'
  | 'POINTS'
  | 'UPDATED_AT';

/** PointEntryStatus is enum for the field status */
export type PointEntryStatus =
  /** 已确认 (confirmed) */
  | 'CONFIRMED'
  /** 待确认 (proposed) */
  | 'PROPOSED'
  /** 已驳回 (rejected) */
  | 'REJECTED';

/**
 * PointEntryWhereInput is used for filtering PointEntry objects.
 * Input was generated by ent.
 */
export type PointEntryWhereInput = {
  /** Matches records that match all of these filters. */
  and?: InputMaybe<Array<PointEntryWhereInput>>;
  /** awarded_at field predicates */
  awardedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose awardedAt is greater than the value. */
  awardedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose awardedAt is greater than or equal to the value. */
  awardedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose awardedAt is one of the values. */
  awardedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose awardedAt is less than the value. */
  awardedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose awardedAt is less than or equal to the value. */
  awardedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose awardedAt differs from the value. */
  awardedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose awardedAt is none of the values. */
  awardedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** courtyard_id field predicates */
  courtyardID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose courtyardID is one of the values. */
  courtyardIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose courtyardID differs from the value. */
  courtyardIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose courtyardID is none of the values. */
  courtyardIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than the value. */
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than or equal to the value. */
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is one of the values. */
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose createdAt is less than the value. */
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is less than or equal to the value. */
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt differs from the value. */
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is none of the values. */
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** decided_at field predicates */
  decidedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose decidedAt is greater than the value. */
  decidedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose decidedAt is greater than or equal to the value. */
  decidedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose decidedAt is one of the values. */
  decidedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose decidedAt is not set. */
  decidedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose decidedAt is less than the value. */
  decidedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose decidedAt is less than or equal to the value. */
  decidedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose decidedAt differs from the value. */
  decidedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose decidedAt is none of the values. */
  decidedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose decidedAt is set. */
  decidedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** decided_by_id field predicates */
  decidedByID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose decidedByID is one of the values. */
  decidedByIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose decidedByID is not set. */
  decidedByIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose decidedByID differs from the value. */
  decidedByIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose decidedByID is none of the values. */
  decidedByIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose decidedByID is set. */
  decidedByIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** courtyard edge predicates */
  hasCourtyard?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one courtyard (matching the filter, for hasXWith). */
  hasCourtyardWith?: InputMaybe<Array<CourtyardWhereInput>>;
  /** decided_by edge predicates */
  hasDecidedBy?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one decidedBy (matching the filter, for hasXWith). */
  hasDecidedByWith?: InputMaybe<Array<UserWhereInput>>;
  /** household edge predicates */
  hasHousehold?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one household (matching the filter, for hasXWith). */
  hasHouseholdWith?: InputMaybe<Array<HouseholdWhereInput>>;
  /** issue edge predicates */
  hasIssue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one issue (matching the filter, for hasXWith). */
  hasIssueWith?: InputMaybe<Array<IssueWhereInput>>;
  /** proposed_by edge predicates */
  hasProposedBy?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one proposedBy (matching the filter, for hasXWith). */
  hasProposedByWith?: InputMaybe<Array<UserWhereInput>>;
  /** reversed_by edge predicates */
  hasReversedBy?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one reversedBy (matching the filter, for hasXWith). */
  hasReversedByWith?: InputMaybe<Array<PointEntryWhereInput>>;
  /** reverses edge predicates */
  hasReverses?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one reverses (matching the filter, for hasXWith). */
  hasReversesWith?: InputMaybe<Array<PointEntryWhereInput>>;
  /** rule edge predicates */
  hasRule?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one rule (matching the filter, for hasXWith). */
  hasRuleWith?: InputMaybe<Array<PointRuleWhereInput>>;
  /** session edge predicates */
  hasSession?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one session (matching the filter, for hasXWith). */
  hasSessionWith?: InputMaybe<Array<SessionWhereInput>>;
  /** ticket edge predicates */
  hasTicket?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one ticket (matching the filter, for hasXWith). */
  hasTicketWith?: InputMaybe<Array<TicketWhereInput>>;
  /** town edge predicates */
  hasTown?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one town (matching the filter, for hasXWith). */
  hasTownWith?: InputMaybe<Array<TownWhereInput>>;
  /** village edge predicates */
  hasVillage?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one village (matching the filter, for hasXWith). */
  hasVillageWith?: InputMaybe<Array<VillageWhereInput>>;
  /** household_id field predicates */
  householdID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose householdID is one of the values. */
  householdIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose householdID is not set. */
  householdIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose householdID differs from the value. */
  householdIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose householdID is none of the values. */
  householdIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose householdID is set. */
  householdIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than the value. */
  idGT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than or equal to the value. */
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is one of the values. */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose id is less than the value. */
  idLT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is less than or equal to the value. */
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id differs from the value. */
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is none of the values. */
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** issue_id field predicates */
  issueID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose issueID is one of the values. */
  issueIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose issueID is not set. */
  issueIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose issueID differs from the value. */
  issueIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose issueID is none of the values. */
  issueIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose issueID is set. */
  issueIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches PointEntry records that do not match this filter. */
  not?: InputMaybe<PointEntryWhereInput>;
  /** Matches records that match any of these filters. */
  or?: InputMaybe<Array<PointEntryWhereInput>>;
  /** points field predicates */
  points?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose points is greater than the value. */
  pointsGT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose points is greater than or equal to the value. */
  pointsGTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose points is one of the values. */
  pointsIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose points is less than the value. */
  pointsLT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose points is less than or equal to the value. */
  pointsLTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose points differs from the value. */
  pointsNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose points is none of the values. */
  pointsNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** proposed_by_id field predicates */
  proposedByID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose proposedByID is one of the values. */
  proposedByIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose proposedByID is not set. */
  proposedByIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose proposedByID differs from the value. */
  proposedByIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose proposedByID is none of the values. */
  proposedByIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose proposedByID is set. */
  proposedByIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** reason field predicates */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose reason contains the value. */
  reasonContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose reason contains the value, ignoring case. */
  reasonContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose reason equals the value, ignoring case. */
  reasonEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose reason is greater than the value. */
  reasonGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose reason is greater than or equal to the value. */
  reasonGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose reason starts with the value. */
  reasonHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose reason ends with the value. */
  reasonHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose reason is one of the values. */
  reasonIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose reason is less than the value. */
  reasonLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose reason is less than or equal to the value. */
  reasonLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose reason differs from the value. */
  reasonNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose reason is none of the values. */
  reasonNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** reverses_id field predicates */
  reversesID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose reversesID is one of the values. */
  reversesIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose reversesID is not set. */
  reversesIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose reversesID differs from the value. */
  reversesIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose reversesID is none of the values. */
  reversesIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose reversesID is set. */
  reversesIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** rule_id field predicates */
  ruleID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose ruleID is one of the values. */
  ruleIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose ruleID is not set. */
  ruleIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose ruleID differs from the value. */
  ruleIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose ruleID is none of the values. */
  ruleIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose ruleID is set. */
  ruleIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** session_id field predicates */
  sessionID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose sessionID is one of the values. */
  sessionIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose sessionID is not set. */
  sessionIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose sessionID differs from the value. */
  sessionIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose sessionID is none of the values. */
  sessionIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose sessionID is set. */
  sessionIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** status field predicates */
  status?: InputMaybe<PointEntryStatus>;
  /** Matches records whose status is one of the values. */
  statusIn?: InputMaybe<Array<PointEntryStatus>>;
  /** Matches records whose status differs from the value. */
  statusNEQ?: InputMaybe<PointEntryStatus>;
  /** Matches records whose status is none of the values. */
  statusNotIn?: InputMaybe<Array<PointEntryStatus>>;
  /** ticket_id field predicates */
  ticketID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose ticketID is one of the values. */
  ticketIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose ticketID is not set. */
  ticketIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose ticketID differs from the value. */
  ticketIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose ticketID is none of the values. */
  ticketIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose ticketID is set. */
  ticketIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** town_id field predicates */
  townID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose townID is one of the values. */
  townIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose townID differs from the value. */
  townIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose townID is none of the values. */
  townIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than the value. */
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than or equal to the value. */
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is one of the values. */
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose updatedAt is less than the value. */
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is less than or equal to the value. */
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt differs from the value. */
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is none of the values. */
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** village_id field predicates */
  villageID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose villageID is one of the values. */
  villageIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose villageID differs from the value. */
  villageIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose villageID is none of the values. */
  villageIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Ordering options for PointRedemption connections */
export type PointRedemptionOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order PointRedemptions. */
  field: PointRedemptionOrderField;
};

/** Properties by which PointRedemption connections can be ordered. */
export type PointRedemptionOrderField =
  | 'CREATED_AT'
  | 'POINTS'
  | 'REDEEMED_AT'
  | 'UPDATED_AT';

/**
 * PointRedemptionWhereInput is used for filtering PointRedemption objects.
 * Input was generated by ent.
 */
export type PointRedemptionWhereInput = {
  /** Matches records that match all of these filters. */
  and?: InputMaybe<Array<PointRedemptionWhereInput>>;
  /** cancelled_at field predicates */
  cancelledAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose cancelledAt is greater than the value. */
  cancelledAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose cancelledAt is greater than or equal to the value. */
  cancelledAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose cancelledAt is one of the values. */
  cancelledAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose cancelledAt is not set. */
  cancelledAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose cancelledAt is less than the value. */
  cancelledAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose cancelledAt is less than or equal to the value. */
  cancelledAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose cancelledAt differs from the value. */
  cancelledAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose cancelledAt is none of the values. */
  cancelledAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose cancelledAt is set. */
  cancelledAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** courtyard_id field predicates */
  courtyardID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose courtyardID is one of the values. */
  courtyardIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose courtyardID differs from the value. */
  courtyardIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose courtyardID is none of the values. */
  courtyardIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than the value. */
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than or equal to the value. */
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is one of the values. */
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose createdAt is less than the value. */
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is less than or equal to the value. */
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt differs from the value. */
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is none of the values. */
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** courtyard edge predicates */
  hasCourtyard?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one courtyard (matching the filter, for hasXWith). */
  hasCourtyardWith?: InputMaybe<Array<CourtyardWhereInput>>;
  /** household edge predicates */
  hasHousehold?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one household (matching the filter, for hasXWith). */
  hasHouseholdWith?: InputMaybe<Array<HouseholdWhereInput>>;
  /** item edge predicates */
  hasItem?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one item (matching the filter, for hasXWith). */
  hasItemWith?: InputMaybe<Array<SupermarketItemWhereInput>>;
  /** town edge predicates */
  hasTown?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one town (matching the filter, for hasXWith). */
  hasTownWith?: InputMaybe<Array<TownWhereInput>>;
  /** village edge predicates */
  hasVillage?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one village (matching the filter, for hasXWith). */
  hasVillageWith?: InputMaybe<Array<VillageWhereInput>>;
  /** household_id field predicates */
  householdID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose householdID is one of the values. */
  householdIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose householdID differs from the value. */
  householdIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose householdID is none of the values. */
  householdIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than the value. */
  idGT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than or equal to the value. */
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is one of the values. */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose id is less than the value. */
  idLT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is less than or equal to the value. */
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id differs from the value. */
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is none of the values. */
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** item_id field predicates */
  itemID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose itemID is one of the values. */
  itemIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose itemID differs from the value. */
  itemIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose itemID is none of the values. */
  itemIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches PointRedemption records that do not match this filter. */
  not?: InputMaybe<PointRedemptionWhereInput>;
  /** Matches records that match any of these filters. */
  or?: InputMaybe<Array<PointRedemptionWhereInput>>;
  /** points field predicates */
  points?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose points is greater than the value. */
  pointsGT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose points is greater than or equal to the value. */
  pointsGTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose points is one of the values. */
  pointsIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose points is less than the value. */
  pointsLT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose points is less than or equal to the value. */
  pointsLTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose points differs from the value. */
  pointsNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose points is none of the values. */
  pointsNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** quantity field predicates */
  quantity?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose quantity is greater than the value. */
  quantityGT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose quantity is greater than or equal to the value. */
  quantityGTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose quantity is one of the values. */
  quantityIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose quantity is less than the value. */
  quantityLT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose quantity is less than or equal to the value. */
  quantityLTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose quantity differs from the value. */
  quantityNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose quantity is none of the values. */
  quantityNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** redeemed_at field predicates */
  redeemedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose redeemedAt is greater than the value. */
  redeemedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose redeemedAt is greater than or equal to the value. */
  redeemedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose redeemedAt is one of the values. */
  redeemedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose redeemedAt is less than the value. */
  redeemedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose redeemedAt is less than or equal to the value. */
  redeemedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose redeemedAt differs from the value. */
  redeemedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose redeemedAt is none of the values. */
  redeemedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** town_id field predicates */
  townID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose townID is one of the values. */
  townIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose townID differs from the value. */
  townIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose townID is none of the values. */
  townIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than the value. */
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than or equal to the value. */
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is one of the values. */
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose updatedAt is less than the value. */
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is less than or equal to the value. */
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt differs from the value. */
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is none of the values. */
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** village_id field predicates */
  villageID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose villageID is one of the values. */
  villageIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose villageID differs from the value. */
  villageIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose villageID is none of the values. */
  villageIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Ordering options for PointRule connections */
export type PointRuleOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order PointRules. */
  field: PointRuleOrderField;
};

/** Properties by which PointRule connections can be ordered. */
export type PointRuleOrderField =
  | 'CODE'
  | 'CREATED_AT'
  | 'NAME'
  | 'POINTS'
  | 'UPDATED_AT'
  | 'VERSION';

/**
 * PointRuleWhereInput is used for filtering PointRule objects.
 * Input was generated by ent.
 */
export type PointRuleWhereInput = {
  /** active field predicates */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose active differs from the value. */
  activeNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records that match all of these filters. */
  and?: InputMaybe<Array<PointRuleWhereInput>>;
  /** code field predicates */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code contains the value. */
  codeContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code contains the value, ignoring case. */
  codeContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code equals the value, ignoring case. */
  codeEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code is greater than the value. */
  codeGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code is greater than or equal to the value. */
  codeGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code starts with the value. */
  codeHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code ends with the value. */
  codeHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code is one of the values. */
  codeIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose code is less than the value. */
  codeLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code is less than or equal to the value. */
  codeLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code differs from the value. */
  codeNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code is none of the values. */
  codeNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than the value. */
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than or equal to the value. */
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is one of the values. */
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose createdAt is less than the value. */
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is less than or equal to the value. */
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt differs from the value. */
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is none of the values. */
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** description field predicates */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose description contains the value. */
  descriptionContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose description contains the value, ignoring case. */
  descriptionContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose description equals the value, ignoring case. */
  descriptionEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose description is greater than the value. */
  descriptionGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose description is greater than or equal to the value. */
  descriptionGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose description starts with the value. */
  descriptionHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose description ends with the value. */
  descriptionHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose description is one of the values. */
  descriptionIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose description is not set. */
  descriptionIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose description is less than the value. */
  descriptionLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose description is less than or equal to the value. */
  descriptionLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose description differs from the value. */
  descriptionNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose description is none of the values. */
  descriptionNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose description is set. */
  descriptionNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** entries edge predicates */
  hasEntries?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one entries (matching the filter, for hasXWith). */
  hasEntriesWith?: InputMaybe<Array<PointEntryWhereInput>>;
  /** superseded_by edge predicates */
  hasSupersededBy?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one supersededBy (matching the filter, for hasXWith). */
  hasSupersededByWith?: InputMaybe<Array<PointRuleWhereInput>>;
  /** supersedes edge predicates */
  hasSupersedes?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one supersedes (matching the filter, for hasXWith). */
  hasSupersedesWith?: InputMaybe<Array<PointRuleWhereInput>>;
  /** village edge predicates */
  hasVillage?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one village (matching the filter, for hasXWith). */
  hasVillageWith?: InputMaybe<Array<VillageWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than the value. */
  idGT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than or equal to the value. */
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is one of the values. */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose id is less than the value. */
  idLT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is less than or equal to the value. */
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id differs from the value. */
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is none of the values. */
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** name field predicates */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name contains the value. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name contains the value, ignoring case. */
  nameContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name equals the value, ignoring case. */
  nameEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is greater than the value. */
  nameGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is greater than or equal to the value. */
  nameGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name starts with the value. */
  nameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name ends with the value. */
  nameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is one of the values. */
  nameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose name is less than the value. */
  nameLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is less than or equal to the value. */
  nameLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name differs from the value. */
  nameNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is none of the values. */
  nameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches PointRule records that do not match this filter. */
  not?: InputMaybe<PointRuleWhereInput>;
  /** Matches records that match any of these filters. */
  or?: InputMaybe<Array<PointRuleWhereInput>>;
  /** points field predicates */
  points?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose points is greater than the value. */
  pointsGT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose points is greater than or equal to the value. */
  pointsGTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose points is one of the values. */
  pointsIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose points is less than the value. */
  pointsLT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose points is less than or equal to the value. */
  pointsLTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose points differs from the value. */
  pointsNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose points is none of the values. */
  pointsNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** supersedes_id field predicates */
  supersedesID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose supersedesID is one of the values. */
  supersedesIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose supersedesID is not set. */
  supersedesIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose supersedesID differs from the value. */
  supersedesIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose supersedesID is none of the values. */
  supersedesIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose supersedesID is set. */
  supersedesIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than the value. */
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than or equal to the value. */
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is one of the values. */
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose updatedAt is less than the value. */
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is less than or equal to the value. */
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt differs from the value. */
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is none of the values. */
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** version field predicates */
  version?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose version is greater than the value. */
  versionGT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose version is greater than or equal to the value. */
  versionGTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose version is one of the values. */
  versionIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose version is less than the value. */
  versionLT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose version is less than or equal to the value. */
  versionLTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose version differs from the value. */
  versionNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose version is none of the values. */
  versionNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** village_id field predicates */
  villageID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose villageID is one of the values. */
  villageIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose villageID is not set. */
  villageIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose villageID differs from the value. */
  villageIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose villageID is none of the values. */
  villageIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose villageID is set. */
  villageIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Work done on a ticket. 办理进展 */
export type ProgressTicketInput = {
  /** Office the application was handed to, e.g. 镇便民服务中心. 报送部门 */
  handedTo?: InputMaybe<Scalars['String']['input']>;
  /** The ticket. */
  id: Scalars['ID']['input'];
  /** Repeat-safe key: a repeat from the same account with the same input returns the first response; the key with another input is refused (CONFLICT). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** What was done. 备注 */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** A points rule version to publish. 积分规则 */
export type PublishPointRuleInput = {
  /** Stable code; publishing a code in force supersedes its current version. 编码 */
  code: Scalars['String']['input'];
  /** Details. 说明 */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Repeat-safe key: a repeat from the same account with the same input returns the first response; the key with another input is refused (CONFLICT). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** What earns or loses points. 名称 */
  name: Scalars['String']['input'];
  /** Points given (negative: deducted), not 0; 1 point ≈ 1 yuan. 分值 */
  points: Scalars['Int']['input'];
  /** Publish the version that retires the code (no longer in force). 停用 */
  retire?: InputMaybe<Scalars['Boolean']['input']>;
  /** The village whose own rule this is; none for the catalogue-wide rule. 村社区 */
  villageID?: InputMaybe<Scalars['ID']['input']>;
};

/** One theme of a quarter. 宣讲主题 */
export type QuarterThemeInput = {
  /** Title of the theme. 主题 */
  title: Scalars['String']['input'];
  /** An active lecture topic of the village's district (lectureTopics). 宣讲类别 */
  topicId: Scalars['ID']['input'];
};

/** Ordering options for QuarterTheme connections */
export type QuarterThemeOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order QuarterThemes. */
  field: QuarterThemeOrderField;
};

/** Properties by which QuarterTheme connections can be ordered. */
export type QuarterThemeOrderField =
  | 'CREATED_AT'
  | 'QUARTER'
  | 'UPDATED_AT';

/**
 * QuarterThemeWhereInput is used for filtering QuarterTheme objects.
 * Input was generated by ent.
 */
export type QuarterThemeWhereInput = {
  /** Matches records that match all of these filters. */
  and?: InputMaybe<Array<QuarterThemeWhereInput>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than the value. */
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than or equal to the value. */
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is one of the values. */
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose createdAt is less than the value. */
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is less than or equal to the value. */
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt differs from the value. */
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is none of the values. */
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** sessions edge predicates */
  hasSessions?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one sessions (matching the filter, for hasXWith). */
  hasSessionsWith?: InputMaybe<Array<SessionWhereInput>>;
  /** topic edge predicates */
  hasTopic?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one topic (matching the filter, for hasXWith). */
  hasTopicWith?: InputMaybe<Array<LectureTopicWhereInput>>;
  /** village edge predicates */
  hasVillage?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one village (matching the filter, for hasXWith). */
  hasVillageWith?: InputMaybe<Array<VillageWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than the value. */
  idGT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than or equal to the value. */
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is one of the values. */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose id is less than the value. */
  idLT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is less than or equal to the value. */
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id differs from the value. */
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is none of the values. */
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches QuarterTheme records that do not match this filter. */
  not?: InputMaybe<QuarterThemeWhereInput>;
  /** Matches records that match any of these filters. */
  or?: InputMaybe<Array<QuarterThemeWhereInput>>;
  /** quarter field predicates */
  quarter?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose quarter contains the value. */
  quarterContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose quarter contains the value, ignoring case. */
  quarterContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose quarter equals the value, ignoring case. */
  quarterEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose quarter is greater than the value. */
  quarterGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose quarter is greater than or equal to the value. */
  quarterGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose quarter starts with the value. */
  quarterHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose quarter ends with the value. */
  quarterHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose quarter is one of the values. */
  quarterIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose quarter is less than the value. */
  quarterLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose quarter is less than or equal to the value. */
  quarterLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose quarter differs from the value. */
  quarterNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose quarter is none of the values. */
  quarterNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** title field predicates */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose title contains the value. */
  titleContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose title contains the value, ignoring case. */
  titleContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose title equals the value, ignoring case. */
  titleEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose title is greater than the value. */
  titleGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose title is greater than or equal to the value. */
  titleGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose title starts with the value. */
  titleHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose title ends with the value. */
  titleHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose title is one of the values. */
  titleIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose title is less than the value. */
  titleLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose title is less than or equal to the value. */
  titleLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose title differs from the value. */
  titleNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose title is none of the values. */
  titleNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** topic_id field predicates */
  topicID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose topicID is one of the values. */
  topicIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose topicID differs from the value. */
  topicIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose topicID is none of the values. */
  topicIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than the value. */
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than or equal to the value. */
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is one of the values. */
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose updatedAt is less than the value. */
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is less than or equal to the value. */
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt differs from the value. */
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is none of the values. */
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** village_id field predicates */
  villageID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose villageID is one of the values. */
  villageIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose villageID differs from the value. */
  villageIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose villageID is none of the values. */
  villageIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** An issue raised in a courtyard. 收集议题 */
export type RaiseIssueInput = {
  /** Category of the issue. 类别 */
  category: IssueCategory;
  /** Courtyard where the issue is raised. 院坝 */
  courtyardID: Scalars['ID']['input'];
  /** What the residents raised. 事项描述 */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Repeating a key with the same input returns the first response and changes nothing; the key with another input is refused (CONFLICT). 幂等键 */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** High-frequency catalogue item, of the same category. 高频事项 */
  itemID?: InputMaybe<Scalars['ID']['input']>;
  /** When it happened, if it was recorded after the fact: not in the future, not before the record's previous step, at most the district's backdateDays back; omitted: now. The record keeps it as the step's time (metrics and time limits use it) beside the time it was recorded. 发生时间（补录时填写，默认为当前时间） */
  occurredAt?: InputMaybe<Scalars['Time']['input']>;
  /** For disputes: the residents in dispute. 纠纷当事人 */
  partyIDs?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Resident who raised it; omitted when the courtyard's informant collected it. 提出人 */
  raisedByID?: InputMaybe<Scalars['ID']['input']>;
  /** Short title. 标题 */
  title: Scalars['String']['input'];
};

/** What a ranking ranks. 排名对象 */
export type RankingLevel =
  /** 院坝 (courtyards) */
  | 'COURTYARD'
  /** 岗位人员 (officers: role assignments; officer metrics only) */
  | 'OFFICER'
  /** 乡镇 (towns) */
  | 'TOWN'
  /** 村社区 (villages) */
  | 'VILLAGE';

/** A rating given with a code. 评价 */
export type RateWithCodeInput = {
  /** The code from the slip or message (case, spaces and dashes ignored). 评价码 */
  code: Scalars['String']['input'];
  /** Remark. 评语 */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** 1 (failing) to 5 (excellent). 评分 */
  score: Scalars['Int']['input'];
};

/** RatingDimension is enum for the field dimension */
export type RatingDimension =
  /** 议事协商 (deliberation) */
  | 'DELIBERATION'
  /** 代办服务 (proxy service) */
  | 'PROXY_SERVICE'
  /** 宣传宣讲 (publicity) */
  | 'PUBLICITY';

/** Ordering options for Rating connections */
export type RatingOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Ratings. */
  field: RatingOrderField;
};

/** Properties by which Rating connections can be ordered. */
export type RatingOrderField =
  | 'CREATED_AT'
  | 'DIMENSION'
  | 'PERIOD'
  | 'RATED_AT'
  | 'RESIDENTS_PRESENT'
  | 'SCORE'
  | 'UPDATED_AT';

/** RatingTarget is enum for the field target */
export type RatingTarget =
  /** 院坝自治 (courtyard self-governance) */
  | 'COURTYARD'
  /** 干部服务 (officer's service) */
  | 'OFFICER';

/**
 * RatingWhereInput is used for filtering Rating objects.
 * Input was generated by ent.
 */
export type RatingWhereInput = {
  /** Matches records that match all of these filters. */
  and?: InputMaybe<Array<RatingWhereInput>>;
  /** comment field predicates */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose comment contains the value. */
  commentContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose comment contains the value, ignoring case. */
  commentContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose comment equals the value, ignoring case. */
  commentEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose comment is greater than the value. */
  commentGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose comment is greater than or equal to the value. */
  commentGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose comment starts with the value. */
  commentHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose comment ends with the value. */
  commentHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose comment is one of the values. */
  commentIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose comment is not set. */
  commentIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose comment is less than the value. */
  commentLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose comment is less than or equal to the value. */
  commentLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose comment differs from the value. */
  commentNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose comment is none of the values. */
  commentNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose comment is set. */
  commentNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** courtyard_id field predicates */
  courtyardID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose courtyardID is one of the values. */
  courtyardIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose courtyardID differs from the value. */
  courtyardIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose courtyardID is none of the values. */
  courtyardIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than the value. */
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than or equal to the value. */
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is one of the values. */
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose createdAt is less than the value. */
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is less than or equal to the value. */
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt differs from the value. */
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is none of the values. */
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** dimension field predicates */
  dimension?: InputMaybe<RatingDimension>;
  /** Matches records whose dimension is one of the values. */
  dimensionIn?: InputMaybe<Array<RatingDimension>>;
  /** Matches records whose dimension differs from the value. */
  dimensionNEQ?: InputMaybe<RatingDimension>;
  /** Matches records whose dimension is none of the values. */
  dimensionNotIn?: InputMaybe<Array<RatingDimension>>;
  /** courtyard edge predicates */
  hasCourtyard?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one courtyard (matching the filter, for hasXWith). */
  hasCourtyardWith?: InputMaybe<Array<CourtyardWhereInput>>;
  /** rater edge predicates */
  hasRater?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one rater (matching the filter, for hasXWith). */
  hasRaterWith?: InputMaybe<Array<ResidentWhereInput>>;
  /** role_assignment edge predicates */
  hasRoleAssignment?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one roleAssignment (matching the filter, for hasXWith). */
  hasRoleAssignmentWith?: InputMaybe<Array<RoleAssignmentWhereInput>>;
  /** session edge predicates */
  hasSession?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one session (matching the filter, for hasXWith). */
  hasSessionWith?: InputMaybe<Array<SessionWhereInput>>;
  /** ticket edge predicates */
  hasTicket?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one ticket (matching the filter, for hasXWith). */
  hasTicketWith?: InputMaybe<Array<TicketWhereInput>>;
  /** town edge predicates */
  hasTown?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one town (matching the filter, for hasXWith). */
  hasTownWith?: InputMaybe<Array<TownWhereInput>>;
  /** village edge predicates */
  hasVillage?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one village (matching the filter, for hasXWith). */
  hasVillageWith?: InputMaybe<Array<VillageWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than the value. */
  idGT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than or equal to the value. */
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is one of the values. */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose id is less than the value. */
  idLT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is less than or equal to the value. */
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id differs from the value. */
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is none of the values. */
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches Rating records that do not match this filter. */
  not?: InputMaybe<RatingWhereInput>;
  /** Matches records that match any of these filters. */
  or?: InputMaybe<Array<RatingWhereInput>>;
  /** period field predicates */
  period?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose period contains the value. */
  periodContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose period contains the value, ignoring case. */
  periodContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose period equals the value, ignoring case. */
  periodEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose period is greater than the value. */
  periodGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose period is greater than or equal to the value. */
  periodGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose period starts with the value. */
  periodHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose period ends with the value. */
  periodHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose period is one of the values. */
  periodIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose period is less than the value. */
  periodLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose period is less than or equal to the value. */
  periodLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose period differs from the value. */
  periodNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose period is none of the values. */
  periodNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** rated_at field predicates */
  ratedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose ratedAt is greater than the value. */
  ratedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose ratedAt is greater than or equal to the value. */
  ratedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose ratedAt is one of the values. */
  ratedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose ratedAt is less than the value. */
  ratedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose ratedAt is less than or equal to the value. */
  ratedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose ratedAt differs from the value. */
  ratedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose ratedAt is none of the values. */
  ratedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** rater_id field predicates */
  raterID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose raterID is one of the values. */
  raterIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose raterID is not set. */
  raterIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose raterID differs from the value. */
  raterIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose raterID is none of the values. */
  raterIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose raterID is set. */
  raterIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** residents_present field predicates */
  residentsPresent?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose residentsPresent is greater than the value. */
  residentsPresentGT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose residentsPresent is greater than or equal to the value. */
  residentsPresentGTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose residentsPresent is one of the values. */
  residentsPresentIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose residentsPresent is not set. */
  residentsPresentIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose residentsPresent is less than the value. */
  residentsPresentLT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose residentsPresent is less than or equal to the value. */
  residentsPresentLTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose residentsPresent differs from the value. */
  residentsPresentNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose residentsPresent is none of the values. */
  residentsPresentNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose residentsPresent is set. */
  residentsPresentNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** role_assignment_id field predicates */
  roleAssignmentID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose roleAssignmentID is one of the values. */
  roleAssignmentIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose roleAssignmentID is not set. */
  roleAssignmentIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose roleAssignmentID differs from the value. */
  roleAssignmentIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose roleAssignmentID is none of the values. */
  roleAssignmentIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose roleAssignmentID is set. */
  roleAssignmentIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** score field predicates */
  score?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose score is greater than the value. */
  scoreGT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose score is greater than or equal to the value. */
  scoreGTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose score is one of the values. */
  scoreIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose score is less than the value. */
  scoreLT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose score is less than or equal to the value. */
  scoreLTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose score differs from the value. */
  scoreNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose score is none of the values. */
  scoreNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** session_id field predicates */
  sessionID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose sessionID is one of the values. */
  sessionIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose sessionID is not set. */
  sessionIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose sessionID differs from the value. */
  sessionIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose sessionID is none of the values. */
  sessionIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose sessionID is set. */
  sessionIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** target field predicates */
  target?: InputMaybe<RatingTarget>;
  /** Matches records whose target is one of the values. */
  targetIn?: InputMaybe<Array<RatingTarget>>;
  /** Matches records whose target differs from the value. */
  targetNEQ?: InputMaybe<RatingTarget>;
  /** Matches records whose target is none of the values. */
  targetNotIn?: InputMaybe<Array<RatingTarget>>;
  /** ticket_id field predicates */
  ticketID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose ticketID is one of the values. */
  ticketIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose ticketID is not set. */
  ticketIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose ticketID differs from the value. */
  ticketIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose ticketID is none of the values. */
  ticketIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose ticketID is set. */
  ticketIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** town_id field predicates */
  townID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose townID is one of the values. */
  townIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose townID differs from the value. */
  townIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose townID is none of the values. */
  townIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than the value. */
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than or equal to the value. */
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is one of the values. */
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose updatedAt is less than the value. */
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is less than or equal to the value. */
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt differs from the value. */
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is none of the values. */
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** village_id field predicates */
  villageID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose villageID is one of the values. */
  villageIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose villageID differs from the value. */
  villageIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose villageID is none of the values. */
  villageIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** An urgent action already taken, before any meeting (先处置后报备). 应急处置 */
export type RecordEmergencyInput = {
  /** What was done at once, and by whom. 应急处置情况 */
  action: Scalars['String']['input'];
  /** Repeating a key with the same input returns the first response and changes nothing; the key with another input is refused (CONFLICT). 幂等键 */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The issue, at COLLECTED, of a category the rule lets be handled at once. 议事事项 */
  issueID: Scalars['ID']['input'];
  /** When the action was taken, if it was recorded after the fact: not in the future, not before the record's previous step, at most the district's backdateDays back; omitted: now. 处置时间（补录时填写，默认为当前时间） */
  occurredAt?: InputMaybe<Scalars['Time']['input']>;
};

/** A lecture given. 宣讲 */
export type RecordLectureInput = {
  /** Residents attending. 参与人数 */
  attendance: Scalars['Int']['input'];
  /** Courtyard where it was held. 院坝 */
  courtyardId: Scalars['ID']['input'];
  /** When it was held. 举办时间 */
  heldAt: Scalars['Time']['input'];
  /** The courtyard's households present, if taken down. 到场农户 */
  householdsPresent?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Repeat-safe key: a repeat with the same input returns the lecture and the same codes, issuing none; the key with another input is refused (CONFLICT). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Free-text note on the lecture, e.g. the children's pledge. 备注 */
  note?: InputMaybe<Scalars['String']['input']>;
  /** How many single-use rating codes to hand to the audience (at most one per listener). 评价码数量 */
  ratingCodes?: InputMaybe<Scalars['Int']['input']>;
  /** The courtyard's active publicist who spoke; leave out for a guest. 主讲人 */
  speakerId?: InputMaybe<Scalars['ID']['input']>;
  /** A guest speaker's name (when speakerId is left out). 主讲人姓名 */
  speakerName?: InputMaybe<Scalars['String']['input']>;
  /** The village's quarter theme it follows; the lecture's topic is the theme's. 季度主题 */
  themeId: Scalars['ID']['input'];
};

/** The visit to the households concerned. 入户走访 */
export type RecordVisitInput = {
  /** Households visited. 走访户数 */
  householdsVisited: Scalars['Int']['input'];
  /** Repeating a key with the same input returns the first response and changes nothing; the key with another input is refused (CONFLICT). 幂等键 */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The issue. 议事事项 */
  issueID: Scalars['ID']['input'];
  /** What the visits found. 走访情况 */
  notes: Scalars['String']['input'];
  /** When it happened, if it was recorded after the fact: not in the future, not before the record's previous step, at most the district's backdateDays back; omitted: now. The record keeps it as the step's time (metrics and time limits use it) beside the time it was recorded. 发生时间（补录时填写，默认为当前时间） */
  occurredAt?: InputMaybe<Scalars['Time']['input']>;
  /** For disputes: residents in dispute met on the visit. 纠纷当事人 */
  partyIDs?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Kinds of red flags. 红灯类型 */
export type RedFlagKind =
  /** 议事停滞 (open issues with no step for more than the threshold's days) */
  | 'ISSUE_STUCK'
  /** 临近不合格 (officers' scores within the threshold above the failing line) */
  | 'OFFICER_NEAR_FAILING'
  /** 季末未宣讲 (near the quarter's end: themes without a lecture) */
  | 'THEME_UNLECTURED'
  /** 代办超期 (tickets overdue by more than the threshold's days) */
  | 'TICKET_OVERDUE'
  /** 岗位空缺 (posts without an officer) */
  | 'VACANT_POST';

/** One good and how many. 兑换商品 */
export type RedeemLineInput = {
  /** The good, of the household's village's supermarket. 商品 */
  itemID: Scalars['ID']['input'];
  /** Units (positive). 数量 */
  quantity: Scalars['Int']['input'];
};

/** A household spending points. 积分兑换 */
export type RedeemPointsInput = {
  /** The household. 农户 */
  householdID: Scalars['ID']['input'];
  /** Repeat-safe key: a repeat from the same account with the same input returns the first response, the same redemptions (and takes nothing twice); the key with another input is refused (CONFLICT). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The goods, each once. 商品 */
  items: Array<RedeemLineInput>;
  /** When it happened, if it was recorded after the fact: not in the future, not before the record's previous step, at most the district's backdateDays back; omitted: now. The record keeps it as the step's time (metrics and time limits use it) beside the time it was recorded. 发生时间（补录时填写，默认为当前时间） */
  occurredAt?: InputMaybe<Scalars['Time']['input']>;
};

/** Which proposed entry to reject. 驳回积分 */
export type RejectPointEntryInput = {
  /** The entry. */
  id: Scalars['ID']['input'];
  /** Repeat-safe key: a repeat from the same account with the same input returns the first response; the key with another input is refused (CONFLICT). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

/** Which ticket to reject, and why. 退回 */
export type RejectTicketInput = {
  /** The ticket. */
  id: Scalars['ID']['input'];
  /** Repeat-safe key: a repeat from the same account with the same input returns the first response; the key with another input is refused (CONFLICT). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** When it happened, if it was recorded after the fact: not in the future, not before the record's previous step, at most the district's backdateDays back; omitted: now. The record keeps it as the step's time (metrics and time limits use it) beside the time it was recorded. 发生时间（补录时填写，默认为当前时间） */
  occurredAt?: InputMaybe<Scalars['Time']['input']>;
  /** Why it is rejected. 退回原因 */
  reason: Scalars['String']['input'];
};

/** Input of replaceOfficer. 更换岗位人员 */
export type ReplaceOfficerInput = {
  /** The active assignment of a publicist, agent or informant to end. 现任岗位 */
  assignmentID: Scalars['ID']['input'];
  /** Makes a retry safe: a repeat from the same account with the same input returns the first response; the key with another input is refused (CONFLICT). 幂等键 */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Free-text reason for the replacement, kept with the ended assignment. 离任说明 */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Why it ends: RATED_FAILING (only when flagged by the scoring rule), RESIGNED, MOVED, TERM_ENDED or OTHER. 离任原因 */
  reason: RoleAssignmentEndReason;
  /** Resident who takes over: one living in the courtyard's town. 继任人 */
  successorID: Scalars['ID']['input'];
};

/** ResidentGender is enum for the field gender */
export type ResidentGender =
  /** 女 (female) */
  | 'FEMALE'
  /** 男 (male) */
  | 'MALE';

/** Ordering options for Resident connections */
export type ResidentOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Residents. */
  field: ResidentOrderField;
};

/** Properties by which Resident connections can be ordered. */
export type ResidentOrderField =
  | 'BIRTH_YEAR'
  | 'CREATED_AT'
  | 'NAME'
  | 'UPDATED_AT';

/** Which Resident to change, and how. */
export type ResidentPatch = {
  /** ID of the record to change. */
  id: Scalars['ID']['input'];
  /** Fields to change. */
  set: UpdateResidentInput;
};

/**
 * ResidentWhereInput is used for filtering Resident objects.
 * Input was generated by ent.
 */
export type ResidentWhereInput = {
  /** Matches records that match all of these filters. */
  and?: InputMaybe<Array<ResidentWhereInput>>;
  /** birth_year field predicates */
  birthYear?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose birthYear is greater than the value. */
  birthYearGT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose birthYear is greater than or equal to the value. */
  birthYearGTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose birthYear is one of the values. */
  birthYearIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose birthYear is not set. */
  birthYearIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose birthYear is less than the value. */
  birthYearLT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose birthYear is less than or equal to the value. */
  birthYearLTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose birthYear differs from the value. */
  birthYearNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose birthYear is none of the values. */
  birthYearNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose birthYear is set. */
  birthYearNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than the value. */
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than or equal to the value. */
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is one of the values. */
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose createdAt is less than the value. */
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is less than or equal to the value. */
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt differs from the value. */
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is none of the values. */
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** gender field predicates */
  gender?: InputMaybe<ResidentGender>;
  /** Matches records whose gender is one of the values. */
  genderIn?: InputMaybe<Array<ResidentGender>>;
  /** Matches records whose gender is not set. */
  genderIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose gender differs from the value. */
  genderNEQ?: InputMaybe<ResidentGender>;
  /** Matches records whose gender is none of the values. */
  genderNotIn?: InputMaybe<Array<ResidentGender>>;
  /** Matches records whose gender is set. */
  genderNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** applications edge predicates */
  hasApplications?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one applications (matching the filter, for hasXWith). */
  hasApplicationsWith?: InputMaybe<Array<TicketWhereInput>>;
  /** awards edge predicates */
  hasAwards?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one awards (matching the filter, for hasXWith). */
  hasAwardsWith?: InputMaybe<Array<AwardWhereInput>>;
  /** handled_tickets edge predicates */
  hasHandledTickets?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one handledTickets (matching the filter, for hasXWith). */
  hasHandledTicketsWith?: InputMaybe<Array<TicketWhereInput>>;
  /** household edge predicates */
  hasHousehold?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one household (matching the filter, for hasXWith). */
  hasHouseholdWith?: InputMaybe<Array<HouseholdWhereInput>>;
  /** ideas edge predicates */
  hasIdeas?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one ideas (matching the filter, for hasXWith). */
  hasIdeasWith?: InputMaybe<Array<IdeaWhereInput>>;
  /** lectures_given edge predicates */
  hasLecturesGiven?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one lecturesGiven (matching the filter, for hasXWith). */
  hasLecturesGivenWith?: InputMaybe<Array<SessionWhereInput>>;
  /** raised_issues edge predicates */
  hasRaisedIssues?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one raisedIssues (matching the filter, for hasXWith). */
  hasRaisedIssuesWith?: InputMaybe<Array<IssueWhereInput>>;
  /** ratings_given edge predicates */
  hasRatingsGiven?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one ratingsGiven (matching the filter, for hasXWith). */
  hasRatingsGivenWith?: InputMaybe<Array<RatingWhereInput>>;
  /** role_assignments edge predicates */
  hasRoleAssignments?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one roleAssignments (matching the filter, for hasXWith). */
  hasRoleAssignmentsWith?: InputMaybe<Array<RoleAssignmentWhereInput>>;
  /** household_id field predicates */
  householdID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose householdID is one of the values. */
  householdIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose householdID differs from the value. */
  householdIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose householdID is none of the values. */
  householdIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** id_card_number field predicates */
  idCardNumber?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose idCardNumber contains the value. */
  idCardNumberContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose idCardNumber contains the value, ignoring case. */
  idCardNumberContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose idCardNumber equals the value, ignoring case. */
  idCardNumberEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose idCardNumber is greater than the value. */
  idCardNumberGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose idCardNumber is greater than or equal to the value. */
  idCardNumberGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose idCardNumber starts with the value. */
  idCardNumberHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose idCardNumber ends with the value. */
  idCardNumberHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose idCardNumber is one of the values. */
  idCardNumberIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose idCardNumber is not set. */
  idCardNumberIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose idCardNumber is less than the value. */
  idCardNumberLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose idCardNumber is less than or equal to the value. */
  idCardNumberLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose idCardNumber differs from the value. */
  idCardNumberNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose idCardNumber is none of the values. */
  idCardNumberNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose idCardNumber is set. */
  idCardNumberNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose id is greater than the value. */
  idGT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than or equal to the value. */
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is one of the values. */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose id is less than the value. */
  idLT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is less than or equal to the value. */
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id differs from the value. */
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is none of the values. */
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** name field predicates */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name contains the value. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name contains the value, ignoring case. */
  nameContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name equals the value, ignoring case. */
  nameEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is greater than the value. */
  nameGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is greater than or equal to the value. */
  nameGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name starts with the value. */
  nameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name ends with the value. */
  nameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is one of the values. */
  nameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose name is less than the value. */
  nameLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is less than or equal to the value. */
  nameLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name differs from the value. */
  nameNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is none of the values. */
  nameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches Resident records that do not match this filter. */
  not?: InputMaybe<ResidentWhereInput>;
  /** Matches records that match any of these filters. */
  or?: InputMaybe<Array<ResidentWhereInput>>;
  /** party_member field predicates */
  partyMember?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose partyMember differs from the value. */
  partyMemberNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  /** phone field predicates */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose phone contains the value. */
  phoneContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose phone contains the value, ignoring case. */
  phoneContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose phone equals the value, ignoring case. */
  phoneEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose phone is greater than the value. */
  phoneGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose phone is greater than or equal to the value. */
  phoneGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose phone starts with the value. */
  phoneHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose phone ends with the value. */
  phoneHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose phone is one of the values. */
  phoneIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose phone is not set. */
  phoneIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose phone is less than the value. */
  phoneLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose phone is less than or equal to the value. */
  phoneLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose phone differs from the value. */
  phoneNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose phone is none of the values. */
  phoneNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose phone is set. */
  phoneNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than the value. */
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than or equal to the value. */
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is one of the values. */
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose updatedAt is less than the value. */
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is less than or equal to the value. */
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt differs from the value. */
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is none of the values. */
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
};

/** Units to add to a good's stock. 补货 */
export type RestockItemInput = {
  /** Repeat-safe key: a repeat from the same account with the same input returns the first response; the key with another input is refused (CONFLICT). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The good. 商品 */
  itemID: Scalars['ID']['input'];
  /** Units added (positive). 数量 */
  quantity: Scalars['Int']['input'];
};

/** Which entry to reverse, and why. 冲正 */
export type ReversePointEntryInput = {
  /** The confirmed entry to undo. */
  id: Scalars['ID']['input'];
  /** Repeat-safe key: a repeat from the same account with the same input returns the first response; the key with another input is refused (CONFLICT). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Why. 原因 */
  reason: Scalars['String']['input'];
};

/** Which personal API token to revoke. */
export type RevokeApiTokenInput = {
  /** ID of the token. */
  id: Scalars['ID']['input'];
};

/** RoleAssignmentEndReason is enum for the field end_reason */
export type RoleAssignmentEndReason =
  /** 院坝合并 (courtyard merged) */
  | 'MERGED'
  /** 迁出 (moved away) */
  | 'MOVED'
  /** 其他 (other) */
  | 'OTHER'
  /** 评价不合格 (rated failing) */
  | 'RATED_FAILING'
  /** 辞职 (resigned) */
  | 'RESIGNED'
  /** 任期届满 (term ended) */
  | 'TERM_ENDED';

/** Ordering options for RoleAssignment connections */
export type RoleAssignmentOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order RoleAssignments. */
  field: RoleAssignmentOrderField;
};

/** Properties by which RoleAssignment connections can be ordered. */
export type RoleAssignmentOrderField =
  | 'CREATED_AT'
  | 'ENDED_AT'
  | 'ROLE'
  | 'STARTED_AT'
  | 'UPDATED_AT';

/** RoleAssignmentRole is enum for the field role */
export type RoleAssignmentRole =
  /** 代办员 (agent) */
  | 'AGENT'
  /** 院坝长 (head) */
  | 'HEAD'
  /** 信息员 (informant) */
  | 'INFORMANT'
  /** 宣传员 (publicist) */
  | 'PUBLICIST';

/** RoleAssignmentSelection is enum for the field selection */
export type RoleAssignmentSelection =
  /** 选派 (appointed) */
  | 'APPOINTED'
  /** 选举产生 (elected) */
  | 'ELECTED';

/**
 * RoleAssignmentWhereInput is used for filtering RoleAssignment objects.
 * Input was generated by ent.
 */
export type RoleAssignmentWhereInput = {
  /** Matches records that match all of these filters. */
  and?: InputMaybe<Array<RoleAssignmentWhereInput>>;
  /** courtyard_id field predicates */
  courtyardID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose courtyardID is one of the values. */
  courtyardIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose courtyardID differs from the value. */
  courtyardIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose courtyardID is none of the values. */
  courtyardIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than the value. */
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than or equal to the value. */
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is one of the values. */
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose createdAt is less than the value. */
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is less than or equal to the value. */
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt differs from the value. */
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is none of the values. */
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** end_note field predicates */
  endNote?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose endNote contains the value. */
  endNoteContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose endNote contains the value, ignoring case. */
  endNoteContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose endNote equals the value, ignoring case. */
  endNoteEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose endNote is greater than the value. */
  endNoteGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose endNote is greater than or equal to the value. */
  endNoteGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose endNote starts with the value. */
  endNoteHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose endNote ends with the value. */
  endNoteHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose endNote is one of the values. */
  endNoteIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose endNote is not set. */
  endNoteIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose endNote is less than the value. */
  endNoteLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose endNote is less than or equal to the value. */
  endNoteLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose endNote differs from the value. */
  endNoteNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose endNote is none of the values. */
  endNoteNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose endNote is set. */
  endNoteNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** end_reason field predicates */
  endReason?: InputMaybe<RoleAssignmentEndReason>;
  /** Matches records whose endReason is one of the values. */
  endReasonIn?: InputMaybe<Array<RoleAssignmentEndReason>>;
  /** Matches records whose endReason is not set. */
  endReasonIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose endReason differs from the value. */
  endReasonNEQ?: InputMaybe<RoleAssignmentEndReason>;
  /** Matches records whose endReason is none of the values. */
  endReasonNotIn?: InputMaybe<Array<RoleAssignmentEndReason>>;
  /** Matches records whose endReason is set. */
  endReasonNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** ended_at field predicates */
  endedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose endedAt is greater than the value. */
  endedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose endedAt is greater than or equal to the value. */
  endedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose endedAt is one of the values. */
  endedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose endedAt is not set. */
  endedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose endedAt is less than the value. */
  endedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose endedAt is less than or equal to the value. */
  endedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose endedAt differs from the value. */
  endedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose endedAt is none of the values. */
  endedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose endedAt is set. */
  endedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** courtyard edge predicates */
  hasCourtyard?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one courtyard (matching the filter, for hasXWith). */
  hasCourtyardWith?: InputMaybe<Array<CourtyardWhereInput>>;
  /** predecessor edge predicates */
  hasPredecessor?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one predecessor (matching the filter, for hasXWith). */
  hasPredecessorWith?: InputMaybe<Array<RoleAssignmentWhereInput>>;
  /** ratings edge predicates */
  hasRatings?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one ratings (matching the filter, for hasXWith). */
  hasRatingsWith?: InputMaybe<Array<RatingWhereInput>>;
  /** resident edge predicates */
  hasResident?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one resident (matching the filter, for hasXWith). */
  hasResidentWith?: InputMaybe<Array<ResidentWhereInput>>;
  /** successor edge predicates */
  hasSuccessor?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one successor (matching the filter, for hasXWith). */
  hasSuccessorWith?: InputMaybe<Array<RoleAssignmentWhereInput>>;
  /** town edge predicates */
  hasTown?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one town (matching the filter, for hasXWith). */
  hasTownWith?: InputMaybe<Array<TownWhereInput>>;
  /** village edge predicates */
  hasVillage?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one village (matching the filter, for hasXWith). */
  hasVillageWith?: InputMaybe<Array<VillageWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than the value. */
  idGT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than or equal to the value. */
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is one of the values. */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose id is less than the value. */
  idLT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is less than or equal to the value. */
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id differs from the value. */
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is none of the values. */
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches RoleAssignment records that do not match this filter. */
  not?: InputMaybe<RoleAssignmentWhereInput>;
  /** Matches records that match any of these filters. */
  or?: InputMaybe<Array<RoleAssignmentWhereInput>>;
  /** predecessor_id field predicates */
  predecessorID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose predecessorID is one of the values. */
  predecessorIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose predecessorID is not set. */
  predecessorIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose predecessorID differs from the value. */
  predecessorIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose predecessorID is none of the values. */
  predecessorIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose predecessorID is set. */
  predecessorIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** resident_id field predicates */
  residentID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose residentID is one of the values. */
  residentIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose residentID differs from the value. */
  residentIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose residentID is none of the values. */
  residentIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** role field predicates */
  role?: InputMaybe<RoleAssignmentRole>;
  /** Matches records whose role is one of the values. */
  roleIn?: InputMaybe<Array<RoleAssignmentRole>>;
  /** Matches records whose role differs from the value. */
  roleNEQ?: InputMaybe<RoleAssignmentRole>;
  /** Matches records whose role is none of the values. */
  roleNotIn?: InputMaybe<Array<RoleAssignmentRole>>;
  /** selection field predicates */
  selection?: InputMaybe<RoleAssignmentSelection>;
  /** Matches records whose selection is one of the values. */
  selectionIn?: InputMaybe<Array<RoleAssignmentSelection>>;
  /** Matches records whose selection differs from the value. */
  selectionNEQ?: InputMaybe<RoleAssignmentSelection>;
  /** Matches records whose selection is none of the values. */
  selectionNotIn?: InputMaybe<Array<RoleAssignmentSelection>>;
  /** started_at field predicates */
  startedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose startedAt is greater than the value. */
  startedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose startedAt is greater than or equal to the value. */
  startedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose startedAt is one of the values. */
  startedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose startedAt is less than the value. */
  startedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose startedAt is less than or equal to the value. */
  startedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose startedAt differs from the value. */
  startedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose startedAt is none of the values. */
  startedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** town_id field predicates */
  townID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose townID is one of the values. */
  townIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose townID differs from the value. */
  townIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose townID is none of the values. */
  townIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than the value. */
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than or equal to the value. */
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is one of the values. */
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose updatedAt is less than the value. */
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is less than or equal to the value. */
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt differs from the value. */
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is none of the values. */
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** village_id field predicates */
  villageID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose villageID is one of the values. */
  villageIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose villageID differs from the value. */
  villageIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose villageID is none of the values. */
  villageIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** voters_present field predicates */
  votersPresent?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votersPresent is greater than the value. */
  votersPresentGT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votersPresent is greater than or equal to the value. */
  votersPresentGTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votersPresent is one of the values. */
  votersPresentIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose votersPresent is not set. */
  votersPresentIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose votersPresent is less than the value. */
  votersPresentLT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votersPresent is less than or equal to the value. */
  votersPresentLTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votersPresent differs from the value. */
  votersPresentNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votersPresent is none of the values. */
  votersPresentNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose votersPresent is set. */
  votersPresentNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** votes_abstain field predicates */
  votesAbstain?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesAbstain is greater than the value. */
  votesAbstainGT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesAbstain is greater than or equal to the value. */
  votesAbstainGTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesAbstain is one of the values. */
  votesAbstainIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose votesAbstain is not set. */
  votesAbstainIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose votesAbstain is less than the value. */
  votesAbstainLT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesAbstain is less than or equal to the value. */
  votesAbstainLTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesAbstain differs from the value. */
  votesAbstainNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesAbstain is none of the values. */
  votesAbstainNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose votesAbstain is set. */
  votesAbstainNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** votes_against field predicates */
  votesAgainst?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesAgainst is greater than the value. */
  votesAgainstGT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesAgainst is greater than or equal to the value. */
  votesAgainstGTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesAgainst is one of the values. */
  votesAgainstIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose votesAgainst is not set. */
  votesAgainstIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose votesAgainst is less than the value. */
  votesAgainstLT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesAgainst is less than or equal to the value. */
  votesAgainstLTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesAgainst differs from the value. */
  votesAgainstNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesAgainst is none of the values. */
  votesAgainstNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose votesAgainst is set. */
  votesAgainstNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** votes_for field predicates */
  votesFor?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesFor is greater than the value. */
  votesForGT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesFor is greater than or equal to the value. */
  votesForGTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesFor is one of the values. */
  votesForIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose votesFor is not set. */
  votesForIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose votesFor is less than the value. */
  votesForLT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesFor is less than or equal to the value. */
  votesForLTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesFor differs from the value. */
  votesForNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesFor is none of the values. */
  votesForNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose votesFor is set. */
  votesForNotNil?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Ordering options for ServiceType connections */
export type ServiceTypeOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order ServiceTypes. */
  field: ServiceTypeOrderField;
};

/** Properties by which ServiceType connections can be ordered. */
export type ServiceTypeOrderField =
  | 'CODE'
  | 'CREATED_AT'
  | 'NAME'
  | 'TIME_LIMIT_DAYS'
  | 'UPDATED_AT';

/** Which ServiceType to change, and how. */
export type ServiceTypePatch = {
  /** ID of the record to change. */
  id: Scalars['ID']['input'];
  /** Fields to change. */
  set: UpdateServiceTypeInput;
};

/**
 * ServiceTypeWhereInput is used for filtering ServiceType objects.
 * Input was generated by ent.
 */
export type ServiceTypeWhereInput = {
  /** Matches records that match all of these filters. */
  and?: InputMaybe<Array<ServiceTypeWhereInput>>;
  /** code field predicates */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code contains the value. */
  codeContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code contains the value, ignoring case. */
  codeContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code equals the value, ignoring case. */
  codeEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code is greater than the value. */
  codeGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code is greater than or equal to the value. */
  codeGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code starts with the value. */
  codeHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code ends with the value. */
  codeHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code is one of the values. */
  codeIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose code is less than the value. */
  codeLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code is less than or equal to the value. */
  codeLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code differs from the value. */
  codeNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code is none of the values. */
  codeNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than the value. */
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than or equal to the value. */
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is one of the values. */
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose createdAt is less than the value. */
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is less than or equal to the value. */
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt differs from the value. */
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is none of the values. */
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** tickets edge predicates */
  hasTickets?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one tickets (matching the filter, for hasXWith). */
  hasTicketsWith?: InputMaybe<Array<TicketWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than the value. */
  idGT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than or equal to the value. */
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is one of the values. */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose id is less than the value. */
  idLT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is less than or equal to the value. */
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id differs from the value. */
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is none of the values. */
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** name field predicates */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name contains the value. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name contains the value, ignoring case. */
  nameContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name equals the value, ignoring case. */
  nameEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is greater than the value. */
  nameGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is greater than or equal to the value. */
  nameGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name starts with the value. */
  nameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name ends with the value. */
  nameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is one of the values. */
  nameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose name is less than the value. */
  nameLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is less than or equal to the value. */
  nameLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name differs from the value. */
  nameNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is none of the values. */
  nameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches ServiceType records that do not match this filter. */
  not?: InputMaybe<ServiceTypeWhereInput>;
  /** Matches records that match any of these filters. */
  or?: InputMaybe<Array<ServiceTypeWhereInput>>;
  /** time_limit_days field predicates */
  timeLimitDays?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose timeLimitDays is greater than the value. */
  timeLimitDaysGT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose timeLimitDays is greater than or equal to the value. */
  timeLimitDaysGTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose timeLimitDays is one of the values. */
  timeLimitDaysIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose timeLimitDays is less than the value. */
  timeLimitDaysLT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose timeLimitDays is less than or equal to the value. */
  timeLimitDaysLTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose timeLimitDays differs from the value. */
  timeLimitDaysNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose timeLimitDays is none of the values. */
  timeLimitDaysNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than the value. */
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than or equal to the value. */
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is one of the values. */
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose updatedAt is less than the value. */
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is less than or equal to the value. */
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt differs from the value. */
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is none of the values. */
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
};

/** SessionKind is enum for the field kind */
export type SessionKind =
  /** 议事会 (deliberation meeting) */
  | 'DELIBERATION'
  /** 宣讲 (lecture) */
  | 'LECTURE';

/** SessionMethod is enum for the field method */
export type SessionMethod =
  /** 调解 (mediation) */
  | 'MEDIATION'
  /** 劝导 (persuasion) */
  | 'PERSUASION'
  /** 表决 (vote) */
  | 'VOTE';

/** Ordering options for Session connections */
export type SessionOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Sessions. */
  field: SessionOrderField;
};

/** Properties by which Session connections can be ordered. */
export type SessionOrderField =
  | 'ATTENDANCE'
  | 'CREATED_AT'
  | 'HELD_AT'
  | 'KIND'
  | 'UPDATED_AT';

/** SessionOutcome is enum for the field outcome */
export type SessionOutcome =
  /** 通过 (approved) */
  | 'APPROVED'
  /** 暂缓 (deferred) */
  | 'DEFERRED'
  /** 否决 (rejected) */
  | 'REJECTED';

/**
 * SessionWhereInput is used for filtering Session objects.
 * Input was generated by ent.
 */
export type SessionWhereInput = {
  /** Matches records that match all of these filters. */
  and?: InputMaybe<Array<SessionWhereInput>>;
  /** attendance field predicates */
  attendance?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose attendance is greater than the value. */
  attendanceGT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose attendance is greater than or equal to the value. */
  attendanceGTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose attendance is one of the values. */
  attendanceIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose attendance is less than the value. */
  attendanceLT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose attendance is less than or equal to the value. */
  attendanceLTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose attendance differs from the value. */
  attendanceNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose attendance is none of the values. */
  attendanceNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** courtyard_id field predicates */
  courtyardID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose courtyardID is one of the values. */
  courtyardIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose courtyardID differs from the value. */
  courtyardIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose courtyardID is none of the values. */
  courtyardIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than the value. */
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than or equal to the value. */
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is one of the values. */
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose createdAt is less than the value. */
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is less than or equal to the value. */
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt differs from the value. */
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is none of the values. */
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** courtyard edge predicates */
  hasCourtyard?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one courtyard (matching the filter, for hasXWith). */
  hasCourtyardWith?: InputMaybe<Array<CourtyardWhereInput>>;
  /** issue edge predicates */
  hasIssue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one issue (matching the filter, for hasXWith). */
  hasIssueWith?: InputMaybe<Array<IssueWhereInput>>;
  /** quarter_theme edge predicates */
  hasQuarterTheme?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one quarterTheme (matching the filter, for hasXWith). */
  hasQuarterThemeWith?: InputMaybe<Array<QuarterThemeWhereInput>>;
  /** ratings edge predicates */
  hasRatings?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one ratings (matching the filter, for hasXWith). */
  hasRatingsWith?: InputMaybe<Array<RatingWhereInput>>;
  /** speaker edge predicates */
  hasSpeaker?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one speaker (matching the filter, for hasXWith). */
  hasSpeakerWith?: InputMaybe<Array<ResidentWhereInput>>;
  /** topic edge predicates */
  hasTopic?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one topic (matching the filter, for hasXWith). */
  hasTopicWith?: InputMaybe<Array<LectureTopicWhereInput>>;
  /** town edge predicates */
  hasTown?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one town (matching the filter, for hasXWith). */
  hasTownWith?: InputMaybe<Array<TownWhereInput>>;
  /** village edge predicates */
  hasVillage?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one village (matching the filter, for hasXWith). */
  hasVillageWith?: InputMaybe<Array<VillageWhereInput>>;
  /** held_at field predicates */
  heldAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose heldAt is greater than the value. */
  heldAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose heldAt is greater than or equal to the value. */
  heldAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose heldAt is one of the values. */
  heldAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose heldAt is less than the value. */
  heldAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose heldAt is less than or equal to the value. */
  heldAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose heldAt differs from the value. */
  heldAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose heldAt is none of the values. */
  heldAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** households_represented field predicates */
  householdsRepresented?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose householdsRepresented is greater than the value. */
  householdsRepresentedGT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose householdsRepresented is greater than or equal to the value. */
  householdsRepresentedGTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose householdsRepresented is one of the values. */
  householdsRepresentedIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose householdsRepresented is not set. */
  householdsRepresentedIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose householdsRepresented is less than the value. */
  householdsRepresentedLT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose householdsRepresented is less than or equal to the value. */
  householdsRepresentedLTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose householdsRepresented differs from the value. */
  householdsRepresentedNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose householdsRepresented is none of the values. */
  householdsRepresentedNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose householdsRepresented is set. */
  householdsRepresentedNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** households_total field predicates */
  householdsTotal?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose householdsTotal is greater than the value. */
  householdsTotalGT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose householdsTotal is greater than or equal to the value. */
  householdsTotalGTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose householdsTotal is one of the values. */
  householdsTotalIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose householdsTotal is not set. */
  householdsTotalIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose householdsTotal is less than the value. */
  householdsTotalLT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose householdsTotal is less than or equal to the value. */
  householdsTotalLTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose householdsTotal differs from the value. */
  householdsTotalNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose householdsTotal is none of the values. */
  householdsTotalNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose householdsTotal is set. */
  householdsTotalNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than the value. */
  idGT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than or equal to the value. */
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is one of the values. */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose id is less than the value. */
  idLT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is less than or equal to the value. */
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id differs from the value. */
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is none of the values. */
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** issue_id field predicates */
  issueID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose issueID is one of the values. */
  issueIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose issueID is not set. */
  issueIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose issueID differs from the value. */
  issueIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose issueID is none of the values. */
  issueIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose issueID is set. */
  issueIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** kind field predicates */
  kind?: InputMaybe<SessionKind>;
  /** Matches records whose kind is one of the values. */
  kindIn?: InputMaybe<Array<SessionKind>>;
  /** Matches records whose kind differs from the value. */
  kindNEQ?: InputMaybe<SessionKind>;
  /** Matches records whose kind is none of the values. */
  kindNotIn?: InputMaybe<Array<SessionKind>>;
  /** method field predicates */
  method?: InputMaybe<SessionMethod>;
  /** Matches records whose method is one of the values. */
  methodIn?: InputMaybe<Array<SessionMethod>>;
  /** Matches records whose method is not set. */
  methodIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose method differs from the value. */
  methodNEQ?: InputMaybe<SessionMethod>;
  /** Matches records whose method is none of the values. */
  methodNotIn?: InputMaybe<Array<SessionMethod>>;
  /** Matches records whose method is set. */
  methodNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches Session records that do not match this filter. */
  not?: InputMaybe<SessionWhereInput>;
  /** note field predicates */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose note contains the value. */
  noteContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose note contains the value, ignoring case. */
  noteContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose note equals the value, ignoring case. */
  noteEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose note is greater than the value. */
  noteGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose note is greater than or equal to the value. */
  noteGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose note starts with the value. */
  noteHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose note ends with the value. */
  noteHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose note is one of the values. */
  noteIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose note is not set. */
  noteIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose note is less than the value. */
  noteLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose note is less than or equal to the value. */
  noteLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose note differs from the value. */
  noteNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose note is none of the values. */
  noteNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose note is set. */
  noteNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records that match any of these filters. */
  or?: InputMaybe<Array<SessionWhereInput>>;
  /** outcome field predicates */
  outcome?: InputMaybe<SessionOutcome>;
  /** Matches records whose outcome is one of the values. */
  outcomeIn?: InputMaybe<Array<SessionOutcome>>;
  /** Matches records whose outcome is not set. */
  outcomeIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose outcome differs from the value. */
  outcomeNEQ?: InputMaybe<SessionOutcome>;
  /** Matches records whose outcome is none of the values. */
  outcomeNotIn?: InputMaybe<Array<SessionOutcome>>;
  /** Matches records whose outcome is set. */
  outcomeNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** quarter_theme_id field predicates */
  quarterThemeID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose quarterThemeID is one of the values. */
  quarterThemeIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose quarterThemeID is not set. */
  quarterThemeIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose quarterThemeID differs from the value. */
  quarterThemeIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose quarterThemeID is none of the values. */
  quarterThemeIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose quarterThemeID is set. */
  quarterThemeIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** speaker_id field predicates */
  speakerID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose speakerID is one of the values. */
  speakerIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose speakerID is not set. */
  speakerIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose speakerID differs from the value. */
  speakerIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose speakerID is none of the values. */
  speakerIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose speakerID is set. */
  speakerIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** speaker_name field predicates */
  speakerName?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose speakerName contains the value. */
  speakerNameContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose speakerName contains the value, ignoring case. */
  speakerNameContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose speakerName equals the value, ignoring case. */
  speakerNameEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose speakerName is greater than the value. */
  speakerNameGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose speakerName is greater than or equal to the value. */
  speakerNameGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose speakerName starts with the value. */
  speakerNameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose speakerName ends with the value. */
  speakerNameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose speakerName is one of the values. */
  speakerNameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose speakerName is not set. */
  speakerNameIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose speakerName is less than the value. */
  speakerNameLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose speakerName is less than or equal to the value. */
  speakerNameLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose speakerName differs from the value. */
  speakerNameNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose speakerName is none of the values. */
  speakerNameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose speakerName is set. */
  speakerNameNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** theme field predicates */
  theme?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose theme contains the value. */
  themeContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose theme contains the value, ignoring case. */
  themeContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose theme equals the value, ignoring case. */
  themeEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose theme is greater than the value. */
  themeGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose theme is greater than or equal to the value. */
  themeGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose theme starts with the value. */
  themeHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose theme ends with the value. */
  themeHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose theme is one of the values. */
  themeIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose theme is not set. */
  themeIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose theme is less than the value. */
  themeLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose theme is less than or equal to the value. */
  themeLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose theme differs from the value. */
  themeNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose theme is none of the values. */
  themeNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose theme is set. */
  themeNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** topic_id field predicates */
  topicID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose topicID is one of the values. */
  topicIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose topicID is not set. */
  topicIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose topicID differs from the value. */
  topicIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose topicID is none of the values. */
  topicIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose topicID is set. */
  topicIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** town_id field predicates */
  townID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose townID is one of the values. */
  townIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose townID differs from the value. */
  townIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose townID is none of the values. */
  townIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than the value. */
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than or equal to the value. */
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is one of the values. */
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose updatedAt is less than the value. */
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is less than or equal to the value. */
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt differs from the value. */
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is none of the values. */
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** village_id field predicates */
  villageID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose villageID is one of the values. */
  villageIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose villageID differs from the value. */
  villageIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose villageID is none of the values. */
  villageIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** votes_abstain field predicates */
  votesAbstain?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesAbstain is greater than the value. */
  votesAbstainGT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesAbstain is greater than or equal to the value. */
  votesAbstainGTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesAbstain is one of the values. */
  votesAbstainIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose votesAbstain is not set. */
  votesAbstainIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose votesAbstain is less than the value. */
  votesAbstainLT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesAbstain is less than or equal to the value. */
  votesAbstainLTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesAbstain differs from the value. */
  votesAbstainNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesAbstain is none of the values. */
  votesAbstainNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose votesAbstain is set. */
  votesAbstainNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** votes_against field predicates */
  votesAgainst?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesAgainst is greater than the value. */
  votesAgainstGT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesAgainst is greater than or equal to the value. */
  votesAgainstGTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesAgainst is one of the values. */
  votesAgainstIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose votesAgainst is not set. */
  votesAgainstIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose votesAgainst is less than the value. */
  votesAgainstLT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesAgainst is less than or equal to the value. */
  votesAgainstLTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesAgainst differs from the value. */
  votesAgainstNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesAgainst is none of the values. */
  votesAgainstNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose votesAgainst is set. */
  votesAgainstNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** votes_for field predicates */
  votesFor?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesFor is greater than the value. */
  votesForGT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesFor is greater than or equal to the value. */
  votesForGTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesFor is one of the values. */
  votesForIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose votesFor is not set. */
  votesForIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose votesFor is less than the value. */
  votesForLT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesFor is less than or equal to the value. */
  votesForLTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesFor differs from the value. */
  votesForNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose votesFor is none of the values. */
  votesForNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose votesFor is set. */
  votesForNotNil?: InputMaybe<Scalars['Boolean']['input']>;
};

/** An account to disable or enable. 停用或启用账号 */
export type SetAccountDisabledInput = {
  /** True to disable, false to enable again. 是否停用 */
  disabled: Scalars['Boolean']['input'];
  /** Repeat-safe key: a repeat from the same account with the same input returns the first response; the key with another input is refused (CONFLICT). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The account. 账号 */
  userId: Scalars['ID']['input'];
};

/**
 * A passing rule: motions pass when votes for exceed majorityNumerator/majorityDenominator of the
 * residents present and households represented reach quorumNumerator/quorumDenominator of the
 * courtyard's; collective funds above fundThresholdFen, or issues of escalateCategories, need the
 * village's approval first. 议事规则
 */
export type SetDeliberationRuleInput = {
  /** Categories a courtyard head or officer may handle at once, before any meeting (先处置后报备); omitted: PUBLIC_FACILITY and LIVING_ENVIRONMENT, an empty list: none. 可先处置后报备的类别 */
  emergencyCategories?: InputMaybe<Array<IssueCategory>>;
  /** Issue categories the village approves whatever they cost. 须上报的类别 */
  escalateCategories?: InputMaybe<Array<IssueCategory>>;
  /** Collective funds above this, in fen, need the village's approval first. 集体资金上报门槛（分） */
  fundThresholdFen: Scalars['Int']['input'];
  /** Repeating a key with the same input returns the first response and changes nothing; the key with another input is refused (CONFLICT). 幂等键 */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Majority share (denominator). 多数比例分母 */
  majorityDenominator: Scalars['Int']['input'];
  /** Majority share of those present (numerator); at least one half, below all. 多数比例分子 */
  majorityNumerator: Scalars['Int']['input'];
  /** Categories a meeting may decide by mediation, without a vote or quorum (disputes); omitted: DISPUTE, an empty list: none. 可调解议定的类别 */
  mediationCategories?: InputMaybe<Array<IssueCategory>>;
  /** Categories a meeting may decide by persuasion, without a vote or quorum (customs); omitted: CUSTOMS, an empty list: none. 可劝导议定的类别 */
  persuasionCategories?: InputMaybe<Array<IssueCategory>>;
  /** Quorum share (denominator). 法定户数比例分母 */
  quorumDenominator: Scalars['Int']['input'];
  /** Quorum share of the courtyard's households (numerator). 法定户数比例分子 */
  quorumNumerator: Scalars['Int']['input'];
  /** Village overriding the district default; omit to set the district default. 村社区 */
  villageID?: InputMaybe<Scalars['ID']['input']>;
};

/** Whether a good is on offer. 上架/下架 */
export type SetItemActiveInput = {
  /** On offer or not. 是否上架 */
  active: Scalars['Boolean']['input'];
  /** Repeat-safe key: a repeat from the same account with the same input returns the first response; the key with another input is refused (CONFLICT). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The good. 商品 */
  itemID: Scalars['ID']['input'];
};

/** The district's targets, replacing those it has. 设置指标目标 */
export type SetMetricTargetsInput = {
  /** The district (the administrator's own). 区县 */
  district: Scalars['ID']['input'];
  /** Makes a retry safe: a repeat with the same key returns the first result. 幂等键 */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The targets, one per metric. 目标 */
  targets: Array<MetricTargetInput>;
};

/** A village's themes for a quarter. 季度宣讲主题 */
export type SetQuarterThemesInput = {
  /** Repeat-safe key: a repeat from the same account with the same input returns the first response; the key with another input is refused (CONFLICT). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The quarter, e.g. 2024Q2. 季度 */
  quarter: Scalars['String']['input'];
  /** 2–3 themes, at most one per topic. 主题 */
  themes: Array<QuarterThemeInput>;
  /** The village. 村社区 */
  villageId: Scalars['ID']['input'];
};

/** Input of splitCourtyard. 拆分院坝 */
export type SplitCourtyardInput = {
  /** New courtyard's 15-digit code. 新院坝代码 */
  code: Scalars['String']['input'];
  /** Courtyard split. 原院坝 */
  courtyardID: Scalars['ID']['input'];
  /** Households that form the new courtyard: some, not all, of the courtyard's. 迁入新院坝的农户 */
  householdIDs: Array<Scalars['ID']['input']>;
  /** Makes a retry safe: a repeat from the same account with the same input returns the first response; the key with another input is refused (CONFLICT). 幂等键 */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** New courtyard's name. 新院坝名称 */
  name: Scalars['String']['input'];
  /** Appointed officers of the new courtyard (its head is then elected with electHead). 新院坝岗位 */
  officers?: InputMaybe<Array<OfficerInput>>;
};

/** Which records a statistic counts. Every filter narrows the account's own area. 统计筛选 */
export type StatsFilter = {
  /** A district, town, village or courtyard inside the account's area. 区域 */
  area?: InputMaybe<Scalars['ID']['input']>;
  /** The instant snapshot figures (TICKETS_OVERDUE, ROLES_VACANT, POINTS_BALANCE, …) and the gaps are taken at, instead of the period's end (or now, if sooner). 数据截至 */
  asOf?: InputMaybe<Scalars['Time']['input']>;
  /** Issue categories. 议事类别 */
  categories?: InputMaybe<Array<IssueCategory>>;
  /** Rating dimensions. 评价维度 */
  dimensions?: InputMaybe<Array<RatingDimension>>;
  /** Start of the time range (inclusive); with to, instead of period. 开始时间 */
  from?: InputMaybe<Scalars['Time']['input']>;
  /** High-frequency issue items. 高频事项 */
  itemIDs?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Ticket modes. 办理方式 */
  modes?: InputMaybe<Array<TicketMode>>;
  /** Deliberation meeting outcomes; for issues, their latest meeting's. 表决结果 */
  outcomes?: InputMaybe<Array<SessionOutcome>>;
  /** A period label: 2024, 2024H1, 2024Q2, 2024-06 or 2024-06-30 (Asia/Shanghai). 统计周期 */
  period?: InputMaybe<Scalars['String']['input']>;
  /** Courtyard roles (一长三员). 岗位 */
  roles?: InputMaybe<Array<RoleAssignmentRole>>;
  /** Proxy-service types. 代办事项类型 */
  serviceTypeIDs?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Issue stages. 议事阶段 */
  stages?: InputMaybe<Array<IssueStage>>;
  /** Ticket statuses. 办理状态 */
  statuses?: InputMaybe<Array<TicketStatus>>;
  /** End of the time range (exclusive). 结束时间 */
  to?: InputMaybe<Scalars['Time']['input']>;
  /** Lecture topics by code (lectureTopics' code, e.g. THEORY or CIVILISATION). 宣讲类别 */
  topics?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Keys a statistic can be grouped by. 分组键 */
export type StatsKey =
  /** 议事类别 (issue category) */
  | 'CATEGORY'
  /** 院坝 (courtyard) */
  | 'COURTYARD'
  /** 评价维度 (rating dimension) */
  | 'DIMENSION'
  /** 高频事项 (issue item) */
  | 'ITEM'
  /** 办理方式 (ticket mode) */
  | 'MODE'
  /** 表决结果 (meeting outcome; an issue's latest meeting) */
  | 'OUTCOME'
  /** 岗位 (role) */
  | 'ROLE'
  /** 代办事项 (service type) */
  | 'SERVICE_TYPE'
  /** 议事阶段 (issue stage) */
  | 'STAGE'
  /** 办理状态 (ticket status) */
  | 'STATUS'
  /** 宣讲类别 (lecture topic) */
  | 'TOPIC'
  /** 乡镇 (town) */
  | 'TOWN'
  /** 村社区 (village) */
  | 'VILLAGE';

/** Order of statistics rows: by one metric's value (nulls last), ties by the keys. 统计排序 */
export type StatsOrder = {
  /** Direction (default DESC). 方向 */
  direction?: InputMaybe<OrderDirection>;
  /** The metric whose value orders the rows. 排序指标 */
  metric: Metric;
};

/** A golden idea. 金点子 */
export type SubmitIdeaInput = {
  /** The idea. 内容 */
  content: Scalars['String']['input'];
  /** Courtyard where it was submitted. 院坝 */
  courtyardID: Scalars['ID']['input'];
  /** Repeating a key with the same input returns the first response and changes nothing; the key with another input is refused (CONFLICT). 幂等键 */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Resident who proposed it. 提出人 */
  proposerID: Scalars['ID']['input'];
};

/** A resident's application. 代办申请 */
export type SubmitTicketInput = {
  /** Resident applying; the ticket belongs to their courtyard. 申请人 */
  applicantId: Scalars['ID']['input'];
  /** Documents received from the applicant. 已收要件 */
  documentsReceived?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Repeat-safe key: a repeat from the same account with the same input returns the first response; the key with another input is refused (CONFLICT). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** How it is handled; one of the modes the service allows. 办理方式 */
  mode: TicketMode;
  /** Remark. 备注 */
  note?: InputMaybe<Scalars['String']['input']>;
  /** When it happened, if it was recorded after the fact: not in the future, not before the record's previous step, at most the district's backdateDays back; omitted: now. The record keeps it as the step's time (metrics and time limits use it) beside the time it was recorded. 发生时间（补录时填写，默认为当前时间） */
  occurredAt?: InputMaybe<Scalars['Time']['input']>;
  /** Service applied for. 服务事项 */
  serviceTypeId: Scalars['ID']['input'];
};

/** Ordering options for SupermarketItem connections */
export type SupermarketItemOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order SupermarketItems. */
  field: SupermarketItemOrderField;
};

/** Properties by which SupermarketItem connections can be ordered. */
export type SupermarketItemOrderField =
  | 'CREATED_AT'
  | 'NAME'
  | 'POINTS_COST'
  | 'UPDATED_AT';

/** Which SupermarketItem to change, and how. */
export type SupermarketItemPatch = {
  /** ID of the record to change. */
  id: Scalars['ID']['input'];
  /** Fields to change. */
  set: UpdateSupermarketItemInput;
};

/**
 * SupermarketItemWhereInput is used for filtering SupermarketItem objects.
 * Input was generated by ent.
 */
export type SupermarketItemWhereInput = {
  /** active field predicates */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose active differs from the value. */
  activeNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records that match all of these filters. */
  and?: InputMaybe<Array<SupermarketItemWhereInput>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than the value. */
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than or equal to the value. */
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is one of the values. */
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose createdAt is less than the value. */
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is less than or equal to the value. */
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt differs from the value. */
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is none of the values. */
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** redemptions edge predicates */
  hasRedemptions?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one redemptions (matching the filter, for hasXWith). */
  hasRedemptionsWith?: InputMaybe<Array<PointRedemptionWhereInput>>;
  /** village edge predicates */
  hasVillage?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one village (matching the filter, for hasXWith). */
  hasVillageWith?: InputMaybe<Array<VillageWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than the value. */
  idGT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than or equal to the value. */
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is one of the values. */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose id is less than the value. */
  idLT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is less than or equal to the value. */
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id differs from the value. */
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is none of the values. */
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** name field predicates */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name contains the value. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name contains the value, ignoring case. */
  nameContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name equals the value, ignoring case. */
  nameEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is greater than the value. */
  nameGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is greater than or equal to the value. */
  nameGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name starts with the value. */
  nameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name ends with the value. */
  nameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is one of the values. */
  nameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose name is less than the value. */
  nameLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is less than or equal to the value. */
  nameLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name differs from the value. */
  nameNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is none of the values. */
  nameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches SupermarketItem records that do not match this filter. */
  not?: InputMaybe<SupermarketItemWhereInput>;
  /** Matches records that match any of these filters. */
  or?: InputMaybe<Array<SupermarketItemWhereInput>>;
  /** points_cost field predicates */
  pointsCost?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose pointsCost is greater than the value. */
  pointsCostGT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose pointsCost is greater than or equal to the value. */
  pointsCostGTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose pointsCost is one of the values. */
  pointsCostIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose pointsCost is less than the value. */
  pointsCostLT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose pointsCost is less than or equal to the value. */
  pointsCostLTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose pointsCost differs from the value. */
  pointsCostNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose pointsCost is none of the values. */
  pointsCostNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** stock field predicates */
  stock?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose stock is greater than the value. */
  stockGT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose stock is greater than or equal to the value. */
  stockGTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose stock is one of the values. */
  stockIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose stock is less than the value. */
  stockLT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose stock is less than or equal to the value. */
  stockLTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose stock differs from the value. */
  stockNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose stock is none of the values. */
  stockNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than the value. */
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than or equal to the value. */
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is one of the values. */
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose updatedAt is less than the value. */
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is less than or equal to the value. */
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt differs from the value. */
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is none of the values. */
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** village_id field predicates */
  villageID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose villageID is one of the values. */
  villageIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose villageID differs from the value. */
  villageIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose villageID is none of the values. */
  villageIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Documents handed in for a ticket. 补交材料 */
export type SupplyDocumentsInput = {
  /** Documents handed in, each one of the service's required documents. 补交要件 */
  documents: Array<Scalars['String']['input']>;
  /** The ticket. */
  id: Scalars['ID']['input'];
  /** Repeat-safe key: a repeat from the same account with the same input returns the first response; the key with another input is refused (CONFLICT). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

/** A cell's traffic light. 目标状态 */
export type TargetStatus =
  /** 接近 (missed by at most 10 % of the target's magnitude) */
  | 'AMBER'
  /** 达标 (met) */
  | 'GREEN'
  /** 无数据 (no value) */
  | 'NONE'
  /** 未达标 (missed by more) */
  | 'RED';

/** TicketMode is enum for the field mode */
export type TicketMode =
  /** 协助代办 (assisted) */
  | 'ASSISTED'
  /** 全程代办 (end to end) */
  | 'END_TO_END'
  /** 现场代办 (on site) */
  | 'ON_SITE';

/** Ordering options for Ticket connections */
export type TicketOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Tickets. */
  field: TicketOrderField;
};

/** Properties by which Ticket connections can be ordered. */
export type TicketOrderField =
  | 'ACCEPTED_AT'
  | 'COMPLETED_AT'
  | 'CREATED_AT'
  | 'DUE_AT'
  | 'STATUS'
  | 'SUBMITTED_AT'
  | 'UPDATED_AT';

/** TicketStatus is enum for the field status */
export type TicketStatus =
  /** 已受理 (accepted) */
  | 'ACCEPTED'
  /** 已办结 (completed) */
  | 'COMPLETED'
  /** 办理中 (in progress) */
  | 'IN_PROGRESS'
  /** 已退回 (rejected) */
  | 'REJECTED'
  /** 待受理 (submitted) */
  | 'SUBMITTED'
  /** 已撤回 (withdrawn) */
  | 'WITHDRAWN';

/**
 * TicketWhereInput is used for filtering Ticket objects.
 * Input was generated by ent.
 */
export type TicketWhereInput = {
  /** accepted_at field predicates */
  acceptedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose acceptedAt is greater than the value. */
  acceptedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose acceptedAt is greater than or equal to the value. */
  acceptedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose acceptedAt is one of the values. */
  acceptedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose acceptedAt is not set. */
  acceptedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose acceptedAt is less than the value. */
  acceptedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose acceptedAt is less than or equal to the value. */
  acceptedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose acceptedAt differs from the value. */
  acceptedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose acceptedAt is none of the values. */
  acceptedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose acceptedAt is set. */
  acceptedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** agent_id field predicates */
  agentID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose agentID is one of the values. */
  agentIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose agentID is not set. */
  agentIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose agentID differs from the value. */
  agentIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose agentID is none of the values. */
  agentIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose agentID is set. */
  agentIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records that match all of these filters. */
  and?: InputMaybe<Array<TicketWhereInput>>;
  /** applicant_id field predicates */
  applicantID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose applicantID is one of the values. */
  applicantIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose applicantID differs from the value. */
  applicantIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose applicantID is none of the values. */
  applicantIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The instant overdue is judged at (default now; nested and/or/not inherit it): the tickets overdue at the end of 2024Q2 are `{overdue: true, asOf: "2024-06-30T16:00:00Z"}`, as many as the TICKETS_OVERDUE figure of 2024Q2. 数据截至 */
  asOf?: InputMaybe<Scalars['Time']['input']>;
  /** completed_at field predicates */
  completedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose completedAt is greater than the value. */
  completedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose completedAt is greater than or equal to the value. */
  completedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose completedAt is one of the values. */
  completedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose completedAt is not set. */
  completedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose completedAt is less than the value. */
  completedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose completedAt is less than or equal to the value. */
  completedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose completedAt differs from the value. */
  completedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose completedAt is none of the values. */
  completedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose completedAt is set. */
  completedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** courtyard_id field predicates */
  courtyardID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose courtyardID is one of the values. */
  courtyardIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose courtyardID differs from the value. */
  courtyardIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose courtyardID is none of the values. */
  courtyardIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than the value. */
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than or equal to the value. */
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is one of the values. */
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose createdAt is less than the value. */
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is less than or equal to the value. */
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt differs from the value. */
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is none of the values. */
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** documents_complete_at field predicates */
  documentsCompleteAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose documentsCompleteAt is greater than the value. */
  documentsCompleteAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose documentsCompleteAt is greater than or equal to the value. */
  documentsCompleteAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose documentsCompleteAt is one of the values. */
  documentsCompleteAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose documentsCompleteAt is not set. */
  documentsCompleteAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose documentsCompleteAt is less than the value. */
  documentsCompleteAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose documentsCompleteAt is less than or equal to the value. */
  documentsCompleteAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose documentsCompleteAt differs from the value. */
  documentsCompleteAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose documentsCompleteAt is none of the values. */
  documentsCompleteAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose documentsCompleteAt is set. */
  documentsCompleteAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** due_at field predicates */
  dueAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose dueAt is greater than the value. */
  dueAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose dueAt is greater than or equal to the value. */
  dueAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose dueAt is one of the values. */
  dueAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose dueAt is not set. */
  dueAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose dueAt is less than the value. */
  dueAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose dueAt is less than or equal to the value. */
  dueAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose dueAt differs from the value. */
  dueAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose dueAt is none of the values. */
  dueAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose dueAt is set. */
  dueAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** handed_to field predicates */
  handedTo?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose handedTo contains the value. */
  handedToContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose handedTo contains the value, ignoring case. */
  handedToContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose handedTo equals the value, ignoring case. */
  handedToEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose handedTo is greater than the value. */
  handedToGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose handedTo is greater than or equal to the value. */
  handedToGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose handedTo starts with the value. */
  handedToHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose handedTo ends with the value. */
  handedToHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose handedTo is one of the values. */
  handedToIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose handedTo is not set. */
  handedToIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose handedTo is less than the value. */
  handedToLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose handedTo is less than or equal to the value. */
  handedToLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose handedTo differs from the value. */
  handedToNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose handedTo is none of the values. */
  handedToNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose handedTo is set. */
  handedToNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** agent edge predicates */
  hasAgent?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one agent (matching the filter, for hasXWith). */
  hasAgentWith?: InputMaybe<Array<ResidentWhereInput>>;
  /** applicant edge predicates */
  hasApplicant?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one applicant (matching the filter, for hasXWith). */
  hasApplicantWith?: InputMaybe<Array<ResidentWhereInput>>;
  /** courtyard edge predicates */
  hasCourtyard?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one courtyard (matching the filter, for hasXWith). */
  hasCourtyardWith?: InputMaybe<Array<CourtyardWhereInput>>;
  /** photos edge predicates */
  hasPhotos?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one photos (matching the filter, for hasXWith). */
  hasPhotosWith?: InputMaybe<Array<PhotoWhereInput>>;
  /** ratings edge predicates */
  hasRatings?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one ratings (matching the filter, for hasXWith). */
  hasRatingsWith?: InputMaybe<Array<RatingWhereInput>>;
  /** service_type edge predicates */
  hasServiceType?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one serviceType (matching the filter, for hasXWith). */
  hasServiceTypeWith?: InputMaybe<Array<ServiceTypeWhereInput>>;
  /** town edge predicates */
  hasTown?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one town (matching the filter, for hasXWith). */
  hasTownWith?: InputMaybe<Array<TownWhereInput>>;
  /** village edge predicates */
  hasVillage?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one village (matching the filter, for hasXWith). */
  hasVillageWith?: InputMaybe<Array<VillageWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than the value. */
  idGT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than or equal to the value. */
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is one of the values. */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose id is less than the value. */
  idLT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is less than or equal to the value. */
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id differs from the value. */
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is none of the values. */
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** missing_documents_note field predicates */
  missingDocumentsNote?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose missingDocumentsNote contains the value. */
  missingDocumentsNoteContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose missingDocumentsNote contains the value, ignoring case. */
  missingDocumentsNoteContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose missingDocumentsNote equals the value, ignoring case. */
  missingDocumentsNoteEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose missingDocumentsNote is greater than the value. */
  missingDocumentsNoteGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose missingDocumentsNote is greater than or equal to the value. */
  missingDocumentsNoteGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose missingDocumentsNote starts with the value. */
  missingDocumentsNoteHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose missingDocumentsNote ends with the value. */
  missingDocumentsNoteHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose missingDocumentsNote is one of the values. */
  missingDocumentsNoteIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose missingDocumentsNote is not set. */
  missingDocumentsNoteIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose missingDocumentsNote is less than the value. */
  missingDocumentsNoteLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose missingDocumentsNote is less than or equal to the value. */
  missingDocumentsNoteLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose missingDocumentsNote differs from the value. */
  missingDocumentsNoteNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose missingDocumentsNote is none of the values. */
  missingDocumentsNoteNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose missingDocumentsNote is set. */
  missingDocumentsNoteNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** mode field predicates */
  mode?: InputMaybe<TicketMode>;
  /** Matches records whose mode is one of the values. */
  modeIn?: InputMaybe<Array<TicketMode>>;
  /** Matches records whose mode differs from the value. */
  modeNEQ?: InputMaybe<TicketMode>;
  /** Matches records whose mode is none of the values. */
  modeNotIn?: InputMaybe<Array<TicketMode>>;
  /** Matches Ticket records that do not match this filter. */
  not?: InputMaybe<TicketWhereInput>;
  /** note field predicates */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose note contains the value. */
  noteContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose note contains the value, ignoring case. */
  noteContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose note equals the value, ignoring case. */
  noteEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose note is greater than the value. */
  noteGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose note is greater than or equal to the value. */
  noteGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose note starts with the value. */
  noteHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose note ends with the value. */
  noteHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose note is one of the values. */
  noteIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose note is not set. */
  noteIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose note is less than the value. */
  noteLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose note is less than or equal to the value. */
  noteLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose note differs from the value. */
  noteNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose note is none of the values. */
  noteNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose note is set. */
  noteNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** true: completed at or before the due time; false: completed after it. Only completed tickets match either. 按时办结 */
  onTime?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records that match any of these filters. */
  or?: InputMaybe<Array<TicketWhereInput>>;
  /** true: overdue at asOf (now by default) — accepted by then, due before it, and not completed, rejected or withdrawn by then, as TICKETS_OVERDUE counts; false: every other ticket. 已超时 */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** reason field predicates */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose reason contains the value. */
  reasonContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose reason contains the value, ignoring case. */
  reasonContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose reason equals the value, ignoring case. */
  reasonEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose reason is greater than the value. */
  reasonGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose reason is greater than or equal to the value. */
  reasonGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose reason starts with the value. */
  reasonHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose reason ends with the value. */
  reasonHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose reason is one of the values. */
  reasonIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose reason is not set. */
  reasonIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose reason is less than the value. */
  reasonLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose reason is less than or equal to the value. */
  reasonLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose reason differs from the value. */
  reasonNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose reason is none of the values. */
  reasonNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose reason is set. */
  reasonNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** service_type_id field predicates */
  serviceTypeID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose serviceTypeID is one of the values. */
  serviceTypeIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose serviceTypeID differs from the value. */
  serviceTypeIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose serviceTypeID is none of the values. */
  serviceTypeIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** status field predicates */
  status?: InputMaybe<TicketStatus>;
  /** Matches records whose status is one of the values. */
  statusIn?: InputMaybe<Array<TicketStatus>>;
  /** Matches records whose status differs from the value. */
  statusNEQ?: InputMaybe<TicketStatus>;
  /** Matches records whose status is none of the values. */
  statusNotIn?: InputMaybe<Array<TicketStatus>>;
  /** submitted_at field predicates */
  submittedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose submittedAt is greater than the value. */
  submittedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose submittedAt is greater than or equal to the value. */
  submittedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose submittedAt is one of the values. */
  submittedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose submittedAt is less than the value. */
  submittedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose submittedAt is less than or equal to the value. */
  submittedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose submittedAt differs from the value. */
  submittedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose submittedAt is none of the values. */
  submittedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** town_id field predicates */
  townID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose townID is one of the values. */
  townIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose townID differs from the value. */
  townIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose townID is none of the values. */
  townIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than the value. */
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than or equal to the value. */
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is one of the values. */
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose updatedAt is less than the value. */
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is less than or equal to the value. */
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt differs from the value. */
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is none of the values. */
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** version field predicates */
  version?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose version is greater than the value. */
  versionGT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose version is greater than or equal to the value. */
  versionGTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose version is one of the values. */
  versionIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose version is less than the value. */
  versionLT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose version is less than or equal to the value. */
  versionLTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose version differs from the value. */
  versionNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose version is none of the values. */
  versionNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** village_id field predicates */
  villageID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose villageID is one of the values. */
  villageIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose villageID differs from the value. */
  villageIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose villageID is none of the values. */
  villageIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** true: tickets open and awaiting documents (waitingForDocuments); false: every other ticket. 待补正 */
  waitingForDocuments?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Time buckets, in Asia/Shanghai. 时间粒度 */
export type TimeBucket =
  /** 日 (day), label 2024-06-30 */
  | 'DAY'
  /** 半年 (half-year), label 2024H1 */
  | 'HALF_YEAR'
  /** 月 (month), label 2024-06 */
  | 'MONTH'
  /** 季度 (quarter), label 2024Q2 */
  | 'QUARTER'
  /** 周 (ISO week), label 2024-W26 */
  | 'WEEK'
  /** 年 (year), label 2024 */
  | 'YEAR';

/** TownKind is enum for the field kind */
export type TownKind =
  /** 街道 (street) */
  | 'STREET'
  /** 镇 (town) */
  | 'TOWN'
  /** 乡 (township) */
  | 'TOWNSHIP';

/** Ordering options for Town connections */
export type TownOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Towns. */
  field: TownOrderField;
};

/** Properties by which Town connections can be ordered. */
export type TownOrderField =
  | 'CODE'
  | 'CREATED_AT'
  | 'NAME'
  | 'UPDATED_AT';

/** Which Town to change, and how. */
export type TownPatch = {
  /** ID of the record to change. */
  id: Scalars['ID']['input'];
  /** Fields to change. */
  set: UpdateTownInput;
};

/**
 * TownWhereInput is used for filtering Town objects.
 * Input was generated by ent.
 */
export type TownWhereInput = {
  /** Matches records that match all of these filters. */
  and?: InputMaybe<Array<TownWhereInput>>;
  /** code field predicates */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code contains the value. */
  codeContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code contains the value, ignoring case. */
  codeContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code equals the value, ignoring case. */
  codeEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code is greater than the value. */
  codeGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code is greater than or equal to the value. */
  codeGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code starts with the value. */
  codeHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code ends with the value. */
  codeHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code is one of the values. */
  codeIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose code is less than the value. */
  codeLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code is less than or equal to the value. */
  codeLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code differs from the value. */
  codeNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code is none of the values. */
  codeNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than the value. */
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than or equal to the value. */
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is one of the values. */
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose createdAt is less than the value. */
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is less than or equal to the value. */
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt differs from the value. */
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is none of the values. */
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** district_id field predicates */
  districtID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose districtID is one of the values. */
  districtIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose districtID differs from the value. */
  districtIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose districtID is none of the values. */
  districtIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** district edge predicates */
  hasDistrict?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one district (matching the filter, for hasXWith). */
  hasDistrictWith?: InputMaybe<Array<DistrictWhereInput>>;
  /** villages edge predicates */
  hasVillages?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one villages (matching the filter, for hasXWith). */
  hasVillagesWith?: InputMaybe<Array<VillageWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than the value. */
  idGT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than or equal to the value. */
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is one of the values. */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose id is less than the value. */
  idLT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is less than or equal to the value. */
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id differs from the value. */
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is none of the values. */
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** kind field predicates */
  kind?: InputMaybe<TownKind>;
  /** Matches records whose kind is one of the values. */
  kindIn?: InputMaybe<Array<TownKind>>;
  /** Matches records whose kind differs from the value. */
  kindNEQ?: InputMaybe<TownKind>;
  /** Matches records whose kind is none of the values. */
  kindNotIn?: InputMaybe<Array<TownKind>>;
  /** name field predicates */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name contains the value. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name contains the value, ignoring case. */
  nameContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name equals the value, ignoring case. */
  nameEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is greater than the value. */
  nameGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is greater than or equal to the value. */
  nameGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name starts with the value. */
  nameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name ends with the value. */
  nameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is one of the values. */
  nameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose name is less than the value. */
  nameLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is less than or equal to the value. */
  nameLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name differs from the value. */
  nameNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is none of the values. */
  nameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches Town records that do not match this filter. */
  not?: InputMaybe<TownWhereInput>;
  /** Matches records that match any of these filters. */
  or?: InputMaybe<Array<TownWhereInput>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than the value. */
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than or equal to the value. */
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is one of the values. */
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose updatedAt is less than the value. */
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is less than or equal to the value. */
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt differs from the value. */
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is none of the values. */
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
};

/**
 * UpdateCourtyardInput is used for update Courtyard object.
 * Input was generated by ent.
 */
export type UpdateCourtyardInput = {
  /** Clears latitude. Latitude of the courtyard's centre (WGS-84). 纬度 */
  clearLatitude?: InputMaybe<Scalars['Boolean']['input']>;
  /** Clears longitude. Longitude of the courtyard's centre (WGS-84). 经度 */
  clearLongitude?: InputMaybe<Scalars['Boolean']['input']>;
  /** 15-digit code: the village code plus 3 digits. 网格编码 */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Latitude of the courtyard's centre (WGS-84). 纬度 */
  latitude?: InputMaybe<Scalars['Float']['input']>;
  /** Longitude of the courtyard's centre (WGS-84). 经度 */
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** Name, e.g. 杨家院坝. 名称 */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Sets village. Village the courtyard belongs to. 所属村社区 */
  villageID?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * UpdateDistrictInput is used for update District object.
 * Input was generated by ent.
 */
export type UpdateDistrictInput = {
  /** Adds to town. */
  addTownIDs?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** How many days back a step may be dated: officers record work after it happened, at most this long after (0: not at all). 可补录天数 */
  backdateDays?: InputMaybe<Scalars['Int']['input']>;
  /** Clears towns. Towns, townships and streets of the district. 乡镇街道 */
  clearTowns?: InputMaybe<Scalars['Boolean']['input']>;
  /** 6-digit statistical division code, e.g. 500154. 区划代码 */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Red flags: an officer whose counted score lies at most this far above the failing line (but not below it) is flagged as near failing. 红灯：临近不合格分差 */
  flagFailingMargin?: InputMaybe<Scalars['Float']['input']>;
  /** Red flags: an open issue with no step for more than this many days is flagged as stuck. 红灯：议事停滞天数 */
  flagIssueStuckDays?: InputMaybe<Scalars['Int']['input']>;
  /** Red flags: within this many days of the quarter's end, the quarter's themes without a lecture are flagged. 红灯：季末提醒天数 */
  flagQuarterEndDays?: InputMaybe<Scalars['Int']['input']>;
  /** Red flags: a ticket overdue by more than this many days is flagged. 红灯：代办超期天数 */
  flagTicketOverdueDays?: InputMaybe<Scalars['Int']['input']>;
  /** Name, e.g. 开州区. 名称 */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Removes from town. */
  removeTownIDs?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/**
 * UpdateHouseholdInput is used for update Household object.
 * Input was generated by ent.
 */
export type UpdateHouseholdInput = {
  /** Adds to resident. */
  addResidentIDs?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Postal address (personal data). 住址 */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Clears address. Postal address (personal data). 住址 */
  clearAddress?: InputMaybe<Scalars['Boolean']['input']>;
  /** Clears phone. Contact phone (personal data). 联系电话 */
  clearPhone?: InputMaybe<Scalars['Boolean']['input']>;
  /** Clears residents. Members of the household. 家庭成员 */
  clearResidents?: InputMaybe<Scalars['Boolean']['input']>;
  /** Name of the head of household (personal data). 户主姓名 */
  headName?: InputMaybe<Scalars['String']['input']>;
  /** Household number within the courtyard, e.g. 012. 户号 */
  number?: InputMaybe<Scalars['String']['input']>;
  /** Contact phone (personal data). 联系电话 */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Removes from resident. */
  removeResidentIDs?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/**
 * UpdateIssueItemInput is used for update IssueItem object.
 * Input was generated by ent.
 */
export type UpdateIssueItemInput = {
  /** Category the item belongs to. 类别 */
  category?: InputMaybe<IssueItemCategory>;
  /** Stable code of the item, e.g. WATER_SUPPLY. 编码 */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Name, e.g. 饮水管网维修. 名称 */
  name?: InputMaybe<Scalars['String']['input']>;
};

/**
 * UpdateResidentInput is used for update Resident object.
 * Input was generated by ent.
 */
export type UpdateResidentInput = {
  /** Year of birth. 出生年份 */
  birthYear?: InputMaybe<Scalars['Int']['input']>;
  /** Clears birthYear. Year of birth. 出生年份 */
  clearBirthYear?: InputMaybe<Scalars['Boolean']['input']>;
  /** Clears gender. Gender. 性别 */
  clearGender?: InputMaybe<Scalars['Boolean']['input']>;
  /** Clears iDCardNumber. */
  clearIDCardNumber?: InputMaybe<Scalars['Boolean']['input']>;
  /** Clears phone. Mobile phone (personal data). 手机号 */
  clearPhone?: InputMaybe<Scalars['Boolean']['input']>;
  /** Gender. 性别 */
  gender?: InputMaybe<ResidentGender>;
  /** Sets household. Household the resident belongs to. 所属农户 */
  householdID?: InputMaybe<Scalars['ID']['input']>;
  /** Resident identity card number (personal data). 身份证号 */
  idCardNumber?: InputMaybe<Scalars['String']['input']>;
  /** Full name (personal data). 姓名 */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Whether the resident is a Communist Party member. 是否党员 */
  partyMember?: InputMaybe<Scalars['Boolean']['input']>;
  /** Mobile phone (personal data). 手机号 */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/**
 * UpdateServiceTypeInput is used for update ServiceType object.
 * Input was generated by ent.
 */
export type UpdateServiceTypeInput = {
  /** Appends to modes. Modes the service may be handled in: ON_SITE 现场代办, END_TO_END 全程代办, ASSISTED 协助代办. 办理方式 */
  appendModes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Appends to processSteps. Steps of the process, in order. 办理流程 */
  appendProcessSteps?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Appends to requiredDocuments. Documents the applicant must provide. 办理要件 */
  appendRequiredDocuments?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Stable code, e.g. MINIMUM_LIVING_ALLOWANCE. 编码 */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Modes the service may be handled in: ON_SITE 现场代办, END_TO_END 全程代办, ASSISTED 协助代办. 办理方式 */
  modes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Name, e.g. 低保申请. 名称 */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Steps of the process, in order. 办理流程 */
  processSteps?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Documents the applicant must provide. 办理要件 */
  requiredDocuments?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Time limit in days; a ticket is due this many days after it is accepted. 办理时限（天） */
  timeLimitDays?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * UpdateSupermarketItemInput is used for update SupermarketItem object.
 * Input was generated by ent.
 */
export type UpdateSupermarketItemInput = {
  /** Name, e.g. 洗衣粉. 名称 */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Points per unit. 所需积分 */
  pointsCost?: InputMaybe<Scalars['Int']['input']>;
  /** Sets village. Village whose supermarket offers it. 所属村社区 */
  villageID?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * UpdateTownInput is used for update Town object.
 * Input was generated by ent.
 */
export type UpdateTownInput = {
  /** Adds to village. */
  addVillageIDs?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Clears villages. Villages and communities of the town. 村社区 */
  clearVillages?: InputMaybe<Scalars['Boolean']['input']>;
  /** 9-digit statistical division code. 区划代码 */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Sets district. District the town belongs to. 所属区县 */
  districtID?: InputMaybe<Scalars['ID']['input']>;
  /** Town (镇), township (乡) or street (街道). */
  kind?: InputMaybe<TownKind>;
  /** Name, e.g. 临江镇. 名称 */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Removes from village. */
  removeVillageIDs?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/**
 * UpdateVillageInput is used for update Village object.
 * Input was generated by ent.
 */
export type UpdateVillageInput = {
  /** Adds to courtyard. */
  addCourtyardIDs?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Adds to supermarketItem. */
  addSupermarketItemIDs?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Clears courtyards. Courtyard micro-grids of the village. 院坝微网格 */
  clearCourtyards?: InputMaybe<Scalars['Boolean']['input']>;
  /** Clears supermarketItems. Goods of the village points supermarket. 积分超市商品 */
  clearSupermarketItems?: InputMaybe<Scalars['Boolean']['input']>;
  /** 12-digit statistical division code. 区划代码 */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Rural village (村) or urban community (社区). */
  kind?: InputMaybe<VillageKind>;
  /** Name, e.g. 三星村. 名称 */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Points entries above this many points (either sign), and every free-reason entry, whoever records them, wait for a second account of the village (village cadre or above, not the proposer) to confirm. 积分审核门槛 */
  pointsConfirmAbove?: InputMaybe<Scalars['Int']['input']>;
  /** How the public red board names households: FULL name, SURNAME only (付家) or HOUSEHOLD_NUMBER. 红榜显示方式 */
  redBoardNames?: InputMaybe<VillageRedBoardNames>;
  /** Removes from courtyard. */
  removeCourtyardIDs?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Removes from supermarketItem. */
  removeSupermarketItemIDs?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Sets town. Town the village belongs to. 所属乡镇 */
  townID?: InputMaybe<Scalars['ID']['input']>;
};

/** Ordering options for User connections */
export type UserOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Users. */
  field: UserOrderField;
};

/** Properties by which User connections can be ordered. */
export type UserOrderField =
  | 'CREATED_AT'
  | 'UPDATED_AT'
  | 'USERNAME';

/** UserRole is enum for the field actor_role */
export type UserRole =
  /** 数据分析员 (analyst) */
  | 'ANALYST'
  /** 院坝干部 (courtyard officer) */
  | 'COURTYARD_OFFICER'
  /** 区级管理员 (district administrator) */
  | 'DISTRICT_ADMIN'
  /** 镇街干部 (town official) */
  | 'TOWN_OFFICIAL'
  /** 村社干部 (village cadre) */
  | 'VILLAGE_CADRE';

/**
 * UserWhereInput is used for filtering User objects.
 * Input was generated by ent.
 */
export type UserWhereInput = {
  /** Matches records that match all of these filters. */
  and?: InputMaybe<Array<UserWhereInput>>;
  /** area_code field predicates */
  areaCode?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose areaCode contains the value. */
  areaCodeContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose areaCode contains the value, ignoring case. */
  areaCodeContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose areaCode equals the value, ignoring case. */
  areaCodeEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose areaCode is greater than the value. */
  areaCodeGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose areaCode is greater than or equal to the value. */
  areaCodeGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose areaCode starts with the value. */
  areaCodeHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose areaCode ends with the value. */
  areaCodeHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose areaCode is one of the values. */
  areaCodeIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose areaCode is less than the value. */
  areaCodeLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose areaCode is less than or equal to the value. */
  areaCodeLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose areaCode differs from the value. */
  areaCodeNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose areaCode is none of the values. */
  areaCodeNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than the value. */
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than or equal to the value. */
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is one of the values. */
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose createdAt is less than the value. */
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is less than or equal to the value. */
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt differs from the value. */
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is none of the values. */
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** disabled field predicates */
  disabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose disabled differs from the value. */
  disabledNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  /** display_name field predicates */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose displayName contains the value. */
  displayNameContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose displayName contains the value, ignoring case. */
  displayNameContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose displayName equals the value, ignoring case. */
  displayNameEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose displayName is greater than the value. */
  displayNameGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose displayName is greater than or equal to the value. */
  displayNameGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose displayName starts with the value. */
  displayNameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose displayName ends with the value. */
  displayNameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose displayName is one of the values. */
  displayNameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose displayName is not set. */
  displayNameIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose displayName is less than the value. */
  displayNameLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose displayName is less than or equal to the value. */
  displayNameLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose displayName differs from the value. */
  displayNameNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose displayName is none of the values. */
  displayNameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose displayName is set. */
  displayNameNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** resident edge predicates */
  hasResident?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one resident (matching the filter, for hasXWith). */
  hasResidentWith?: InputMaybe<Array<ResidentWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than the value. */
  idGT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than or equal to the value. */
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is one of the values. */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose id is less than the value. */
  idLT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is less than or equal to the value. */
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id differs from the value. */
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is none of the values. */
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** last_login_at field predicates */
  lastLoginAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose lastLoginAt is greater than the value. */
  lastLoginAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose lastLoginAt is greater than or equal to the value. */
  lastLoginAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose lastLoginAt is one of the values. */
  lastLoginAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose lastLoginAt is not set. */
  lastLoginAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose lastLoginAt is less than the value. */
  lastLoginAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose lastLoginAt is less than or equal to the value. */
  lastLoginAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose lastLoginAt differs from the value. */
  lastLoginAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose lastLoginAt is none of the values. */
  lastLoginAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose lastLoginAt is set. */
  lastLoginAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches User records that do not match this filter. */
  not?: InputMaybe<UserWhereInput>;
  /** Matches records that match any of these filters. */
  or?: InputMaybe<Array<UserWhereInput>>;
  /** resident_id field predicates */
  residentID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose residentID is one of the values. */
  residentIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose residentID is not set. */
  residentIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records whose residentID differs from the value. */
  residentIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose residentID is none of the values. */
  residentIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose residentID is set. */
  residentIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** role field predicates */
  role?: InputMaybe<UserRole>;
  /** Matches records whose role is one of the values. */
  roleIn?: InputMaybe<Array<UserRole>>;
  /** Matches records whose role differs from the value. */
  roleNEQ?: InputMaybe<UserRole>;
  /** Matches records whose role is none of the values. */
  roleNotIn?: InputMaybe<Array<UserRole>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than the value. */
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than or equal to the value. */
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is one of the values. */
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose updatedAt is less than the value. */
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is less than or equal to the value. */
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt differs from the value. */
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is none of the values. */
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** username field predicates */
  username?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose username contains the value. */
  usernameContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose username contains the value, ignoring case. */
  usernameContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose username equals the value, ignoring case. */
  usernameEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose username is greater than the value. */
  usernameGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose username is greater than or equal to the value. */
  usernameGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose username starts with the value. */
  usernameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose username ends with the value. */
  usernameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose username is one of the values. */
  usernameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose username is less than the value. */
  usernameLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose username is less than or equal to the value. */
  usernameLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose username differs from the value. */
  usernameNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose username is none of the values. */
  usernameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** VillageKind is enum for the field kind */
export type VillageKind =
  /** 社区 (community) */
  | 'COMMUNITY'
  /** 村 (village) */
  | 'VILLAGE';

/** Ordering options for Village connections */
export type VillageOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Villages. */
  field: VillageOrderField;
};

/** Properties by which Village connections can be ordered. */
export type VillageOrderField =
  | 'CODE'
  | 'CREATED_AT'
  | 'NAME'
  | 'UPDATED_AT';

/** Which Village to change, and how. */
export type VillagePatch = {
  /** ID of the record to change. */
  id: Scalars['ID']['input'];
  /** Fields to change. */
  set: UpdateVillageInput;
};

/** VillageRedBoardNames is enum for the field red_board_names */
export type VillageRedBoardNames =
  /** 全名 (full name) */
  | 'FULL'
  /** 户号 (household number) */
  | 'HOUSEHOLD_NUMBER'
  /** 仅姓氏 (surname only) */
  | 'SURNAME';

/**
 * VillageWhereInput is used for filtering Village objects.
 * Input was generated by ent.
 */
export type VillageWhereInput = {
  /** Matches records that match all of these filters. */
  and?: InputMaybe<Array<VillageWhereInput>>;
  /** code field predicates */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code contains the value. */
  codeContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code contains the value, ignoring case. */
  codeContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code equals the value, ignoring case. */
  codeEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code is greater than the value. */
  codeGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code is greater than or equal to the value. */
  codeGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code starts with the value. */
  codeHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code ends with the value. */
  codeHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code is one of the values. */
  codeIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose code is less than the value. */
  codeLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code is less than or equal to the value. */
  codeLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code differs from the value. */
  codeNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose code is none of the values. */
  codeNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than the value. */
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is greater than or equal to the value. */
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is one of the values. */
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose createdAt is less than the value. */
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is less than or equal to the value. */
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt differs from the value. */
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose createdAt is none of the values. */
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** courtyards edge predicates */
  hasCourtyards?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one courtyards (matching the filter, for hasXWith). */
  hasCourtyardsWith?: InputMaybe<Array<CourtyardWhereInput>>;
  /** quarter_themes edge predicates */
  hasQuarterThemes?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one quarterThemes (matching the filter, for hasXWith). */
  hasQuarterThemesWith?: InputMaybe<Array<QuarterThemeWhereInput>>;
  /** supermarket_items edge predicates */
  hasSupermarketItems?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one supermarketItems (matching the filter, for hasXWith). */
  hasSupermarketItemsWith?: InputMaybe<Array<SupermarketItemWhereInput>>;
  /** town edge predicates */
  hasTown?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches records with at least one town (matching the filter, for hasXWith). */
  hasTownWith?: InputMaybe<Array<TownWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than the value. */
  idGT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is greater than or equal to the value. */
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is one of the values. */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose id is less than the value. */
  idLT?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is less than or equal to the value. */
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id differs from the value. */
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose id is none of the values. */
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** kind field predicates */
  kind?: InputMaybe<VillageKind>;
  /** Matches records whose kind is one of the values. */
  kindIn?: InputMaybe<Array<VillageKind>>;
  /** Matches records whose kind differs from the value. */
  kindNEQ?: InputMaybe<VillageKind>;
  /** Matches records whose kind is none of the values. */
  kindNotIn?: InputMaybe<Array<VillageKind>>;
  /** name field predicates */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name contains the value. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name contains the value, ignoring case. */
  nameContainsFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name equals the value, ignoring case. */
  nameEqualFold?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is greater than the value. */
  nameGT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is greater than or equal to the value. */
  nameGTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name starts with the value. */
  nameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name ends with the value. */
  nameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is one of the values. */
  nameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches records whose name is less than the value. */
  nameLT?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is less than or equal to the value. */
  nameLTE?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name differs from the value. */
  nameNEQ?: InputMaybe<Scalars['String']['input']>;
  /** Matches records whose name is none of the values. */
  nameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches Village records that do not match this filter. */
  not?: InputMaybe<VillageWhereInput>;
  /** Matches records that match any of these filters. */
  or?: InputMaybe<Array<VillageWhereInput>>;
  /** points_confirm_above field predicates */
  pointsConfirmAbove?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose pointsConfirmAbove is greater than the value. */
  pointsConfirmAboveGT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose pointsConfirmAbove is greater than or equal to the value. */
  pointsConfirmAboveGTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose pointsConfirmAbove is one of the values. */
  pointsConfirmAboveIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Matches records whose pointsConfirmAbove is less than the value. */
  pointsConfirmAboveLT?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose pointsConfirmAbove is less than or equal to the value. */
  pointsConfirmAboveLTE?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose pointsConfirmAbove differs from the value. */
  pointsConfirmAboveNEQ?: InputMaybe<Scalars['Int']['input']>;
  /** Matches records whose pointsConfirmAbove is none of the values. */
  pointsConfirmAboveNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** red_board_names field predicates */
  redBoardNames?: InputMaybe<VillageRedBoardNames>;
  /** Matches records whose redBoardNames is one of the values. */
  redBoardNamesIn?: InputMaybe<Array<VillageRedBoardNames>>;
  /** Matches records whose redBoardNames differs from the value. */
  redBoardNamesNEQ?: InputMaybe<VillageRedBoardNames>;
  /** Matches records whose redBoardNames is none of the values. */
  redBoardNamesNotIn?: InputMaybe<Array<VillageRedBoardNames>>;
  /** town_id field predicates */
  townID?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose townID is one of the values. */
  townIDIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches records whose townID differs from the value. */
  townIDNEQ?: InputMaybe<Scalars['ID']['input']>;
  /** Matches records whose townID is none of the values. */
  townIDNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** updated_at field predicates */
  updatedAt?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than the value. */
  updatedAtGT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is greater than or equal to the value. */
  updatedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is one of the values. */
  updatedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** Matches records whose updatedAt is less than the value. */
  updatedAtLT?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is less than or equal to the value. */
  updatedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt differs from the value. */
  updatedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  /** Matches records whose updatedAt is none of the values. */
  updatedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
};

/** Which ticket to withdraw. 撤回 */
export type WithdrawTicketInput = {
  /** The ticket. */
  id: Scalars['ID']['input'];
  /** Repeat-safe key: a repeat from the same account with the same input returns the first response; the key with another input is refused (CONFLICT). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** When it happened, if it was recorded after the fact: not in the future, not before the record's previous step, at most the district's backdateDays back; omitted: now. The record keeps it as the step's time (metrics and time limits use it) beside the time it was recorded. 发生时间（补录时填写，默认为当前时间） */
  occurredAt?: InputMaybe<Scalars['Time']['input']>;
  /** Why the applicant withdraws it. 撤回原因 */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** Kinds of lists on the home. 工作清单类型 */
export type WorkKind =
  /** 我的院坝 (my courtyards) */
  | 'COURTYARD'
  /** 待我办理的议事 (issues waiting at a step my role may take) */
  | 'ISSUE'
  /** 评价不合格的岗位 (officers below the failing line, to replace) */
  | 'OFFICER_FAILING'
  /** 待我确认的积分 (points proposed by another account, awaiting the village) */
  | 'PROPOSAL'
  /** 本季度尚未宣讲的主题 (the quarter's themes without a lecture) */
  | 'THEME'
  /** 即将到期或超期的代办 (tickets due within three days or overdue) */
  | 'TICKET'
  /** 空缺岗位 (posts without an officer) */
  | 'VACANT_ROLE';

export type HomeVillagesQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeVillagesQuery = { __typename?: 'Query', villages: { __typename?: 'VillageConnection', totalCount: number, edges?: Array<{ __typename?: 'VillageEdge', node?: { __typename?: 'Village', id: string, code: string, name: string } | null } | null> | null } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me?: { __typename?: 'User', username: string, displayName?: string | null, role: UserRole, areaCode: string } | null };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'LoginPayload', expiresAt: string, user: { __typename?: 'User', username: string, role: UserRole, displayName?: string | null } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: { __typename?: 'LogoutPayload', ok: boolean } };

export type AreaMapQueryVariables = Exact<{
  area?: InputMaybe<Scalars['ID']['input']>;
  metric: Metric;
  period: Scalars['String']['input'];
}>;


export type AreaMapQuery = { __typename?: 'Query', areaMap: { __typename?: 'AreaMap', area: string, outline: string, metric: { __typename?: 'MetricDefinition', metric: Metric, label: string, labelEn: string, unit: string, better: MetricPolarity }, layers: Array<{ __typename?: 'AreaMapLayer', level: StatsKey, features: string, min?: number | null, max?: number | null, breaks: Array<number> }> }, metrics: Array<{ __typename?: 'MetricDefinition', metric: Metric, label: string, labelEn: string }> };

export type LectureThemesQueryVariables = Exact<{
  villageID: Scalars['ID']['input'];
  quarter: Scalars['String']['input'];
}>;


export type LectureThemesQuery = { __typename?: 'Query', quarterThemes: { __typename?: 'QuarterThemeConnection', edges?: Array<{ __typename?: 'QuarterThemeEdge', node?: { __typename?: 'QuarterTheme', id: string, title: string, topic: { __typename?: 'LectureTopic', id: string, name: string } } | null } | null> | null } };

export type LecturePublicistsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LecturePublicistsQuery = { __typename?: 'Query', node?:
    | { __typename?: 'AuditEvent', id: string }
    | { __typename?: 'AuthToken', id: string }
    | { __typename?: 'Award', id: string }
    | { __typename?: 'Courtyard', id: string, roleAssignments: { __typename?: 'RoleAssignmentConnection', edges?: Array<{ __typename?: 'RoleAssignmentEdge', node?: { __typename?: 'RoleAssignment', id: string, startedAt: string, endedAt?: string | null, resident: { __typename?: 'Resident', id: string, name: string } } | null } | null> | null } }
    | { __typename?: 'DeliberationRule', id: string }
    | { __typename?: 'District', id: string }
    | { __typename?: 'Grant', id: string }
    | { __typename?: 'Household', id: string }
    | { __typename?: 'HouseholdMove', id: string }
    | { __typename?: 'Idea', id: string }
    | { __typename?: 'Issue', id: string }
    | { __typename?: 'IssueItem', id: string }
    | { __typename?: 'IssueParty', id: string }
    | { __typename?: 'IssueStep', id: string }
    | { __typename?: 'LectureTopic', id: string }
    | { __typename?: 'MetricTarget', id: string }
    | { __typename?: 'Photo', id: string }
    | { __typename?: 'PointEntry', id: string }
    | { __typename?: 'PointRedemption', id: string }
    | { __typename?: 'PointRule', id: string }
    | { __typename?: 'QuarterTheme', id: string }
    | { __typename?: 'Rating', id: string }
    | { __typename?: 'Resident', id: string }
    | { __typename?: 'RoleAssignment', id: string }
    | { __typename?: 'ServiceType', id: string }
    | { __typename?: 'Session', id: string }
    | { __typename?: 'SupermarketItem', id: string }
    | { __typename?: 'Ticket', id: string }
    | { __typename?: 'Town', id: string }
    | { __typename?: 'User', id: string }
    | { __typename?: 'Village', id: string }
   | null };

export type RecordLectureMutationVariables = Exact<{
  input: RecordLectureInput;
}>;


export type RecordLectureMutation = { __typename?: 'Mutation', recordLecture: { __typename?: 'RecordLecturePayload', ratingCodes: Array<string>, session?: { __typename?: 'Session', id: string, heldAt: string, attendance: number } | null, userErrors: Array<(
      { __typename?: 'UserError' }
      & { ' $fragmentRefs'?: { 'UserErrorFieldsFragment': UserErrorFieldsFragment } }
    )> } };

export type PointsChoicesQueryVariables = Exact<{
  courtyard: Scalars['ID']['input'];
}>;


export type PointsChoicesQuery = { __typename?: 'Query', node?:
    | { __typename?: 'AuditEvent', id: string }
    | { __typename?: 'AuthToken', id: string }
    | { __typename?: 'Award', id: string }
    | { __typename?: 'Courtyard', name: string, id: string, village: { __typename?: 'Village', id: string, name: string, supermarketItems: { __typename?: 'SupermarketItemConnection', edges?: Array<{ __typename?: 'SupermarketItemEdge', node?: { __typename?: 'SupermarketItem', id: string, name: string, pointsCost: number, stock: number } | null } | null> | null } }, households: { __typename?: 'HouseholdConnection', edges?: Array<{ __typename?: 'HouseholdEdge', node?: { __typename?: 'Household', id: string, number: string, headName: string, pointBalance: number } | null } | null> | null } }
    | { __typename?: 'DeliberationRule', id: string }
    | { __typename?: 'District', id: string }
    | { __typename?: 'Grant', id: string }
    | { __typename?: 'Household', id: string }
    | { __typename?: 'HouseholdMove', id: string }
    | { __typename?: 'Idea', id: string }
    | { __typename?: 'Issue', id: string }
    | { __typename?: 'IssueItem', id: string }
    | { __typename?: 'IssueParty', id: string }
    | { __typename?: 'IssueStep', id: string }
    | { __typename?: 'LectureTopic', id: string }
    | { __typename?: 'MetricTarget', id: string }
    | { __typename?: 'Photo', id: string }
    | { __typename?: 'PointEntry', id: string }
    | { __typename?: 'PointRedemption', id: string }
    | { __typename?: 'PointRule', id: string }
    | { __typename?: 'QuarterTheme', id: string }
    | { __typename?: 'Rating', id: string }
    | { __typename?: 'Resident', id: string }
    | { __typename?: 'RoleAssignment', id: string }
    | { __typename?: 'ServiceType', id: string }
    | { __typename?: 'Session', id: string }
    | { __typename?: 'SupermarketItem', id: string }
    | { __typename?: 'Ticket', id: string }
    | { __typename?: 'Town', id: string }
    | { __typename?: 'User', id: string }
    | { __typename?: 'Village', id: string }
   | null, pointRules: { __typename?: 'PointRuleConnection', edges?: Array<{ __typename?: 'PointRuleEdge', node?: { __typename?: 'PointRule', id: string, code: string, name: string, points: number } | null } | null> | null } };

export type AwardPointsMutationVariables = Exact<{
  input: AwardPointsInput;
}>;


export type AwardPointsMutation = { __typename?: 'Mutation', awardPoints: { __typename?: 'PointEntryPayload', pointEntry?: { __typename?: 'PointEntry', id: string, points: number, status: PointEntryStatus, household?: { __typename?: 'Household', id: string, number: string, headName: string, pointBalance: number } | null } | null, userErrors: Array<(
      { __typename?: 'UserError' }
      & { ' $fragmentRefs'?: { 'UserErrorFieldsFragment': UserErrorFieldsFragment } }
    )> } };

export type RedeemPointsMutationVariables = Exact<{
  input: RedeemPointsInput;
}>;


export type RedeemPointsMutation = { __typename?: 'Mutation', redeemPoints: { __typename?: 'RedeemPointsPayload', household?: { __typename?: 'Household', id: string, number: string, headName: string, pointBalance: number } | null, redemptions: Array<{ __typename?: 'PointRedemption', id: string, points: number }>, userErrors: Array<(
      { __typename?: 'UserError' }
      & { ' $fragmentRefs'?: { 'UserErrorFieldsFragment': UserErrorFieldsFragment } }
    )> } };

export type PointProposalQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PointProposalQuery = { __typename?: 'Query', node?:
    | { __typename?: 'AuditEvent', id: string }
    | { __typename?: 'AuthToken', id: string }
    | { __typename?: 'Award', id: string }
    | { __typename?: 'Courtyard', id: string }
    | { __typename?: 'DeliberationRule', id: string }
    | { __typename?: 'District', id: string }
    | { __typename?: 'Grant', id: string }
    | { __typename?: 'Household', id: string }
    | { __typename?: 'HouseholdMove', id: string }
    | { __typename?: 'Idea', id: string }
    | { __typename?: 'Issue', id: string }
    | { __typename?: 'IssueItem', id: string }
    | { __typename?: 'IssueParty', id: string }
    | { __typename?: 'IssueStep', id: string }
    | { __typename?: 'LectureTopic', id: string }
    | { __typename?: 'MetricTarget', id: string }
    | { __typename?: 'Photo', id: string }
    | { __typename?: 'PointEntry', points: number, reason: string, status: PointEntryStatus, awardedAt: string, id: string, courtyard: { __typename?: 'Courtyard', id: string, name: string, village: { __typename?: 'Village', id: string, name: string } }, household?: { __typename?: 'Household', id: string, number: string, headName: string, pointBalance: number } | null, rule?: { __typename?: 'PointRule', id: string, name: string } | null, proposedBy?: { __typename?: 'User', id: string, username: string, displayName?: string | null } | null }
    | { __typename?: 'PointRedemption', id: string }
    | { __typename?: 'PointRule', id: string }
    | { __typename?: 'QuarterTheme', id: string }
    | { __typename?: 'Rating', id: string }
    | { __typename?: 'Resident', id: string }
    | { __typename?: 'RoleAssignment', id: string }
    | { __typename?: 'ServiceType', id: string }
    | { __typename?: 'Session', id: string }
    | { __typename?: 'SupermarketItem', id: string }
    | { __typename?: 'Ticket', id: string }
    | { __typename?: 'Town', id: string }
    | { __typename?: 'User', id: string }
    | { __typename?: 'Village', id: string }
   | null };

export type DecidedEntryFieldsFragment = { __typename?: 'PointEntry', id: string, status: PointEntryStatus, decidedAt?: string | null, household?: { __typename?: 'Household', id: string, pointBalance: number } | null } & { ' $fragmentName'?: 'DecidedEntryFieldsFragment' };

export type ConfirmPointEntryMutationVariables = Exact<{
  input: ConfirmPointEntryInput;
}>;


export type ConfirmPointEntryMutation = { __typename?: 'Mutation', confirmPointEntry: { __typename?: 'PointEntryPayload', pointEntry?: (
      { __typename?: 'PointEntry' }
      & { ' $fragmentRefs'?: { 'DecidedEntryFieldsFragment': DecidedEntryFieldsFragment } }
    ) | null, userErrors: Array<(
      { __typename?: 'UserError' }
      & { ' $fragmentRefs'?: { 'UserErrorFieldsFragment': UserErrorFieldsFragment } }
    )> } };

export type RejectPointEntryMutationVariables = Exact<{
  input: RejectPointEntryInput;
}>;


export type RejectPointEntryMutation = { __typename?: 'Mutation', rejectPointEntry: { __typename?: 'PointEntryPayload', pointEntry?: (
      { __typename?: 'PointEntry' }
      & { ' $fragmentRefs'?: { 'DecidedEntryFieldsFragment': DecidedEntryFieldsFragment } }
    ) | null, userErrors: Array<(
      { __typename?: 'UserError' }
      & { ' $fragmentRefs'?: { 'UserErrorFieldsFragment': UserErrorFieldsFragment } }
    )> } };

export type RaiseIssueMutationVariables = Exact<{
  input: RaiseIssueInput;
}>;


export type RaiseIssueMutation = { __typename?: 'Mutation', raiseIssue: { __typename?: 'IssuePayload', issue?: { __typename?: 'Issue', id: string, stage: IssueStage } | null, userErrors: Array<(
      { __typename?: 'UserError' }
      & { ' $fragmentRefs'?: { 'UserErrorFieldsFragment': UserErrorFieldsFragment } }
    )> } };

export type AttachPhotoMutationVariables = Exact<{
  input: AttachPhotoInput;
}>;


export type AttachPhotoMutation = { __typename?: 'Mutation', attachPhoto: { __typename?: 'PhotoPayload', photo?: { __typename?: 'Photo', id: string, url: string, kind: PhotoKind, document?: string | null } | null, userErrors: Array<(
      { __typename?: 'UserError' }
      & { ' $fragmentRefs'?: { 'UserErrorFieldsFragment': UserErrorFieldsFragment } }
    )> } };

export type IssuePhotosQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type IssuePhotosQuery = { __typename?: 'Query', node?:
    | { __typename?: 'AuditEvent', id: string }
    | { __typename?: 'AuthToken', id: string }
    | { __typename?: 'Award', id: string }
    | { __typename?: 'Courtyard', id: string }
    | { __typename?: 'DeliberationRule', id: string }
    | { __typename?: 'District', id: string }
    | { __typename?: 'Grant', id: string }
    | { __typename?: 'Household', id: string }
    | { __typename?: 'HouseholdMove', id: string }
    | { __typename?: 'Idea', id: string }
    | { __typename?: 'Issue', id: string, steps?: Array<{ __typename?: 'IssueStep', id: string, photos?: Array<{ __typename?: 'Photo', id: string, url: string, kind: PhotoKind, document?: string | null }> | null }> | null }
    | { __typename?: 'IssueItem', id: string }
    | { __typename?: 'IssueParty', id: string }
    | { __typename?: 'IssueStep', id: string }
    | { __typename?: 'LectureTopic', id: string }
    | { __typename?: 'MetricTarget', id: string }
    | { __typename?: 'Photo', id: string }
    | { __typename?: 'PointEntry', id: string }
    | { __typename?: 'PointRedemption', id: string }
    | { __typename?: 'PointRule', id: string }
    | { __typename?: 'QuarterTheme', id: string }
    | { __typename?: 'Rating', id: string }
    | { __typename?: 'Resident', id: string }
    | { __typename?: 'RoleAssignment', id: string }
    | { __typename?: 'ServiceType', id: string }
    | { __typename?: 'Session', id: string }
    | { __typename?: 'SupermarketItem', id: string }
    | { __typename?: 'Ticket', id: string }
    | { __typename?: 'Town', id: string }
    | { __typename?: 'User', id: string }
    | { __typename?: 'Village', id: string }
   | null };

export type TicketPhotosQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TicketPhotosQuery = { __typename?: 'Query', node?:
    | { __typename?: 'AuditEvent', id: string }
    | { __typename?: 'AuthToken', id: string }
    | { __typename?: 'Award', id: string }
    | { __typename?: 'Courtyard', id: string }
    | { __typename?: 'DeliberationRule', id: string }
    | { __typename?: 'District', id: string }
    | { __typename?: 'Grant', id: string }
    | { __typename?: 'Household', id: string }
    | { __typename?: 'HouseholdMove', id: string }
    | { __typename?: 'Idea', id: string }
    | { __typename?: 'Issue', id: string }
    | { __typename?: 'IssueItem', id: string }
    | { __typename?: 'IssueParty', id: string }
    | { __typename?: 'IssueStep', id: string }
    | { __typename?: 'LectureTopic', id: string }
    | { __typename?: 'MetricTarget', id: string }
    | { __typename?: 'Photo', id: string }
    | { __typename?: 'PointEntry', id: string }
    | { __typename?: 'PointRedemption', id: string }
    | { __typename?: 'PointRule', id: string }
    | { __typename?: 'QuarterTheme', id: string }
    | { __typename?: 'Rating', id: string }
    | { __typename?: 'Resident', id: string }
    | { __typename?: 'RoleAssignment', id: string }
    | { __typename?: 'ServiceType', id: string }
    | { __typename?: 'Session', id: string }
    | { __typename?: 'SupermarketItem', id: string }
    | { __typename?: 'Ticket', id: string, photos?: Array<{ __typename?: 'Photo', id: string, url: string, kind: PhotoKind, document?: string | null }> | null }
    | { __typename?: 'Town', id: string }
    | { __typename?: 'User', id: string }
    | { __typename?: 'Village', id: string }
   | null };

export type CourtyardPhotosQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CourtyardPhotosQuery = { __typename?: 'Query', photos: { __typename?: 'PhotoConnection', edges?: Array<{ __typename?: 'PhotoEdge', node?: { __typename?: 'Photo', id: string, url: string, kind: PhotoKind, document?: string | null } | null } | null> | null } };

export type TicketServiceTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type TicketServiceTypesQuery = { __typename?: 'Query', serviceTypes: { __typename?: 'ServiceTypeConnection', edges?: Array<{ __typename?: 'ServiceTypeEdge', node?: { __typename?: 'ServiceType', id: string, name: string, requiredDocuments: Array<string>, timeLimitDays: number, modes: Array<string> } | null } | null> | null } };

export type SubmitTicketMutationVariables = Exact<{
  input: SubmitTicketInput;
}>;


export type SubmitTicketMutation = { __typename?: 'Mutation', submitTicket: { __typename?: 'TicketPayload', ticket?: { __typename?: 'Ticket', id: string, status: TicketStatus } | null, userErrors: Array<(
      { __typename?: 'UserError' }
      & { ' $fragmentRefs'?: { 'UserErrorFieldsFragment': UserErrorFieldsFragment } }
    )> } };

export type TicketFieldsFragment = (
  { __typename?: 'Ticket', mode: TicketMode, acceptedAt?: string | null, completedAt?: string | null, documentsReceived: Array<string>, waitingForDocuments: boolean, missingDocuments: Array<string>, missingDocumentsNote?: string | null, note?: string | null, handedTo?: string | null, reason?: string | null, courtyard: { __typename?: 'Courtyard', id: string, name: string } }
  & { ' $fragmentRefs'?: { 'TicketRowFieldsFragment': TicketRowFieldsFragment } }
) & { ' $fragmentName'?: 'TicketFieldsFragment' };

export type TicketForFormQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TicketForFormQuery = { __typename?: 'Query', node?:
    | { __typename?: 'AuditEvent' }
    | { __typename?: 'AuthToken' }
    | { __typename?: 'Award' }
    | { __typename?: 'Courtyard' }
    | { __typename?: 'DeliberationRule' }
    | { __typename?: 'District' }
    | { __typename?: 'Grant' }
    | { __typename?: 'Household' }
    | { __typename?: 'HouseholdMove' }
    | { __typename?: 'Idea' }
    | { __typename?: 'Issue' }
    | { __typename?: 'IssueItem' }
    | { __typename?: 'IssueParty' }
    | { __typename?: 'IssueStep' }
    | { __typename?: 'LectureTopic' }
    | { __typename?: 'MetricTarget' }
    | { __typename?: 'Photo' }
    | { __typename?: 'PointEntry' }
    | { __typename?: 'PointRedemption' }
    | { __typename?: 'PointRule' }
    | { __typename?: 'QuarterTheme' }
    | { __typename?: 'Rating' }
    | { __typename?: 'Resident' }
    | { __typename?: 'RoleAssignment' }
    | { __typename?: 'ServiceType' }
    | { __typename?: 'Session' }
    | { __typename?: 'SupermarketItem' }
    | (
      { __typename?: 'Ticket' }
      & { ' $fragmentRefs'?: { 'TicketFieldsFragment': TicketFieldsFragment } }
    )
    | { __typename?: 'Town' }
    | { __typename?: 'User' }
    | { __typename?: 'Village' }
   | null };

export type AcceptTicketMutationVariables = Exact<{
  input: AcceptTicketInput;
}>;


export type AcceptTicketMutation = { __typename?: 'Mutation', acceptTicket: { __typename?: 'TicketPayload', ticket?: (
      { __typename?: 'Ticket' }
      & { ' $fragmentRefs'?: { 'TicketFieldsFragment': TicketFieldsFragment } }
    ) | null, userErrors: Array<(
      { __typename?: 'UserError' }
      & { ' $fragmentRefs'?: { 'UserErrorFieldsFragment': UserErrorFieldsFragment } }
    )> } };

export type ProgressTicketMutationVariables = Exact<{
  input: ProgressTicketInput;
}>;


export type ProgressTicketMutation = { __typename?: 'Mutation', progressTicket: { __typename?: 'TicketPayload', ticket?: (
      { __typename?: 'Ticket' }
      & { ' $fragmentRefs'?: { 'TicketFieldsFragment': TicketFieldsFragment } }
    ) | null, userErrors: Array<(
      { __typename?: 'UserError' }
      & { ' $fragmentRefs'?: { 'UserErrorFieldsFragment': UserErrorFieldsFragment } }
    )> } };

export type CompleteTicketMutationVariables = Exact<{
  input: CompleteTicketInput;
}>;


export type CompleteTicketMutation = { __typename?: 'Mutation', completeTicket: { __typename?: 'CompleteTicketPayload', ratingCode?: string | null, ticket?: (
      { __typename?: 'Ticket' }
      & { ' $fragmentRefs'?: { 'TicketFieldsFragment': TicketFieldsFragment } }
    ) | null, userErrors: Array<(
      { __typename?: 'UserError' }
      & { ' $fragmentRefs'?: { 'UserErrorFieldsFragment': UserErrorFieldsFragment } }
    )> } };

export type RejectTicketMutationVariables = Exact<{
  input: RejectTicketInput;
}>;


export type RejectTicketMutation = { __typename?: 'Mutation', rejectTicket: { __typename?: 'TicketPayload', ticket?: (
      { __typename?: 'Ticket' }
      & { ' $fragmentRefs'?: { 'TicketFieldsFragment': TicketFieldsFragment } }
    ) | null, userErrors: Array<(
      { __typename?: 'UserError' }
      & { ' $fragmentRefs'?: { 'UserErrorFieldsFragment': UserErrorFieldsFragment } }
    )> } };

export type SupplyDocumentsMutationVariables = Exact<{
  input: SupplyDocumentsInput;
}>;


export type SupplyDocumentsMutation = { __typename?: 'Mutation', supplyDocuments: { __typename?: 'TicketPayload', ticket?: (
      { __typename?: 'Ticket' }
      & { ' $fragmentRefs'?: { 'TicketFieldsFragment': TicketFieldsFragment } }
    ) | null, userErrors: Array<(
      { __typename?: 'UserError' }
      & { ' $fragmentRefs'?: { 'UserErrorFieldsFragment': UserErrorFieldsFragment } }
    )> } };

export type UserErrorFieldsFragment = { __typename?: 'UserError', field: Array<string>, message: string, code: ErrorCode } & { ' $fragmentName'?: 'UserErrorFieldsFragment' };

export type CourtyardChoicesQueryVariables = Exact<{
  where?: InputMaybe<CourtyardWhereInput>;
}>;


export type CourtyardChoicesQuery = { __typename?: 'Query', courtyards: { __typename?: 'CourtyardConnection', totalCount: number, edges?: Array<{ __typename?: 'CourtyardEdge', node?: { __typename?: 'Courtyard', id: string, code: string, name: string, village: { __typename?: 'Village', id: string, name: string } } | null } | null> | null } };

export type ChosenCourtyardQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ChosenCourtyardQuery = { __typename?: 'Query', node?:
    | { __typename?: 'AuditEvent', id: string }
    | { __typename?: 'AuthToken', id: string }
    | { __typename?: 'Award', id: string }
    | { __typename?: 'Courtyard', code: string, name: string, id: string, village: { __typename?: 'Village', id: string, name: string } }
    | { __typename?: 'DeliberationRule', id: string }
    | { __typename?: 'District', id: string }
    | { __typename?: 'Grant', id: string }
    | { __typename?: 'Household', id: string }
    | { __typename?: 'HouseholdMove', id: string }
    | { __typename?: 'Idea', id: string }
    | { __typename?: 'Issue', id: string }
    | { __typename?: 'IssueItem', id: string }
    | { __typename?: 'IssueParty', id: string }
    | { __typename?: 'IssueStep', id: string }
    | { __typename?: 'LectureTopic', id: string }
    | { __typename?: 'MetricTarget', id: string }
    | { __typename?: 'Photo', id: string }
    | { __typename?: 'PointEntry', id: string }
    | { __typename?: 'PointRedemption', id: string }
    | { __typename?: 'PointRule', id: string }
    | { __typename?: 'QuarterTheme', id: string }
    | { __typename?: 'Rating', id: string }
    | { __typename?: 'Resident', id: string }
    | { __typename?: 'RoleAssignment', id: string }
    | { __typename?: 'ServiceType', id: string }
    | { __typename?: 'Session', id: string }
    | { __typename?: 'SupermarketItem', id: string }
    | { __typename?: 'Ticket', id: string }
    | { __typename?: 'Town', id: string }
    | { __typename?: 'User', id: string }
    | { __typename?: 'Village', id: string }
   | null };

export type CourtyardPeopleQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CourtyardPeopleQuery = { __typename?: 'Query', node?:
    | { __typename?: 'AuditEvent', id: string }
    | { __typename?: 'AuthToken', id: string }
    | { __typename?: 'Award', id: string }
    | { __typename?: 'Courtyard', name: string, id: string, village: { __typename?: 'Village', id: string, name: string }, households: { __typename?: 'HouseholdConnection', totalCount: number, edges?: Array<{ __typename?: 'HouseholdEdge', node?: { __typename?: 'Household', id: string, number: string, headName: string, residents: { __typename?: 'ResidentConnection', edges?: Array<{ __typename?: 'ResidentEdge', node?: { __typename?: 'Resident', id: string, name: string } | null } | null> | null } } | null } | null> | null } }
    | { __typename?: 'DeliberationRule', id: string }
    | { __typename?: 'District', id: string }
    | { __typename?: 'Grant', id: string }
    | { __typename?: 'Household', id: string }
    | { __typename?: 'HouseholdMove', id: string }
    | { __typename?: 'Idea', id: string }
    | { __typename?: 'Issue', id: string }
    | { __typename?: 'IssueItem', id: string }
    | { __typename?: 'IssueParty', id: string }
    | { __typename?: 'IssueStep', id: string }
    | { __typename?: 'LectureTopic', id: string }
    | { __typename?: 'MetricTarget', id: string }
    | { __typename?: 'Photo', id: string }
    | { __typename?: 'PointEntry', id: string }
    | { __typename?: 'PointRedemption', id: string }
    | { __typename?: 'PointRule', id: string }
    | { __typename?: 'QuarterTheme', id: string }
    | { __typename?: 'Rating', id: string }
    | { __typename?: 'Resident', id: string }
    | { __typename?: 'RoleAssignment', id: string }
    | { __typename?: 'ServiceType', id: string }
    | { __typename?: 'Session', id: string }
    | { __typename?: 'SupermarketItem', id: string }
    | { __typename?: 'Ticket', id: string }
    | { __typename?: 'Town', id: string }
    | { __typename?: 'User', id: string }
    | { __typename?: 'Village', id: string }
   | null };

export type IssueFieldsFragment = { __typename?: 'Issue', id: string, title: string, description?: string | null, category: IssueCategory, stage: IssueStage, collectedAt: string, confirmedAt?: string | null, visitedAt?: string | null, decidedAt?: string | null, executedAt?: string | null, evaluatedAt?: string | null, escalatedAt?: string | null, escalationApprovedAt?: string | null, closedAt?: string | null, closeReason?: string | null, scope?: string | null, householdsVisited?: number | null, decision?: string | null, votesFor?: number | null, votesAgainst?: number | null, votesAbstain?: number | null, votesPresent?: number | null, collectiveFundFen?: number | null, outcome?: string | null, satisfied?: boolean | null, emergencyAt?: string | null, emergencyAction?: string | null, customOutcome?: IssueCustomOutcome | null, courtyard: { __typename?: 'Courtyard', id: string, name: string, village: { __typename?: 'Village', id: string, name: string }, households: { __typename?: 'HouseholdConnection', totalCount: number } }, steps?: Array<{ __typename?: 'IssueStep', id: string, step: IssueStepStep, at: string, recordedAt: string, notes?: string | null, ratified?: boolean | null, note?: string | null, actorName?: string | null, actorRole?: UserRole | null }> | null } & { ' $fragmentName'?: 'IssueFieldsFragment' };

export type IssueForFormQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type IssueForFormQuery = { __typename?: 'Query', node?:
    | { __typename?: 'AuditEvent' }
    | { __typename?: 'AuthToken' }
    | { __typename?: 'Award' }
    | { __typename?: 'Courtyard' }
    | { __typename?: 'DeliberationRule' }
    | { __typename?: 'District' }
    | { __typename?: 'Grant' }
    | { __typename?: 'Household' }
    | { __typename?: 'HouseholdMove' }
    | { __typename?: 'Idea' }
    | (
      { __typename?: 'Issue' }
      & { ' $fragmentRefs'?: { 'IssueFieldsFragment': IssueFieldsFragment } }
    )
    | { __typename?: 'IssueItem' }
    | { __typename?: 'IssueParty' }
    | { __typename?: 'IssueStep' }
    | { __typename?: 'LectureTopic' }
    | { __typename?: 'MetricTarget' }
    | { __typename?: 'Photo' }
    | { __typename?: 'PointEntry' }
    | { __typename?: 'PointRedemption' }
    | { __typename?: 'PointRule' }
    | { __typename?: 'QuarterTheme' }
    | { __typename?: 'Rating' }
    | { __typename?: 'Resident' }
    | { __typename?: 'RoleAssignment' }
    | { __typename?: 'ServiceType' }
    | { __typename?: 'Session' }
    | { __typename?: 'SupermarketItem' }
    | { __typename?: 'Ticket' }
    | { __typename?: 'Town' }
    | { __typename?: 'User' }
    | { __typename?: 'Village' }
   | null };

export type ConfirmIssueMutationVariables = Exact<{
  input: ConfirmIssueInput;
}>;


export type ConfirmIssueMutation = { __typename?: 'Mutation', confirmIssue: { __typename?: 'IssuePayload', issue?: (
      { __typename?: 'Issue' }
      & { ' $fragmentRefs'?: { 'IssueFieldsFragment': IssueFieldsFragment } }
    ) | null, userErrors: Array<(
      { __typename?: 'UserError' }
      & { ' $fragmentRefs'?: { 'UserErrorFieldsFragment': UserErrorFieldsFragment } }
    )> } };

export type DismissIssueMutationVariables = Exact<{
  input: DismissIssueInput;
}>;


export type DismissIssueMutation = { __typename?: 'Mutation', dismissIssue: { __typename?: 'IssuePayload', issue?: (
      { __typename?: 'Issue' }
      & { ' $fragmentRefs'?: { 'IssueFieldsFragment': IssueFieldsFragment } }
    ) | null, userErrors: Array<(
      { __typename?: 'UserError' }
      & { ' $fragmentRefs'?: { 'UserErrorFieldsFragment': UserErrorFieldsFragment } }
    )> } };

export type RecordVisitMutationVariables = Exact<{
  input: RecordVisitInput;
}>;


export type RecordVisitMutation = { __typename?: 'Mutation', recordVisit: { __typename?: 'IssuePayload', issue?: (
      { __typename?: 'Issue' }
      & { ' $fragmentRefs'?: { 'IssueFieldsFragment': IssueFieldsFragment } }
    ) | null, userErrors: Array<(
      { __typename?: 'UserError' }
      & { ' $fragmentRefs'?: { 'UserErrorFieldsFragment': UserErrorFieldsFragment } }
    )> } };

export type EscalateIssueMutationVariables = Exact<{
  input: EscalateIssueInput;
}>;


export type EscalateIssueMutation = { __typename?: 'Mutation', escalateIssue: { __typename?: 'IssuePayload', issue?: (
      { __typename?: 'Issue' }
      & { ' $fragmentRefs'?: { 'IssueFieldsFragment': IssueFieldsFragment } }
    ) | null, userErrors: Array<(
      { __typename?: 'UserError' }
      & { ' $fragmentRefs'?: { 'UserErrorFieldsFragment': UserErrorFieldsFragment } }
    )> } };

export type ApproveEscalationMutationVariables = Exact<{
  input: ApproveEscalationInput;
}>;


export type ApproveEscalationMutation = { __typename?: 'Mutation', approveEscalation: { __typename?: 'IssuePayload', issue?: (
      { __typename?: 'Issue' }
      & { ' $fragmentRefs'?: { 'IssueFieldsFragment': IssueFieldsFragment } }
    ) | null, userErrors: Array<(
      { __typename?: 'UserError' }
      & { ' $fragmentRefs'?: { 'UserErrorFieldsFragment': UserErrorFieldsFragment } }
    )> } };

export type RecordEmergencyMutationVariables = Exact<{
  input: RecordEmergencyInput;
}>;


export type RecordEmergencyMutation = { __typename?: 'Mutation', recordEmergency: { __typename?: 'IssuePayload', issue?: (
      { __typename?: 'Issue' }
      & { ' $fragmentRefs'?: { 'IssueFieldsFragment': IssueFieldsFragment } }
    ) | null, userErrors: Array<(
      { __typename?: 'UserError' }
      & { ' $fragmentRefs'?: { 'UserErrorFieldsFragment': UserErrorFieldsFragment } }
    )> } };

export type DeliberationRulesForFormQueryVariables = Exact<{ [key: string]: never; }>;


export type DeliberationRulesForFormQuery = { __typename?: 'Query', deliberationRules: { __typename?: 'DeliberationRuleConnection', edges?: Array<{ __typename?: 'DeliberationRuleEdge', node?: { __typename?: 'DeliberationRule', id: string, majorityNumerator: number, majorityDenominator: number, quorumNumerator: number, quorumDenominator: number, fundThresholdFen: number, escalateCategories?: Array<string> | null, emergencyCategories?: Array<string> | null, persuasionCategories?: Array<string> | null, mediationCategories?: Array<string> | null, village?: { __typename?: 'Village', id: string } | null } | null } | null> | null } };

export type DecideIssueMutationVariables = Exact<{
  input: DecideIssueInput;
}>;


export type DecideIssueMutation = { __typename?: 'Mutation', decideIssue: { __typename?: 'IssuePayload', issue?: (
      { __typename?: 'Issue' }
      & { ' $fragmentRefs'?: { 'IssueFieldsFragment': IssueFieldsFragment } }
    ) | null, userErrors: Array<(
      { __typename?: 'UserError' }
      & { ' $fragmentRefs'?: { 'UserErrorFieldsFragment': UserErrorFieldsFragment } }
    )> } };

export type ExecuteIssueMutationVariables = Exact<{
  input: ExecuteIssueInput;
}>;


export type ExecuteIssueMutation = { __typename?: 'Mutation', executeIssue: { __typename?: 'IssuePayload', issue?: (
      { __typename?: 'Issue' }
      & { ' $fragmentRefs'?: { 'IssueFieldsFragment': IssueFieldsFragment } }
    ) | null, userErrors: Array<(
      { __typename?: 'UserError' }
      & { ' $fragmentRefs'?: { 'UserErrorFieldsFragment': UserErrorFieldsFragment } }
    )> } };

export type EvaluateIssueMutationVariables = Exact<{
  input: EvaluateIssueInput;
}>;


export type EvaluateIssueMutation = { __typename?: 'Mutation', evaluateIssue: { __typename?: 'IssuePayload', issue?: (
      { __typename?: 'Issue' }
      & { ' $fragmentRefs'?: { 'IssueFieldsFragment': IssueFieldsFragment } }
    ) | null, userErrors: Array<(
      { __typename?: 'UserError' }
      & { ' $fragmentRefs'?: { 'UserErrorFieldsFragment': UserErrorFieldsFragment } }
    )> } };

export type LatestDataQueryVariables = Exact<{ [key: string]: never; }>;


export type LatestDataQuery = { __typename?: 'Query', dataRange: { __typename?: 'DataRange', to?: string | null, latestQuarter?: string | null } };

export type AddAccountMutationVariables = Exact<{
  input: AddAccountInput;
}>;


export type AddAccountMutation = { __typename?: 'Mutation', addAccount: { __typename?: 'AccountPayload', user?: { __typename?: 'User', id: string, username: string, role: UserRole, areaCode: string, disabled: boolean } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, message: string, code: ErrorCode }> } };

export type SetAccountDisabledMutationVariables = Exact<{
  input: SetAccountDisabledInput;
}>;


export type SetAccountDisabledMutation = { __typename?: 'Mutation', setAccountDisabled: { __typename?: 'AccountPayload', user?: { __typename?: 'User', id: string, disabled: boolean } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, message: string, code: ErrorCode }> } };

export type UsersQueryVariables = Exact<{ [key: string]: never; }>;


export type UsersQuery = { __typename?: 'Query', users: { __typename?: 'UserConnection', totalCount: number, edges?: Array<{ __typename?: 'UserEdge', node?: { __typename?: 'User', id: string, username: string, displayName?: string | null, role: UserRole, areaCode: string, disabled: boolean, lastLoginAt?: string | null } | null } | null> | null } };

export type ApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensQuery = { __typename?: 'Query', apiTokens: Array<{ __typename?: 'AuthToken', id: string, name?: string | null, createdAt: string, expiresAt: string, revokedAt?: string | null, lastUsedAt?: string | null }> };

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { __typename?: 'Mutation', createApiToken: { __typename?: 'CreateApiTokenPayload', token: string, apiToken: { __typename?: 'AuthToken', id: string, name?: string | null, expiresAt: string } } };

export type RevokeApiTokenMutationVariables = Exact<{
  input: RevokeApiTokenInput;
}>;


export type RevokeApiTokenMutation = { __typename?: 'Mutation', revokeApiToken: { __typename?: 'RevokeApiTokenPayload', apiToken?: { __typename?: 'AuthToken', id: string, revokedAt?: string | null } | null } };

export type AreaOptionsQueryVariables = Exact<{
  townID?: InputMaybe<Scalars['ID']['input']>;
  withVillages: Scalars['Boolean']['input'];
}>;


export type AreaOptionsQuery = { __typename?: 'Query', towns: { __typename?: 'TownConnection', edges?: Array<{ __typename?: 'TownEdge', node?: { __typename?: 'Town', id: string, name: string } | null } | null> | null }, villages?: { __typename?: 'VillageConnection', edges?: Array<{ __typename?: 'VillageEdge', node?: { __typename?: 'Village', id: string, name: string } | null } | null> | null } };

export type AreaInfoQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AreaInfoQuery = { __typename?: 'Query', node?:
    | { __typename?: 'AuditEvent', id: string }
    | { __typename?: 'AuthToken', id: string }
    | { __typename?: 'Award', id: string }
    | { __typename?: 'Courtyard', id: string }
    | { __typename?: 'DeliberationRule', id: string }
    | { __typename?: 'District', id: string }
    | { __typename?: 'Grant', id: string }
    | { __typename?: 'Household', id: string }
    | { __typename?: 'HouseholdMove', id: string }
    | { __typename?: 'Idea', id: string }
    | { __typename?: 'Issue', id: string }
    | { __typename?: 'IssueItem', id: string }
    | { __typename?: 'IssueParty', id: string }
    | { __typename?: 'IssueStep', id: string }
    | { __typename?: 'LectureTopic', id: string }
    | { __typename?: 'MetricTarget', id: string }
    | { __typename?: 'Photo', id: string }
    | { __typename?: 'PointEntry', id: string }
    | { __typename?: 'PointRedemption', id: string }
    | { __typename?: 'PointRule', id: string }
    | { __typename?: 'QuarterTheme', id: string }
    | { __typename?: 'Rating', id: string }
    | { __typename?: 'Resident', id: string }
    | { __typename?: 'RoleAssignment', id: string }
    | { __typename?: 'ServiceType', id: string }
    | { __typename?: 'Session', id: string }
    | { __typename?: 'SupermarketItem', id: string }
    | { __typename?: 'Ticket', id: string }
    | { __typename?: 'Town', name: string, code: string, id: string }
    | { __typename?: 'User', id: string }
    | { __typename?: 'Village', name: string, code: string, id: string, town: { __typename?: 'Town', id: string, name: string } }
   | null };

export type DistrictInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type DistrictInfoQuery = { __typename?: 'Query', districts: { __typename?: 'DistrictConnection', edges?: Array<{ __typename?: 'DistrictEdge', node?: { __typename?: 'District', id: string, name: string, code: string } | null } | null> | null } };

export type AreaOverviewQueryVariables = Exact<{
  area?: InputMaybe<Scalars['ID']['input']>;
  period?: InputMaybe<Scalars['String']['input']>;
}>;


export type AreaOverviewQuery = { __typename?: 'Query', overview: { __typename?: 'Overview', period: string, previousPeriod: string, partial: boolean, through?: string | null, previousThrough?: string | null, asOf: string, area?: { __typename?: 'StatsKeyValue', name: string, parentName?: string | null } | null, figures: Array<{ __typename?: 'OverviewFigure', metric: Metric, label: string, unit: string, value?: number | null, previous?: number | null, better: MetricPolarity }> }, metrics: Array<{ __typename?: 'MetricDefinition', metric: Metric, label: string, labelEn: string, unit: string, better: MetricPolarity }> };

export type AreaTrendQueryVariables = Exact<{
  area?: InputMaybe<Scalars['ID']['input']>;
  from: Scalars['Time']['input'];
  to: Scalars['Time']['input'];
}>;


export type AreaTrendQuery = { __typename?: 'Query', stats: { __typename?: 'StatsResult', metrics: Array<{ __typename?: 'MetricDefinition', metric: Metric, label: string, labelEn: string, unit: string }>, rows: Array<{ __typename?: 'StatsRow', values: Array<number | null>, bucket?: { __typename?: 'StatsBucket', label: string } | null }> } };

export type AreaBreakdownsQueryVariables = Exact<{
  area?: InputMaybe<Scalars['ID']['input']>;
  period: Scalars['String']['input'];
}>;


export type AreaBreakdownsQuery = { __typename?: 'Query', byCategory: { __typename?: 'StatsResult', rows: Array<{ __typename?: 'StatsRow', values: Array<number | null>, keys: Array<{ __typename?: 'StatsKeyValue', code: string, name: string }> }> }, byTopic: { __typename?: 'StatsResult', rows: Array<{ __typename?: 'StatsRow', values: Array<number | null>, keys: Array<{ __typename?: 'StatsKeyValue', code: string, name: string }> }> }, byService: { __typename?: 'StatsResult', rows: Array<{ __typename?: 'StatsRow', values: Array<number | null>, keys: Array<{ __typename?: 'StatsKeyValue', code: string, name: string }> }> } };

export type AreaRankingQueryVariables = Exact<{
  metric: Metric;
  level: RankingLevel;
  area?: InputMaybe<Scalars['ID']['input']>;
  period: Scalars['String']['input'];
}>;


export type AreaRankingQuery = { __typename?: 'Query', ranking: Array<{ __typename?: 'RankingEntry', rank: number, value?: number | null, subject: { __typename?: 'StatsKeyValue', id?: string | null, code: string, name: string, parentName?: string | null } }> };

export type ScreenQueryVariables = Exact<{
  area?: InputMaybe<Scalars['ID']['input']>;
  period: Scalars['String']['input'];
  from: Scalars['Time']['input'];
  to: Scalars['Time']['input'];
}>;


export type ScreenQuery = { __typename?: 'Query', overview: { __typename?: 'Overview', period: string, previousPeriod: string, asOf: string, area?: { __typename?: 'StatsKeyValue', key: StatsKey, name: string } | null, figures: Array<{ __typename?: 'OverviewFigure', metric: Metric, label: string, unit: string, value?: number | null, previous?: number | null, better: MetricPolarity }> }, metrics: Array<{ __typename?: 'MetricDefinition', metric: Metric, labelEn: string }>, trend: { __typename?: 'StatsResult', metrics: Array<{ __typename?: 'MetricDefinition', metric: Metric, label: string, labelEn: string }>, rows: Array<{ __typename?: 'StatsRow', values: Array<number | null>, bucket?: { __typename?: 'StatsBucket', label: string } | null }> }, redFlags: (
    { __typename?: 'RedFlags' }
    & { ' $fragmentRefs'?: { 'RedFlagsFieldsFragment': RedFlagsFieldsFragment } }
  ) };

export type ScreenRankingQueryVariables = Exact<{
  level: RankingLevel;
  area?: InputMaybe<Scalars['ID']['input']>;
  period: Scalars['String']['input'];
}>;


export type ScreenRankingQuery = { __typename?: 'Query', ranking: Array<{ __typename?: 'RankingEntry', rank: number, value?: number | null, subject: { __typename?: 'StatsKeyValue', id?: string | null, code: string, name: string } }> };

export type BriefingSeriesFragment = { __typename?: 'StatsResult', metrics: Array<{ __typename?: 'MetricDefinition', metric: Metric, label: string, labelEn: string, unit: string }>, rows: Array<{ __typename?: 'StatsRow', values: Array<number | null>, bucket?: { __typename?: 'StatsBucket', label: string } | null }> } & { ' $fragmentName'?: 'BriefingSeriesFragment' };

export type BriefingRankFragment = { __typename?: 'RankingEntry', rank: number, value?: number | null, subject: { __typename?: 'StatsKeyValue', id?: string | null, code: string, name: string, parentName?: string | null } } & { ' $fragmentName'?: 'BriefingRankFragment' };

export type BriefingQueryVariables = Exact<{
  area?: InputMaybe<Scalars['ID']['input']>;
  period: Scalars['String']['input'];
  from: Scalars['Time']['input'];
  to: Scalars['Time']['input'];
  through: Scalars['Time']['input'];
  article: Array<Metric> | Metric;
}>;


export type BriefingQuery = { __typename?: 'Query', overview: { __typename?: 'Overview', period: string, previousPeriod: string, partial: boolean, through?: string | null, previousThrough?: string | null, asOf: string, area?: { __typename?: 'StatsKeyValue', key: StatsKey, name: string, parentName?: string | null } | null, figures: Array<{ __typename?: 'OverviewFigure', metric: Metric, label: string, unit: string, value?: number | null, previous?: number | null, better: MetricPolarity }> }, metrics: Array<{ __typename?: 'MetricDefinition', metric: Metric, labelEn: string }>, volumes: (
    { __typename?: 'StatsResult' }
    & { ' $fragmentRefs'?: { 'BriefingSeriesFragment': BriefingSeriesFragment } }
  ), shares: (
    { __typename?: 'StatsResult' }
    & { ' $fragmentRefs'?: { 'BriefingSeriesFragment': BriefingSeriesFragment } }
  ), redFlags: (
    { __typename?: 'RedFlags' }
    & { ' $fragmentRefs'?: { 'RedFlagsFieldsFragment': RedFlagsFieldsFragment } }
  ), article: { __typename?: 'StatsResult', metrics: Array<{ __typename?: 'MetricDefinition', metric: Metric, label: string, labelEn: string, unit: string, snapshot: boolean }>, rows: Array<{ __typename?: 'StatsRow', values: Array<number | null> }> }, articleToDate: { __typename?: 'StatsResult', rows: Array<{ __typename?: 'StatsRow', values: Array<number | null> }> } };

export type BriefingRankingQueryVariables = Exact<{
  level: RankingLevel;
  area?: InputMaybe<Scalars['ID']['input']>;
  period: Scalars['String']['input'];
  coverage: Scalars['Boolean']['input'];
}>;


export type BriefingRankingQuery = { __typename?: 'Query', onTimeTop: Array<(
    { __typename?: 'RankingEntry' }
    & { ' $fragmentRefs'?: { 'BriefingRankFragment': BriefingRankFragment } }
  )>, onTimeBottom: Array<(
    { __typename?: 'RankingEntry' }
    & { ' $fragmentRefs'?: { 'BriefingRankFragment': BriefingRankFragment } }
  )>, satisfactionTop: Array<(
    { __typename?: 'RankingEntry' }
    & { ' $fragmentRefs'?: { 'BriefingRankFragment': BriefingRankFragment } }
  )>, satisfactionBottom: Array<(
    { __typename?: 'RankingEntry' }
    & { ' $fragmentRefs'?: { 'BriefingRankFragment': BriefingRankFragment } }
  )>, coverageTop?: Array<(
    { __typename?: 'RankingEntry' }
    & { ' $fragmentRefs'?: { 'BriefingRankFragment': BriefingRankFragment } }
  )>, coverageBottom?: Array<(
    { __typename?: 'RankingEntry' }
    & { ' $fragmentRefs'?: { 'BriefingRankFragment': BriefingRankFragment } }
  )> };

export type CourtyardPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  quarter: Scalars['String']['input'];
  from: Scalars['Time']['input'];
  to: Scalars['Time']['input'];
}>;


export type CourtyardPageQuery = { __typename?: 'Query', node?:
    | { __typename?: 'AuditEvent', id: string }
    | { __typename?: 'AuthToken', id: string }
    | { __typename?: 'Award', id: string }
    | { __typename?: 'Courtyard', name: string, code: string, latitude?: number | null, longitude?: number | null, id: string, village: { __typename?: 'Village', id: string, name: string, town: { __typename?: 'Town', id: string, name: string }, quarterThemes: { __typename?: 'QuarterThemeConnection', edges?: Array<{ __typename?: 'QuarterThemeEdge', node?: { __typename?: 'QuarterTheme', id: string, title: string, topic: { __typename?: 'LectureTopic', id: string, name: string } } | null } | null> | null } }, roleAssignments: { __typename?: 'RoleAssignmentConnection', edges?: Array<{ __typename?: 'RoleAssignmentEdge', node?: { __typename?: 'RoleAssignment', id: string, role: RoleAssignmentRole, selection: RoleAssignmentSelection, startedAt: string, endedAt?: string | null, endReason?: RoleAssignmentEndReason | null, endNote?: string | null, resident: { __typename?: 'Resident', id: string, name: string, partyMember: boolean }, successor?: { __typename?: 'RoleAssignment', id: string, resident: { __typename?: 'Resident', id: string, name: string } } | null } | null } | null> | null }, households: { __typename?: 'HouseholdConnection', totalCount: number, edges?: Array<{ __typename?: 'HouseholdEdge', node?: { __typename?: 'Household', id: string, number: string, headName: string, pointBalance: number } | null } | null> | null }, pointEntries: { __typename?: 'PointEntryConnection', totalCount: number, edges?: Array<{ __typename?: 'PointEntryEdge', node?: { __typename?: 'PointEntry', id: string, points: number, reason: string, awardedAt: string, household?: { __typename?: 'Household', id: string, number: string, headName: string } | null } | null } | null> | null }, issues: { __typename?: 'IssueConnection', totalCount: number, edges?: Array<{ __typename?: 'IssueEdge', node?: (
            { __typename?: 'Issue' }
            & { ' $fragmentRefs'?: { 'IssueCardFieldsFragment': IssueCardFieldsFragment } }
          ) | null } | null> | null }, tickets: { __typename?: 'TicketConnection', totalCount: number, edges?: Array<{ __typename?: 'TicketEdge', node?: (
            { __typename?: 'Ticket' }
            & { ' $fragmentRefs'?: { 'TicketRowFieldsFragment': TicketRowFieldsFragment } }
          ) | null } | null> | null }, sessions: { __typename?: 'SessionConnection', edges?: Array<{ __typename?: 'SessionEdge', node?: { __typename?: 'Session', id: string, theme?: string | null, note?: string | null, heldAt: string, attendance: number, speakerName?: string | null, topic?: { __typename?: 'LectureTopic', id: string, name: string } | null, speaker?: { __typename?: 'Resident', id: string, name: string } | null, quarterTheme?: { __typename?: 'QuarterTheme', id: string, title: string } | null } | null } | null> | null }, ratings: { __typename?: 'RatingConnection', totalCount: number, edges?: Array<{ __typename?: 'RatingEdge', node?: { __typename?: 'Rating', id: string, target: RatingTarget, dimension: RatingDimension, score: number, ratedAt: string, comment?: string | null } | null } | null> | null }, awards: { __typename?: 'AwardConnection', edges?: Array<{ __typename?: 'AwardEdge', node?: { __typename?: 'Award', id: string, period: string, category: AwardCategory, citation?: string | null, winner?: { __typename?: 'Resident', id: string, name: string } | null } | null } | null> | null }, grants: { __typename?: 'GrantConnection', edges?: Array<{ __typename?: 'GrantEdge', node?: { __typename?: 'Grant', id: string, amountFen: number, purpose: GrantPurpose, period: string, description?: string | null } | null } | null> | null } }
    | { __typename?: 'DeliberationRule', id: string }
    | { __typename?: 'District', id: string }
    | { __typename?: 'Grant', id: string }
    | { __typename?: 'Household', id: string }
    | { __typename?: 'HouseholdMove', id: string }
    | { __typename?: 'Idea', id: string }
    | { __typename?: 'Issue', id: string }
    | { __typename?: 'IssueItem', id: string }
    | { __typename?: 'IssueParty', id: string }
    | { __typename?: 'IssueStep', id: string }
    | { __typename?: 'LectureTopic', id: string }
    | { __typename?: 'MetricTarget', id: string }
    | { __typename?: 'Photo', id: string }
    | { __typename?: 'PointEntry', id: string }
    | { __typename?: 'PointRedemption', id: string }
    | { __typename?: 'PointRule', id: string }
    | { __typename?: 'QuarterTheme', id: string }
    | { __typename?: 'Rating', id: string }
    | { __typename?: 'Resident', id: string }
    | { __typename?: 'RoleAssignment', id: string }
    | { __typename?: 'ServiceType', id: string }
    | { __typename?: 'Session', id: string }
    | { __typename?: 'SupermarketItem', id: string }
    | { __typename?: 'Ticket', id: string }
    | { __typename?: 'Town', id: string }
    | { __typename?: 'User', id: string }
    | { __typename?: 'Village', id: string }
   | null };

export type EvaluationQueryVariables = Exact<{
  period: Scalars['String']['input'];
  area?: InputMaybe<Scalars['ID']['input']>;
  replacedWhere?: InputMaybe<RoleAssignmentWhereInput>;
}>;


export type EvaluationQuery = { __typename?: 'Query', failingOfficers: Array<{ __typename?: 'OfficerScore', period: string, dimension: RatingDimension, ratings: number, score: number, failing: boolean, roleAssignment: { __typename?: 'RoleAssignment', id: string, role: RoleAssignmentRole, endedAt?: string | null, resident: { __typename?: 'Resident', id: string, name: string }, courtyard: { __typename?: 'Courtyard', id: string, name: string, village: { __typename?: 'Village', id: string, name: string } } } }>, replaced: { __typename?: 'RoleAssignmentConnection', totalCount: number, edges?: Array<{ __typename?: 'RoleAssignmentEdge', node?: { __typename?: 'RoleAssignment', id: string, role: RoleAssignmentRole, endedAt?: string | null, resident: { __typename?: 'Resident', id: string, name: string }, successor?: { __typename?: 'RoleAssignment', id: string, resident: { __typename?: 'Resident', id: string, name: string } } | null, courtyard: { __typename?: 'Courtyard', id: string, name: string } } | null } | null> | null } };

export type GapsQueryVariables = Exact<{
  area?: InputMaybe<Scalars['ID']['input']>;
  period: Scalars['String']['input'];
  asOf?: InputMaybe<Scalars['Time']['input']>;
}>;


export type GapsQuery = { __typename?: 'Query', vacant: (
    { __typename?: 'GapList' }
    & { ' $fragmentRefs'?: { 'GapFieldsFragment': GapFieldsFragment } }
  ), short: (
    { __typename?: 'GapList' }
    & { ' $fragmentRefs'?: { 'GapFieldsFragment': GapFieldsFragment } }
  ), unlectured: (
    { __typename?: 'GapList' }
    & { ' $fragmentRefs'?: { 'GapFieldsFragment': GapFieldsFragment } }
  ), overdue: (
    { __typename?: 'GapList' }
    & { ' $fragmentRefs'?: { 'GapFieldsFragment': GapFieldsFragment } }
  ), failing: (
    { __typename?: 'GapList' }
    & { ' $fragmentRefs'?: { 'GapFieldsFragment': GapFieldsFragment } }
  ) };

export type GapFieldsFragment = { __typename?: 'GapList', kind: GapKind, totalCount: number, items: Array<{ __typename?: 'Gap', id: string, subject: string, since?: string | null, value?: number | null, place: { __typename?: 'StatsKeyValue', key: StatsKey, id?: string | null, name: string, parentName?: string | null } }> } & { ' $fragmentName'?: 'GapFieldsFragment' };

export type MyWorkQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type MyWorkQuery = { __typename?: 'Query', myWork: { __typename?: 'MyWork', asOf: string, area?: { __typename?: 'StatsKeyValue', key: StatsKey, id?: string | null, name: string, parentName?: string | null } | null, lists: Array<{ __typename?: 'WorkList', kind: WorkKind, totalCount: number, items: Array<{ __typename?: 'WorkItem', id: string, subject: string, detail: string, at?: string | null, urgent: boolean, place: { __typename?: 'StatsKeyValue', key: StatsKey, id?: string | null, name: string, parentName?: string | null } }> }> } };

export type IssueColumnFragment = { __typename?: 'IssueConnection', totalCount: number, edges?: Array<{ __typename?: 'IssueEdge', node?: (
      { __typename?: 'Issue', courtyard: { __typename?: 'Courtyard', id: string, name: string } }
      & { ' $fragmentRefs'?: { 'IssueCardFieldsFragment': IssueCardFieldsFragment } }
    ) | null } | null> | null } & { ' $fragmentName'?: 'IssueColumnFragment' };

export type IssuesBoardQueryVariables = Exact<{
  w1?: InputMaybe<IssueWhereInput>;
  w2?: InputMaybe<IssueWhereInput>;
  w3?: InputMaybe<IssueWhereInput>;
  w4?: InputMaybe<IssueWhereInput>;
  w5?: InputMaybe<IssueWhereInput>;
  w6?: InputMaybe<IssueWhereInput>;
}>;


export type IssuesBoardQuery = { __typename?: 'Query', s1: (
    { __typename?: 'IssueConnection' }
    & { ' $fragmentRefs'?: { 'IssueColumnFragment': IssueColumnFragment } }
  ), s2: (
    { __typename?: 'IssueConnection' }
    & { ' $fragmentRefs'?: { 'IssueColumnFragment': IssueColumnFragment } }
  ), s3: (
    { __typename?: 'IssueConnection' }
    & { ' $fragmentRefs'?: { 'IssueColumnFragment': IssueColumnFragment } }
  ), s4: (
    { __typename?: 'IssueConnection' }
    & { ' $fragmentRefs'?: { 'IssueColumnFragment': IssueColumnFragment } }
  ), s5: (
    { __typename?: 'IssueConnection' }
    & { ' $fragmentRefs'?: { 'IssueColumnFragment': IssueColumnFragment } }
  ), s6: (
    { __typename?: 'IssueConnection' }
    & { ' $fragmentRefs'?: { 'IssueColumnFragment': IssueColumnFragment } }
  ) };

export type LectureMatrixQueryVariables = Exact<{
  where?: InputMaybe<VillageWhereInput>;
  quarter: Scalars['String']['input'];
}>;


export type LectureMatrixQuery = { __typename?: 'Query', lectureTopics: { __typename?: 'LectureTopicConnection', edges?: Array<{ __typename?: 'LectureTopicEdge', node?: { __typename?: 'LectureTopic', id: string, code: string, name: string, nameEn?: string | null, active: boolean } | null } | null> | null }, villages: { __typename?: 'VillageConnection', totalCount: number, edges?: Array<{ __typename?: 'VillageEdge', node?: { __typename?: 'Village', id: string, name: string, quarterThemes: { __typename?: 'QuarterThemeConnection', edges?: Array<{ __typename?: 'QuarterThemeEdge', node?: { __typename?: 'QuarterTheme', id: string, title: string, topic: { __typename?: 'LectureTopic', id: string }, sessions: { __typename?: 'SessionConnection', totalCount: number } } | null } | null> | null } } | null } | null> | null } };

export type LectureTownsQueryVariables = Exact<{
  quarter: Scalars['String']['input'];
}>;


export type LectureTownsQuery = { __typename?: 'Query', stats: { __typename?: 'StatsResult', rows: Array<{ __typename?: 'StatsRow', values: Array<number | null>, keys: Array<{ __typename?: 'StatsKeyValue', id?: string | null, name: string }> }> } };

export type AddLectureTopicMutationVariables = Exact<{
  input: AddLectureTopicInput;
}>;


export type AddLectureTopicMutation = { __typename?: 'Mutation', addLectureTopic: { __typename?: 'LectureTopicPayload', lectureTopic?: { __typename?: 'LectureTopic', id: string, code: string, name: string, active: boolean } | null, userErrors: Array<(
      { __typename?: 'UserError' }
      & { ' $fragmentRefs'?: { 'UserErrorFieldsFragment': UserErrorFieldsFragment } }
    )> } };

export type ChangeLectureTopicMutationVariables = Exact<{
  input: ChangeLectureTopicInput;
}>;


export type ChangeLectureTopicMutation = { __typename?: 'Mutation', changeLectureTopic: { __typename?: 'LectureTopicPayload', lectureTopic?: { __typename?: 'LectureTopic', id: string, active: boolean } | null, userErrors: Array<(
      { __typename?: 'UserError' }
      & { ' $fragmentRefs'?: { 'UserErrorFieldsFragment': UserErrorFieldsFragment } }
    )> } };

export type RateWithCodeMutationVariables = Exact<{
  input: RateWithCodeInput;
}>;


export type RateWithCodeMutation = { __typename?: 'Mutation', rateWithCode: { __typename?: 'RateWithCodePayload', rating?: { __typename?: 'Rating', id: string, score: number } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, message: string, code: ErrorCode }> } };

export type RatingSlipsQueryVariables = Exact<{
  courtyard?: InputMaybe<Scalars['ID']['input']>;
  ticket?: InputMaybe<Scalars['ID']['input']>;
  session?: InputMaybe<Scalars['ID']['input']>;
}>;


export type RatingSlipsQuery = { __typename?: 'Query', ratingSlips: Array<{ __typename?: 'RatingSlip', code: string, dimension: RatingDimension, issuedAt: string, expiresAt: string, courtyard: { __typename?: 'Courtyard', id: string, name: string, village: { __typename?: 'Village', id: string, name: string } }, ticket?: { __typename?: 'Ticket', id: string, serviceType: { __typename?: 'ServiceType', id: string, name: string } } | null, session?: { __typename?: 'Session', id: string, theme?: string | null, heldAt: string, topic?: { __typename?: 'LectureTopic', id: string, name: string } | null } | null }> };

export type RedBoardQueryVariables = Exact<{
  area: Scalars['ID']['input'];
  period: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RedBoardQuery = { __typename?: 'Query', redBoard: Array<{ __typename?: 'RedBoardRow', rank: number, name: string, points: number, entries: number, household: { __typename?: 'Household', id: string, number: string, courtyard: { __typename?: 'Courtyard', id: string, name: string, village: { __typename?: 'Village', id: string, name: string, town: { __typename?: 'Town', id: string, name: string } } } }, topReasons: Array<{ __typename?: 'PointReason', reason: string, points: number, entries: number }> }>, node?:
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'AuthToken', id: string }
    | { __typename: 'Award', id: string }
    | { __typename: 'Courtyard', name: string, id: string, village: { __typename?: 'Village', id: string, name: string } }
    | { __typename: 'DeliberationRule', id: string }
    | { __typename: 'District', name: string, id: string }
    | { __typename: 'Grant', id: string }
    | { __typename: 'Household', id: string }
    | { __typename: 'HouseholdMove', id: string }
    | { __typename: 'Idea', id: string }
    | { __typename: 'Issue', id: string }
    | { __typename: 'IssueItem', id: string }
    | { __typename: 'IssueParty', id: string }
    | { __typename: 'IssueStep', id: string }
    | { __typename: 'LectureTopic', id: string }
    | { __typename: 'MetricTarget', id: string }
    | { __typename: 'Photo', id: string }
    | { __typename: 'PointEntry', id: string }
    | { __typename: 'PointRedemption', id: string }
    | { __typename: 'PointRule', id: string }
    | { __typename: 'QuarterTheme', id: string }
    | { __typename: 'Rating', id: string }
    | { __typename: 'Resident', id: string }
    | { __typename: 'RoleAssignment', id: string }
    | { __typename: 'ServiceType', id: string }
    | { __typename: 'Session', id: string }
    | { __typename: 'SupermarketItem', id: string }
    | { __typename: 'Ticket', id: string }
    | { __typename: 'Town', name: string, id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'Village', name: string, id: string, town: { __typename?: 'Town', id: string, name: string } }
   | null };

export type DistrictIdQueryVariables = Exact<{ [key: string]: never; }>;


export type DistrictIdQuery = { __typename?: 'Query', districts: { __typename?: 'DistrictConnection', edges?: Array<{ __typename?: 'DistrictEdge', node?: { __typename?: 'District', id: string } | null } | null> | null } };

export type RedFlagsFieldsFragment = { __typename?: 'RedFlags', asOf: string, flags: Array<{ __typename?: 'RedFlag', kind: RedFlagKind, totalCount: number, threshold: number, items: Array<{ __typename?: 'RedFlagItem', id: string, subject: string, detail: string, town: string, village: string, courtyard: string, officer?: string | null, officerRole?: RoleAssignmentRole | null, days?: number | null, score?: number | null }> }> } & { ' $fragmentName'?: 'RedFlagsFieldsFragment' };

export type RedFlagsQueryVariables = Exact<{
  area?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RedFlagsQuery = { __typename?: 'Query', redFlags: (
    { __typename?: 'RedFlags' }
    & { ' $fragmentRefs'?: { 'RedFlagsFieldsFragment': RedFlagsFieldsFragment } }
  ) };

export type SettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsQuery = { __typename?: 'Query', districts: { __typename?: 'DistrictConnection', edges?: Array<{ __typename?: 'DistrictEdge', node?: { __typename?: 'District', id: string, name: string, flagTicketOverdueDays: number, flagIssueStuckDays: number, flagFailingMargin: number, flagQuarterEndDays: number, metricTargets?: Array<{ __typename?: 'MetricTarget', metric: string, target: number }> | null } | null } | null> | null }, metrics: Array<{ __typename?: 'MetricDefinition', metric: Metric, label: string, unit: string, better: MetricPolarity }> };

export type SetMetricTargetsMutationVariables = Exact<{
  input: SetMetricTargetsInput;
}>;


export type SetMetricTargetsMutation = { __typename?: 'Mutation', setMetricTargets: { __typename?: 'SetMetricTargetsPayload', district?: { __typename?: 'District', id: string, metricTargets?: Array<{ __typename?: 'MetricTarget', metric: string, target: number }> | null } | null, userErrors: Array<(
      { __typename?: 'UserError' }
      & { ' $fragmentRefs'?: { 'UserErrorFieldsFragment': UserErrorFieldsFragment } }
    )> } };

export type UpdateFlagsMutationVariables = Exact<{
  input: DistrictPatch;
}>;


export type UpdateFlagsMutation = { __typename?: 'Mutation', updateDistrict: { __typename?: 'DistrictPayload', district?: { __typename?: 'District', id: string, flagTicketOverdueDays: number, flagIssueStuckDays: number, flagFailingMargin: number, flagQuarterEndDays: number } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string>, message: string, code: ErrorCode }> } };

export type TargetMatrixQueryVariables = Exact<{
  area?: InputMaybe<Scalars['ID']['input']>;
  period: Scalars['String']['input'];
}>;


export type TargetMatrixQuery = { __typename?: 'Query', targetMatrix: { __typename?: 'TargetMatrix', level: StatsKey, period: string, asOf: string, columns: Array<{ __typename?: 'TargetColumn', metric: Metric, label: string, unit: string, polarity: MetricPolarity, target: number }>, rows: Array<{ __typename?: 'TargetRow', area: { __typename?: 'TargetArea', id: string, code: string, name: string }, cells: Array<{ __typename?: 'TargetCell', metric: Metric, value?: number | null, status: TargetStatus, ytd?: number | null, ytdStatus: TargetStatus, lastYear?: number | null, change?: number | null, target: number }> }>, total: { __typename?: 'TargetRow', area: { __typename?: 'TargetArea', id: string, code: string, name: string }, cells: Array<{ __typename?: 'TargetCell', metric: Metric, value?: number | null, status: TargetStatus, ytd?: number | null, ytdStatus: TargetStatus, lastYear?: number | null, change?: number | null, target: number }> } } };

export type TicketsBoardQueryVariables = Exact<{
  where?: InputMaybe<TicketWhereInput>;
  asOf?: InputMaybe<Scalars['Time']['input']>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['Cursor']['input']>;
  direction: OrderDirection;
}>;


export type TicketsBoardQuery = { __typename?: 'Query', tickets: { __typename?: 'TicketConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges?: Array<{ __typename?: 'TicketEdge', node?: (
        { __typename?: 'Ticket', overdueAt: boolean, courtyard: { __typename?: 'Courtyard', id: string, name: string, village: { __typename?: 'Village', id: string, name: string, town: { __typename?: 'Town', id: string, name: string } } } }
        & { ' $fragmentRefs'?: { 'TicketRowFieldsFragment': TicketRowFieldsFragment } }
      ) | null } | null> | null }, districts: { __typename?: 'DistrictConnection', edges?: Array<{ __typename?: 'DistrictEdge', node?: { __typename?: 'District', id: string, flagTicketOverdueDays: number } | null } | null> | null } };

export type IssueCardFieldsFragment = { __typename?: 'Issue', id: string, title: string, category: IssueCategory, stage: IssueStage, collectedAt: string, escalatedAt?: string | null, escalationApprovedAt?: string | null, votesFor?: number | null, votesAgainst?: number | null, votesAbstain?: number | null } & { ' $fragmentName'?: 'IssueCardFieldsFragment' };

export type TicketRowFieldsFragment = { __typename?: 'Ticket', id: string, status: TicketStatus, dueAt?: string | null, submittedAt: string, overdue: boolean, serviceType: { __typename?: 'ServiceType', id: string, name: string }, applicant: { __typename?: 'Resident', id: string, name: string } } & { ' $fragmentName'?: 'TicketRowFieldsFragment' };

export const DecidedEntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecidedEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PointEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pointBalance"}}]}}]}}]} as unknown as DocumentNode<DecidedEntryFieldsFragment, unknown>;
export const TicketRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TicketRowFieldsFragment, unknown>;
export const TicketFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"documentsReceived"}},{"kind":"Field","name":{"kind":"Name","value":"waitingForDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"missingDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"missingDocumentsNote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"handedTo"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"courtyard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TicketFieldsFragment, unknown>;
export const UserErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<UserErrorFieldsFragment, unknown>;
export const IssueFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"visitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"executedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalationApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"householdsVisited"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"votesFor"}},{"kind":"Field","name":{"kind":"Name","value":"votesAgainst"}},{"kind":"Field","name":{"kind":"Name","value":"votesAbstain"}},{"kind":"Field","name":{"kind":"Name","value":"votesPresent"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveFundFen"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"satisfied"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAt"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAction"}},{"kind":"Field","name":{"kind":"Name","value":"customOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"courtyard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"households"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"ratified"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}}]}}]}}]} as unknown as DocumentNode<IssueFieldsFragment, unknown>;
export const BriefingSeriesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BriefingSeries"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatsResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}}]}}]} as unknown as DocumentNode<BriefingSeriesFragment, unknown>;
export const BriefingRankFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BriefingRank"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RankingEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentName"}}]}}]}}]} as unknown as DocumentNode<BriefingRankFragment, unknown>;
export const GapFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GapList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentName"}}]}}]}}]}}]} as unknown as DocumentNode<GapFieldsFragment, unknown>;
export const IssueCardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalationApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"votesFor"}},{"kind":"Field","name":{"kind":"Name","value":"votesAgainst"}},{"kind":"Field","name":{"kind":"Name","value":"votesAbstain"}}]}}]} as unknown as DocumentNode<IssueCardFieldsFragment, unknown>;
export const IssueColumnFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueColumn"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IssueConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"courtyard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalationApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"votesFor"}},{"kind":"Field","name":{"kind":"Name","value":"votesAgainst"}},{"kind":"Field","name":{"kind":"Name","value":"votesAbstain"}}]}}]} as unknown as DocumentNode<IssueColumnFragment, unknown>;
export const RedFlagsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RedFlagsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RedFlags"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"town"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"courtyard"}},{"kind":"Field","name":{"kind":"Name","value":"officer"}},{"kind":"Field","name":{"kind":"Name","value":"officerRole"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]} as unknown as DocumentNode<RedFlagsFieldsFragment, unknown>;
export const HomeVillagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeVillages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"villages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HomeVillagesQuery, HomeVillagesQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const AreaMapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreaMap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"area"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metric"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Metric"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaMap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"area"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}},{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metric"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"outline"}},{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"better"}}]}},{"kind":"Field","name":{"kind":"Name","value":"layers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"features"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"breaks"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}}]} as unknown as DocumentNode<AreaMapQuery, AreaMapQueryVariables>;
export const LectureThemesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LectureThemes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"villageID"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarterThemes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"villageID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"villageID"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"quarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LectureThemesQuery, LectureThemesQueryVariables>;
export const LecturePublicistsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LecturePublicists"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Courtyard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roleAssignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"PUBLICIST"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"STARTED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LecturePublicistsQuery, LecturePublicistsQueryVariables>;
export const RecordLectureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordLecture"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordLectureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLecture"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratingCodes"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<RecordLectureMutation, RecordLectureMutationVariables>;
export const PointsChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PointsChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"courtyard"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"courtyard"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Courtyard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"supermarketItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"active"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pointsCost"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"households"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"300"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NUMBER"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"pointBalance"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pointRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"active"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CODE"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PointsChoicesQuery, PointsChoicesQueryVariables>;
export const AwardPointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AwardPoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AwardPointsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardPoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"pointBalance"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<AwardPointsMutation, AwardPointsMutationVariables>;
export const RedeemPointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeemPoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RedeemPointsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeemPoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"pointBalance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"redemptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<RedeemPointsMutation, RedeemPointsMutationVariables>;
export const PointProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PointProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PointEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"awardedAt"}},{"kind":"Field","name":{"kind":"Name","value":"courtyard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"pointBalance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PointProposalQuery, PointProposalQueryVariables>;
export const ConfirmPointEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmPointEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmPointEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmPointEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecidedEntryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecidedEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PointEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pointBalance"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<ConfirmPointEntryMutation, ConfirmPointEntryMutationVariables>;
export const RejectPointEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectPointEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectPointEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectPointEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecidedEntryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecidedEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PointEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pointBalance"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<RejectPointEntryMutation, RejectPointEntryMutationVariables>;
export const RaiseIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaiseIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RaiseIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<RaiseIssueMutation, RaiseIssueMutationVariables>;
export const AttachPhotoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttachPhoto"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttachPhotoInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachPhoto"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"photo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"document"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<AttachPhotoMutation, AttachPhotoMutationVariables>;
export const IssuePhotosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IssuePhotos"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"document"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<IssuePhotosQuery, IssuePhotosQueryVariables>;
export const TicketPhotosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketPhotos"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"document"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TicketPhotosQuery, TicketPhotosQueryVariables>;
export const CourtyardPhotosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CourtyardPhotos"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"photos"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"courtyardID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"12"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"document"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CourtyardPhotosQuery, CourtyardPhotosQueryVariables>;
export const TicketServiceTypesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketServiceTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceTypes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CODE"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"requiredDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimitDays"}},{"kind":"Field","name":{"kind":"Name","value":"modes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TicketServiceTypesQuery, TicketServiceTypesQueryVariables>;
export const SubmitTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<SubmitTicketMutation, SubmitTicketMutationVariables>;
export const TicketForFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketForForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"documentsReceived"}},{"kind":"Field","name":{"kind":"Name","value":"waitingForDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"missingDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"missingDocumentsNote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"handedTo"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"courtyard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TicketForFormQuery, TicketForFormQueryVariables>;
export const AcceptTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"documentsReceived"}},{"kind":"Field","name":{"kind":"Name","value":"waitingForDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"missingDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"missingDocumentsNote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"handedTo"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"courtyard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<AcceptTicketMutation, AcceptTicketMutationVariables>;
export const ProgressTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProgressTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"progressTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"documentsReceived"}},{"kind":"Field","name":{"kind":"Name","value":"waitingForDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"missingDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"missingDocumentsNote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"handedTo"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"courtyard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<ProgressTicketMutation, ProgressTicketMutationVariables>;
export const CompleteTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratingCode"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"documentsReceived"}},{"kind":"Field","name":{"kind":"Name","value":"waitingForDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"missingDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"missingDocumentsNote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"handedTo"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"courtyard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<CompleteTicketMutation, CompleteTicketMutationVariables>;
export const RejectTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"documentsReceived"}},{"kind":"Field","name":{"kind":"Name","value":"waitingForDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"missingDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"missingDocumentsNote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"handedTo"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"courtyard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<RejectTicketMutation, RejectTicketMutationVariables>;
export const SupplyDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SupplyDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupplyDocumentsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplyDocuments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"documentsReceived"}},{"kind":"Field","name":{"kind":"Name","value":"waitingForDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"missingDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"missingDocumentsNote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"handedTo"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"courtyard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<SupplyDocumentsMutation, SupplyDocumentsMutationVariables>;
export const CourtyardChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CourtyardChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CourtyardWhereInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courtyards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CODE"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CourtyardChoicesQuery, CourtyardChoicesQueryVariables>;
export const ChosenCourtyardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChosenCourtyard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Courtyard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChosenCourtyardQuery, ChosenCourtyardQueryVariables>;
export const CourtyardPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CourtyardPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Courtyard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"households"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"300"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NUMBER"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"residents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CourtyardPeopleQuery, CourtyardPeopleQueryVariables>;
export const IssueForFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IssueForForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"visitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"executedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalationApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"householdsVisited"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"votesFor"}},{"kind":"Field","name":{"kind":"Name","value":"votesAgainst"}},{"kind":"Field","name":{"kind":"Name","value":"votesAbstain"}},{"kind":"Field","name":{"kind":"Name","value":"votesPresent"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveFundFen"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"satisfied"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAt"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAction"}},{"kind":"Field","name":{"kind":"Name","value":"customOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"courtyard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"households"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"ratified"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}}]}}]}}]} as unknown as DocumentNode<IssueForFormQuery, IssueForFormQueryVariables>;
export const ConfirmIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"visitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"executedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalationApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"householdsVisited"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"votesFor"}},{"kind":"Field","name":{"kind":"Name","value":"votesAgainst"}},{"kind":"Field","name":{"kind":"Name","value":"votesAbstain"}},{"kind":"Field","name":{"kind":"Name","value":"votesPresent"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveFundFen"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"satisfied"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAt"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAction"}},{"kind":"Field","name":{"kind":"Name","value":"customOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"courtyard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"households"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"ratified"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<ConfirmIssueMutation, ConfirmIssueMutationVariables>;
export const DismissIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DismissIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DismissIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dismissIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"visitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"executedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalationApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"householdsVisited"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"votesFor"}},{"kind":"Field","name":{"kind":"Name","value":"votesAgainst"}},{"kind":"Field","name":{"kind":"Name","value":"votesAbstain"}},{"kind":"Field","name":{"kind":"Name","value":"votesPresent"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveFundFen"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"satisfied"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAt"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAction"}},{"kind":"Field","name":{"kind":"Name","value":"customOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"courtyard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"households"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"ratified"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<DismissIssueMutation, DismissIssueMutationVariables>;
export const RecordVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"visitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"executedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalationApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"householdsVisited"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"votesFor"}},{"kind":"Field","name":{"kind":"Name","value":"votesAgainst"}},{"kind":"Field","name":{"kind":"Name","value":"votesAbstain"}},{"kind":"Field","name":{"kind":"Name","value":"votesPresent"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveFundFen"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"satisfied"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAt"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAction"}},{"kind":"Field","name":{"kind":"Name","value":"customOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"courtyard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"households"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"ratified"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<RecordVisitMutation, RecordVisitMutationVariables>;
export const EscalateIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EscalateIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EscalateIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalateIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"visitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"executedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalationApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"householdsVisited"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"votesFor"}},{"kind":"Field","name":{"kind":"Name","value":"votesAgainst"}},{"kind":"Field","name":{"kind":"Name","value":"votesAbstain"}},{"kind":"Field","name":{"kind":"Name","value":"votesPresent"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveFundFen"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"satisfied"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAt"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAction"}},{"kind":"Field","name":{"kind":"Name","value":"customOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"courtyard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"households"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"ratified"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<EscalateIssueMutation, EscalateIssueMutationVariables>;
export const ApproveEscalationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveEscalation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveEscalationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveEscalation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"visitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"executedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalationApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"householdsVisited"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"votesFor"}},{"kind":"Field","name":{"kind":"Name","value":"votesAgainst"}},{"kind":"Field","name":{"kind":"Name","value":"votesAbstain"}},{"kind":"Field","name":{"kind":"Name","value":"votesPresent"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveFundFen"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"satisfied"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAt"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAction"}},{"kind":"Field","name":{"kind":"Name","value":"customOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"courtyard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"households"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"ratified"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<ApproveEscalationMutation, ApproveEscalationMutationVariables>;
export const RecordEmergencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordEmergency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordEmergencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEmergency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"visitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"executedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalationApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"householdsVisited"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"votesFor"}},{"kind":"Field","name":{"kind":"Name","value":"votesAgainst"}},{"kind":"Field","name":{"kind":"Name","value":"votesAbstain"}},{"kind":"Field","name":{"kind":"Name","value":"votesPresent"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveFundFen"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"satisfied"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAt"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAction"}},{"kind":"Field","name":{"kind":"Name","value":"customOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"courtyard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"households"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"ratified"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<RecordEmergencyMutation, RecordEmergencyMutationVariables>;
export const DeliberationRulesForFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeliberationRulesForForm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliberationRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"majorityNumerator"}},{"kind":"Field","name":{"kind":"Name","value":"majorityDenominator"}},{"kind":"Field","name":{"kind":"Name","value":"quorumNumerator"}},{"kind":"Field","name":{"kind":"Name","value":"quorumDenominator"}},{"kind":"Field","name":{"kind":"Name","value":"fundThresholdFen"}},{"kind":"Field","name":{"kind":"Name","value":"escalateCategories"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyCategories"}},{"kind":"Field","name":{"kind":"Name","value":"persuasionCategories"}},{"kind":"Field","name":{"kind":"Name","value":"mediationCategories"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeliberationRulesForFormQuery, DeliberationRulesForFormQueryVariables>;
export const DecideIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"visitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"executedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalationApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"householdsVisited"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"votesFor"}},{"kind":"Field","name":{"kind":"Name","value":"votesAgainst"}},{"kind":"Field","name":{"kind":"Name","value":"votesAbstain"}},{"kind":"Field","name":{"kind":"Name","value":"votesPresent"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveFundFen"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"satisfied"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAt"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAction"}},{"kind":"Field","name":{"kind":"Name","value":"customOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"courtyard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"households"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"ratified"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<DecideIssueMutation, DecideIssueMutationVariables>;
export const ExecuteIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExecuteIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExecuteIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"executeIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"visitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"executedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalationApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"householdsVisited"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"votesFor"}},{"kind":"Field","name":{"kind":"Name","value":"votesAgainst"}},{"kind":"Field","name":{"kind":"Name","value":"votesAbstain"}},{"kind":"Field","name":{"kind":"Name","value":"votesPresent"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveFundFen"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"satisfied"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAt"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAction"}},{"kind":"Field","name":{"kind":"Name","value":"customOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"courtyard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"households"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"ratified"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<ExecuteIssueMutation, ExecuteIssueMutationVariables>;
export const EvaluateIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvaluateIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluateIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluateIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"visitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"executedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalationApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"householdsVisited"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"votesFor"}},{"kind":"Field","name":{"kind":"Name","value":"votesAgainst"}},{"kind":"Field","name":{"kind":"Name","value":"votesAbstain"}},{"kind":"Field","name":{"kind":"Name","value":"votesPresent"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveFundFen"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"satisfied"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAt"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAction"}},{"kind":"Field","name":{"kind":"Name","value":"customOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"courtyard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"households"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"ratified"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<EvaluateIssueMutation, EvaluateIssueMutationVariables>;
export const LatestDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LatestData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","alias":{"kind":"Name","value":"latestQuarter"},"name":{"kind":"Name","value":"latestPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bucket"},"value":{"kind":"EnumValue","value":"QUARTER"}}]}]}}]}}]} as unknown as DocumentNode<LatestDataQuery, LatestDataQueryVariables>;
export const AddAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AddAccountMutation, AddAccountMutationVariables>;
export const SetAccountDisabledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAccountDisabled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetAccountDisabledInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAccountDisabled"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SetAccountDisabledMutation, SetAccountDisabledMutationVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"USERNAME"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const ApiTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]}}]} as unknown as DocumentNode<ApiTokensQuery, ApiTokensQueryVariables>;
export const CreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const AreaOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreaOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"townID"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withVillages"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"towns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CODE"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"villages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"300"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CODE"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"townID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"townID"}}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withVillages"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AreaOptionsQuery, AreaOptionsQueryVariables>;
export const AreaInfoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreaInfo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Town"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Village"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"town"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AreaInfoQuery, AreaInfoQueryVariables>;
export const DistrictInfoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistrictInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DistrictInfoQuery, DistrictInfoQueryVariables>;
export const AreaOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreaOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"area"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"area"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"previousPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"through"}},{"kind":"Field","name":{"kind":"Name","value":"previousThrough"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"better"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"better"}}]}}]}}]} as unknown as DocumentNode<AreaOverviewQuery, AreaOverviewQueryVariables>;
export const AreaTrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreaTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"area"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Time"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Time"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metrics"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"TICKETS_SUBMITTED"},{"kind":"EnumValue","value":"ISSUES_COLLECTED"},{"kind":"EnumValue","value":"LECTURES"}]}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"area"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"bucket"},"value":{"kind":"EnumValue","value":"MONTH"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}}]}}]}}]} as unknown as DocumentNode<AreaTrendQuery, AreaTrendQueryVariables>;
export const AreaBreakdownsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreaBreakdowns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"area"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"byCategory"},"name":{"kind":"Name","value":"stats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metrics"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ISSUES_COLLECTED"}]}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"area"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CATEGORY"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byTopic"},"name":{"kind":"Name","value":"stats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metrics"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"LECTURES"}]}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"area"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"TOPIC"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byService"},"name":{"kind":"Name","value":"stats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metrics"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"TICKETS_SUBMITTED"}]}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"area"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SERVICE_TYPE"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}}]}}]}}]} as unknown as DocumentNode<AreaBreakdownsQuery, AreaBreakdownsQueryVariables>;
export const AreaRankingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreaRanking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metric"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Metric"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RankingLevel"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"area"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ranking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metric"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"area"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"300"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentName"}}]}}]}}]}}]} as unknown as DocumentNode<AreaRankingQuery, AreaRankingQueryVariables>;
export const ScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Screen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"area"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Time"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Time"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"area"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"previousPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"better"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"trend"},"name":{"kind":"Name","value":"stats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metrics"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"TICKETS_SUBMITTED"},{"kind":"EnumValue","value":"ISSUES_COLLECTED"},{"kind":"EnumValue","value":"LECTURES"}]}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"area"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"bucket"},"value":{"kind":"EnumValue","value":"MONTH"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"redFlags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"area"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RedFlagsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RedFlagsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RedFlags"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"town"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"courtyard"}},{"kind":"Field","name":{"kind":"Name","value":"officer"}},{"kind":"Field","name":{"kind":"Name","value":"officerRole"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]} as unknown as DocumentNode<ScreenQuery, ScreenQueryVariables>;
export const ScreenRankingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScreenRanking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RankingLevel"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"area"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ranking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"EnumValue","value":"TICKETS_ON_TIME_SHARE"}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"area"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ScreenRankingQuery, ScreenRankingQueryVariables>;
export const BriefingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Briefing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"area"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Time"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Time"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"through"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Time"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"article"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Metric"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"area"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"previousPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"through"}},{"kind":"Field","name":{"kind":"Name","value":"previousThrough"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"better"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"volumes"},"name":{"kind":"Name","value":"stats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metrics"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"TICKETS_SUBMITTED"},{"kind":"EnumValue","value":"ISSUES_COLLECTED"},{"kind":"EnumValue","value":"LECTURES"}]}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"area"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"bucket"},"value":{"kind":"EnumValue","value":"MONTH"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BriefingSeries"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"shares"},"name":{"kind":"Name","value":"stats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metrics"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"TICKETS_ON_TIME_SHARE"},{"kind":"EnumValue","value":"TICKET_SATISFACTION"}]}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"area"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"bucket"},"value":{"kind":"EnumValue","value":"MONTH"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BriefingSeries"}}]}},{"kind":"Field","name":{"kind":"Name","value":"redFlags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"area"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RedFlagsFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"article"},"name":{"kind":"Name","value":"stats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metrics"},"value":{"kind":"Variable","name":{"kind":"Name","value":"article"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"area"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"values"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"articleToDate"},"name":{"kind":"Name","value":"stats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metrics"},"value":{"kind":"Variable","name":{"kind":"Name","value":"article"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"area"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"through"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"values"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BriefingSeries"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatsResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RedFlagsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RedFlags"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"town"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"courtyard"}},{"kind":"Field","name":{"kind":"Name","value":"officer"}},{"kind":"Field","name":{"kind":"Name","value":"officerRole"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]} as unknown as DocumentNode<BriefingQuery, BriefingQueryVariables>;
export const BriefingRankingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BriefingRanking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RankingLevel"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"area"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"coverage"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"onTimeTop"},"name":{"kind":"Name","value":"ranking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"EnumValue","value":"TICKETS_ON_TIME_SHARE"}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"area"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BriefingRank"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"onTimeBottom"},"name":{"kind":"Name","value":"ranking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"EnumValue","value":"TICKETS_ON_TIME_SHARE"}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"area"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"bottom"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BriefingRank"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"satisfactionTop"},"name":{"kind":"Name","value":"ranking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"EnumValue","value":"TICKET_SATISFACTION"}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"area"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BriefingRank"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"satisfactionBottom"},"name":{"kind":"Name","value":"ranking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"EnumValue","value":"TICKET_SATISFACTION"}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"area"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"bottom"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BriefingRank"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"coverageTop"},"name":{"kind":"Name","value":"ranking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"EnumValue","value":"THEME_COVERAGE"}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"area"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"coverage"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BriefingRank"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"coverageBottom"},"name":{"kind":"Name","value":"ranking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"EnumValue","value":"THEME_COVERAGE"}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"area"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"bottom"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"coverage"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BriefingRank"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BriefingRank"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RankingEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentName"}}]}}]}}]} as unknown as DocumentNode<BriefingRankingQuery, BriefingRankingQueryVariables>;
export const CourtyardPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CourtyardPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Time"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Time"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Courtyard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"town"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quarterThemes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"quarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"roleAssignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"60"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"STARTED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"selection"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"endNote"}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partyMember"}}]}},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"households"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NUMBER"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"pointBalance"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pointEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"15"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"AWARDED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"awardedAt"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"or"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"stageNotIn"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"EVALUATED"},{"kind":"EnumValue","value":"CLOSED"}]}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"stage"},"value":{"kind":"EnumValue","value":"EVALUATED"}},{"kind":"ObjectField","name":{"kind":"Name","value":"evaluatedAtGTE"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}]}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"COLLECTED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueCardFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statusIn"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SUBMITTED"},{"kind":"EnumValue","value":"ACCEPTED"},{"kind":"EnumValue","value":"IN_PROGRESS"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"DUE_AT"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRowFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"LECTURE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"heldAtGTE"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"heldAtLT"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"HELD_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"speakerName"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quarterTheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"RATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"ratedAt"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"awards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"PERIOD"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"winner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"PERIOD"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalationApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"votesFor"}},{"kind":"Field","name":{"kind":"Name","value":"votesAgainst"}},{"kind":"Field","name":{"kind":"Name","value":"votesAbstain"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CourtyardPageQuery, CourtyardPageQueryVariables>;
export const EvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Evaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"area"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"replacedWhere"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RoleAssignmentWhereInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failingOfficers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"area"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"ratings"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"failing"}},{"kind":"Field","name":{"kind":"Name","value":"roleAssignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"courtyard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"replaced"},"name":{"kind":"Name","value":"roleAssignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"replacedWhere"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"ENDED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"courtyard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvaluationQuery, EvaluationQueryVariables>;
export const GapsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Gaps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"area"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Time"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"vacant"},"name":{"kind":"Name","value":"gaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"VACANT_ROLE"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"area"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"short"},"name":{"kind":"Name","value":"gaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"THEMES_SHORT"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"area"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"unlectured"},"name":{"kind":"Name","value":"gaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"THEMES_UNLECTURED"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"area"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"overdue"},"name":{"kind":"Name","value":"gaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"TICKET_OVERDUE"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"area"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"failing"},"name":{"kind":"Name","value":"gaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"OFFICER_FAILING"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"area"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GapList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentName"}}]}}]}}]}}]} as unknown as DocumentNode<GapsQuery, GapsQueryVariables>;
export const MyWorkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myWork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyWorkQuery, MyWorkQueryVariables>;
export const IssuesBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IssuesBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"w1"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueWhereInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"w2"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueWhereInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"w3"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueWhereInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"w4"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueWhereInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"w5"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueWhereInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"w6"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueWhereInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"s1"},"name":{"kind":"Name","value":"issues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"w1"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"COLLECTED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueColumn"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"s2"},"name":{"kind":"Name","value":"issues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"w2"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"COLLECTED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueColumn"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"s3"},"name":{"kind":"Name","value":"issues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"w3"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"COLLECTED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueColumn"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"s4"},"name":{"kind":"Name","value":"issues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"w4"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"COLLECTED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueColumn"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"s5"},"name":{"kind":"Name","value":"issues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"w5"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"COLLECTED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueColumn"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"s6"},"name":{"kind":"Name","value":"issues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"w6"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"COLLECTED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueColumn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalationApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"votesFor"}},{"kind":"Field","name":{"kind":"Name","value":"votesAgainst"}},{"kind":"Field","name":{"kind":"Name","value":"votesAbstain"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueColumn"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IssueConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"courtyard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IssuesBoardQuery, IssuesBoardQueryVariables>;
export const LectureMatrixDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LectureMatrix"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VillageWhereInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lectureTopics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"POSITION"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"villages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"300"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CODE"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quarterThemes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"quarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LectureMatrixQuery, LectureMatrixQueryVariables>;
export const LectureTownsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LectureTowns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metrics"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"THEMES_PICKED"},{"kind":"EnumValue","value":"THEMES_LECTURED"},{"kind":"EnumValue","value":"LECTURES"}]}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"TOWN"},{"kind":"EnumValue","value":"TOPIC"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}}]}}]}}]} as unknown as DocumentNode<LectureTownsQuery, LectureTownsQueryVariables>;
export const AddLectureTopicDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddLectureTopic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddLectureTopicInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addLectureTopic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lectureTopic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<AddLectureTopicMutation, AddLectureTopicMutationVariables>;
export const ChangeLectureTopicDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeLectureTopic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeLectureTopicInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeLectureTopic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lectureTopic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<ChangeLectureTopicMutation, ChangeLectureTopicMutationVariables>;
export const RateWithCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RateWithCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RateWithCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateWithCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RateWithCodeMutation, RateWithCodeMutationVariables>;
export const RatingSlipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RatingSlips"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"courtyard"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticket"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"session"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratingSlips"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"courtyard"},"value":{"kind":"Variable","name":{"kind":"Name","value":"courtyard"}}},{"kind":"Argument","name":{"kind":"Name","value":"ticket"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticket"}}},{"kind":"Argument","name":{"kind":"Name","value":"session"},"value":{"kind":"Variable","name":{"kind":"Name","value":"session"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"courtyard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RatingSlipsQuery, RatingSlipsQueryVariables>;
export const RedBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RedBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"area"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"area"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"courtyard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"town"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"topReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"entries"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Village"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"town"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Courtyard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Town"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"District"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RedBoardQuery, RedBoardQueryVariables>;
export const DistrictIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistrictId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DistrictIdQuery, DistrictIdQueryVariables>;
export const RedFlagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RedFlags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"area"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redFlags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"area"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RedFlagsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RedFlagsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RedFlags"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"town"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"courtyard"}},{"kind":"Field","name":{"kind":"Name","value":"officer"}},{"kind":"Field","name":{"kind":"Name","value":"officerRole"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]} as unknown as DocumentNode<RedFlagsQuery, RedFlagsQueryVariables>;
export const SettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"flagTicketOverdueDays"}},{"kind":"Field","name":{"kind":"Name","value":"flagIssueStuckDays"}},{"kind":"Field","name":{"kind":"Name","value":"flagFailingMargin"}},{"kind":"Field","name":{"kind":"Name","value":"flagQuarterEndDays"}},{"kind":"Field","name":{"kind":"Name","value":"metricTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"better"}}]}}]}}]} as unknown as DocumentNode<SettingsQuery, SettingsQueryVariables>;
export const SetMetricTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMetricTargets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMetricTargetsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMetricTargets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metricTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<SetMetricTargetsMutation, SetMetricTargetsMutationVariables>;
export const UpdateFlagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFlags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DistrictPatch"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDistrict"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"flagTicketOverdueDays"}},{"kind":"Field","name":{"kind":"Name","value":"flagIssueStuckDays"}},{"kind":"Field","name":{"kind":"Name","value":"flagFailingMargin"}},{"kind":"Field","name":{"kind":"Name","value":"flagQuarterEndDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateFlagsMutation, UpdateFlagsMutationVariables>;
export const TargetMatrixDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TargetMatrix"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"area"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetMatrix"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"area"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"polarity"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ytd"}},{"kind":"Field","name":{"kind":"Name","value":"ytdStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastYear"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ytd"}},{"kind":"Field","name":{"kind":"Name","value":"ytdStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastYear"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TargetMatrixQuery, TargetMatrixQueryVariables>;
export const TicketsBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketsBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketWhereInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Time"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderDirection"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"DUE_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRowFields"}},{"kind":"Field","alias":{"kind":"Name","value":"overdueAt"},"name":{"kind":"Name","value":"overdue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]},{"kind":"Field","name":{"kind":"Name","value":"courtyard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"town"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"flagTicketOverdueDays"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TicketsBoardQuery, TicketsBoardQueryVariables>;