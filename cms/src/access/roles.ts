/**
 * What a user may do. Admins manage users and settings; country editors write their countries' content;
 * translators add languages to it; reviewers confirm it is still current. Per-role rules come later.
 */
export const userRoles = ['admin', 'country-editor', 'translator', 'reviewer'] as const;
export type UserRole = (typeof userRoles)[number];
