/**
 * Where the documentation is read: the repository's docs/ (package.json "homepage"; the npm
 * package ships the README only, so a message pointing to "docs/cli.md" would name a file the
 * user does not have). tests/cli/package.test.mjs checks it against package.json.
 */
export const GUIDE = 'https://github.com/tiendo/tiendo/blob/main/docs/';
