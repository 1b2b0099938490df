/** Where an administrator approves the app for the organisation (served by the Web host). */
export const AdminConsentPath = '/admin/consent';
