/** The package file holding the RFC 3161 reply over manifest.json (no PKI.js here: cheap to import). */
export const TOKEN_NAME = 'manifest.tsr';
