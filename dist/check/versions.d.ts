/** Version rules: pinned images, and combinations of versions and options that cannot work as written. */
import { type Rule } from './rule.js';
/** An image reference's repository, its tag (after the last `:` that follows the last `/`) and whether it names a digest. */
export declare function imageReference(image: string): {
    repository: string;
    tag?: string;
    digest: boolean;
};
/** A rebuild must produce the same stack: every image has a tag other than `latest`, or a digest. */
export declare const imagesPinned: Rule;
/** Jaeger 1 is end of life; cAdvisor releases live on one registry each. */
export declare const versionsSupported: Rule;
/**
 * A release newer than the one the catalog describes (catalog/*.yaml `upstream.version`) builds, but the catalog,
 * the alerts and dashboards it reads and lint's answers are those of the described release: what came after is not
 * known to them.
 */
export declare const versionsCatalogued: Rule;
