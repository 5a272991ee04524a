// Size caps shared by the CLI and the app for inputs that are not pages.

/** A newsroom's roster is a few hundred names (a few KB); 4 MB holds over a
 *  million characters, so anything larger is a mistake, refused while read. */
export const MAX_ROSTER_BYTES = 4 * 1024 * 1024;
