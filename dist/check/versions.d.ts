/** Version rules: pinned images, and combinations of versions and options that cannot work as written. */
import { type Rule } from './rule.js';
/** A rebuild must produce the same stack: every image has a tag other than `latest`, or a digest. */
export declare const imagesPinned: Rule;
/** Jaeger 1 is end of life; cAdvisor releases live on one registry each. */
export declare const versionsSupported: Rule;
