/** The account the demo seed creates, printed with its password so a first visitor can sign in. */
export const demoAdminEmail = 'admin@example.org';
