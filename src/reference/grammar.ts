/**
 * The image reference grammar of distribution/reference (`regexp.go`), built from the same pieces so each
 * rule can be read against the upstream source. JavaScript's backtracking engine picks the same submatches as
 * Go's leftmost-first RE2 for these patterns, so domain/path splits agree with upstream.
 */

/** Lower-case letters and digits, the body of a path component. */
const alphanumeric = "[a-z0-9]+";

/** One period, one or two underscores, or any number of dashes (at least one). */
const separator = "(?:[._]|__|[-]+)";

/** `alpha-numeric [separator alpha-numeric]*` */
const pathComponent = `${alphanumeric}(?:${separator}${alphanumeric})*`;

/** `path-component ['/' path-component]*`, the repository path without the domain. */
const remoteName = `${pathComponent}(?:/${pathComponent})*`;

/** A DNS label: letters, digits and inner dashes; upper case is allowed in a domain. */
const domainNameComponent = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";

/** IPv6 in brackets, compressed or not; zone identifiers and IPv4-mapped forms are deliberately excluded. */
const ipv6Address = "\\[(?:[a-fA-F0-9:]+)\\]";

const domainName = `${domainNameComponent}(?:\\.${domainNameComponent})*`;
const host = `(?:${domainName}|${ipv6Address})`;

/** `host [':' port-number]` */
const domainAndPort = `${host}(?::[0-9]+)?`;

/** `[\w][\w.-]{0,127}` — `\w` is ASCII in both Go's RE2 and JavaScript without the `u` flag. */
const tag = "[\\w][\\w.-]{0,127}";

/** The digest as the reference grammar sees it; go-digest checks the algorithm and length afterwards. */
const digest = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}";

const name = `(?:${domainAndPort}/)?${remoteName}`;

/** `name [":" tag] ["@" digest]` with the three parts captured. */
export const referencePattern = new RegExp(`^(${name})(?::(${tag}))?(?:@(${digest}))?$`);

/** A name split into an optional domain (group 1) and the path (group 2). */
export const namePattern = new RegExp(`^(?:(${domainAndPort})/)?(${remoteName})$`);

/** A domain with an optional port. */
export const domainPattern = new RegExp(`^${domainAndPort}$`);

/** One path component. */
export const pathComponentPattern = new RegExp(`^${pathComponent}$`);

/** A repository path (one or more components). */
export const pathPattern = new RegExp(`^${remoteName}$`);

/** A tag. */
export const tagPattern = new RegExp(`^${tag}$`);

/** A digest by the reference grammar (algorithm grammar, at least 32 hex digits). */
export const referenceDigestPattern = new RegExp(`^${digest}$`);

/** A bare image id: 64 lower-case hex digits, which Docker refuses as a repository name. */
export const identifierPattern = /^[a-f0-9]{64}$/;

/** The longest repository path distribution accepts (the domain is not counted since v0.6.0). */
export const maxPathLength = 255;

/** The longest tag (the grammar's `{0,127}` after the first character). */
export const maxTagLength = 128;
